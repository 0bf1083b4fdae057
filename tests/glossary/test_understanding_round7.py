"""Issue 13, round 7, over a real SQLite glossary: a reference word typed with no article before it may
be the first word of a name ("what is term risk" asks about term risk, "what is the term risk" about risk)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("risk", "risk", "The chance of losing time or money."),
    Term("term-risk", "term risk", "The chance that longer bonds earn less than several shorter ones would."),
    Term("sla", "SLA", "A promise about service levels."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "round7", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what is term risk", "term-risk"), ("what's term risk?", "term-risk"),
    ("what does the term risk mean", "risk"), ("what is the term SLA", "sla"), ("what does term SLA mean", "sla"),
])
def test_a_reference_word_without_an_article_may_start_the_name(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])
