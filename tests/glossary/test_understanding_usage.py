"""Issue 13, questions about what a term does, measures, covers or is based on, over a real SQLite
glossary: such a question asks what the term is ("what's the CCC measuring", "what's the cvss score based
on?", "the board of directors' role"); the kind of definition wanted ("textbook meaning?", "glossary
def?") says how to answer, not what; an acronym whose letters spell a term written out in the message is
that term. Questions about one instance, and longer names that merely start with a term, are left alone."""

from __future__ import annotations

import pytest

from glossary import def_kinds, scaffold_typos
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("ccc", "cash cycle or cash conversion cycle", "How long cash is tied up in inventory and receivables."),
    Term("ccc-va", "CCC", "Cost Containment Center."),
    Term("cvss", "CVSS", "Common Vulnerability Scoring System - a standard for the severity of vulnerabilities."),
    Term("bod", "board of directors", "A group elected by the stockholders to oversee a corporation."),
    Term("mentoring", "mentoring", "An experienced person guiding a less experienced one."),
    Term("selling", "personal selling", "Selling face to face, one customer at a time."),
    Term("asset", "assets", "What a company owns that has value."),
    Term("api", "API", "Application programming interface."),
    Term("dlp", "DLP", "Data Loss Prevention."),
    Term("sla", "SLA", "A promise about service levels."),
    Term("pe", "Platform Engineering", "Building tools and processes that help developers ship software."),
    Term("baa", "Buy American Act", "Requires that only domestic end products be acquired for public use."),
    Term("ffp", "firm fixed price contract", "A contract whose price does not change with the seller's costs."),
]
glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("cash conversion cycle lengthened by 12 days — what's the CCC measuring", "ccc"),
    ("what's the cash conversion cycle measuring", "ccc"),
    ("cash conversion cycle lengthened by 12 days — what's the CCC", "ccc"),
    ("what's the cvss score based on? trying to understand why smth got rated 9.8", "cvss"),
    ("what's cvss based on", "cvss"),
    ("BoD minutes requested for the yr. what's the board of directors' role per glossary", "bod"),
    ("what is DLP doing", "dlp"),
    ("HR signed me up for 'mentoring' - textbook meaning?", "mentoring"),
    ("'personal selling'? thats literally my job lol, whats the textbook meaning", "selling"),
    ("what's the formal definition of mentoring", "mentoring"),
])
def test_what_a_term_does_asks_what_it_is(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_what_counts_as_a_term_with_the_kind_of_definition_after(glossary: Glossary) -> None:
    assert outcome(glossary, "intern asked me what counts as an 'asset'. textbook def?") == ("answer", ["asset"])


@pytest.mark.parametrize("text", [
    "what is API testing",  # a longer name that starts with a term: not the term
    "what's the API testing",
    "what's the SLA on the Epic support contract?",  # one instance: offered at most
    "what's the CCC measuring period on the report",  # the clause goes on: no verb asked of the CCC
])
def test_longer_names_and_instances_are_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_the_acronyms_own_entry_when_nothing_is_written_out(glossary: Glossary) -> None:
    assert outcome(glossary, "what is the CCC") == ("answer", ["ccc-va"])


def test_definition_kind_words_dropped_only_before_a_naming_noun() -> None:
    assert def_kinds.plain_ask("textbook def?") == "def?"
    assert def_kinds.plain_ask("the formal definition of X") == "the definition of X"
    assert def_kinds.plain_ask("a textbook example") == "a textbook example"
    assert def_kinds.plain_ask("standard definition video") == "standard definition video"


def test_thats_is_no_slip_of_whats() -> None:
    assert scaffold_typos.repair("thats my job, waht is it") == "thats my job, what is it"
    assert scaffold_typos.repair("what doess it mean") == "what does it mean"


@pytest.mark.parametrize("text", [
    "they have a platform engineering team. what do they do",
    "new 'platform engineering' team in the org chart. what do they do",
])
def test_a_team_named_for_a_practice_asks_the_practice(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("answer", ["pe"])


@pytest.mark.parametrize("text", [
    "we met the platform engineering team today. who leads them?",  # about the people
    "the platform engineering team is hiring",  # asks nothing
])
def test_a_team_asked_about_otherwise_is_not_answered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_a_proper_name_named_again_by_its_last_word(glossary: Glossary) -> None:
    text = "Does the Buy American Act apply to software? What does the act require?"
    assert outcome(glossary, text) == ("answer", ["baa"])


def test_a_kind_of_thing_named_again_is_one_of_them(glossary: Glossary) -> None:
    text = "We signed a firm fixed price contract. What does the contract say about penalties?"
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")  # our contract, not the kind
