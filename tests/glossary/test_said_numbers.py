"""Issue 13, over a real SQLite glossary: a number said aloud and written as words by voice typing ("section five
oh eight", "ISO nine thousand", "the three two one rule", "eighteen F", "M two") reads the name that holds its
digits (glossary/said_numbers.py); one number word alone stays a word, and the reading is linear in the message."""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.said_numbers import written
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear

TERMS = [
    Term("508", "Section 508", "The US law that makes federal technology accessible to disabled people."),
    Term("iso-9000", "ISO 9000", "A family of standards for quality management."),
    Term("321", "321", "Keep three copies of data, on two media, one of them off site.", aliases=["3-2-1 rule"]),
    Term("18f", "18F", "A digital services team inside the US General Services Administration."),
    Term("m2", "M2", "Money supply counting cash, checking deposits and near money."),
    Term("2fa", "2FA", "Two-factor authentication: a second proof of identity beside the password."),
]

numbers = glossary_fixture("numbers", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what does section five oh eight mean", "508"),  # digit by digit, "oh" a zero after a digit
    ("What is ISO nine thousand question mark", "iso-9000"),
    ("IT said the shared drive follows the three two one rule for backups. What is that", "321"),
    ("What is eighteen F? Is that a team or an office?", "18f"),  # beside a capital letter
    ("and M two question mark", "m2"),
])
def test_a_number_said_as_words_reads_the_name(numbers: Glossary, text: str, term: str) -> None:
    assert outcome(numbers, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "expected"), [
    ("one of them has two factor", "one of them has two factor"),  # one number word alone is a word
    ("oh well, five is fine", "oh well, five is fine"),  # "oh" is a zero only after a digit
    ("twenty four seven sock", "twenty four seven sock"),  # a run not read is left whole
    ("I two", "I two"),  # "I" and "A" are words, not letters
    ("nine nine nine", "999"),
])
def test_only_runs_that_cannot_be_english_are_written(text: str, expected: str) -> None:
    assert written(text) == expected


def test_a_lone_number_word_asks_nothing_new(numbers: Glossary) -> None:
    assert outcome(numbers, "what is two factor")[1] != ["508"]


def test_a_number_beside_a_letter_is_read_only_as_a_name_the_glossary_writes() -> None:
    names = {"18F", "M2"}
    assert written("what is C three PO", names.__contains__) == "what is C three PO"  # no C3
    assert written("What is eighteen F?", names.__contains__) == "What is 18F?"


@pytest.mark.parametrize("said", ["five oh eight ", "M two ", "one two three four ", "twenty four seven "])
def test_numbers_are_read_in_time_linear_in_the_message(said: str) -> None:
    assert_linear(lambda n: written(said * n), 250, 2_000)
