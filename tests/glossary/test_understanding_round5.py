"""Issue 13, round 5, over a real SQLite glossary: a line break ends a sentence (a quoted line is the
story, the next line the question); "the long form of X", "X spelled out", "X full name" ask what X
stands for; a mistyped "again" is a filler; a question word opens the noun phrase it asks about."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("cots", "commercial off-the-shelf (COTS)", "Software you buy ready-made instead of building it."),
    Term("palt", "procurement acquisition lead time (PALT)", "How long a purchase takes from request to award."),
    Term("hipaa", "HIPAA", "The US law that protects health records."),
    Term("gantt", "Gantt charts", "Bar charts that show a project's tasks over time."),
    Term("pricing", "pricing", "Setting what a product costs its buyers."),
    Term("sla", "SLA", "A promise about service levels."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "round5", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("> let's not reinvent the wheel, go with COTS\nCOTS?", "cots"),
    ("> the SLA was breached again last night\nsorry, what is that", "sla"),
    ("What is the long form of PALT", "palt"), ("hipaa spelled out?", "hipaa"), ("PALT full name?", "palt"),
    ("what is a gantt chart agian", "gantt"), ("what's the full form of COTS", "cots"),
])
def test_phrasings_people_really_use_are_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["Could someone explain what transfer pricing is?",
                                  "> we are late on the Gantt charts\nwhat is a burndown chart?"])
def test_a_term_that_is_only_part_of_what_is_asked_is_not_the_answer(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")
