"""A phrase that is most of one name, over a real SQLite glossary: answered when the entry or the message says
the rest (glossary/phrases.py, glossary/rest_said.py, glossary/prefixes.py, glossary/tails.py), offered or
refused otherwise: a word before a name that its entry never says still makes a kind nobody defined."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("duration", "duration", "a measure of how much bond prices are likely to change if interest rates move"),
    Term("coupon", "coupon rate", "the annual interest paid by the bond issuer, as a share of its face value"),
    Term("a-11", "A-11", "A type of document published by the OMB that tells agencies how to request budgets."),
    Term("clause", "clause", "A term or condition used in contracts."),
    Term("revenue", "revenue", "Income from the sale of goods and services."),
    Term("fsd", "Full stack developer", "Someone who does both front end and back end development."),
    Term("oss", "Open source software", "Software anyone may study, change and share."),
    Term("osint", "Open source intelligence", "Information gathered from public sources."),
    Term("bmm", "Bare Metal Machine", "Bare metal refers to a physical computer that runs one operating system."),
    Term("drp", "disaster recovery plan", "A plan for disaster recovery after an outage."),
    Term("aba", "accrual basis accounting", "Revenue is recorded when earned, not when cash is received."),
    Term("pca", "principle of comparative advantage", "Each country should make what it makes most cheaply."),
    Term("sca", "sustainable competitive advantage", "An edge over rivals that lasts."),
    Term("dupont", "DuPont method", "framework for financial analysis that breaks return on equity down"),
    Term("indirect", "indirect method", "a way to report operating cash flow starting from net income"),
    Term("sox", "Sarbanes-Oxley Act", "A US law on financial reporting by public companies."),
]

partial_names = glossary_fixture("partial_names", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("bond duration – is it simply how many years until it is paid back?", "duration"),  # the entry says "bond"
    ("bond coupon rate - what is it?", "coupon"),
    ("what is omb circular a-11?", "a-11"),  # words before a code say its series, not a kind of it
    ('The staffing plan lists two "full stack developers". What does full stack mean?', "fsd"),  # said whole
    ("All code is released as open source software. What does open source mean?", "oss"),
    ("what does bare metal mean?", "bmm"),  # the entry calls it so: "Bare metal refers to ..."
    ("finance says we're on accrual basis. whats accrual accounting", "aba"),  # the word left out is said
    ("comparative advantage means what", "pca"),  # the principle of it: a kind noun and "of" left out
    ("dupont analysis — what is it", "dupont"),  # a proper name is no quality many kinds share
    ("sox compliance - sarbanes oxley? what is it", "sox"),  # a sure name after the dash
])
def test_a_phrase_the_entry_or_message_completes_is_answered(partial_names: Glossary, text: str,
                                                               term_id: str) -> None:
    assert outcome(partial_names, text) == ("answer", [term_id])


@pytest.mark.parametrize("text", [
    "what is an indemnification clause",  # a kind of clause nobody defined
    "what is annual recurring revenue",
    "what does full stack mean?",  # nothing says which name it begins
    "whats accrual accounting",
    "what is disaster recovery",  # the plan's definition uses the words, it is not called so
    "competitive advantage means what",  # "sustainable" says more than a kind
    "what is an indirect rate",  # "indirect" is a quality of many kinds
    "our audit - accrual accounting?",  # after the dash only a sure name is read
])
def test_a_phrase_nothing_completes_is_not_answered(partial_names: Glossary, text: str) -> None:
    assert outcome(partial_names, text)[0] not in ("answer", "ambiguous")


def test_of_several_names_begun_the_one_completed_by_its_kind_is_meant(partial_names: Glossary) -> None:
    # "open source" is how people shorten open source software, never open source intelligence
    assert outcome(partial_names, "what does open source mean?") == ("answer", ["oss"])
