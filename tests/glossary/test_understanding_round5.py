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


USAGE_TERMS = [Term("z-score", "z-score", "How many standard deviations a value is from the mean."),
               Term("loc", "line of credit", "A loan a bank lets you draw on up to a limit."),
               Term("factoring", "factoring", "Selling your invoices to get cash sooner."),
               Term("change-order", "change order", "A written change to a signed contract."),
               Term("vpn", "VPN", "An encrypted tunnel into the company network.")]


@pytest.fixture(scope="module")
def usage(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "usage", USAGE_TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("how would I use a z-score in a report", "z-score"), ("how would a company typically use a line of credit", "loc"),
    ("how does factoring work in practice, with an example?", "factoring"),
    ("where would I run into a change order in real life?", "change-order"), ("how does the VPN work", "vpn"),
    ("example use of a line of credit?", "loc"),
])
def test_how_a_term_is_used_is_a_question_about_the_term(usage: Glossary, text: str, term: str) -> None:
    assert outcome(usage, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["how do I reset my password?", "who broke the VPN?", "why is the VPN down",
                                  "when is the change order due"])
def test_other_questions_that_name_a_term_are_not_definitions(usage: Glossary, text: str) -> None:
    assert outcome(usage, text)[0] not in ("answer", "ambiguous")
