"""Which of several things a message names is asked (issue 13), over a real SQLite glossary: a sentence that
asks what something it names means outranks a yes/no question ("can we piggyback on the contract? what
does piggybacking mean"); a term after "on"/"in" right behind another is that term's setting ("ODC on an
invoice means what")."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("contract", "contract", "A binding agreement to deliver something for a price."),
    Term("odc", "ODC", "Other direct cost: a cost billed to one contract that is not labour.",
         aliases=["other direct cost"]),
    Term("invoice", "invoice", "A bill that asks a customer to pay for what was delivered."),
    Term("risk", "risk", "The chance that results differ from what was expected."),
    Term("term-risk", "term risk", "The extra risk of lending for longer: more can change before repayment."),
    Term("poc", "POC", "Point of contact: the person to ask about something.", aliases=["point of contact"]),
    Term("sla", "SLA", "Service level agreement: the service a provider promises, in numbers."),
    Term("itil", "ITIL", "A widely used set of practices for running IT services."),
    Term("loc", "letter of credit", "A bank's promise to pay a seller once the shipping papers are in order."),
    Term("fob", "Free on board at origin", "The buyer owns the goods once they leave the seller.",
         aliases=["FOB Origin"]),
    Term("ingress", "ingress", "The rules that let traffic from outside reach services inside a cluster."),
    Term("mdm", "MDM", "Mobile device management: software that secures and controls work phones.",
         aliases=["mobile device management"]),
    Term("it", "IT", "Information technology: the computers and networks a company runs."),
    Term("us", "US", "The United States."),
    Term("gaap", "GAAP", "The accounting rules US companies follow.",
         aliases=["generally accepted accounting principles"]),
    Term("cpi", "consumer price index", "How the prices households pay change, month by month."),
    Term("cola", "COLA", "Cost of living adjustment: a raise that follows prices."),
    Term("pr-code", "Pull Request", "A proposed change to code, waiting for review.", aliases=["PR"]),
    Term("pr-buy", "Procurement Request", "The papers that start a purchase.", aliases=["PR"]),
    Term("inventory-management", "inventory management", "Keeping just enough stock, ordered at the right time."),
    Term("fy", "FY", "Fiscal year: the twelve months a budget covers.", aliases=["fiscal year"]),
    Term("management", "management", "Planning, organising and leading people to reach goals."),
    Term("api-gateway", "API gateway", "The single front door that routes outside calls to a system's services."),
]

settings = glossary_fixture("settings", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("what is the term SLA", ("answer", ["sla"])),
    ("ODC on an invoice means what", ("answer", ["odc"])),
    ("what does ODC on an invoice mean", ("answer", ["odc"])),
    ("SLA in ITIL means what", ("answer", ["sla"])),
    ("who's the POC for the badge reader replacement? also what does POC stand for lol", ("answer", ["poc"])),
    ("what is an invoice on the portal", ("answer", ["invoice"])),  # nothing before the invoice: it is asked
    ("customer wants to pay by letter of credit instead of wire. can someone explain what that involves",
     ("answer", ["loc"])),  # "instead" continues no name
    ("quote says FOB Origin. meaning what exactly, who owns the freight once its on the truck", ("answer", ["fob"])),
    ("ok and the `ingress` thing?", ("answer", ["ingress"])),  # "thing" only stands for the name
    ("IT says we need a mobile device management thing on our phones — what is that", ("answer", ["mdm"])),
    ("the consultant mentioned generally accepted accounting principles, is that a US thing only? what is it",
     ("answer", ["gaap"])),
    ("what does the consumer price index measure", ("answer", ["cpi"])),  # the last word is its verb
    ("sorry what's a PR? as in github pull request, not press", ("answer", ["pr-code"])),  # a word before it
    ("inventory mgmt means what in the textbook sense", ("answer", ["inventory-management"])),  # abbreviations
    ("whats fiscal yr mean for the budget", ("answer", ["fy"])),
    ("api gw def", ("answer", ["api-gateway"])),  # an engineer's shorthand
    ("what's an SLA bc my manager keeps texting me about it", ("answer", ["sla"])),  # "bc": because, a new clause
    ("whats ITIL cuz the new hire asked", ("answer", ["itil"])),
])
def test_the_thing_asked_among_several_named(settings: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(settings, text) == expected


@pytest.mark.parametrize("text", [
    "can we piggyback on the county's contract? what does piggybacking mean",  # piggybacking is asked: unknown
    "is the contract signed? what does piggybacking mean here",
])
def test_a_meaning_asked_of_an_unknown_word_is_not_answered_with_a_term_told_before(settings: Glossary,
                                                                                   text: str) -> None:
    assert outcome(settings, text)[0] not in ("answer", "ambiguous")


def test_a_term_asked_in_two_sentences_rivals_one_asked_more_in_one(settings: Glossary) -> None:
    status, ids = outcome(settings, "Is the consumer price index what they use for the COLA? what does the "
                                    "consumer price index measure")
    assert status not in ("answer", "ambiguous") or ids == ["cpi"]


def test_an_abbreviation_typed_in_capitals_is_an_acronym_not_a_word(settings: Glossary) -> None:
    assert outcome(settings, "what is MGMT")[0] not in ("answer", "ambiguous")


def test_a_name_before_a_negated_verb_ends_there(settings: Glossary) -> None:
    """"the Dating Committee hasn't called a recession": "hasn't" continues no name, so the committee is named."""
    status, ids = outcome(settings, "the note says the consumer price index hasn't moved. what is it?")
    assert (status, ids) == ("answer", ["cpi"])
