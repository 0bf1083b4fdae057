"""Issue 13, over a real SQLite glossary: two names of a kind typed side by side with no "and" between, in a message
asking their difference, are compared ("levered equity unlevered equity - diff pls"); English's "and" joins a pair
compared in another language's word for the difference ("X and Y wenasa kiyala denna")."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("levered", "levered equity", "The shares of a company that carries debt."),
    Term("unlevered", "unlevered equity", "The shares of the same company if it carried no debt."),
    Term("american", "American option", "An option the holder may use on any day up to expiry."),
    Term("european", "European option", "An option the holder may use only on its expiry date."),
    Term("nominal", "nominal interest rate", "The rate as quoted, before inflation is taken off."),
    Term("real", "real interest rate", "The rate once inflation is taken off."),
    Term("equity", "equity", "What the owners hold once every debt is paid."),
]

apposed = glossary_fixture("apposed", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("levered equity unlevered equity - diff pls", ["levered", "unlevered"]),
    ("american option european option difference?", ["american", "european"]),
    ("what's the difference? levered equity unlevered equity", ["levered", "unlevered"]),  # asked just before
    ("nominal interest rate and real interest rate wenasa kiyala denna", ["nominal", "real"]),  # Sinhala
])
def test_a_pair_with_no_word_of_its_language_joining_it_is_compared(apposed: Glossary, text: str,
                                                                   expected: list[str]) -> None:
    assert outcome(apposed, text) == ("compare", expected)


@pytest.mark.parametrize("text", [
    "what is levered equity unlevered equity",  # no word for the difference: one name asked
    "american option european option expiry dates this week",
    "we modeled levered equity unlevered equity scenarios, what's the diff in nominal interest rate?",  # a noun after
])
def test_a_pair_side_by_side_asking_no_difference_compares_nothing(apposed: Glossary, text: str) -> None:
    assert outcome(apposed, text)[0] != "compare"


@pytest.mark.parametrize("text", [
    "levered equity / unlevered equity : what is the difference in simple terms ?",
    "levered equity / unlevered equity : quelle est la différence en termes simples ?",
])
def test_a_difference_asked_in_simple_terms_compares(apposed: Glossary, text: str) -> None:
    """"in simple terms" asks how to answer, and the part before it still asks the difference."""
    assert outcome(apposed, text) == ("compare", ["levered", "unlevered"])
