"""Issue 13, over a real SQLite glossary: the asker says which sense they mean, or which they do not.

A glossary field said before a sense noun ("the business definition") is no subject; a bracketed aside that
says which sense is meant ("(microsoft thing, not swimming)", "(for NPV, not the fed one)") marks the term before
it as asked and its own names as context; a name ruled out may follow a word or two that describe it ("not the
windows security account manager)"); a sentence that only rules a sense out ("i assume not critical path
method", "nothing to do with spies I assume?") is said about the term named before it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

#: Enough entries of each field for the glossary to know "business" and "it" as fields (field_words.MIN_FIELD).
FILLER = [Term(f"{tag}-{n}", f"{tag} filler {n}", f"An entry of the {tag} field, number {n}.", tags=[tag])
          for tag in ("business", "it") for n in range(20)]

TERMS = [
    *FILLER,
    Term("business", "business", "An organization that strives for a profit by selling goods and services.",
         tags=["business"]),
    Term("chain", "chain of command", "The line of authority from one level of an organization to the next.",
         tags=["business"]),
    Term("ethics", "code of ethics", "A statement of the values a firm expects its people to hold.", tags=["business"]),
    Term("sam-award", "System for Award Management", "The federal registry every government contractor joins.",
         aliases=["SAM"]),
    Term("sam-windows", "SAM", "A Windows database file that stores user passwords.",
         aliases=["Security Account Manager"], tags=["it"]),
    Term("laps", "LAPS", "A Windows feature that rotates the local administrator password.",
         aliases=["Local Administrator Password Solution"], tags=["it"]),
    Term("npv", "net present value (NPV)", "Future cash flows discounted to today, less the outlay."),
    Term("fed", "Federal Reserve System (the Fed)", "The central bank of the United States."),
    Term("dr-fed", "discount rate", "The interest rate the Federal Reserve charges its member banks.",
         tags=["business"]),
    Term("dr-npv", "discount rate", "The rate used to work out the present value (NPV) of future cash flows."),
    Term("cpm-ads", "cost per thousand (CPM)", "What it costs an advert to reach a thousand people.",
         tags=["business"]),
    Term("cpm-path", "critical path method (CPM)", "Scheduling a project by its longest chain of tasks.",
         tags=["business"]),
    Term("cia", "CIA", "Confidentiality, integrity and availability: the three aims of information security.",
         tags=["it"]),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "sense_said", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("chain of command, the business definition pls", "chain"),
    ("code of ethics — what's the business definition? (ours is being refreshed)", "ethics"),
    ("what's the business definition of chain of command", "chain"),
    ("discount rate — what's the business definition?", "dr-fed"),
    ("what's the business definition of discount rate", "dr-fed"),
])
def test_a_field_before_a_sense_noun_is_no_subject(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_without_a_field_the_senses_stay(glossary: Glossary) -> None:
    assert outcome(glossary, "what's the definition of discount rate") == ("ambiguous", ["dr-fed", "dr-npv"])


@pytest.mark.parametrize("text", ["business definition?", "what is a business"])
def test_the_field_alone_is_still_asked(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text) == ("answer", ["business"])


@pytest.mark.parametrize(("text", "term"), [
    ("what is laps (microsoft thing, not swimming)", "laps"),
    ("discount rate (for NPV, not the fed one) — what is it?", "dr-npv"),
])
def test_an_aside_that_says_the_sense_marks_the_term_before_it(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_a_described_name_after_a_negation_is_ruled_out(glossary: Glossary) -> None:
    text = "SAM registration (gov contracting, not the windows security account manager). what is SAM"
    assert outcome(glossary, text) == ("answer", ["sam-award"])


def test_a_name_that_does_not_close_the_negated_clause_rules_nothing_out(glossary: Glossary) -> None:
    status, ids = outcome(glossary, "I'm not sure what security account manager means, what is SAM")
    assert "sam-award" not in ids or status != "answer"


@pytest.mark.parametrize(("text", "term"), [
    ("CPM in the ad budget. i assume not critical path method. what is it", "cpm-ads"),
    ('"CIA triad" in the security training. nothing to do with spies I assume?', "cia"),
])
def test_a_sentence_that_only_rules_out_is_about_the_term_before(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])
