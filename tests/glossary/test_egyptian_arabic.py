"""Issue 13, over a real SQLite glossary: Egyptian Arabic typed in Latin letters and digits ("Arabizi") around an
English term. "X da eh?", "eh da X?", "X ma3naha eh?", "el far2 eh bein X w Y", "fahhemni X", "ana msh fahem X"
ask what a term is; the address words ("ya gama3a", "ya basha") and particles ("ba2a", "keda", "bezabt") ask
nothing. A third person who does not understand ("el vendor msh fahem el SLA") is a remark, not a question.
Levantine and Gulf Arabizi ask too: "X shu?", "X eish?", "X ya3ni shu", "3tini ta3reef" (give me a definition),
"nafs el ishi?" (the same thing?).
"""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether a goal is being met."),
    Term("working-capital", "working capital", "Current assets minus current liabilities: money to run day to day."),
    Term("amortization", "amortization", "Spreading the cost of an intangible asset over the years it is used."),
    Term("accrual-basis", "accrual basis", "Recording income and costs when they are earned or owed, not paid."),
    Term("opex", "opex", "Operating expenses: the running costs of a business."),
    Term("capex", "capital expenditures", "Money spent on long-lived assets.", aliases=["capex"]),
    Term("beta", "beta", "How much a stock moves with the market."),
]

egypt = glossary_fixture("egypt", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("eh da amortization?", "amortization"),
    ("amortization da eh?", "amortization"),
    ("KPI di eh?", "kpi"),
    ("el working capital da eh ba2a?", "working-capital"),
    ("hwa el working capital da eh bezabt?", "working-capital"),
    ("the KPI da eh bezabt ya gama3a?", "kpi"),
    ("ma3na eh SLA", "sla"),
    ("SLA ma3nah eh?", "sla"),
    ("el SLA ma3naha eh ya gama3a", "sla"),
    ("ya basha, ana msh fahem eh el KPI", "kpi"),
    ("momken 7ad yefhamni el accrual basis?", "accrual-basis"),
    ("fahhemni el amortization law sama7t", "amortization"),
    ("ana mesh fahma el amortization", "amortization"),
    ("yalla ba2a, eh howa el KPI?", "kpi"),
    ("beta ya3ni eh fel stocks?", "beta"),  # a field after the words that ask: "in the stocks"
])
def test_egyptian_questions_are_answered(egypt: Glossary, text: str, expected: str) -> None:
    assert outcome(egypt, text) == ("answer", [expected])


def test_egyptian_comparison(egypt: Glossary) -> None:
    assert outcome(egypt, "el far2 eh bein opex w capex?") == ("compare", ["opex", "capex"])


@pytest.mark.parametrize("text", [
    "bas el vendor msh fahem el SLA",  # the vendor does not understand it: said of someone, not asked
    "el SLA da 7aga mohema ya3ni lazem nekhlaso",  # "the SLA is important, we must finish it"
    "2olli el SLA fein",  # "tell me where the SLA is"
    "momken 2olli meen 3amel el SLA?",  # who wrote it
    "ana msh fahem meen mas2ool 3an el KPI",  # who is responsible for it
    "let Olli know the SLA is due",  # a colleague's name, no Egyptian "tell me"
    "eh dah submit KPI?",  # Malay "dah": already
])
def test_egyptian_remarks_are_not_answered(egypt: Glossary, text: str) -> None:
    assert outcome(egypt, text)[0] != "answer"


@pytest.mark.parametrize(("text", "expected"), [
    ("el HR bi7ku 3an KPIs la kol team. KPI shu?", ("answer", ["kpi"])),  # Levantine "shu": what
    ("amortization eish?", ("answer", ["amortization"])),  # Gulf "eish"
    ("opex ya3ni shu aslan", ("answer", ["opex"])),
    ("bdi a7ki 3an el SLA, 3tini ta3reef basit", ("answer", ["sla"])),  # "give me a simple definition"
    ("opex w capex nafs el ishi?", ("compare", ["opex", "capex"])),  # "the same thing?"
    ("el meeting shu?", ("unknown", [])),  # no term: nothing to answer
])
def test_levantine_and_gulf_arabizi(egypt: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(egypt, text) == expected
