"""A long name typed short, without its generic tail (glossary/prefixes.py, glossary/heads.py), over a real
SQLite glossary: answered when the typed words begin one concept's name and the words left out only say what
kind of thing it is; offered when they begin several; never an answer for everyday words."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("maslow", "Maslow’s hierarchy of needs", "A theory of motivation: needs met in order."),
    Term("sox", "Sarbanes-Oxley Act", "A US law on financial reporting by public companies."),
    Term("zta", "Zero Trust Architecture", "A security design that trusts no network by default."),
    Term("zcb", "zero coupon bond", "A bond that pays no interest until it matures."),
    Term("sidecar", "Sidecar Container", "A helper container next to the main one in a pod."),
    Term("tracker", "issue tracker", "Software that tracks work items.", aliases=["Jira issue"]),
    Term("lpta", "LPTA", "Award to the lowest priced offer that meets the minimum.",
         aliases=["Lowest price technically acceptable"]),
    Term("ar", "accounts receivable", "Money customers owe the company."),
    Term("ar-turnover", "accounts receivable turnover ratio", "How often receivables are collected in a year."),
    Term("fisma-2002", "Federal Information Security Management Act", "The 2002 law on federal IT security."),
    Term("fisma-2014", "Federal Information Security Modernization Act", "The 2014 update of that law."),
    Term("cfs", "cash flow statement", "A report of the cash that came in and went out."),
    Term("mva", "market value added", "Market value of a firm minus the capital invested in it."),
    Term("drp", "disaster recovery plan", "How systems are brought back after an outage."),
    Term("dst", "design system team", "The team that keeps the shared UI components."),
]

prefixes = glossary_fixture("prefixes", TERMS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("maslow's hierarchy", "maslow"),
    ("what's Maslow's hierarchy", "maslow"),
    ("what is Sarbanes-Oxley", "sox"),
    ("can you explain sarbanes oxley?", "sox"),
    ("what is zero trust", "zta"),
    ("zero trust in k8s?", "zta"),
    ("what's a sidecar", "sidecar"),
    ('the platform team will "just add a sidecar" to fix logging. what\'s a sidecar', "sidecar"),
    ("lowest price technically acceptible - what does that mean for our bid", "lpta"),
    ("accounts recievable — what is it", "ar"),
])
def test_a_name_typed_without_its_generic_tail_is_answered(prefixes: Glossary, text: str, term_id: str) -> None:
    assert outcome(prefixes, text) == ("answer", [term_id])


def test_words_that_begin_several_names_offer_them_all(prefixes: Glossary) -> None:
    status, ids = outcome(prefixes, "what is federal information security")
    assert status == "suggest"
    assert set(ids) == {"fisma-2002", "fisma-2014"}


@pytest.mark.parametrize("text", [
    "what is a zero", "the market", "cash", "what is cash",
    "what is market value",  # "added" makes a concept of its own: not a kind of thing
    "I'm an intern, what's disaster recovery",  # a plan for disaster recovery is no disaster recovery
    "what is design system",  # a team is no design system
    "what is Jira",  # one everyday-less word without "a" or a plural: a guess only
    "sidecar",
])
def test_everyday_words_or_a_tail_that_names_another_thing_are_never_answered(prefixes: Glossary,
                                                                             text: str) -> None:
    assert outcome(prefixes, text)[0] not in ("answer", "ambiguous")


def test_a_tail_that_names_another_thing_is_still_offered(prefixes: Glossary) -> None:
    assert outcome(prefixes, "what's disaster recovery") == ("suggest", ["drp"])


def test_the_full_name_is_still_answered_as_itself(prefixes: Glossary) -> None:
    assert outcome(prefixes, "what is accounts receivable") == ("answer", ["ar"])
    assert outcome(prefixes, "what is zero trust architecture") == ("answer", ["zta"])


RATIOS = [
    Term("debt", "debt", "Money borrowed that must be paid back."),
    Term("equity", "equity", "The owners' share of a company."),
    Term("price", "price", "What a buyer pays."),
    Term("de-ratio", "debt-to-equity ratio", "Debt divided by equity: how much a firm borrows per unit owned."),
    Term("ps-ratio", "Price-to-sales (P/S) ratio", "Share price divided by sales per share."),
    Term("mv-ratios", "market value ratios", "Ratios that relate a firm's share price to its results."),
    Term("people", "PPL", "Plant Protection and Loss: a site's safety programme."),
]

ratios = glossary_fixture("ratios", RATIOS)


@pytest.mark.parametrize(("text", "term_id"), [
    ("what is debt to equity", "de-ratio"),  # "debt" is only the start of what was asked
    ("debt to equity?", "de-ratio"),
    ("whats debt-to-equity", "de-ratio"),
    ("what is price to sales", "ps-ratio"),  # a note in parentheses inside the name is no word of it
    ("ok what about price to sales", "ps-ratio"),
])
def test_an_a_to_b_phrase_is_the_ratio_it_begins(ratios: Glossary, text: str, term_id: str) -> None:
    assert outcome(ratios, text) == ("answer", [term_id])


def test_a_phrase_that_names_a_thing_of_its_own_is_no_ratio(ratios: Glossary) -> None:
    assert outcome(ratios, "what is market value")[0] not in ("answer", "ambiguous")


def test_chat_shorthand_is_no_acronym(ratios: Glossary) -> None:
    assert outcome(ratios, "each dock supervisor has 25 ppl, what does that mean for us")[0] not in (
        "answer", "ambiguous")
