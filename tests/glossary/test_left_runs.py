"""Issue 13: a name typed short inside a longer message ("... references Sarbanes-Oxley. what is it?") is
answered when the words typed begin one concept's name and the words left out only say what kind of
thing it is; a word that begins several names, two such words, a setting ("in Scrum") or a word typed as
the head of another phrase ("sales tax nexus") are offered or left alone, never answered."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sox", "Sarbanes-Oxley Act", "A US law on the financial reporting of public companies."),
    Term("waterfall", "waterfall development", "Building software in fixed phases, one after another."),
    Term("scrum-master", "Scrum Master", "The person who helps a Scrum team follow the process."),
    Term("nexus-statement", "nexus statement", "A statement of how a license ties to the public's interest."),
    Term("kanban-board", "kanban board", "A board of cards showing work in each stage."),
    Term("vendor-risk", "vendor risk management", "Checking the risks a supplier brings."),
    Term("vendor-mgmt", "vendor management", "Running relations with suppliers."),
    Term("contract", "contract", "A binding agreement."),
]

left = glossary_fixture("left", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("every control in our narratives references Sarbanes-Oxley. what is it in short?", "sox"),
    ("Why do corporate vendors talk so much about Sarbanes-Oxley? What is it?", "sox"),
    ("Our old contract was run as waterfall. What does that mean, in plain terms?", "waterfall"),
])
def test_a_name_typed_short_in_a_longer_message_is_answered(left: Glossary, text: str, term: str) -> None:
    assert outcome(left, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "velocity in Scrum – what is it?",  # a setting, not the subject
    "tax says we now have nexus in 12 states. what's sales tax nexus?",  # the question names another phrase
    "sales tax nexus — what does nexus mean",  # nexus typed as the head of a phrase: a noun of its own
    "we moved from waterfall to sarbanes-oxley controls. what are they?",  # two names typed short
])
def test_a_word_that_may_begin_a_name_is_not_answered(left: Glossary, text: str) -> None:
    assert outcome(left, text)[0] != "answer"
