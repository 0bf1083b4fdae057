"""Issue 13, over a real SQLite glossary: readings that depend on what stands around the name asked.

A word asked alone in its own sentence, with a story before it ("we use dork. dork, what is it?"); "what is X"
outweighing a preposition's cue ("what is eBPF, the agent requires it on nodes"), never in "whats the call on
github"; a sense one word of its definition picks while the message's field is another sense's (offered beside
it); sign-offs as chat ("cya tomorrow all") unless asked; a modifier making a longer name nobody defined ("what
does deferred revenue mean on the balance sheet"); a telling asked for by its name ("X refresher pls"), never a
title ("KPI recap"); "is X a <judgement>?" unanswered; a time compared ("as in prior years") is no gloss; a name
asked again in a later sentence ("Can you pull the PWS ... what is a PWS"); a heading is not what "that <noun>"
asks when the noun names the chosen term; a dash after chatter ("Anyhoo — what's X"); "is X just for Y" likens
nothing; "what does it mean that X ..."; one word of a name typed as two ("AR turn over ratio"); "who's who"
compares; a name typed short is a side of a comparison ("opex, capex difference?")."""

from __future__ import annotations

import pytest

from glossary.cognates import NameWords
from glossary.models import Term
from glossary.rejoined import rejoined
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear

_FIELD = 70  # entries per field (a tag on fewer than 20 is no field) and 200 in all: a glossary that says enough
_BUSINESS = [Term(f"biz-{n}", f"plant practice {n}", "A way a manufacturing plant organises its production line, "
                  "its suppliers and its factory floor.", tags=["business"]) for n in range(_FIELD)]
_IT = [Term(f"it-{n}", f"server practice {n}", "A way a server keeps its software, database and network security.",
            tags=["it"]) for n in range(_FIELD)]
_GOV = [Term(f"gov-{n}", f"award rule {n}", "A rule on how a contract is awarded after vendors bid and are "
             "registered with the agency.", tags=["gov"]) for n in range(_FIELD)]

TERMS = [
    *_BUSINESS, *_IT, *_GOV,
    Term("dork", "dork", "A search query with advanced operators that finds data a site left exposed."),
    Term("ebpf", "eBPF", "A way to run small sandboxed programs inside the Linux kernel.", tags=["it"]),
    Term("nodes", "nodes", "The machines a cluster runs its workloads on.", tags=["it"]),
    Term("tpm", "TPM", "Trusted platform module: a chip that stores a computer's keys.", tags=["it"]),
    Term("sam-db", "SAM", "Security account manager: the database file where Windows keeps its passwords.",
         tags=["it"]),
    Term("sam-gov", "SAM", "System for award management: the government's list of approved suppliers.",
         tags=["gov"]),
    Term("cya", "CYA", "Cover your assets: keeping records that show you did what was asked."),
    Term("balance-sheet", "balance sheet", "What a company owns and owes on one date."),
    Term("revenue", "revenue", "Money earned from sales."),
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses.",
         aliases=["service level agreement"]),
    Term("normal-distribution", "normal distribution", "The bell-shaped curve many measurements follow."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether a goal is being met."),
    Term("kubernetes", "Kubernetes", "Software that runs and scales containers across many machines."),
    Term("database", "database", "An organised store of data a program can query."),
    Term("contract", "contract", "An agreement the law will enforce."),
    Term("vpn", "VPN", "Virtual private network: a private link to the office network over the internet."),
    Term("ifrs", "IFRS", "International financial reporting standards: the accounting rules most countries use."),
    Term("pws", "PWS", "Performance work statement: what a contractor must achieve, not how."),
    Term("mpt", "micro purchase threshold", "The amount under which a government buyer may pay by card."),
    Term("call", "call", "An option to buy an asset at a set price."),
    Term("github", "GitHub", "A website that hosts code and its history for teams."),
    Term("dev", "dev", "Short for development: the environment or team that builds software."),
    Term("currency", "currency", "The money a country uses."),
    Term("appreciate", "appreciate", "Of a currency or asset: to rise in value."),
    Term("ar-turnover", "accounts receivable turnover ratio", "Sales divided by what customers owe on average.",
         aliases=["AR turnover ratio"]),
    Term("nwc", "net working capital", "Current assets minus current liabilities."),
    Term("networking", "networking", "Linking computers so they can share data."),
    Term("co", "contracting officer", "The official who may sign a government contract."),
    Term("cor", "COR", "Contracting officer's representative: who checks the work day to day."),
    Term("opex", "OPEX", "Operating expenses: what running the business costs day to day."),
    Term("capex", "capital expenditures", "Money spent on assets that last for years, such as buildings."),
    Term("wlan", "WLAN", "A network computers join by radio instead of cable.",
         aliases=["Wireless Local Area Network"]),
    Term("call-risk", "call risk", "The risk that a bond's issuer repays it early, when rates fall."),
    Term("risk", "risk", "The chance that things turn out worse than expected."),
    Term("saml", "SAML", "A standard for passing a user's login from one system to another."),
    Term("fcf", "free cash flow", "Cash left after running the business and paying for its investments."),
    Term("rfp", "RFP", "Request for proposal: a buyer's invitation to vendors to offer a solution."),
    Term("cd", "CD", "Continuous delivery: every change kept ready to release at any time."),
    Term("rice", "RICE", "A way to rank ideas by reach, impact, confidence and effort."),
    Term("standup", "standup", "A short daily team meeting, held standing."),
    Term("vm", "VM", "Virtual machine: a computer simulated in software on a real one."),
    Term("iso", "ISO", "International Organization for Standardization: the body that publishes standards."),
]

