"""A kind nobody defined (issue 13, negatives): over a real SQLite glossary that names several kinds of
pricing and of audit, a question about another kind ("what is transfer pricing") is offered the head,
never answered with it; the kinds it defines, the head alone, and a verb before the head are unchanged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("pricing", "pricing", "Setting what a product costs its buyers."),
    Term("penetration", "penetration pricing", "A low launch price to win customers fast."),
    Term("skimming", "skimming pricing", "A high launch price, lowered over time."),
    Term("cost-plus", "cost-plus pricing", "The cost of making it, plus a set margin."),
    Term("audit", "audit", "An independent check of records against the rules."),
    Term("internal-audit", "internal audit", "An audit run by the company's own staff."),
    Term("external-audit", "external audit", "An audit run by an outside firm."),
    Term("compliance-audit", "compliance audit", "An audit of whether rules were followed."),
    Term("budget", "budget", "Money planned for a period."),
    Term("cash-budget", "cash budget", "Cash in and out, planned month by month."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "families", TERMS)


@pytest.mark.parametrize(("text", "head"), [
    ("what is transfer pricing", "pricing"),
    ("Could someone explain what transfer pricing is? Our tax advisor keeps mentioning it.", "pricing"),
    ("what's a forensic audit?", "audit"),
    ("define dynamic pricing pls", "pricing"),
    ("pricing, what is transfer pricing?", "pricing"),  # named first, then asked about as a kind
    ('What does "most favored customer" pricing mean? The vendor refused it.', "pricing"),  # a quoted kind
    ("what does most favored customer pricing mean", "pricing"),  # a run of words, one not everyday
])
def test_a_kind_the_glossary_does_not_name_is_offered_not_answered(glossary: Glossary, text: str, head: str) -> None:
    status, ids = outcome(glossary, text)
    assert status == "suggest" and head in ids


@pytest.mark.parametrize(("text", "term"), [
    ("what is penetration pricing", "penetration"),  # a kind it names
    ("what is pricing", "pricing"),  # the head alone
    ("we'll revisit the audit next quarter. what is an audit?", "audit"),  # an article is no kind
    ("what is our pricing based on, what does pricing mean here", "pricing"),  # "our" names no kind
    ("what is a budget", "budget"),  # a head the glossary qualifies once is no family
    ("what is the new pricing", "pricing"),  # everyday words make no kind
])
def test_named_kinds_heads_and_small_families_are_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])
