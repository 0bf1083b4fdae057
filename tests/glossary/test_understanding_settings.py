"""Which of several things a message names is asked (issue 13), over a real SQLite glossary: a sentence that
asks what something it names means outranks a yes/no question ("can we piggyback on the contract? what
does piggybacking mean"); a term after "on"/"in" right behind another is that term's setting ("ODC on an
invoice means what")."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("contract", "contract", "A binding agreement to deliver something for a price."),
    Term("odc", "ODC", "Other direct cost: a cost billed to one contract that is not labour.",
         aliases=["other direct cost"]),
    Term("invoice", "invoice", "A bill that asks a customer to pay for what was delivered."),
    Term("risk", "risk", "The chance that results differ from what was expected."),
    Term("term-risk", "term risk", "The extra risk of lending for longer: more can change before repayment."),
    Term("poc", "POC", "Point of contact: the person to ask about something.", aliases=["point of contact"]),
    Term("sla", "SLA", "Service level agreement: the service a provider promises, in numbers."),
    Term("itil", "ITIL", "A widely used set of practices for running IT services."),
]

settings = glossary_fixture("settings", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("what is the term SLA", ("answer", ["sla"])),
    ("ODC on an invoice means what", ("answer", ["odc"])),
    ("what does ODC on an invoice mean", ("answer", ["odc"])),
    ("SLA in ITIL means what", ("answer", ["sla"])),
    ("who's the POC for the badge reader replacement? also what does POC stand for lol", ("answer", ["poc"])),
    ("what is an invoice on the portal", ("answer", ["invoice"])),  # nothing before the invoice: it is asked
])
def test_the_thing_asked_among_several_named(settings: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(settings, text) == expected


@pytest.mark.parametrize("text", [
    "can we piggyback on the county's contract? what does piggybacking mean",  # piggybacking is asked: unknown
    "is the contract signed? what does piggybacking mean here",
])
def test_a_meaning_asked_of_an_unknown_word_is_not_answered_with_a_term_told_before(settings: Glossary,
                                                                                   text: str) -> None:
    assert outcome(settings, text)[0] not in ("answer", "ambiguous")
