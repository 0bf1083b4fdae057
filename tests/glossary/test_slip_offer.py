"""Issue 13: a slip inside a longer name beside another term ("is the buy amercan act the rule ... made in the
US?") offers both, the slipped name first, never the other term confidently; a quoted word of the slipped phrase
is still answered ("small business concren" ... what does "concern" mean), over a real SQLite glossary."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("baa", "Buy American Act", "A law that makes federal buyers prefer goods made in the United States."),
    Term("us", "U.S.", "The United States.", aliases=["US"]),
    Term("concern", "concern", "In contracting, a business of any kind."),
    Term("sbc", "small business concern", "A business small enough to count for small-business set-asides."),
    Term("median", "median", "The middle value of a sorted list."),
    Term("api", "API", "How programs ask each other for things."),
    Term("ifb", "Invitation for Bid", "A sealed-bid solicitation: the lowest responsive bid wins."),
    Term("invest", "investments", "Assets bought to earn a return."),
    Term("mean-stack", "MEAN", "MongoDB, Express, Angular and Node: a set of software for web apps."),
    Term("tm", "T&M", "Time and materials: paying for hours worked and materials used."),
]
slips = glossary_fixture("slips", TERMS)


@pytest.mark.parametrize("text", [
    "is the buy amercan act the rule that says we have to buy stuff made in the US?",
    "is the buy amercian act the rule that says we have to buy stuff made in the US?",
])
def test_a_slip_in_a_longer_name_is_offered_first(slips: Glossary, text: str) -> None:
    status, ids = outcome(slips, text)
    assert status == "suggest" and ids[:2] == ["baa", "us"]


def test_a_quoted_word_of_the_slipped_phrase_is_still_answered(slips: Glossary) -> None:
    text = 'In the phrase "small business concren," what exactly does "concern" mean?'
    assert outcome(slips, text) == ("answer", ["concern"])


def test_a_slip_of_a_name_is_no_slip_of_mean(slips: Glossary) -> None:
    """"explain medan" slips from "median", not from "mean": the API named later is no answer."""
    text = "Kindly explain medan. Client wants median response time for each API in the weekly report."
    assert outcome(slips, text)[1][:1] == ["median"]


def test_one_name_mistyped_is_not_a_slip_of_a_name_set_for_something(slips: Glossary) -> None:
    assert outcome(slips, "What is an Invetation for Bid?") == ("answer", ["ifb"])


@pytest.mark.parametrize(("text", "expected"), [
    ("pls explain maen of T&M", ("answer", ["tm"])),  # a letter changed: still "mean"
    ("explain maen", ("unknown", [])),  # the word "mean", never the MEAN stack
])
def test_a_changed_letter_of_mean_is_still_mean(slips: Glossary, text: str, expected: tuple) -> None:
    assert outcome(slips, text) == expected
