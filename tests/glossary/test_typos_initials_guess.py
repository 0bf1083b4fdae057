"""Issue 13, careless typists over a real SQLite glossary: when the words asked start with the letters of an
acronym ("reliablity in cloud native": RCN), that guess must not hide a word of them typed a keystroke off a
name of its own (reliability); the guess is still offered when no word is such a slip."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("reliability", "Reliability", "How well a system keeps working as expected over time."),
    Term("outliers", "Outliers", "Data points far away from the rest of the data set."),
    Term("rcn", "RCN", "Regional Care Network."),
    Term("od", "OD", "Overdose."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what is reliablity in cloud native", "reliability"),
    ("what are outlyers in the data", "outliers"),
])
def test_the_slip_beats_the_initials(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "offered"), [
    ("what is regional care nets", "rcn"),  # no word a slip of a name: the initials are still offered
])
def test_initials_still_offered(glossary: Glossary, text: str, offered: str) -> None:
    status, ids = outcome(glossary, text)
    assert status == "suggest" and offered in ids
