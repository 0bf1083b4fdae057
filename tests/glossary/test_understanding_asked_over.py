"""Issue 13, over a real SQLite glossary: a term the message asks about in so many words ("RCE = ?", "what
kind of PR is meant here") beats a name the story only mentions; the name a pointer question points back
at is the nearest phrase, not an earlier term; a verb after "is" is no term asked; "the job of X" asks X."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("cve", "CVE", "A public identifier for a known security weakness."),
    Term("rce", "RCE", "Remote code execution: an attacker runs code on your machine."),
    Term("dev", "dev", "A development environment or a developer."),
    Term("nonce", "nonce", "A number used once, so a request cannot be replayed."),
    Term("procurement", "procurement", "Buying goods and services for an organization."),
    Term("pr-req", "procurement request (PR)", "A request to buy something, with its paperwork."),
    Term("pop", "period of performance", "The time in which a contractor must do the work."),
    Term("iaa", "interagency agreement (IAA)", "An agreement between two federal agencies."),
    Term("centers", "Centers of Excellence", "Teams that help agencies modernize."),
    Term("gsa", "GSA", "The General Services Administration."),
    Term("dcaa", "DCAA", "The Defense Contract Audit Agency."),
    Term("auditing", "auditing", "Checking records for accuracy."),
    Term("rfp", "request for proposal (RFP)", "A solicitation asking for proposals."),
    Term("abilityone", "AbilityOne", "A program buying from nonprofits that employ people who are blind."),
    Term("cpm", "cost per thousand (CPM)", "The price of a thousand ad impressions."),
    Term("invoice", "invoice", "A bill for goods or services."),
    Term("treasurer", "treasurer", "The officer who manages a company's cash."),
    Term("cfo", "chief financial officer (CFO)", "The executive in charge of finances."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("the CVE for our file transfer tool is an RCE, per security. RCE = ?", "rce"),
    ("dev: 'include a nonce in the request'. nonce = ?", "nonce"),
    ("Finance says we need a PR with all documents. what kind of PR is meant here, procurement?", "pr-req"),
    ("period of performance on the IAA? what does it mean", "pop"),
    ("Whats the job of a treasurer in a company?", "treasurer"),
    ("what are the duties of a treasurer", "treasurer"),
])
def test_the_term_asked_is_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_the_job_asked_then_likened_to_another_term_compares_them(glossary: Glossary) -> None:
    """"is it same as CFO" (no article) likens the treasurer to the CFO: both, side by side."""
    text = "Whats the job of a treasurer in a company, is it same as CFO?"
    assert outcome(glossary, text) == ("compare", ["treasurer", "cfo"])


@pytest.mark.parametrize(("text", "wrong"), [
    ("DCAA is auditing our indirect rates next month. who are they?", "auditing"),
    ("rfp has some AbilityOne requirement in section h, what is that", "rfp"),
])
def test_a_term_only_mentioned_is_not_answered(glossary: Glossary, text: str, wrong: str) -> None:
    status, ids = outcome(glossary, text)
    assert status != "answer" or ids != [wrong]


@pytest.mark.parametrize(("text", "term"), [
    ("what is CVE?", "cve"),  # the subject is the name itself: nothing else is read
    ("CVE - is that an RCE we should patch?", "cve"),  # a guess in the name's own sentence
    ("the CVE for our file transfer tool, what is it?", "cve"),
    ("what is procurement", "procurement"),
    ("Centers of Excellence at GSA - what are they", "centers"),
    ("what is the IAA", "iaa"),
    ("what is auditing", "auditing"),  # "what is" before the -ing word still asks it
    ("cost per thousand (CPM) on the marketing invoice — what's that", "cpm"),  # the field, not a modifier
    ("what is the role of a CFO", "cfo"),
])
def test_left_alone(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])
