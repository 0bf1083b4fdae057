"""Issue 13: how people type around a term they ask about. Chat spellings of asking and pointing words
("whats dat", "how do u figure X"), who says it after the term ("that GDPR thing everyone keeps saying"),
manner words and fillers ("in brief", "anyway"), "what constitutes X", a part of it ("the X element"),
an evaluation that is no term ("is that good??"), a reading the asker rules out ("not press release"),
a quote that speaks in another voice, and a question that weighs two terms named before a colon."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("cmdb", "CMDB", "Configuration management database: the list of IT assets and how they connect."),
    Term("naics", "NAICS", "North American Industry Classification System: codes for lines of business."),
    Term("gross-profit", "gross profit", "Revenue minus the cost of the goods sold."),
    Term("hawthorne", "Hawthorne effect", "People work differently when they know they are watched."),
    Term("dat", "DAT", "Digital audio tape."),
    Term("gdpr", "GDPR", "The EU's General Data Protection Regulation on personal data."),
    Term("blockchain", "blockchain technology", "A shared ledger that many parties keep in step."),
    Term("sla", "SLA", "Service level agreement: the service a provider promises, in numbers."),
    Term("insider", "insider trading", "Trading a company's shares on information the public does not have."),
    Term("cash-discount", "cash discount", "A price cut for paying early."),
    Term("goods", "goods", "Physical products a business sells."),
    Term("liquidity", "liquidity", "How easily an asset turns into cash without losing value."),
    Term("press-release", "press release", "An official statement given to the news media."),
    Term("pull-request", "pull request", "A proposed code change others review before it is merged.",
         aliases=["PR"]),
    Term("procurement-request", "procurement request", "A request to buy goods or services.", aliases=["PR"]),
    Term("pm", "PM", "Project manager.", aliases=["project manager"]),
    Term("critical-path", "critical path", "The longest chain of tasks that sets a project's end date."),
    Term("american-option", "American option", "An option that can be exercised on any day until it expires."),
    Term("european-option", "European option", "An option that can be exercised only on its expiry date."),
    Term("lpta", "LPTA", "Lowest price technically acceptable: an award to the cheapest acceptable bid."),
    Term("best-value", "best value", "An award that weighs price against quality."),
    Term("gsa-schedule", "GSA schedule", "Long-term government contracts with pre-approved vendors."),
    Term("utilitarianism", "utilitarianism", "The view that the right act does the most good for the most people."),
    Term("ethics", "ethics", "Principles of right and wrong conduct."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows progress towards a goal."),
    Term("pos", "POS", "Point of sale: the till or terminal where a customer pays."),
    Term("sme", "SME", "Subject matter expert: the person who knows an area best."),
    Term("dcaa", "DCAA", "Defense Contract Audit Agency: audits the costs of defence contractors."),
    Term("protected", "protected classes", "Groups the law protects from discrimination at work."),
    Term("cogs", "cost of goods sold", "What the goods a company sold cost it to make or buy."),
    Term("k8s", "Kubernetes", "Software that runs containers across many machines.", aliases=["k8s"]),
    Term("dhcp", "DHCP", "Dynamic Host Configuration Protocol: hands out network addresses."),
    Term("port-67", "port 67", "The port a DHCP server listens on."),
    Term("ntp", "NTP", "Network Time Protocol: keeps clocks in step."),
    Term("tie", "times interest earned (TIE) ratio", "Earnings before interest and tax over interest paid."),
    Term("pam", "PAM", "Pluggable authentication modules.", aliases=["pluggable authentication modules"]),
    Term("pam-2", "PAM", "Privileged access management.", aliases=["privileged access management"]),
    Term("ebit", "EBIT", "Earnings before interest and taxes."),
    Term("swivel", "swivel chairing", "Retyping data from one system into another by hand."),
    Term("crm", "CRM", "Customer relationship management software."),
    Term("supply-chain", "supply chain", "The firms and steps that bring a product to the customer."),
    Term("risk-return", "risk-return trade-off", "The higher the risk taken, the higher the return asked."),
    Term("risk", "risk", "The chance that an outcome differs from the one expected."),
    Term("coso", "COSO", "Committee of Sponsoring Organizations of the Treadway Commission."),
    Term("coso-erm", "COSO ERM", "COSO's framework for enterprise risk management."),
    Term("product-owner", "product owner", "The person who decides what a scrum team builds next."),
]

chat = glossary_fixture("chat", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("CMDB whats dat, they want me to list all our scanners and printers in it", "cmdb"),
    ("NAICS code whats dat, its on the customer form", "naics"),
    ("how do u figure gross profit", "gross-profit"),
    ("hawthorne effect whats dat", "hawthorne"),  # "dat" is "that", not the DAT asked
    ("what's that GDPR thing everyone keeps saying", "gdpr"),
    ("what is this GDPR thing people talk about", "gdpr"),
    ("so what's GDPR all about", "gdpr"),
    ("What is the GDPR, in brief? I want the defined term to be accurate.", "gdpr"),
    ("someone pitched a blockchain loyalty program. what is blockchain anyway", "blockchain"),
    ("what is SLA anyways", "sla"),
    ("What constitutes insider trading? The clause calls it material non-public information.", "insider"),
    ("Payment terms read 2/10, net 30. I understand net 30, but what is the cash discount element?",
     "cash-discount"),
    ("CFO said we're in a 'strong liquidity position' 🎉 is that good?? what is liquidity", "liquidity"),
    ("our project manager keeps yelling 'that's on the critical path!!' 😅 what does that mean", "critical-path"),
    ("what's `utilitarianism` - ethics training module mentions it", "utilitarianism"),  # a spaced hyphen: a dash
    ("they keep saying KPI KPI KPI in every meeting. whats that", "kpi"),  # said again, still the one name
    ("SLA SLA SLA, everyone says it. what is it", "sla"),
    ('What do people mean when they say "protected classes"?', "protected"),  # who says it, then the term
    ("what do people mean when they talk about GDPR?", "gdpr"),
    ("What's COGS?? cost of goods something?", "cogs"),  # a forgotten word: the expansion cut off there
    ("$ whatis k8s", "k8s"),  # a shell prompt typed
    ("$ man ntp", "ntp"),  # the manual page asked for at a prompt
    ("% tldr dhcp", "dhcp"),
    ("dhcp eli5", "dhcp"),  # asked simpler, its senses weighed as for "dhcp?"
    ("ntp - need sync < 1 ms across 40 gateways", "ntp"),  # a heading, then the need: no statement
    ("what is TIE", "tie"),
    ("PAM as in privileged access", "pam-2"),  # the start of one sense's expansion, glossed
    ("could you remind me precisely what EBIT comprises and what it leaves out?", "ebit"),
    ("The paper mentions blockchain as a possible means of tracking provenance in our supply chain. "
     "What is blockchain technology?", "blockchain"),  # "a means of": a noun, the question is the second sentence
    ("the risk–return trade-off keeps coming up in the pension papers, can someone explain it?",
     "risk-return"),  # an en dash typed between two words joins them, as a hyphen does
])
def test_the_term_asked_around_chat_forms(chat: Glossary, text: str, term: str) -> None:
    assert outcome(chat, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "terms"), [
    ("`American option` vs `European option`:\n- which can be exercised early?\n- which is more common?",
     ["american-option", "european-option"]),
    ("LPTA vs best value: pros/cons?", ["lpta", "best-value"]),
    ("LPTA vs best value eli5", ["lpta", "best-value"]),  # how to tell it, after the comparison
    ("american option vs european option tldr", ["american-option", "european-option"]),
    ("$ diff ntp dhcp", ["ntp", "dhcp"]),  # the shell's diff of two names
])
def test_two_terms_then_a_question_that_weighs_them(chat: Glossary, text: str, terms: list[str]) -> None:
    assert outcome(chat, text) == ("compare", terms)


def test_a_question_about_something_else_after_two_terms_compares_nothing(chat: Glossary) -> None:
    assert outcome(chat, "I know LPTA vs best value. which agency uses GSA schedules?")[0] != "compare"


def test_a_term_before_between_is_not_compared_with_one_after_it(chat: Glossary) -> None:
    """"between X and Y" opens both sides; the term before "between" is not one of them."""
    assert outcome(chat, "staff spend hours swivel chairing between the CRM and the billing system")[0] != "compare"
    assert outcome(chat, "confused between LPTA and best value") == ("compare", ["lpta", "best-value"])


@pytest.mark.parametrize("text", [
    "this constitutes insider trading",  # a statement: "constitutes" asks only after "what"
    "so is that good",  # an evaluation, not the term "goods"
    "what is dat",  # a lower-case "dat" alone is no question about DAT (in capitals it is)
    "our SLA for the vendor expired",  # a statement naming a term, not "SLA" asked "for the vendor"
    "the POS at the will-call counter froze again",
    "who is the SME for receiving now that Tom left",  # a person in the role, not what the role is
    "who's the SME for payroll",
    "what's a good KPI for a sales team?",  # a value worth having, not what a KPI is
    "LTV/CAC - what's 'good' these days",  # the word quoted as typed, not "goods" in another number
])
def test_no_answer_for_what_asks_nothing(chat: Glossary, text: str) -> None:
    assert outcome(chat, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "term"), [("SLA for vendors", "sla"), ("POS in retail", "pos"),
                                            ("who is DCAA", "dcaa")])
def test_a_name_and_its_field_is_still_asked(chat: Glossary, text: str, term: str) -> None:
    assert outcome(chat, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what is COSO ERM", "coso-erm"),  # a word after a name that is also an acronym is no filler
    ("who is the product owner in scrum", "product-owner"),  # the role in a field, not the person
    ("tell me about the SLA for our vendors", "sla"),  # a request, not a statement
    ("what is a typical SLA", "sla"),  # a plain modifier: what one is
])
def test_what_stays_asked(chat: Glossary, text: str, term: str) -> None:
    assert outcome(chat, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["what do people mean when they talk about", "so what do u mean when u refer to?"])
def test_a_saying_verb_with_nothing_after_it_is_no_crash(chat: Glossary, text: str) -> None:
    assert outcome(chat, text)[0] == "unknown"


def test_a_reading_the_asker_rules_out_is_never_the_answer(chat: Glossary) -> None:
    status, ids = outcome(chat, "what's a PR? not press release, the engineering kind 😂")
    assert "press-release" not in ids
    assert status != "answer" or ids == ["pull-request"]
    assert outcome(chat, "what is DAT?") == ("answer", ["dat"])
