"""A name followed by a noun that only says what kind of thing it is, with the cue on the whole phrase
(glossary/classifiers.py), over a real SQLite glossary: what is answered, and what must stay refused."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("tpm", "TPM", "Trusted Platform Module: a standard for a secure cryptoprocessor.",
         aliases=["Trusted Platform Module"]),
    Term("duns", "DUNS", "Short for Data Universal Numbering System.", aliases=["Data Universal Numbering System"]),
    Term("cvss", "CVSS", "An industry standard for the severity of vulnerabilities.",
         aliases=["Common Vulnerability Scoring System"]),
    Term("fdic", "Federal Deposit Insurance Corporation (FDIC)", "A corporation that insures bank deposits."),
    Term("rce", "RCE", "A class of cyberattacks that run commands remotely.", aliases=["Remote code execution"]),
    Term("naics", "NAICS", "Short for North American Industry Classification System."),
    Term("cage", "CAGE", "Short for Commercial and Government Entity."),
    Term("cots", "Commercial off-the-shelf", "Products sold to the public in the commercial market.",
         aliases=["COTS"]),
    Term("idiq", "Indefinite delivery indefinite quantity contract", "A contract for an indefinite quantity.",
         aliases=["IDIQ"]),
    Term("cpff", "Cost-plus-fixed-fee contract", "A cost-reimbursement contract with a fixed fee.", aliases=["CPFF"]),
    Term("tm", "Time and materials", "Paying for labour hours and materials.", aliases=["T&M"]),
    Term("tm-contract", "Time-and-materials contract", "A contract paid by labour hours and materials."),
    Term("jit", "Just-in-time (JIT)", "Producing only what is needed, when it is needed."),
    Term("jit-inventory", "just-in-time inventory", "Holding as little stock as possible."),
    Term("capm", "capital asset pricing model (CAPM)", "The expected return of a security."),
    Term("cia", "CIA", "Confidentiality, integrity, availability.", aliases=["Confidentiality Integrity Availability"]),
    Term("sole-source", "Sole source", "A contract entered into after negotiating with only one source."),
    Term("sla", "SLA", "A service-level agreement: a commitment between a provider and a customer."),
    Term("api", "API", "A way for programs to talk to each other."),
    Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortization."),
    Term("gsa", "GSA", "The General Services Administration, which runs federal buildings and buying."),
    Term("version-control", "version control", "A system that records every change to code or files."),
    Term("crm", "CRM", "Customer relationship management.", aliases=["customer relationship management"]),
    Term("crm-software", "customer relationship management software", "Software that tracks customers."),
    Term("aes", "AES", "A specification for the encryption of electronic data.",
         aliases=["Advanced Encryption Standard"]),
    Term("coop", "Continuity of Operations Plan", "A plan for emergency situations like natural disasters.",
         aliases=["COOP"]),
    Term("rpm", "RPM", "Red Hat Package Manager", aliases=["Red Hat Package Manager"]),
    Term("fedramp", "Federal Risk and Authorization Management Program", "A security process for government software.",
         aliases=["FedRAMP"]),
]

classified = glossary_fixture("classified", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("TPM chip what is it", "tpm"),
    ("our auditors asked about TPM chip for the IT general controls review. what is it?", "tpm"),
    ("cvss score pls explain", "cvss"),
    ("duns number whats that", "duns"),
    ("naics code wut", "naics"),  # a chat spelling of "what"
    ("which NAICS code are we? also what is a NAICS code", "naics"),
    ("Dear Jargon Bot, could you please tell me what the NAICS code is?", "naics"),
    ("CAGE code is what kind of code? we need it for the form", "cage"),
    ("COTS software, explain pls", "cots"),
    ("FDIC insurance", "fdic"),  # nothing asked, but the entry's own name says it is insurance
    ("@Jargon Bot CAPM formula and meaning please", "capm"),
    ("CIA triad meaning", "cia"),
    ("cpff contract meaning", "cpff"),
    ("> per the terms, see IDIQ contract\nwhat does that mean?", "idiq"),
    ("procurement specialist here: what is sole source contract?", "sole-source"),
    ("RCE vulnerability means what?", "rce"),  # "a class of cyberattacks": one word class, asked outright
    ("publishing says the grant ppl want our CAGE code?? what even is that", "cage"),  # ours in the story,
    ("they need our DUNS number. what is that", "duns"),  # then asked what that is
])
def test_a_cue_on_the_name_and_its_classifier_noun_asks_about_the_name(classified: Glossary, text: str,
                                                                        term_id: str) -> None:
    assert outcome(classified, text) == ("answer", [term_id])


@pytest.mark.parametrize(("text", "term_id"), [
    ("what is AES encryption", "aes"),  # the noun repeats a word of the name: "Advanced Encryption Standard"
    ("COOP plan - what is it?", "coop"),  # "plan" makes a concept of its own, but here the name says it
    ("what's an rpm package", "rpm"),  # in lower case too: the glossary's own name is the support
    ("fedramp authorized means what exactly", "fedramp"),  # another form of "Authorization"
])
def test_a_noun_that_repeats_a_word_of_the_name_asks_about_the_name(classified: Glossary, text: str,
                                                                     term_id: str) -> None:
    assert outcome(classified, text) == ("answer", [term_id])


@pytest.mark.parametrize(("text", "term_id"), [
    ("T&M contract meaning?", "tm-contract"),  # not "time and materials": the contract has its own entry
    ("JIT inventory means?", "jit-inventory"),
    ("what is CRM software?", "crm-software"),
])
def test_a_name_spelt_out_with_its_noun_is_the_longer_entry(classified: Glossary, text: str, term_id: str) -> None:
    assert outcome(classified, text) == ("answer", [term_id])


@pytest.mark.parametrize("text", [
    "what's an API key",  # nouns that make a concept of their own
    "API key?",
    "EBITDA margin",
    "EBITDA margin meaning?",
    "what is our SLA number for support",  # a value of ours, and an SLA is not a number
    "what is the SLA number",
    "what's a GSA contract",  # the glossary never calls the GSA a contract
    "version control system",  # a phrase alone asks nothing
    "what's our DUNS number?",  # asks for our value, not what DUNS is
    "our DUNS number, what is it",  # our value too: no story names it
    "what's our DUNS number? what is that",
    "we changed the NAICS code yesterday",  # not asked about
    "what is a NAICS code list",  # the phrase goes on
    "what is the AES key",  # a key is no word of the name: a concept of its own
    "what's our COOP plan",  # our plan: a value, not what a COOP is
    "what's an SLA breach",  # the glossary calls an SLA an agreement: a breach is something else
    "what's an RPM manager role",  # the phrase goes on
])
def test_a_name_with_a_noun_that_is_no_classifier_stays_refused(classified: Glossary, text: str) -> None:
    assert outcome(classified, text)[0] not in ("answer", "ambiguous", "compare")
