"""Over a real SQLite glossary: a question that checks a meaning asks what the term means, however it is
phrased. A yes/no guess ("is DNS when ...?", "rfi is just info gathering?"), a learner's word order ("what
means beta?"), asking what a term covers ("who counts as a stakeholder?") and a term set as the topic of
the question after it ("balance sheet – can you explain me simply?") are answered. Questions about one
instance, a state or another thing named after the topic stay unanswered."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("dns", "DNS", "The system that turns a website's name into an IP address.", aliases=["Domain Name System"]),
    Term("ip", "IP", "The address of a machine on a network.", aliases=["Internet Protocol"]),
    Term("recession", "recession", "A fall in economic activity that lasts for months."),
    Term("dynamic", "dynamic pricing", "Changing prices with demand."),
    Term("price", "price", "What a buyer pays."),
    Term("rfi", "RFI", "A request that gathers information from vendors before a solicitation.",
         aliases=["Request for Information"]),
    Term("sla", "SLA", "A promise about service levels.", aliases=["Service Level Agreement"]),
    Term("vpn", "VPN", "An encrypted tunnel into a private network.", aliases=["Virtual Private Network"]),
    Term("beta", "beta", "How much a stock moves compared with the market."),
    Term("stakeholder", "stakeholder", "Anyone with an interest in a project or a business."),
    Term("research", "market research", "Finding out what the market offers before buying."),
    Term("far", "FAR", "The rules for federal buying.", aliases=["Federal Acquisition Regulation"]),
    Term("balance", "balance sheet", "What a company owns and owes on one day."),
    Term("tvm", "time value of money", "Money today is worth more than the same money later."),
    Term("gordon", "Gordon growth model", "A stock's value from a dividend growing at a constant rate."),
    Term("platform", "platform engineering", "Building the internal tools other engineering teams run on."),
    Term("aws", "AWS", "Amazon's cloud platform.", aliases=["Amazon Web Services"]),
    Term("sec", "Securities and Exchange Commission (SEC)", "The US regulator of securities markets."),
]

checks = glossary_fixture("checks", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("Is DNS when the website name is translated to the IP address?", "dns"),
    ("Is a recession when the economy shrinks two quarters in a row?", "recession"),
    ("Is dynamic pricing when the price changes all the time, like for flights?", "dynamic"),
    ("is a recession when GDP falls?", "recession"),
    ("got an RFI from a state agency. rfi is just info gathering?", "rfi"),
    ("a recession is basically two bad quarters, right?", "recession"),
])
def test_a_guess_at_the_meaning_to_confirm_asks_what_the_term_is(checks: Glossary, text: str, term: str) -> None:
    assert outcome(checks, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("What means beta of a stock? Not the beta version of software", "beta"),
    ("what means RFI", "rfi"),
    ("Who counts as a stakeholder?", "stakeholder"),
    ("What counts as market research under the FAR?", "research"),
])
def test_a_learners_order_and_what_a_term_covers_ask_what_it_means(checks: Glossary, text: str, term: str) -> None:
    assert outcome(checks, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("balance sheet – can you explain me simply?", "balance"),
    ("Time value of money – why is one euro today more worth than one euro next year?", "tvm"),
    ("Gordon growth model – who is Gordon and what is the model? :)", "gordon"),
    ("Platform engineering, what is that team doing?", "platform"),
    ("AWS - what is DNS?", "dns"),  # the question names a term of its own: that one is asked
])
def test_a_term_set_as_the_topic_of_the_question_after_it_is_asked(checks: Glossary, text: str, term: str) -> None:
    assert outcome(checks, text) == ("answer", [term])


def test_a_question_mark_ends_the_sentence_that_could_own_the_term(checks: Glossary) -> None:
    assert outcome(checks, 'who is the SEC? in the quarterly mail they write "as filed with the SEC"') \
        == ("answer", ["sec"])


@pytest.mark.parametrize("text", [
    "is the VPN when it connects?",  # the time of one thing, not a meaning
    "is the recession when we cut the budget?",
    "rfi is just info gathering",  # no question, no tag asking to confirm
    "AWS - what is a bucket?",  # the topic, then a question about another thing
    "AWS – what is the bucket?",
    "the VPN, it is down again",
    "what's the SLA on the Epic contract?",
    "is the VPN down?",
])
def test_instances_states_and_other_things_asked_stay_unanswered(checks: Glossary, text: str) -> None:
    assert outcome(checks, text)[0] != "answer"
