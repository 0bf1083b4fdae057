"""Issue 13, messages in which nothing was found, over a real SQLite glossary: initials typed with dots
("P.I.A.", "S.D.L.C.") are one name whose last dot ends no sentence before a word in lower case, and no
part of them is a file name ("L.C"); a mistyped name in the sentence a "what is that?" points back to is
looked for as a typo too; chat spellings of plain words ("b4", "w", "def") read as the words; "what does
that involve" asks about what was named before it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary import textscan
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("pia", "PIA", "An assessment of how a system handles personal information."),
    Term("sdlc", "SDLC", "The stages software goes through from idea to retirement."),
    Term("dcf", "discounted cash flow (DCF)", "A valuation from future cash flows brought back to today."),
    Term("cio", "CIO", "The executive in charge of information technology."),
    Term("sens", "sensitivity analysis", "How a result changes when one input changes."),
    Term("succ", "succession planning", "Preparing people to fill key roles when they become vacant."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "dotted_back", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("We have been told a P.I.A. is required before we collect any user data. What is that?", "pia"),
    ("S.D.L.C. — what does it stand for?", "sdlc"),
    ("What does D.C.F. mean in a valuation?", "dcf"),
    ("What does C.I.O. stand for and what is the role?", "cio"),
])
def test_initials_typed_with_dots_are_one_name_in_their_sentence(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("Our business case reviewer asked for a sensitivty analysis on the cost savings. What is that?", "sens"),
    ("Sucession planning – HR asks who would replace me. What is it exactly?", "succ"),
])
def test_a_slip_in_the_sentence_pointed_back_to_is_read(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "I met the C.I.O. Then we went for lunch. What is the weather like?",  # a capital after: a full stop
    "the lunch was bad. What is that smell?",  # nothing named before "that": still nothing
    "Our reviewer asked for a sensitivity anlaysis. Who is he?",  # asks who, not what
])
def test_what_does_not_ask_stays_unanswered(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous")


def test_the_dot_ends_a_sentence_before_a_capital_and_files_stay_masked() -> None:
    assert textscan.scan("the C.I.O. Then we left").sentence_start[4]
    assert not textscan.scan("a P.I.A. is required").sentence_start[4]
    assert textscan.scan("what is S.D.L.C?").raws == ["what", "is", "S", "D", "L", "C"]
    assert textscan.scan("compile main.c and x.h").raws == ["compile", "and"]


CHAT_TERMS = [
    Term("poc", "proof of concept", "A small trial that shows an idea works before committing to it."),
    Term("loc", "line of credit", "Money a bank lets a borrower draw on up to a limit."),
    Term("pii", "PII", "Information that identifies a person."),
    Term("invoice", "invoice", "A bill sent to a customer for goods or services."),
    Term("wo", "W/O", "Work order."),
]


@pytest.fixture(scope="module")
def chat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "chat_words", CHAT_TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("customer wants a proof of concept b4 signing, what does that involve", "poc"),
    ("reseller has a line of credit w their bank, what is that", "loc"),
    ("PII def per glossary pls", "pii"),
    ("we need a proof of concept. what does it entail?", "poc"),
    ("what is W/O", "wo"),
])
def test_chat_spellings_of_plain_words_read_as_the_words(chat: Glossary, text: str, term: str) -> None:
    assert outcome(chat, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "blockchain — def (client wants to put supplier invoices on one, sigh)",  # blockchain is asked: no term
    "blockchain — definition (our invoices go on one)",
])
def test_a_phrase_no_term_names_is_not_replaced_by_one_nearby(chat: Glossary, text: str) -> None:
    assert outcome(chat, text)[0] not in ("answer", "ambiguous")


def test_chat_words_fold_only_standing_alone() -> None:
    assert textscan.scan("a line of credit w their bank").norms[4] == "with"
    assert textscan.scan("what is w/o").norms[2:] == ["w", "o"]
    assert textscan.scan("the def of PII").norms[1] == "definition"


TAIL_TERMS = [
    Term("ar-aging", "accounts receivable aging schedule", "Unpaid invoices grouped by how long they are due."),
    Term("fcf", "free cash flow", "Cash left after running the business and investing in it."),
    Term("dcf", "discounted cash flow", "A valuation from future cash flows brought back to today."),
    Term("maslow", "Maslow's hierarchy of needs", "A theory ranking human needs from survival to growth."),
]


@pytest.fixture(scope="module")
def tails(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "tails", TAIL_TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("AR aging — what's an aging schedule", "ar-aging"),  # the initials of the words left out
    ('Finance sent an "AR aging" report. What is an aging schedule?', "ar-aging"),
    ("Maslow's pyramid – what is the hierarchy of needs?", "maslow"),  # the word left out, said
])
def test_a_name_typed_without_first_words_the_message_says(tails: Glossary, text: str, term: str) -> None:
    assert outcome(tails, text) == ("answer", [term])


def test_a_tail_the_message_does_not_complete_is_offered(tails: Glossary) -> None:
    assert outcome(tails, "what's the aging schedule") == ("suggest", ["ar-aging"])


@pytest.mark.parametrize("text", ["what is a cash flow", "what is the cash flow of the project"])
def test_a_tail_of_several_concepts_names_none(tails: Glossary, text: str) -> None:
    assert outcome(tails, text)[0] not in ("answer", "ambiguous")
