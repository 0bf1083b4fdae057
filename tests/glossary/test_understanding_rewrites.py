"""Issue 13: rewrites that keep a question's meaning keep its answer, over a real SQLite glossary: a follow-up
or comparison side whose name begins with a word that also introduces names ("term loan", "word embedding")
keeps that word; "the term SLA" still asks about SLA. A question run on into the next sentence with no mark
between ("what is BYOD hr mail is saying ...") asks about its name; so does a term that opens the message
followed by where it came up ("amortization heard it in the budget mtg")."""

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
    Term("prime", "prime rate", "The interest rate banks charge their most creditworthy customers."),
    Term("nwc", "net working capital", "Current assets less current liabilities."),
    Term("dividend", "dividend", "A share of profit paid to shareholders."),
    Term("inflation", "inflation", "A general rise in prices."),
    Term("tariff", "tariff", "A tax on imported goods."),
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


CAME_UP = [
    Term("amort", "amortization", "Spreading a cost or a loan's repayment over time."),
    Term("wacc", "WACC", "Weighted average cost of capital: what a company pays for its money."),
    Term("cfo", "CFO", "Chief financial officer."),
    Term("flotation", "flotation costs", "What a company pays bankers and lawyers to issue new securities."),
    Term("k8s", "Kubernetes", "Software that runs containers over a cluster of machines."),
    Term("sow", "SOW", "Statement of work: what a contractor will deliver."),
]
came_up = glossary_fixture("came_up", CAME_UP)


@pytest.mark.parametrize(("text", "expected"), [
    ("amortization heard it in the budget mtg", "amort"),
    ("WACC the CFO dropped it like I should know", "wacc"),  # the CFO is who said it, not what is asked
    ("flotation costs the banker keeps saying it like I should know", "flotation"),
    ("flotation costs came up in the CFO's SOW review. what does it mean", "flotation"),  # the subject met, then asked
])
def test_a_term_then_where_it_came_up_asks_it(came_up: Glossary, text: str, expected: str) -> None:
    """No question mark after the opening term: the clause that says where the asker met it ("heard it")
    makes it the question, as "amortization? heard it in the budget mtg" is."""
    assert outcome(came_up, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "kubernetes cluster is down can someone fix it",  # something else said of it
    "SOW haha who wrote this",  # "this" is the document
    "SOW mentioned it to legal already",  # the asker said it: they know it
    "amortization I mentioned it in the proposal",
    "WACC we quoted it in the deck",
    "the ops team said it again, Kubernetes needs an upgrade",  # the term does not open the message
    "WACC came up in the CFO review. can you send me the deck?",  # came up, but what is asked is something else
])
def test_a_statement_about_a_term_is_no_came_up_question(came_up: Glossary, text: str) -> None:
    assert outcome(came_up, text)[0] not in ("answer", "ambiguous")


TERM_NAMES = [
    Term("term-risk", "term risk", "The risk of earning less on a longer investment than on a shorter one."),
    Term("risk", "risk", "The chance that an outcome differs from the one expected."),
    Term("sla", "SLA", "The service level a provider promises in a contract."),
]
term_names = glossary_fixture("term_names", TERM_NAMES)


@pytest.mark.parametrize(("text", "expected"), [
    ("term risk", "term-risk"), ("and term risk?", "term-risk"), ("what is term risk", "term-risk"),
    ("the term SLA", "sla"), ("term SLA?", "sla"),
])
def test_term_is_scaffold_only_where_no_name_begins_with_it(term_names: Glossary, text: str, expected: str) -> None:
    assert outcome(term_names, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "what is prime rate bank told me",  # told me what? the rate's value
    "what is net working capital team says we have",
    "whats UTC ceo told them",  # told them what? its value
    "What's UTC Advantage Someone told me to check there",  # a capital goes on with the name
    "dividend heard it got cut",  # "it" is the subject of news
    "inflation heard it's going up again",
    "tariffs heard it from procurement, prices up 10%",  # news goes on after the comma
])
def test_a_value_or_news_after_the_name_is_no_run_on_question(run_on: Glossary, text: str) -> None:
    assert outcome(run_on, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "expected"), [
    ("whats BYOD dev team wants one", "byod"),  # the new clause points back at the name
    ("what is UTC backend uses it", "utc"),
])
def test_a_short_clause_that_points_back_still_ends_the_name(run_on: Glossary, text: str, expected: str) -> None:
    assert outcome(run_on, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("whats BYOD mfg prospect runs everything on it", "byod"),  # a verb beyond the list's, a subject of three
    ("what is UTC support quoted it in the QBR", "utc"),
    ("whats a load balancer cust uses nginx", "lb"),  # one word of content after the verb says something
    ("whats BYOD HR says the policy changed", "byod"),  # a subject in capitals
    ("what is UTC Finance team keeps saying we need one", "utc"),  # a department's name as the subject
    ("what actually is BYOD hr mail is saying byod policy", "byod"),  # an adverb between "what" and "is"
    ("what is UTC customers keep asking for it in the portal", "utc"),  # a plural subject, its verb's base form
])
def test_more_run_on_shapes_end_the_name(run_on: Glossary, text: str, expected: str) -> None:
    assert outcome(run_on, text) == ("answer", [expected])


pointer = glossary_fixture("pointer", [
    Term("solicitation", "solicitation", "A government request for offers: the document bidders answer."),
    Term("offeror", "offeror", "Whoever submits an offer in answer to a solicitation."),
])


@pytest.mark.parametrize("text", [
    'The solicitation refers to me as "the offeror." What does the word mean?',  # "the word" points back as "that"
    'The solicitation refers to me as "the offeror." What is this word?',
    "what does the word offeror mean",  # the word named right after it: asked as it is
    "what's the word? offeror",  # ... or after the question
])
def test_the_word_asked_after_points_back_at_the_name(pointer: Glossary, text: str) -> None:
    """Never the solicitation alone, though it "refers to" something: the word asked is the offeror."""
    status, ids = outcome(pointer, text)
    assert "offeror" in ids and (status, ids) != ("answer", ["solicitation"])


@pytest.mark.parametrize("text", [
    "citrix guy pitched SLA tiers for head office. what SLA is exactly?",  # a rare word opening the first sentence:
    "kaledos campaign needs an SLA. what is SLA exactly?",  # the later sentence asks of its own term all the same
])
def test_a_later_sentence_asking_of_its_own_term_is_read_for_it(rewrites: Glossary, text: str) -> None:
    assert outcome(rewrites, text) == ("answer", ["sla"])


@pytest.mark.parametrize("text", [
    "zorblat in the SLA, meaning? what SLA is it?",  # the sentence before asks of its own phrase
])
def test_a_later_sentence_asking_which_one_is_no_answer(rewrites: Glossary, text: str) -> None:
    assert outcome(rewrites, text)[0] != "answer"
