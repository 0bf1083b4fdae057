"""Issue 13, over a real SQLite glossary: a name of a kind and a number typed as the number ("what's on 3389"),
an exclamation that is no question ("what a day, the VPN was down again"), a phrasal noun set in a field ("an
earn out in an acquisition"), and what "I don't know" names when a speaker follows the acronym asked."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("port-3389", "PORT 3389", "The remote desktop protocol's port."),
    Term("port-1433", "PORT 1433", "Microsoft SQL Server's port."),
    Term("port-500", "PORT 500", "The port of IKE, which sets up VPN keys."),
    Term("arra", "American Recovery and Reinvestment Act of 2009", "A law that funded economic recovery."),
    Term("vpn", "VPN", "A virtual private network: an encrypted tunnel into a private network."),
    Term("cia", "CIA", "Confidentiality, integrity and availability: the three aims of security."),
    Term("dividend-yield", "dividend yield", "A year's dividends as a share of the share price."),
    Term("acquisition", "acquisition", "Buying goods or services for an organisation."),
    Term("ciso", "CISO", "The chief information security officer.", aliases=["chief information security officer"]),
]

numbered = glossary_fixture("numbered", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("what's on 3389", "port-3389"),
    ("3389?", "port-3389"),
    ("what is 1433 used for", "port-1433"),
    ("3389/tcp open. what runs on 3389", "port-3389"),
])
def test_a_number_alone_reads_as_the_name_it_ends(numbered: Glossary, text: str, expected: str) -> None:
    assert outcome(numbered, text) == ("answer", [expected])


@pytest.mark.parametrize("text", ["HTTP 500 error what does it mean", "we had 500 tickets last week",
                                  "it costs $1433", "what happened in 2009", "what does error 3389 mean",
                                  "what's in room 500", "what's the status of ticket 1433", "room 500 is booked?",
                                  "what is 1433 + 1", "is 1433 the right extension?", "what's our headcount, 500?",
                                  "invoice 1433 is overdue", "what is 3389 in hex", "what is 500", "500?"])
def test_a_count_a_code_or_a_year_is_no_name(numbered: Glossary, text: str) -> None:
    assert outcome(numbered, text)[0] != "answer"


@pytest.mark.parametrize("text", ["what a day, the VPN was down again",
                                  "watched a documentary about the CIA last night what a rabbit hole"])
def test_an_exclamation_asks_nothing(numbered: Glossary, text: str) -> None:
    assert outcome(numbered, text)[0] != "answer"


@pytest.mark.parametrize("text", ["no idea what a dividend yield represents", "what a VPN is, in one line",
                                  "can you tell me what a VPN does", "can you tell me what a dividend yield pays",
                                  "what a VPN should do", "what a VPN covers"])
def test_what_a_with_its_verb_still_asks(numbered: Glossary, text: str) -> None:
    assert outcome(numbered, text)[0] == "answer"


def test_a_phrasal_noun_set_in_a_field_is_what_is_asked(numbered: Glossary) -> None:
    assert outcome(numbered, "whats an earn out in an acquisition")[0] != "answer"


def test_unknown_names_the_acronym_asked_not_the_speakers_words(numbered: Glossary) -> None:
    result = numbered.lookup("what is SSO, the CISO says we need it by june")
    assert (result.status, result.subject) == ("unknown", "SSO")
