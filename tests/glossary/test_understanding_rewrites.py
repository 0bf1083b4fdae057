"""Issue 13: rewrites that keep a question's meaning keep its answer, over a real SQLite glossary: a follow-up
or comparison side whose name begins with a word that also introduces names ("term loan", "word embedding")
keeps that word; "the term SLA" still asks about SLA. A question run on into the next sentence with no mark
between ("what is BYOD hr mail is saying ...") asks about its name."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("term-loan", "term loan", "A loan repaid on a fixed schedule over a set number of years."),
    Term("loan", "loan amortization", "Paying a loan off in equal instalments of interest and principal."),
    Term("loc", "line of credit", "Money a bank lets you borrow up to a limit, as you need it."),
    Term("lan", "LAN", "A network joining the computers of one building."),
    Term("sla", "SLA", "The service level a provider promises in a contract."),
    Term("slo", "SLO", "The internal target a team sets for a service's reliability."),
]

rewrites = glossary_fixture("rewrites", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("and term loan?", "term-loan"),
    ("what about term loan?", "term-loan"),
    ("same for term loan", "term-loan"),
    ("what about the term loan", "term-loan"),
    ("and the term SLA?", "sla"),  # here "the term" only introduces the name
])
def test_a_follow_up_keeps_a_name_that_begins_with_term(rewrites: Glossary, text: str, expected: str) -> None:
    assert outcome(rewrites, text) == ("answer", [expected])


def test_a_comparison_keeps_it_too(rewrites: Glossary) -> None:
    assert outcome(rewrites, "term loan vs line of credit") == ("compare", ["term-loan", "loc"])


RUN_ON = [
    Term("byod", "BYOD", "Bring your own device: staff using their own phones and laptops for work."),
    Term("lb", "load balancer", "A server that spreads incoming requests over several others."),
    Term("doa", "delegation of authority", "Handing a manager's power to decide to someone below them."),
    Term("utc", "UTC", "Coordinated universal time, the time zone servers agree on."),
    Term("ebitda", "EBITDA", "Profit before interest, taxes, depreciation and amortization."),
    Term("api", "API", "How programs ask each other for things."),
    Term("k8s", "Kubernetes", "Software that runs containers over a cluster of machines."),
]
run_on = glossary_fixture("run_on", RUN_ON)


@pytest.mark.parametrize(("text", "expected"), [
    ("what is BYOD hr mail is saying byod policy", "byod"),
    ("what is load balancer one senior said our app is behind it", "lb"),
    ("whats delegation of authority boss said i need to delegate more", "doa"),
    ("what is UTC backend is sending all dates in utc", "utc"),
])
def test_a_question_run_on_into_the_next_sentence_asks_its_name(run_on: Glossary, text: str, expected: str) -> None:
    """Dictated or typed in a hurry, no mark ends the question: a subject and its verb after the name asked by
    "what is" begin a new sentence, they are no part of a longer name."""
    assert outcome(run_on, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "what is the EBITDA margin we expect",  # a noun and a relative clause: the margin is asked
    "what is an API key",
    "the Kubernetes pods are restarting again",  # a statement: the name is not asked
])
def test_a_longer_phrase_or_a_statement_is_not_a_run_on(run_on: Glossary, text: str) -> None:
    assert outcome(run_on, text)[0] not in ("answer", "ambiguous")
