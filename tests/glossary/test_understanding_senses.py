"""Issue 13: the message says which sense of an acronym it means (glossary/fields.py, glossary/negation.py).

A sense named after a negation is dropped: by its whole name or a run of two of its words ("not the
critical path thing"), shortened words read ("not alt work schedule"), or by one distinctive word that
starts the name or follows a negated mean-verb ("not Amazon", "I do not believe she means Amazon"); the
words that named it point nowhere. A sense the message names in full ("an approved pull request") is
the one meant; a stated field that is the tag of a sense read picks it ("ROE in finance"). Without such a
clear sign every sense stays. Over a real SQLite glossary."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("cpm-cost", "cost per thousand (CPM)", "The cost of reaching a thousand people with an advertisement.",
         tags=["business"]),
    Term("cpm-path", "critical path method (CPM)", "A scheduling tool that finds the critical path of a project's "
         "activities.", tags=["business"]),
    Term("aws-amazon", "Amazon Web Services", "A company's cloud hosting used to run websites.", aliases=["AWS"]),
    Term("aws-schedule", "Alternative work schedule", "Working longer days to get a day off in a pay period.",
         aliases=["AWS"]),
    Term("pr-pull", "Pull Request", "A proposed change to code, waiting for review.", aliases=["PR"]),
    Term("pr-procurement", "Procurement Request", "The documents needed to start a purchase.", aliases=["PR"]),
    Term("roe-it", "ROE", "Guidelines for how security testers may probe a system.", aliases=["Rules of Engagement"],
         tags=["it"]),
    Term("roe-business", "return on equity (ROE)", "Net profit over the owners' stake in the firm.",
         tags=["business"]),
    Term("roe-finance", "return on equity", "What the owners earn on the money they put in.", tags=["finance"]),
    Term("aup", "AUP", "Rules for using the office computers.", aliases=["Acceptable Use Policy"]),
    Term("sdlc", "SDLC", "Short for Software Development Lifecycle.", aliases=["Software Development Lifecycle"]),
]

senses = glossary_fixture("senses", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("CPM in the advertising budget – what is CPM? not the critical path thing", "cpm-cost"),
    ("what is CPM? I don't mean the critical path one", "cpm-cost"),
    ("My supervisor approved me for AWS. I do not believe she means Amazon. What is AWS?", "aws-schedule"),
    ('what does "aws" mean on the invoice (not alt work schedule)', "aws-amazon"),
    ("AWS - not Amazon. what is it", "aws-schedule"),
    ("CPM\nnot the project mgmt one\nwhat is it exactly", "cpm-cost"),  # the sense described by its topic
    ("what is CPM? not the advertising one", "cpm-path"),
])
def test_a_sense_ruled_out_by_part_of_its_name_is_dropped(senses: Glossary, text: str, term: str) -> None:
    assert outcome(senses, text) == ("answer", [term])


def test_a_description_that_fits_no_single_sense_rules_nothing_out(senses: Glossary) -> None:
    assert outcome(senses, "CPM? not sure which one")[0] == "ambiguous"  # "sure" says no topic
    assert outcome(senses, "what's a PR? he's not the code one on the team")[0] == "ambiguous"  # of a person
    assert outcome(senses, "what's a PR? not merged yet, the code one") != ("answer", ["pr-procurement"])
    assert outcome(senses, "what is CPM? not the business one")[0] == "ambiguous"  # both are business terms


def test_a_name_ruled_out_is_not_what_is_asked(senses: Glossary) -> None:
    status, ids = outcome(senses, "AUP engagement — agreed-upon procedures, not the acceptable use policy. what is it")
    assert (status, ids) != ("answer", ["aup"])


def test_a_sense_named_in_full_in_the_message_is_the_one_meant(senses: Glossary) -> None:
    text = "every change needs an approved pull request. what's a PR exactly"
    assert outcome(senses, text) == ("answer", ["pr-pull"])


def test_the_sense_the_asker_only_knows_already_is_ruled_out(senses: Glossary) -> None:
    text = "The developers asked me to review a pull request. I only know PR as a procurement request. What is a PR?"
    assert outcome(senses, text) == ("answer", ["pr-pull"])


def test_a_stated_field_that_is_the_tag_of_a_sense_read_picks_it(senses: Glossary) -> None:
    status, ids = outcome(senses, "What is ROE in finance?")
    assert status == "answer" and ids[0] in {"roe-business", "roe-finance"}


@pytest.mark.parametrize("text", [
    "what is CPM?",
    "what is AWS, not a work thing?",  # one common word, not the name's first, rules nothing out
    "what is AWS? not sure",
    "What is ROE?",
])
def test_without_a_clear_sign_every_sense_stays(senses: Glossary, text: str) -> None:
    status, ids = outcome(senses, text)
    assert status == "ambiguous" and len(ids) >= 2


@pytest.mark.parametrize("text", [
    "Can you explain me SDLC in simple words? I am not a developer.",
    "I'm not a software developer, what is SDLC?",
])
def test_a_negation_about_the_asker_rules_out_no_sense(senses: Glossary, text: str) -> None:
    assert outcome(senses, text) == ("answer", ["sdlc"])
