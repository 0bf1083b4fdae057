"""The message says which sense of a name it means (glossary/fields.py): its field, its story, a sense it rules out.

A stated field of the glossary that no sense read fits is a "did you mean", never the one sense there is; the
terms whose initials spell an acronym, or the plural of a word, compete with the senses read; a sense the
asker rules out is dropped. Over a real SQLite glossary."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("change-request", "Change request", "A formal proposal to alter a system or the scope of a project.",
         aliases=["CR"], tags=["it"]),
    Term("cash-receipts", "cash receipts", "Money a company collects from customers who settle their bills.",
         tags=["finance"]),
    Term("pm", "PM", "Short for Program Manager.", aliases=["Program Manager"]),
    Term("preventive-maintenance", "Preventive maintenance", "Scheduled servicing of equipment and machinery so "
         "it does not break down."),
    Term("ids-1", "IDS", "A tool that watches network traffic for attacks.", aliases=["Intrusion Detection System"]),
    Term("ids-2", "IDS", "The system that pays out grant money to recipients.",
         aliases=["Integrated Disbursement System"]),
    Term("warrant-fin", "warrant", "A security giving the holder the right to buy a company's stock at a set price.",
         tags=["finance"]),
    Term("warrants-gov", "Warrants", "The written authority a contracting officer holds to sign contracts up to a "
         "limit."),
    Term("lease-fin", "lease", "A contract to use an asset for a period in exchange for payments.", tags=["finance"]),
    Term("leases-gov", "Leases", "Agreements by which a government agency rents office space from a landlord."),
    Term("dividend", "dividend", "A share of profits paid to stockholders.", tags=["finance"]),
]

fields = glossary_fixture("fields", TERMS)


@pytest.mark.parametrize("text", [
    "what is CR in finance?",
    'someone wrote "post it to CR". what does CR mean in finance-speak?',
    "what's CR in finance terms?",
])
def test_a_stated_field_no_sense_fits_suggests_instead_of_answering(fields: Glossary, text: str) -> None:
    status, ids = outcome(fields, text)
    assert status == "suggest"
    assert {"change-request", "cash-receipts"} <= set(ids)


def test_a_field_and_a_story_that_fit_the_initials_reading_answer_it(fields: Glossary) -> None:
    text = "what is CR in finance? the controller says the customer payment is stuck in CR"
    assert outcome(fields, text) == ("answer", ["cash-receipts"])


@pytest.mark.parametrize("text", [
    "the technician can't service the machinery until the PM is booked. what's a PM exactly?",
    "we schedule a PM for the equipment every spring so the machinery keeps running, what is a PM?",
])
def test_the_story_points_to_the_term_whose_initials_spell_the_acronym(fields: Glossary, text: str) -> None:
    assert outcome(fields, text) == ("answer", ["preventive-maintenance"])


def test_one_word_of_story_for_another_reading_makes_it_a_did_you_mean(fields: Glossary) -> None:
    status, ids = outcome(fields, "the machinery needs its PM before Monday. what is a PM?")
    assert status == "suggest"
    assert set(ids) >= {"pm", "preventive-maintenance"}


@pytest.mark.parametrize("text", [
    "IDS in the grants memo, surely not intrusion detection system?",
    "what's an IDS here? I don't mean the intrusion detection system",
    "IDS, and not the intrusion detection system, what is it?",
])
def test_a_sense_the_asker_rules_out_is_dropped(fields: Glossary, text: str) -> None:
    assert outcome(fields, text) == ("answer", ["ids-2"])


def test_the_plural_of_a_word_competes_when_the_story_points_to_it(fields: Glossary) -> None:
    text = "the contracting officer says her warrant limits which contracts she can sign. what is a warrant?"
    assert outcome(fields, text) == ("answer", ["warrants-gov"])


@pytest.mark.parametrize(("text", "term"), [
    ("what is a lease for a government agency?", "leases-gov"),
    ("the landlord sent the paperwork. what's a lease in a government agency?", "leases-gov"),
    ("what is a lease in finance?", "lease-fin"),
])
def test_a_stated_field_two_words_deep_picks_the_sense_it_fits(fields: Glossary, text: str, term: str) -> None:
    assert outcome(fields, text) == ("answer", [term])


def test_one_field_word_that_only_another_reading_fits_is_a_did_you_mean(fields: Glossary) -> None:
    status, ids = outcome(fields, "the landlord sent the paperwork, what's a lease in government-speak?")
    assert (status, ids[0]) == ("suggest", "leases-gov")


@pytest.mark.parametrize(("text", "term"), [
    ("what's CR?", "change-request"),
    ("what does CR mean in plain terms", "change-request"),
    ("what's a CR in our sprint board?", "change-request"),
    ("what is a warrant in finance?", "warrant-fin"),
    ("what is PM?", "pm"),
    ("what is a dividend in finance?", "dividend"),
    ("what does IDS mean? intrusion detection system?", "ids-1"),
])
def test_right_answers_stay_right(fields: Glossary, text: str, term: str) -> None:
    assert outcome(fields, text) == ("answer", [term])
