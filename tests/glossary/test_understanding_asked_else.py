"""Issue 13: messages that name a term but ask something else are not answered with it, and a few chat
forms that hid the term asked are read. "the ATM in the staff room ate my card" sets no sense of ATM (a
clause follows "in", no field); "what do I tell her" asks for advice, "can you check the list" for a
task and "should I cc legal on X?" what to do; "@dev" is a handle; "economies" is a word of its own, not
a slip for "economics"; "magic number (SaaS) = ?" asks about the magic number, in SaaS. Read: "that ERP
thing", "what r KPIs", a URI of a term named URIS, "for testing purposes what does that mean", which
points back past its opening phrase, "X - is that like Y?", a guess at X, "what does one understand under
X", and a "*word" that corrects a word typed before."""

from __future__ import annotations

import pytest

from glossary import normalize, question, window
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear, cost

TERMS = [
    Term("atm", "ATM", "Automated teller machine: a cash machine."),
    Term("sow", "SOW", "Statement of work: what a supplier will deliver, and by when."),
    Term("economics", "economics", "The study of how people and firms use scarce resources."),
    Term("saas", "SaaS", "Software as a service: software rented over the internet.",
         aliases=["software as a service"]),
    Term("erp", "ERP", "Enterprise resource planning: one system for finance, stock and orders."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether a goal is met."),
    Term("uris", "URIS", "Addresses that name a resource on a network.", aliases=["Uniform Resource Identifiers"]),
    Term("aws", "AWS", "Amazon's cloud platform.", aliases=["Amazon Web Services"]),
    Term("gaap", "GAAP", "The accounting rules US companies follow.",
         aliases=["generally accepted accounting principles"]),
    Term("us", "US", "The United States."),
    Term("cpm-ads", "CPM", "Cost per thousand: what an advertiser pays for a thousand views.",
         aliases=["cost per thousand"], tags=["ads"]),
    Term("cpm-pm", "CPM", "Critical path method: finding the chain of tasks that sets a project's length.",
         aliases=["critical path method"]),
    Term("pe", "platform engineering", "Building the internal tools and paved roads other engineers use."),
    Term("dev", "dev", "Short for developer, or for the development environment."),
    Term("eda", "event-driven architecture", "A design where services react to events others publish."),
    Term("cure", "cure notice", "A formal warning that a supplier must fix a failing before the contract ends."),
    Term("loc", "letter of credit", "A bank's promise to pay a seller once the agreed papers are shown."),
    Term("ebit", "EBIT", "Earnings before interest and taxes: profit from operations."),
    Term("losses", "losses", "Money lost when costs exceed income."),
    Term("edge", "edge computing", "Running programs close to where data is made, not in a distant data centre."),
    Term("qc", "quality control", "Checking products against a standard before they go out."),
    Term("co", "change order", "A written change to a contract's scope, price or schedule."),
    Term("heal", "Self Healing", "A system that recovers from some failures on its own."),
    Term("policies", "policies", "The rules an organisation writes down for how things are done."),
    Term("sla", "SLA", "Service level agreement: the service a provider promises, in numbers."),
]

asked_else = glossary_fixture("asked_else", TERMS)

ANSWERED = ("answer", "ambiguous", "compare")


@pytest.mark.parametrize("text", [
    "the ATM in the staff room ate my card again lol, anyone know who services it?",
    "customer says she paid at an ATM and its not showing on her account, what do i tell her",
    "SOW #4 attached — can you check the deliverables list against our test plan before friday?",
    "economies of scale - amortized over volume?",
    "magic number (SaaS) = ?",
    "BUG-2231 checkout total wrong\nExpected: 90.00 Actual: 80.00\n@dev can you take a look today?",  # a handle
    "Should I cc legal on the cure notice or send it straight to the vendor's account manager?",
    "Can you remind me tomorrow at 9 o'clock to call the bank about the letter of credit?",
    "ATM down for the whole office, is there a status page somewhere?",  # a clause opens after the comma
])
def test_a_message_that_asks_something_else_is_not_answered_with_the_term(asked_else: Glossary, text: str) -> None:
    assert outcome(asked_else, text)[0] not in ANSWERED


@pytest.mark.parametrize(("text", "expected"), [
    ("what is an ATM and what do i tell her", "atm"),  # the other question asks what it is
    ("can you explain SOW?", "sow"),  # explaining is what the bot does
    ("can you check what SOW means", "sow"),
    ("Software as a Service (SaaS) = ?", "saas"),  # the bracket holds the name's own acronym
    ("whats dat ERP thing evryone keeps saying in the rollout meetings", "erp"),
    ("what r KPIs i know we have loads of them but whats the actual meaning of the word", "kpi"),
    ("API doc says every resource is identified by its URI, what's a URI exactly", "uris"),
    ("the consultant mentioned generally accepted accounting principles, is that a US thing only? what is it",
     "gaap"),  # "a US thing": a thing of the US's, not the US
    ("new 'platform engineering' team in the org chart. what do they do", "pe"),  # "they": not advice
    ("CPM in ads = cost per thousand? not critical path method", "cpm-ads"),  # a field in a few words
    ("@jargonbot dev?", "dev"),  # the bot's handle, then the term
    ("client architecture doc says event driven architecture. for testing purposes what does that mean?", "eda"),
    ("EBIT - is that like output before losses? def", "ebit"),  # a guess at what "that" is
    ("vendor pitched 'edge computing'. can someone give me the 2-sentence version of edge computing", "edge"),
    ("could you tell me about the cure notice?", "cure"),  # asked to tell, not to do
    ("quick question, can you explain SOW", "sow"),
    ('What does one mean with "quality control"? I want to define it in the manual.', "qc"),  # "one": anyone
    ("Hello! What does one understand under a change order?", "co"),  # a calque of "verstehen unter"
    ("what is a self feeling system. *self-healing. autocorrect 🙄", "heal"),  # "*word": the word meant
    ("what does SLA mean under the new contract", "sla"),  # "mean under": a learner's only after "one"/"you"
    ("are you familiar with ERP?", "erp"),  # a yes/no question of the bot, about ERP
    ("can u do a quick explainer on KPI", "kpi"),  # doing an explainer is explaining
    ("uptime promise (SLA)?", "sla"),  # the asker's gloss, then the acronym: no "=" asks the phrase
    ("what are the polices", "policies"),  # "policies" with a letter left out, though "police" is a word
])
def test_the_term_asked_is_still_answered(asked_else: Glossary, text: str, expected: str) -> None:
    assert outcome(asked_else, text) == ("answer", [expected])


def test_a_field_is_named_in_a_few_words_not_a_clause() -> None:
    assert question.split_context("PR in the marketing world") == ("PR", "the marketing world")
    assert question.split_context("ATM in the staff room ate my card again") is None  # a clause goes on
    assert question.split_context("DC in reno is short") is None  # "is": a clause
    assert question.split_context("PR in IT") == ("PR", "IT")  # "IT" in capitals is a field, not "it"


def test_an_acronym_of_a_plural_carries_one_of_them() -> None:
    assert normalize.one_of_plural("URIS", ["Uniform Resource Identifiers"]) == "URI"
    assert normalize.one_of_plural("SOPS", ["standard operating procedures"]) == "SOP"
    assert normalize.one_of_plural("AWS", ["Amazon Web Services"]) is None  # AW are no initials of it
    assert normalize.one_of_plural("ATS", ["Artificial Tears"]) is None  # "AT" would be the word "at"
    assert normalize.one_of_plural("CRSS", ["Chronic Rhinosinusitis Symptoms Scale"]) is None
    assert normalize.one_of_plural("CRIS", ["Chronic Rhinosinusitis"]) is None  # "-itis" is no plural


def test_a_word_of_its_own_is_offered_not_answered_as_a_slip(asked_else: Glossary) -> None:
    status, ids = outcome(asked_else, "economies?")
    assert status not in ANSWERED
    assert outcome(asked_else, "what is economcs")[1] == ["economics"]  # a real slip is still read


@pytest.mark.parametrize("unit", ["a. *b ", "a?  *", ". *x*", "can you check "])
def test_the_new_readings_are_linear_in_the_message(asked_else: Glossary, unit: str) -> None:
    """A correction mark, a request or a yes/no opening said thousands of times costs a pass, not a pass each."""
    def read(n: int) -> None:
        text = unit * n + "what is an ATM"
        window.prepare(text)
        asked_else.lookup(text)

    assert cost(lambda: read(2000), runs=1) < 5.0
    assert_linear(read, 250, 2000, slack=0.1)
