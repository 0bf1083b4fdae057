"""A phrase the question points at, typed with a slip, over a real SQLite glossary: it is read as the longer
name it nearly matches (glossary/typo_windows.py, glossary/pointed_phrase.py), and a shorter or different
term found nearby is never answered in its place: an everyday word said of something ("is that free?"),
a term outside the phrase asked about, or an everyday word while the message quotes another term."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("cto", "Chief Technology Officer (CTO)", "The executive who owns technology strategy."),
    Term("coo", "Chief Operating Officer (COO)", "The executive who runs day-to-day operations."),
    Term("ledger", "general ledger", "The master record of a company's accounts."),
    Term("dpp", "payables period or payables deferral period", "How long the company takes to pay suppliers."),
    Term("reserve", "reserve for inventory obsolescence", "An estimate of stock that will never sell."),
    Term("cost-of-capital", "weighted average cost of capital", "The blended rate a company pays for money."),
    Term("capital", "capital", "Money put to work in a business."),
    Term("inventory", "inventory", "Goods a company holds to sell."),
    Term("usability", "usability", "How easy a product is to use."),
    Term("usability-heuristics", "Nielsen usability heuristics", "Ten rules of thumb for interface design."),
    Term("frees", "frees", "Releases of memory back to the allocator."),
    Term("amortize", "amortize", "To spread a cost over the periods that benefit from it."),
    Term("marketing", "marketing", "Finding and keeping customers."),
    Term("sla", "SLA", "Service level agreement: the service promised."),
]

pointed = glossary_fixture("pointed", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("nielsen usabilty heuristics explain", "usability-heuristics"),  # not "usability" alone
    ("what's the reserve for inventory obsolesence line in the report", "reserve"),  # through "for"
    ("what does weighted avrage cost of capital mean", "cost-of-capital"),  # not "capital"
    ("the cto wants us to stretch our payables deferal period. what is it", "dpp"),  # one of "X or Y"
    ("the cto keeps on about the general ledgr. what's that", "ledger"),  # not the CTO named before
])
def test_the_mistyped_longer_name_is_answered(pointed: Glossary, text: str, term_id: str) -> None:
    assert outcome(pointed, text) == ("answer", [term_id])


@pytest.mark.parametrize(("text", "wrong"), [
    ("the COO's assistant asked me for a quick definition of OKRs", "coo"),  # "definition of" points at OKRs
    ("the coo mentions our invntory turnovr ratio a lot. what is it", "coo"),
    ("the cto keeps on about the genral ledgr. what's that", "cto"),  # two slips: "did you mean" at most
])
def test_a_term_outside_the_phrase_asked_about_is_not_answered(pointed: Glossary, text: str, wrong: str) -> None:
    status, ids = outcome(pointed, text)
    assert not (status == "answer" and ids == [wrong])


def test_a_name_ending_the_sentence_before_what_is_it_is_still_answered(pointed: Glossary) -> None:
    assert outcome(pointed, "the CTO signed the SLA. what does it stand for?") == ("answer", ["sla"])
    assert outcome(pointed, "SLA is on the vendor onboarding slide. what does it stand for?") == ("answer", ["sla"])


@pytest.mark.parametrize("text", [
    "is that free?",
    "this is free or paid for us? what does it mean",
    "it's free, right?",
])
def test_an_everyday_word_said_of_something_is_not_a_term(pointed: Glossary, text: str) -> None:
    status, ids = outcome(pointed, text)
    assert not (status == "answer" and ids == ["frees"])


def test_an_everyday_word_asked_while_another_term_is_quoted_offers_the_quoted_one(pointed: Glossary) -> None:
    status, ids = outcome(pointed, "ops said they will 'amortize' the licence. I thought amortize meant "
                                   "something else. marketing meaning?")
    assert status == "suggest" and ids[0] == "amortize"


@pytest.mark.parametrize(("text", "term_id"), [
    ("what is the general ledger", "ledger"),
    ("what is marketing", "marketing"),
    ("what are frees", "frees"),
    ("what does 'amortize' mean", "amortize"),
])
def test_names_typed_right_stay_answered(pointed: Glossary, text: str, term_id: str) -> None:
    assert outcome(pointed, text) == ("answer", [term_id])


@pytest.mark.parametrize(("text", "wrong"), [
    ("the cto says we 'amortize' it. what means marketing?", "cto"),  # "what means X" points at X
    ("What means marketing in SLA terms? the vendor says we need marketing of three kinds", "sla"),
])
def test_what_means_x_points_at_x_not_at_another_term(pointed: Glossary, text: str, wrong: str) -> None:
    status, ids = outcome(pointed, text)
    assert not (status == "answer" and ids == [wrong])


@pytest.mark.parametrize("text", ["what means marketing here?", "what means SLA"])
def test_what_means_x_alone_is_answered(pointed: Glossary, text: str) -> None:
    status, ids = outcome(pointed, text)
    assert status == "answer" and len(ids) == 1 and ids[0] in ("marketing", "sla")
