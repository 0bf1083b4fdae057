"""Issue 13, typos over a real SQLite glossary: a term the message names, beside a word asked that is no
English word and surely a slip of another name ("the api should be idempotnet"), is only offered with that
name, unless the message typed right still reads the term ("roi, retrun on investment");
another form of a word ("invoiced", "organisation") is no slip. Mistyped question words ("hwo", "wha") do
not hide the question."""

from __future__ import annotations

import pytest

from glossary import scaffold_typos
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("roi", "ROI", "Return on investment."),
    Term("return", "return", "What an investment earns, as a share of what it cost."),
    Term("api", "API", "An interface programs call."),
    Term("idem", "idempotent", "Safe to repeat: doing it twice leaves the same result as once."),
    Term("exposure", "transaction exposure", "The currency risk on deals already agreed but not yet paid."),
    Term("invoice", "invoice", "A bill sent to a customer."),
    Term("informal", "informal organization", "The relationships that form outside the org chart."),
    Term("org", "organization", "People working together under one structure."),
    Term("gwac", "GWAC", "A government-wide acquisition contract."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "both"), [
    ("our api must be idempotnet. what does that mean", {"api", "idem"}),
    ("the api should be idempotnet, what does that mean", {"api", "idem"}),
])
def test_slip_beside_a_term_is_offered(glossary: Glossary, text: str, both: set[str]) -> None:
    status, ids = outcome(glossary, text)
    assert status == "suggest" and both <= set(ids)


@pytest.mark.parametrize(("text", "term"), [
    ("transaction exposure -> FX risk on stuff we already invoiced? is that it", "exposure"),
    ("informal organization — they said the informal organisation on night shift is strong. meaning?", "informal"),
    ("what is ROI", "roi"),
    ("what is roi, retrun on investment? how calculate", "roi"),  # typed right, it still reads ROI
    ("wha is a GWAC", "gwac"),
])
def test_left_alone(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("typed", "meant"), [
    ("hwo do you get gross profit", "how do you get gross profit"),
    ("wha is a GWAC", "what is a GWAC"),
    ("wht is EBITDA", "what is EBITDA"),
    ("hat is EBITDA", "hat is EBITDA"),  # an English word stays
])
def test_question_words_repaired(typed: str, meant: str) -> None:
    assert scaffold_typos.repair(typed) == meant
