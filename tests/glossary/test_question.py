"""The subject of a question, however it is phrased and whatever chat markup surrounds it."""

from __future__ import annotations

import pytest

from glossary.question import clean, extract_subject, split_context, subject_candidates

ISSUE_PHRASINGS = [
    "what does {} mean?", "whats an {}", "define {}", "{}?", "meaning of {}", "{} meaning",
    "can someone explain {}", "wtf is {}", "eli5 {}", "what does {} stand for", "{}",
]


@pytest.mark.parametrize("phrasing", ISSUE_PHRASINGS)
@pytest.mark.parametrize("term", ["SLA", "burn rate", "CI/CD", "P&L"])
def test_the_phrasings_from_the_issue(phrasing: str, term: str) -> None:
    assert extract_subject(phrasing.format(term)) == term


@pytest.mark.parametrize(("question", "subject"), [
    ("what are KPIs", "KPIs"),
    ("I don't understand what EBITDA is", "EBITDA"),
    ("does anyone know what a QBR is?", "QBR"),
    ("what do people mean by synergy", "synergy"),
    ("what is meant by depreciation", "depreciation"),
    ("what does it mean to move the needle", "move the needle"),
    ("what does the term go-to-market mean", "go-to-market"),
    ("define the word headcount", "headcount"),
    ("sorry, dumb question: what's churn?", "churn"),
    ("quick q - what is ARR", "ARR"),
    ("Siri, what does survey mean?", "survey"),
    ("someone said we have 14 months of runway. what is runway?", "runway"),
    ("what is technical debt and why does it matter", "technical debt"),
    ("explain capex like i'm five", "capex"),
    ("what does a product manager do", "product manager"),
    ("how would you define an epic", "epic"),
    ("tell me about the north star metric", "north star metric"),
    ("what's the deal with SOC 2?", "SOC 2"),
])
def test_how_people_really_ask(question: str, subject: str) -> None:
    assert extract_subject(question) == subject


@pytest.mark.parametrize(("message", "subject"), [
    ("<@U123ABC> what does SLA mean?", "SLA"),
    ("<@U0G9QF9C6|jargonbot> define CAC", "CAC"),
    ("<at>Jargon Bot</at> what is a sprint", "sprint"),
    ("<at>WhatIs</at> WhatIs the SLA?", "SLA"),
    ("*EBITDA*?", "EBITDA"),
    ("what is `k8s`", "k8s"),
    ("P&amp;L meaning", "P&L"),
    (":thinking_face: what's TCO", "TCO"),
    ("🤔 what is a runbook 🙏", "runbook"),
    ("&gt; what is ARR", "ARR"),
    ("what is <https://example.com/sla|SLA>?", "SLA"),
    ("what’s an SDK?", "SDK"),
    ("what's “burn rate”?", "burn rate"),
    ("what is a ~bug~ defect", "defect"),
    ("<!here> what does NPS mean", "NPS"),
])
def test_slack_and_teams_leftovers_are_stripped(message: str, subject: str) -> None:
    assert extract_subject(message) == subject


def test_clean_keeps_the_words_and_drops_the_markup() -> None:
    assert clean("<@U1> *bold* _it_ `code` &amp; :tada: 🎉  done") == "bold it code & done"
    assert clean("<p>Teams <b>html</b></p>") == "Teams html"


def test_every_reading_is_offered_for_exact_lookups() -> None:
    candidates = subject_candidates("what's the definition of done")
    assert candidates[0] == "done"
    assert "definition of done" in candidates
    # the whole first: a glossary may name a term "limited liability company (LLC)", the most specific reading
    assert subject_candidates("PR (pull request)")[:3] == ["PR (pull request)", "pull request", "PR"]


@pytest.mark.parametrize("text", ["what does it mean", "what is the meaning of this", "who are you?", "define word"])
def test_pronouns_are_not_subjects(text: str) -> None:
    assert extract_subject(text).lower() not in {"it", "this", "you", "word"}


def test_empty_and_markup_only_messages_have_no_subject() -> None:
    assert subject_candidates("") == []
    assert subject_candidates("<@U123ABC>") == []
    assert extract_subject("???") == ""


def test_context_is_split_off_for_sense_picking() -> None:
    assert split_context("PR in marketing") == ("PR", "marketing")
    assert split_context("SQL for sales") == ("SQL", "sales")
    assert split_context("request for proposal") == ("request", "proposal")  # the matcher tries the whole first
    assert split_context("churn") is None


def test_huge_input_stays_fast() -> None:
    from tests.growth import cost

    assert cost(lambda: extract_subject("what is " + "very " * 2000 + "long")) < 0.5