context = glossary_fixture("context", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("we use dork. dork, what is it?", "dork"),  # the word alone in its own sentence: asked
    ("pentester used a google dork. dork, what is it?", "dork"),
    ("what is eBPF, new observability agent requires it on nodes", "ebpf"),  # "what is" outweighs "on"
    ("what is TPM in security?", "tpm"),  # the sense's own field
    ("what does cya mean?", "cya"),  # a chat word asked
    ("what does SLA mean on the contract?", "sla"),
    ("normal distribution refresher pls", "normal-distribution"),  # a telling asked for by its name, with a plea
    ("need KPI explanation pls", "kpi"),
    ("we report under IFRS as in prior years. what does IFRS mean?", "ifrs"),  # a time compared, no gloss
    ("Can you pull the PWS out of the package\ndone, but what IS a PWS lol", "pws"),  # asked again, by name
    ("Quick q before I hop on a call — the customer said they can swipe under the micro purchase threshold. "
     "What's that threshold exactly?", "mpt"),  # "that threshold" names the term again, not the heading
    ("Anyhoo — what's the service level agreement? boss wants one", "sla"),  # chatter before a dash
    ("is github just for devs?", "github"),  # a use, not a likening
    ("AR turn over ratio mean what?", "ar-turnover"),  # one word typed as two
    ("what is net working capital", "nwc"),  # two words of a name are never joined
    ("WLAN - wireless LAN? what is it", "wlan"),  # "LAN" writes three of its words as initials
    ("need kpi definition for slide", "kpi"),  # "need" asks for the telling, it is no part of the name
    ("KPI recap pls", "kpi"),  # a title-like telling, asked with a plea
    ("advisor says my bond has call risk. what is that risk?", "call-risk"),  # "that risk": the one named
    ("we'll report free cash flow as in Q2. what is free cash flow though", "fcf"),  # "as in Q2": a time
    ("where is the latest RFP? ok found it. what does RFP mean anyway?", "rfp"),  # asked later by name
    ("how do I stand up a new VM?", "vm"),  # a verb and its particle are never joined into "standup"
])
def test_the_term_asked_in_its_context_is_answered(context: Glossary, text: str, term: str) -> None:
    assert outcome(context, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "cya tomorrow all",  # a sign-off
    'what does "deferred revenue" mean on the balance sheet?',  # a longer name nobody defined; the sheet is its place
    "the KPI recap is in the doc",  # a document, told
    "is the VPN a problem?", "is our SLA a contract?",  # one thing's state, not its kind
    "what does it mean that a currency appreciate?",  # what happens to the currency is asked, not the currency
    "each dock supervisor has 25 ppl, what does that mean for us",
    "is VPN a problem?", "is kubernetes a priority?",  # a judgement, not a class
    "KPI recap", "KPI recap - revenue up 10%", "KPI explainer", "where's the KPI recap?",  # a title, a document
    "thanks for the SLA explanation!",
    "is the VPN down again? what is the VPN address?",  # the name only modifies the noun asked
    "what's CD as in the bank product with a 5 year term",  # a time inside the gloss checks it still
    "I had rice for lunch. rice, what is it?",  # an everyday word the story uses as one
    "what's ISO, as in the camera setting for the marketing photos",  # a sense the glossary does not have
])
def test_the_term_beside_what_is_asked_is_not_answered(context: Glossary, text: str) -> None:
    assert outcome(context, text)[0] not in ("answer", "ambiguous")


def test_a_sense_the_definition_picks_against_the_message_field_is_not_answered(context: Glossary) -> None:
    """"database" is the word of one SAM's definition, but "registered" and "bid" are the other SAM's field: the
    two readings disagree, so both senses are offered side by side, never one answered."""
    status, ids = outcome(context, "I need to get us registered in SAM before we can bid. What is SAM exactly? Is "
                                   "that like a database?")
    assert (status, set(ids)) == ("ambiguous", {"sam-db", "sam-gov"})


def test_who_is_who_compares_the_terms_named_with_it(context: Glossary) -> None:
    status, ids = outcome(context, "Ok so who's who — the contracting officer or the COR? I keep mixing them")
    assert (status, set(ids)) == ("compare", {"co", "cor"})


@pytest.mark.parametrize("text", ["opex, capex difference?", "opex/capex difference?"])
def test_a_name_typed_short_is_a_side_of_a_comparison(context: Glossary, text: str) -> None:
    """"capex" is capital expenditures typed short: with a word for the difference, one word is a side."""
    assert outcome(context, text) == ("compare", ["opex", "capex"])


def test_whats_the_status_noun_on_a_term_is_no_question_about_the_noun(context: Glossary) -> None:
    """"whats the call on github" asks github's status: the call (an option) is never answered."""
    assert outcome(context, "whats the call on github") != ("answer", ["call"])


def test_words_are_joined_only_inside_a_name() -> None:
    """Every neighbouring pair is read (not every other one), and only a join a name writes beside its neighbour."""
    names = NameWords({t.id: t for t in TERMS})
    assert rejoined("what is the accounts receivable turn over ratio", names) \
        == "what is the accounts receivable turnover ratio"
    for text in ("we turn over the keys", "how do I stand up a new VM?", "what is net working capital"):
        assert rejoined(text, names) == text


def test_joining_words_is_linear_in_the_message() -> None:
    """One pass and a few set look-ups per pair: a long message costs a pass, not a pass per pair."""
    names = NameWords({t.id: t for t in TERMS})

    assert rejoined("AR turn over ratio", names) == "AR turnover ratio"
    assert_linear(lambda n: rejoined("AR turn over ratio and pay roll " * n, names), 2000, 16000)
