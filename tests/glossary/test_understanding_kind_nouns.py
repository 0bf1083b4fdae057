"""A term written with a generic noun that says what kind of thing it is, after it ("TOCTOU bug", "DDoS
attack", "POS data") or before a name that is a number ("section 508", "port 3389", "3389 ... that port"),
over a real SQLite glossary (glossary/classifiers.py, glossary/numbered.py): what is answered, and the
longer names nobody defined that must stay refused."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("toctou", "TOCTOU", "A class of software bugs caused by a race condition between a check and a use.",
         aliases=["Time-of-check to time-of-use"]),
    Term("rce", "RCE", "A class of cyberattacks that run commands remotely.", aliases=["Remote code execution"]),
    Term("xss", "XSS", "An attack that injects scripts into web pages.", aliases=["Cross-site scripting"]),
    Term("ddos", "DDoS", "Distributed Denial-of-service", aliases=["Distributed Denial-of-service"]),
    Term("pos", "POS", "Point of Sale", aliases=["Point of Sale"]),
    Term("hhs", "HHS", "Health and Human Services.", aliases=["Health and Human Services"]),
    Term("cares", "CARES", "Capital Asset Realignment for Enhanced Services.",
         aliases=["Capital Asset Realignment for Enhanced Services"]),
    Term("sbar-1", "SBAR", "Situation Background Assessment Recommendation"),
    Term("sbar-2", "SBAR", "A request written as situation, background, assessment and recommendation."),
    Term("devops", "DevOps", "A methodology in which teams own the entire process from code to production."),
    Term("508", "508", "The federal regulation that requires government IT projects be accessible."),
    Term("1099", "1099", "A tax form that reports income other than wages."),
    Term("port-3389", "PORT 3389", "Microsoft Terminal Server (RDP) Remote Desktop Protocol (RDP)", aliases=["RDP"]),
    Term("port-443", "PORT 443", "HTTPS: Hypertext Transfer Protocol Secure"),
    Term("mitm", "Man-in-the-middle", "Man in the middle", aliases=["MITM"]),
    Term("8a", "8(a)", "The SBA's business development program for small disadvantaged businesses."),
    Term("sba", "SBA", "The Small Business Administration, a federal agency."),
    Term("sla", "SLA", "A service-level agreement: a commitment between a provider and a customer."),
    Term("api", "API", "A way for programs to talk to each other."),
    Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortization."),
    Term("soc2", "SOC 2", "An auditing procedure that checks how a service provider manages customer data."),
    Term("fasb", "Financial Accounting Standards Board (FASB)", "The private organization that sets US accounting "
         "standards."),
    Term("organizing", "Organizing", "Arranging people and work so a plan can be carried out."),
]

kinds = glossary_fixture("kinds", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("What is a TOCTOU bug? Came up in the code review", "toctou"),  # "a class of software bugs"
    ("toctou bugs, what are they", "toctou"),
    ("RCE vulnerability means what? security says it is critical", "rce"),  # an attack: same word class
    ("what's an RCE exploit", "rce"),
    ("XSS vulnerability - can someone explain?", "xss"),
    ("what is a DDoS attack", "ddos"),  # the glossary only spells DDoS out: nothing it says is contradicted
    ("what is a man-in-the-middle attack", "mitm"),  # a name of several words is specific in any case
    ("> degraded performance due to a DDoS attack on our edge\nwhat does this mean?", "ddos"),
    ("> POS data from the pop-up stores will be merged into the weekly sales report\nPOS data meaning?", "pos"),
    ("the RCE came up in the pentest. what is that attack?", "rce"),  # named again by its kind
    ("FASB, fas bee, what is this organisation", "fasb"),  # its kind in the other spelling: "organization"
])
def test_a_term_with_a_noun_of_its_kind_after_it_is_the_term(kinds: Glossary, text: str, term_id: str) -> None:
    assert outcome(kinds, text) == ("answer", [term_id])


@pytest.mark.parametrize(("text", "term_id"), [
    ("wats section 508", "508"),  # "The federal regulation ...": a section of a law
    ("section 508 - what is it? UX researcher here", "508"),
    ('the state RFP says the product must be "section 508 compliant". what\'s section 508?', "508"),
    ("section 508 compliance — what does 508 actually require from us", "508"),  # named once, then by number
    ("what is a 508 regulation", "508"),
    ("form 1099 meaning?", "1099"),
    ("the accountant wants a 1099 form from me. what is that", "1099"),
    ("what is port 3389 used for", "port-3389"),  # the entry is written "PORT 3389": any casing
    ("firewall team asks about port 3389. what is that port for?", "port-3389"),
    ("firewall rule mentions 3389 — what's that port for", "port-3389"),  # the number, its noun elsewhere
    ("what runs on port 443", "port-443"),
    ("8(a) program?", "8a"),  # a number with its parts: the brackets split the tokens
    ("what are the SBA's 8(a) firms", "8a"),
])
def test_a_name_that_is_a_number_is_asked_with_its_noun(kinds: Glossary, text: str, term_id: str) -> None:
    assert outcome(kinds, text) == ("answer", [term_id])


@pytest.mark.parametrize(("text", "term_id"), [
    ("we sold 508 units last week, what is a unit?", "508"),  # a count, and no regulation
    ("what is room 508", "508"),
    ("3389 tickets were closed. what does that mean", "port-3389"),  # no port named
    ("we have 1099 rows, what is that row for", "1099"),
    ("what is an EBITDA margin", "ebitda"),  # a concept of its own
    ("API key?", "api"),
    ("what is our SLA number", "sla"),  # a value of ours
    ("what is the SLA number", "sla"),  # the glossary says an SLA is an agreement, not a number
    ("what's the CARES Act", "cares"),  # a capitalised noun names a law of its own
    ("who is our COR on the HHS contract now?", "hhs"),  # asks who, and the contract is its setting
    ("Please explain the SBAR format.", "sbar-1"),  # one sense says its kind, and not "format"
    ("staging environment meaning pls, i am new in devops team", "devops"),  # the team is context
    ("we use TOCTOU checks. what is that plugin?", "toctou"),  # the glossary never calls it a plugin
    ("what is a pos tool", "pos"),  # "pos" in lower case is a word, not the acronym as written
    ("we hit 8 (a) and b", "8a"),  # a spaced list, not the name
])
def test_a_noun_that_makes_another_concept_is_not_the_term(kinds: Glossary, text: str, term_id: str) -> None:
    status, ids = outcome(kinds, text)
    assert not (status in ("answer", "ambiguous", "compare") and term_id in ids)
