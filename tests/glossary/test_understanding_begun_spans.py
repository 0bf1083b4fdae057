"""Issue 13, over a real SQLite glossary: a long name typed short inside a longer message (a generic word
left out, a word clipped or written in full where the name clips it) is asked about when the cues single it
out, as the same phrase alone would be (glossary/begun_spans.py); in passing, or in a yes/no question about
something else, it is not answered."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("ffr", "federal funds rate", "The rate banks charge each other overnight, targeted by the central bank."),
    Term("fed", "the Fed", "The central bank of the United States."),
    Term("bmm", "Bare Metal Machine", "Bare metal refers to a physical server with one operating system."),
    Term("rota", "return on total assets", "Profit over everything the company owns."),
    Term("ppi", "past performance information", "What an offeror did on earlier contracts."),
    Term("dmi", "Data Migration Initiative", "Data Migration Initiative."),
    Term("pricing", "pricing", "Setting the price of an offer."),
    Term("it", "IT", "Information technology."),
]
glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("CFO blames the fed funds rate for the budget freeze. fed funds rate = ?", "ffr"),
    ("why does our revolver pricing reference the fed funds rate? what is it", "ffr"),
    ("servers are 'bare metal' in the colo per IT. def?", "bmm"),
    ("quote from the hosting provider says bare metal, 2x. what does bare metal mean", "bmm"),
    ("they want 3 refs for past performance info. what counts as past performance", "ppi"),
    ("what's a bare metal server? (sounds painful lol)", "bmm"),  # a noun for the generic word left out
])
def test_a_name_typed_short_in_a_longer_message_is_asked(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "the fed funds rate went up again",  # asks nothing
    "is Marmalade the new expense thing or the data migration? nobody tells us",  # yes/no about another thing
])
def test_a_name_typed_short_in_passing_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_the_name_typed_whole_is_the_detectors(glossary: Glossary) -> None:
    assert outcome(glossary, "our loan follows the federal funds rate. what is that") == ("answer", ["ffr"])


MODELS = [
    Term("dcf", "discounted cash flow (DCF)", "A method for estimating the value of an investment from cash flows."),
    Term("lbo", "leveraged buyout (LBO)", "Buying a company mostly with borrowed money."),
]
models = glossary_fixture("models", MODELS)


@pytest.mark.parametrize("text", ["dcf model?", "DCF model. what is it, roughly, in 2 lines", "what's a DCF model"])
def test_a_model_of_a_term_defined_as_a_method_is_the_term(models: Glossary, text: str) -> None:
    # glossary/classifiers.py: "model" and "method" are one word class, so the definition says what a DCF is
    assert outcome(models, text) == ("answer", ["dcf"])


@pytest.mark.parametrize("text", ["what's an LBO model?", "LBO model?"])
def test_a_model_of_a_term_defined_as_no_method_is_left_alone(models: Glossary, text: str) -> None:
    assert outcome(models, text)[0] not in ("answer", "ambiguous")
