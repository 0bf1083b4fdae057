"""Issue 13, over a real SQLite glossary: a message where the asker says they know what a term is asks nothing about
it ("I know what a KPI is"), and a question after such a remark asks about its own term alone, with no comparison."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("kpi", "KPI", "Key performance indicator: a number a team watches to see whether it is on track."),
    Term("okr", "OKR", "Objectives and key results: a goal and the measurable results that show it was reached."),
    Term("sla", "SLA", "Service level agreement: what a supplier promises, and what happens if it falls short."),
]

known = glossary_fixture("known", TERMS)


@pytest.mark.parametrize("text", [
    "I know what a KPI is",
    "we all know what an SLA is",
    "I know what KPI means",
    "i already know what SLA stands for lol",
    "everybody knows what a KPI is",
    "I know what a KPI is, who owns ours?",  # known, and another thing asked
    "don't explain what an SLA is, I just need the numbers",  # a telling declined
])
def test_a_term_the_asker_says_they_know_is_not_answered(known: Glossary, text: str) -> None:
    assert outcome(known, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "expected"), [
    ("I know what a KPI is, but what is an OKR?", ("answer", ["okr"])),
    ("I get what a KPI is, but what's an OKR?", ("answer", ["okr"])),
    ("I know what a KPI is?", ("answer", ["kpi"])),  # a question mark asks after all
    ("I don't know what a KPI is", ("answer", ["kpi"])),
    ("Help everyone understand what a KPI is", ("answer", ["kpi"])),  # a request: everyone is not the asker
    ("Does everybody know what KPI stands for", ("answer", ["kpi"])),  # a question, though typed with no "?"
    ("what is a KPI? what is an OKR?", ("compare", ["kpi", "okr"])),  # both asked, one by one
])
def test_a_question_after_a_known_term_asks_its_own(known: Glossary, text: str,
                                                    expected: tuple[str, list[str]]) -> None:
    assert outcome(known, text) == expected
