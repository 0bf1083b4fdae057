"""Issue 13, salient12, over a real SQLite glossary: a term found is never answered outright while the message
holds something more salient that is asked (glossary/salient.py): a quoted name, a word in capitals or a
misspelt word in the clause "what is that" points at; an acronym beside words of its longer name; a short
acronym followed by another acronym's head noun ("an eft fund")."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("forecast", "forecast", "An estimate of future figures, such as sales."),
    Term("stdev", "standard deviation", "How far values spread around their mean."),
    Term("eod", "EOD", "Entrance on duty: the day a new employee starts."),
    Term("eft", "EFT", "Electronic funds transfer: money moved between accounts electronically."),
    Term("etf", "exchange-traded fund (ETF)", "A basket of securities that trades on an exchange like a stock."),
    Term("reliability", "reliability", "How often a system does what it should."),
    Term("sre", "site reliability engineering", "Running operations as a software engineering problem."),
    Term("ceo", "CEO", "Chief executive officer: the head of a company."),
    Term("succession", "succession planning", "Preparing people to take over key roles."),
    Term("planning", "planning", "Deciding ahead what to do and how."),
    Term("sla", "SLA", "A promise about service levels."),
    Term("loc", "line of credit", "Money a bank lets a borrower draw on up to a limit."),
]

salient = glossary_fixture("salient", TERMS)


@pytest.mark.parametrize(("text", "first", "doubted"), [
    ('the data team says the forecast has a "standard deviation of 12%". what is that again', "stdev", "forecast"),
    ("should i put my bonus in an eft? what is an eft fund", "etf", "eft"),
    ("board asked about sucession planning for the ceo, what is it", "succession", "ceo"),
])
def test_the_salient_reading_is_offered_first(salient: Glossary, text: str, first: str, doubted: str) -> None:
    status, ids = outcome(salient, text)
    assert status == "suggest" and ids[0] == first and doubted in ids


def test_a_name_in_capitals_beside_a_lower_case_acronym_is_no_answer(salient: Glossary) -> None:
    assert outcome(salient, "need to update the POAN by eod. what is that") == ("suggest", ["eod"])


@pytest.mark.parametrize("text", [
    "what is SRE site reliability something the on call team",
    "what is s r e site reliability something the on call team",
])
def test_letters_and_a_partial_name_agree_on_the_longer_name(salient: Glossary, text: str) -> None:
    assert outcome(salient, text) == ("answer", ["sre"])


@pytest.mark.parametrize(("text", "term"), [
    ("the forecast for Q3. what is that", "forecast"),  # nothing else in the clause
    ("what is a forecast", "forecast"),
    ("the vendor missed the SLA by a lot, what does that mean", "sla"),  # the answer is typed in capitals
    ("line of credit — the company has a 'LOC' with the bank. what is that", "loc"),  # the message opens on it
    ("HR said my eod is monday. what is that", "eod"),  # two capitals are chat as often as a name
    ("the vendor SOW said eod. what is that", "eod"),  # capitals that are an English word
    ("my eod is monday. what is that", "eod"),  # no name in capitals, no slip
    ("what is an EFT", "eft"), ("what is an eft", "eft"),
    ("what is reliability", "reliability"),
    ('the sales "forecast" looks off. what is that', "forecast"),  # the answer is the name quoted
])
def test_a_term_with_nothing_more_salient_is_still_answered(salient: Glossary, text: str, term: str) -> None:
    assert outcome(salient, text) == ("answer", [term])
