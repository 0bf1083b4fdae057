"""General understanding mechanisms (issue 13), each shown on phrasings of its own, over a real SQLite glossary:
names that carry an acronym, possessives, verbs after a term, comparisons inside longer messages, terms named
together, chat words, mistyped question words, and the sense a comparison means."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("npv", "net present value (NPV)", "Present value of future cash flows minus the investment."),
    Term("pe", "price/earnings (P/E) ratio", "Share price divided by earnings per share."),
    Term("irr", "internal rate of return (IRR)", "The discount rate that makes the net present value zero."),
    Term("irr-army", "IRR", "Individual Ready Reserve.", aliases=["Individual Ready Reserve"]),
    Term("mirr", "modified internal rate of return (MIRR)", "IRR with reinvestment at the cost of capital."),
    Term("gao", "Government Accountability Office", "The investigative arm of Congress.", aliases=["GAO"]),
    Term("gao-va", "GAO", "Government Accountability Office.",
         aliases=["Government Accountability Office (Updated 7/04)"]),
    Term("po", "product owner", "The person who decides what the team builds next."),
    Term("sla", "SLA", "A promise about service levels.", aliases=["service level agreement"]),
    Term("slo", "SLO", "A target for one service level.", aliases=["service level objective"]),
    Term("hi-acr", "H/I", "Homicidal Ideation."),
    Term("organising", "organising", "Arranging people and work so goals are met."),
    Term("ndbi", "NDBI", "National Data Base Integration (Team).", aliases=["National Data Base Integration (Team)"]),
    Term("lan-it", "LAN", "A network in one building.", aliases=["Local Area Network"]),
    Term("lan-biz", "local area network (LAN)", "Computers linked within a small area."),
    Term("pr-code", "PR", "A proposed change to code.", aliases=["pull request"]),
    Term("pr-press", "PR", "Managing how the public sees the company.", aliases=["public relations"]),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "understanding", TERMS)



@pytest.mark.parametrize(("text", "term_id"), [
    ("what's npv?", "npv"), ("explain net present value to me", "npv"), ("P/E ratio meaning", "pe"),
    ("what is the internal rate of return", "irr"),
])
def test_a_name_with_its_acronym_in_brackets_answers_to_both(glossary: Glossary, text: str, term_id: str) -> None:
    assert outcome(glossary, text) == ("answer", [term_id])


def test_a_form_carried_by_an_alias_never_adds_a_sense_to_a_written_name(glossary: Glossary) -> None:
    assert outcome(glossary, "what does Government Accountability Office mean?") == ("answer", ["gao"])


@pytest.mark.parametrize("text", ["what is a product owner's job", "so what does the product owner do exactly",
                                  "what is the product owner responsible for"])
def test_a_possessive_a_verb_or_an_adverb_after_a_name_ends_it(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("answer", ["po"])


@pytest.mark.parametrize("text", [
    "Hello team,\n\nhow does an SLA differ from an SLO?\n\nCheers,\nSam",
    "quick one. could you explain how an SLA is different from an SLO? thx",
    "how do SLA and SLO differ",
    "whats the diffrence of SLA and SLO",
    "SLA vs SLO, whats the diff",
])
def test_comparisons_are_found_in_any_sentence_and_shape(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("compare", ["sla", "slo"])


def test_a_comparison_takes_the_sense_that_shares_words_with_the_other_side(glossary: Glossary) -> None:
    assert outcome(glossary, "IRR vs MIRR?") == ("compare", ["irr", "mirr"])


def test_terms_asked_about_together_are_shown_side_by_side(glossary: Glossary) -> None:
    assert outcome(glossary, "what do SLA and SLO mean") == ("compare", ["sla", "slo"])


def test_greetings_are_chat_not_acronyms(glossary: Glossary) -> None:
    assert outcome(glossary, "hi")[0] not in ("answer", "ambiguous")
    assert outcome(glossary, "Hi,\nwhat is an SLA?\nThanks") == ("answer", ["sla"])
    assert outcome(glossary, "what is H/I") == ("answer", ["hi-acr"])


@pytest.mark.parametrize("text", ["waht does SLA mean", "can u explian what an SLA is", "im confsued about SLA"])
def test_mistyped_question_words_still_ask(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("answer", ["sla"])


def test_typos_are_not_looked_for_in_the_story_around_a_question(glossary: Glossary) -> None:
    text = "We are reorganizing the whole department next month. What is a skip level meeting?"
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_a_lone_term_in_a_yes_no_question_is_not_a_definition_request(glossary: Glossary) -> None:
    assert outcome(glossary, "is the product owner in the office today?")[0] not in ("answer", "ambiguous")


def test_one_concept_from_two_sources_is_answered_once_two_concepts_stay_ambiguous(glossary: Glossary) -> None:
    assert outcome(glossary, "define LAN") == ("answer", ["lan-biz"])  # once, from the entry that explains more
    assert outcome(glossary, "what is a local area network (LAN)") == ("answer", ["lan-biz"])
    assert outcome(glossary, "what is PR") == ("ambiguous", ["pr-code", "pr-press"])


def test_a_bracketed_word_alone_is_not_a_name(glossary: Glossary) -> None:
    assert outcome(glossary, "what is the meaning of sprint in our team, is it a sport?")[0] not in ("answer",
                                                                                                   "ambiguous")
    assert outcome(glossary, "what is National Data Base Integration") == ("answer", ["ndbi"])
