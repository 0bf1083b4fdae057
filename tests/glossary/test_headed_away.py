"""Issue 13, over a real SQLite glossary: a message that opens on a heading set apart by a dash or a colon
and then asks only "what is it" asks about the heading; a term of the asker's guess or story after it, or
one qualifying the heading's first word ("margin on a futures contract"), is offered, never answered. A
heading named again, a heading's own head, or a last sentence that names its own term is left alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("invoice", "invoice", "A bill a supplier sends for goods or services."),
    Term("margin", "margin", "Money put up to cover possible losses on a position."),
    Term("futures", "futures contract", "An agreement to buy or sell something at a set price on a set date."),
    Term("profit-margin", "profit margin", "Profit as a share of revenue."),
    Term("arra", "American Recovery and Reinvestment Act (ARRA)", "A 2009 law that funded economic recovery."),
    Term("cio", "CIO", "Chief information officer."),
    Term("gaap", "GAAP", "Generally accepted accounting principles."),
    Term("swivel-chair", "swivel chair", "Re-typing data from one system into another by hand."),
    Term("swivel-chairing", "swivel chairing", "Doing swivel-chair work between systems."),
    Term("duration", "duration", "How sensitive a bond's price is to interest rates."),
    Term("bond", "bond", "A loan to a company or government, paid back with interest."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "headed", TERMS)


@pytest.mark.parametrize(("text", "first", "offered"), [
    ("three way match — PO, receipt and invoice? what is it", "invoice", "invoice"),
    ("margin on a futures contract — apparently not profit margin. what is it", "margin", "futures"),
    ("ARRA — the American Recovery and Reinvestment Act. our CIO said that's where the money came from. "
     "what was it?", "arra", "arra"),  # the CIO speaks: never offered (test_understanding_voices.py)
])
def test_a_term_past_the_heading_is_offered_not_answered(glossary: Glossary, text: str, first: str,
                                                         offered: str) -> None:
    status, ids = outcome(glossary, text)
    assert status == "suggest" and ids[0] == first and offered in ids


@pytest.mark.parametrize(("text", "term"), [
    ("GAAP — our auditors mention GAAP constantly. what is it?", "gaap"),
    ("swivel chair — the nurse said the clerks are 'swivel chairing' between systems. what does that mean?",
     "swivel-chairing"),
    ("bond duration — not time to maturity? what is it", "duration"),
    ("quick question — what is an invoice?", "invoice"),
    ("three way match — PO, receipt and invoice. what is a CIO?", "cio"),
])
def test_the_heading_named_again_or_its_own_head_is_left_alone(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])
