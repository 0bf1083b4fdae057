"""Issue 13, careless typists over a real SQLite glossary: the word right before the term found may be the
first word of a longer name mistyped as another English word ("money from angle investors": angel
investors). When the phrase is surely that longer name, it is offered first beside the term, answered when
the word is the name's with two neighbouring letters swapped; a word before
the term that makes no longer name, or the longer name typed right, is left alone."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("investor", "Investor", "A person or company that puts money into a business for a return."),
    Term("angel-investors", "Angel investors", "Wealthy people who fund early startups with their own money."),
    Term("budget", "Budget", "A plan for how much money will be spent on what."),
]

glossary = glossary_fixture("glossary", TERMS)


def test_longer_name_answered_for_two_letters_swapped(glossary: Glossary) -> None:
    # the fast typist's commonest slip: "angle" is "angel" with two neighbouring letters swapped
    assert outcome(glossary, "founder says they got money from angle investors. who are those") \
        == ("answer", ["angel-investors"])


def test_longer_name_offered_first(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "founder says they got money from anger investors. who are those")
    assert status == "suggest"
    assert ids == ["angel-investors", "investor"]


@pytest.mark.parametrize(("text", "term"), [
    ("founder says they got money from local investors. who are those", "investor"),  # no longer name
    ("founder says they got money from angel investors. who are those", "angel-investors"),  # typed right
])
def test_left_alone(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])
