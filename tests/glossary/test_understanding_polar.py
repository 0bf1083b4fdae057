"""Over a real SQLite glossary: a question shaped as yes/no or as a statement may still ask what a term is.
Confirming an acronym beside its own expansion ("RFP = request for proposal, right?"), doubting that a term
exists ("is that a real thing?", the pronoun pointing back at the term or a quoted word), "X of a Y is
what"; an acronym entry spelt with two letters swapped is found by its expansion's initials. Questions
about one instance or a state ("is the VPN down?", "do we have a BPA with AWS?") stay unanswered."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.normalize import respelled
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("rfp", "RFP", "A document that asks vendors to propose a solution.", aliases=["Request for Proposal"]),
    Term("sow", "SOW", "The work a contractor will do.", aliases=["Statement of Work"]),
    Term("ad", "AD", "A directory service for Windows domain networks.", aliases=["Active Directory"]),
    Term("sla", "SLA", "A promise about service levels.", aliases=["Service Level Agreement"]),
    Term("vpn", "VPN", "An encrypted tunnel into a private network.", aliases=["Virtual Private Network"]),
    Term("boyd", "BOYD", "Bring Your Own Device", aliases=["Bring Your Own Device"]),
    Term("mtfb", "MTFB", "Mean time between failures, VA usage.", aliases=["Mean Time Between Failures"]),
    Term("mtbf", "MTBF", "The average time a system runs between two failures."),
    Term("chaos", "chaos engineering", "Breaking things on purpose to learn how a system fails."),
    Term("heal", "Self Healing", "A self-healing system recovers from failures without a human."),
    Term("dogfood", "Dogfooding", "Using the things we build ourselves, before customers do."),
    Term("beta", "beta", "How much a stock moves compared with the market."),
    Term("ciso", "CISO", "The executive who leads information security."),
    Term("ipo", "initial public offering (IPO)", "A company's first sale of shares to the public."),
    Term("bpa", "BPA", "A standing agreement for repeat purchases.", aliases=["Blanket Purchase Agreement"]),
    Term("zta", "zero trust architecture", "Trusting no device or user by default, inside the network or not."),
    Term("aws", "AWS", "Amazon's cloud platform.", aliases=["Amazon Web Services"]),
]

polar = glossary_fixture("polar", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("RFP = request for proposal right? when do we need one", "rfp"),
    ("sow = statement of work right? what normally goes in one", "sow"),
    ("AD is active directory right?", "ad"),
    ("AD is Active Directory, isn't it?", "ad"),
    ("SOW stands for statement of work, correct?", "sow"),
    ("so VPN = virtual private network, yes?", "vpn"),
    ("RFP means request for proposal right", "rfp"),
])
def test_confirming_an_acronym_beside_its_expansion_asks_what_it_is(polar: Glossary, text: str, term: str) -> None:
    assert outcome(polar, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("chaos engineering sounds made up. is it a real practice?", "chaos"),
    ("self-healing system sounds like magic tbh. is that a real thing?", "heal"),
    ("is chaos engineering a real thing?", "chaos"),
    ("does chaos engineering actually exist?", "chaos"),
    ("chaos engineering - is that even a thing?", "chaos"),
    ("dogfooding seems like a made up word. is it a real term?", "dogfood"),
    ("Our security officer said we should \"dogfood\" the new portal before launch. Is that a real term? "
     "What does it mean?", "dogfood"),
    ("the PM keeps saying \"dogfood\" - is that a real word?", "dogfood"),
    ("is zero trust a real thing?", "zta"),
    ("does zero trust actually exist?", "zta"),
    ("is dogfooding a made up word?", "dogfood"),
    ("is the CISO a real job or just a title?", "ciso"),
    ("chaos engineering - is that even a real thing", "chaos"),  # no "?": a doubt asks all the same
    ("is chaos engineering even a thing", "chaos"),
])
def test_doubting_that_a_term_exists_asks_what_it_is(polar: Glossary, text: str, term: str) -> None:
    assert outcome(polar, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("beta of a stock is what", "beta"),
    ("beta of a portfolio means what?", "beta"),
    ("the beta in a fund is what?", "beta"),
])
def test_a_term_with_its_complement_then_is_what_asks_what_it_is(polar: Glossary, text: str, term: str) -> None:
    assert outcome(polar, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("byod. what does it stand for and is it the same as using my own phone for teams", "boyd"),
    ("what does BYOD mean", "boyd"),
    ("quick one: BYOD = ?", "boyd"),
    ("what is MTBF", "mtbf"),  # a name written as an entry beats another entry's swapped spelling
])
def test_an_acronym_spelt_with_two_letters_swapped_is_found_by_its_expansion(polar: Glossary, text: str,
                                                                            term: str) -> None:
    assert outcome(polar, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "who is our CISO these days?",
    "is the IPO still planned for Q2?",
    "do we have a BPA with AWS?",
    "is the VPN down?",
    "is our VPN real slow today?",
    "is the VPN a real pain to set up?",
    "the beta of our fund is what this quarter?",
    "is BPA a thing we need for AWS?",
    "is the IPO real?",
    "is our VPN real?",
    "is this BPA real",
    "does the VPN exist?",
    "we set up the VPN. is that a real pain",
])
def test_instances_states_and_other_yes_no_questions_stay_unanswered(polar: Glossary, text: str) -> None:
    assert outcome(polar, text)[0] != "answer"


@pytest.mark.parametrize(("text", "term"), [
    ("the IPO is still planned for Q2, right?", "ipo"),
    ("so the RFP is due friday, right?", "rfp"),
    ("our VPN is down again, correct?", "vpn"),
    ("the VPN is super slow today, is it only me?", "vpn"),  # words of degree between the verb and the state
    ("my VPN isn't working after the update, any idea?", "vpn"),
    ("my VPN on the new laptop isn't working after the update, any idea?", "vpn"),  # placed, then the state
    ("the CISO is Jane now, right?", "ciso"),
])
def test_a_statement_about_one_thing_asked_to_be_confirmed_is_offered(polar: Glossary, text: str, term: str) -> None:
    result = polar.lookup(text)
    assert (result.status, [m.id for m in result.matches], result.offer) == ("suggest", [term], "instance")


@pytest.mark.parametrize(("text", "term"), [
    ("the SLA means service level agreement, right?", "sla"),
    ("SOW means statement of work right", "sow"),
])
def test_confirming_what_a_name_means_is_still_answered(polar: Glossary, text: str, term: str) -> None:
    assert outcome(polar, text) == ("answer", [term])


def test_only_a_slip_of_two_letters_side_by_side_is_a_respelling() -> None:
    assert respelled("BOYD", "Bring Your Own Device") == "BYOD"
    assert respelled("RFM", "Risk Management Framework") == "RMF"
    assert respelled("UTC", "Coordinated Universal Time") == ""  # another order is a name of its own
    assert respelled("RFP", "Request for Proposal") == ""
    assert respelled("cloud", "Common Load Of Uncommon Data") == ""
