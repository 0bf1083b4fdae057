"""Issue 13, over a real SQLite glossary: a comma opens a new clause, so "X meaning, for the Y of ..." asks about X
("for the Y" after the comma is the story, not "meaning for Y"), while "definitions for Y" still asks about Y; an
everyday word said of a term ("nist is organization?") is the asker's guess about it, not the subject."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("scm", "supply chain management", "Planning how goods move from suppliers to customers."),
    Term("procurement", "procurement", "Buying goods and services for an organisation."),
    Term("sla", "SLA", "Service level agreement: the service a provider promises."),
    Term("hotel", "hotel", "A place that rents rooms to travellers."),
    Term("nist", "NIST", "National Institute of Standards and Technology: a US agency that publishes standards."),
    Term("organization", "organization", "A group of people working together towards shared goals."),
    Term("sap", "simplified acquisition procedures", "Faster buying steps for purchases under a threshold."),
    Term("far", "FAR", "Federal Acquisition Regulation: the rules for federal buying."),
    Term("tm", "T&M", "Time and materials: paying for hours worked and materials used."),
    Term("pricing", "pricing", "Setting the price of a product."),
]

breaks = glossary_fixture("breaks", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("supply chain management meaning, for the procurement of the 12 hotels", "scm"),
    ("supply chain management meaning? for the procurement of the 12 hotels", "scm"),
    ("I need definitions for SLA", "sla"),
    ("meaning of procurement", "procurement"),
])
def test_a_comma_ends_what_meaning_asks(breaks: Glossary, text: str, term: str) -> None:
    assert outcome(breaks, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["nist is organization? what is nist", "NIST is organization?"])
def test_an_everyday_word_said_of_a_term_is_no_subject(breaks: Glossary, text: str) -> None:
    """A learner's "X is Y?" with no article asks about X, not what Y is."""
    assert outcome(breaks, text) == ("answer", ["nist"])


def test_an_everyday_word_asked_alone_is_still_asked(breaks: Glossary) -> None:
    assert outcome(breaks, "what is organization") == ("answer", ["organization"])


def test_these_and_a_noun_point_past_a_nearer_term_that_is_no_such_thing(breaks: Glossary) -> None:
    """ "these procedures" names the procedures, not FAR, the nearer term: never FAR confidently."""
    status, ids = outcome(breaks, "The order used simplified acquisition procedures under FAR Part 13. What are "
                                  "these procedures?")
    assert "sap" in ids and (status, ids) != ("answer", ["far"])


@pytest.mark.parametrize("text", ["the vendor quoted T&M, what does that mean",
                                  "the electrician quoted T&M, what does that mean"])
def test_a_verb_of_someone_named_before_is_no_modifier_of_the_name(breaks: Glossary, text: str) -> None:
    """ "the vendor quoted T&M": "vendor quoted" is a subject and its verb, not a longer name ending in T&M."""
    assert outcome(breaks, text) == ("answer", ["tm"])


def test_a_participle_in_a_compound_still_modifies_the_name(breaks: Glossary) -> None:
    """ "value based pricing" is a kind of pricing nobody defined: never answered as pricing."""
    assert outcome(breaks, "what is value based pricing")[0] != "answer"
