"""Issue 13, round 12, over a real SQLite glossary: an everyday word the asker sets against its everyday sense
("rest as in sleep?", "like a cot, the bed??", "we dont have boats") is asked in its jargon sense; the same
words used or asked about plainly, with no contrast, stay refused or offered."""

from __future__ import annotations

import pytest

from glossary import cues, set_against
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear, cost

TERMS = [
    Term("protest", "Protest", "A bidder's formal challenge to a contract award.", aliases=[]),
    Term("ship", "Ship", "To release working software to its users."),
    Term("cots", "Commercial off-the-shelf", "Products sold to the public, bought as they are.", aliases=["COTS"]),
    Term("rest", "REST", "A style of web API built on plain HTTP requests.",
         aliases=["Representational State Transfer"]),
    Term("api", "API", "A way for programs to call each other."),
    Term("soar", "SOAR", "Tools that automate a security team's responses.",
         aliases=["Security Orchestration Automation and Response"]),
    Term("amp", "AMP", "Accelerated Mobile Pages."),
    Term("median", "median", "The middle value in an ordered data set."),
    Term("coupon-rate", "coupon rate", "The yearly interest a bond pays, as a share of its face value."),
    Term("bonds", "bonds", "Loans sold to investors as securities."),
    Term("cia", "CIA", "Confidentiality, integrity and availability."),
    Term("securities", "securities", "Tradable financial assets."),
]
against = glossary_fixture("against", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("we got a protest on the award?? what does that mean, like people with signs", "protest"),
    ("what does 'ship it' mean here, we dont have boats", "ship"),
    ("cots software. like a cot, the bed?? what does that mean", "cots"),
    ("REST api — rest as in sleep? what does rest mean", "rest"),
    ("SOAR platform — soar like a bird? what is it", "soar"),
    ('the PM said "we ship the fix on Thursday". Does ship here mean something special, not like sending a '
     "package?", "ship"),
])
def test_a_word_set_against_its_everyday_sense_is_the_jargon_asked(against: Glossary, text: str, term: str) -> None:
    assert outcome(against, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("coupon rate on a bond, like a coupon coupon?", "coupon-rate"),  # the contrast names "coupon" again
    ("CIA triad - the security thing not the agency. what is it", "cia"),  # "not" is not said of "security"
])
def test_a_contrast_about_another_word_leaves_the_subject(against: Glossary, text: str, term: str) -> None:
    assert outcome(against, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "what does it mean to 'ship' two characters?",  # the everyday sense, asked plainly
    "our amp for the school band keeps buzzing, amp = amplifier, what does it mean when it hums?",
    "I like to rest on Sundays, what does the doctor mean by bed rest?",  # "like" a verb, nothing set against
    "is there a protest downtown today, like with signs?",  # no meaning asked
    "REST api — we rest on weekends? the api docs say so",  # no meaning asked
    "a highway median?? like the grass strip. what is it",  # "highway" makes it the everyday median
    "a street protest, like with signs?? what is that",  # "street" makes it the everyday protest
])
def test_a_word_asked_plainly_stays_unanswered(against: Glossary, text: str) -> None:
    assert outcome(against, text)[0] != "answer"


def test_the_reading_is_linear_in_the_words_set_against(against: Glossary) -> None:
    """A word said hundreds of times beside a contrast costs a pass, not a pass per place it is said."""
    detector = against.understander.detector
    read = {}
    for n in (200, 1600):
        scan, spans = detector.spans("rest " * n + "like rest lol. what does rest mean??")
        read[n] = (scan, spans, cues.score(scan, spans))
    assert cost(lambda: set_against.jargon(*read[1600])) < 1.0
    assert_linear(lambda n: set_against.jargon(*read[n]), 200, 1600)
