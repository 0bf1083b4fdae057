"""Issue 13, voice dictation, over a real SQLite glossary: punctuation said aloud ("period", "comma",
"question mark", "new line") reads as the mark it names where it stands as dictation, never where it is a
noun or part of a glossary name ("payback period", "the period"); the chatter that opens a dictated message
("right so", "basically um") is no subject; and a run-on dictated with no marks asks from its last "what"."""

from __future__ import annotations

import pytest

from glossary import dictated
from glossary.models import Term
from glossary.question import subject_candidates
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear

TERMS = [
    Term("culture", "corporate culture", "The shared values and habits of a company."),
    Term("hygiene", "hygiene factors", "Things whose absence makes workers unhappy, such as pay."),
    Term("intranet", "intranet", "A private network inside a company."),
    Term("steward", "shop steward", "A union member who speaks for coworkers."),
    Term("payback", "payback period", "How long an investment takes to repay itself."),
    Term("pop", "period of performance", "The time a contract runs."),
    Term("csv", "comma-separated values (CSV)", "A text file of rows, fields split by commas."),
    Term("rtw", "right to work law", "A law that bars requiring union membership."),
    Term("ifrs", "international financial reporting standards (IFRS)", "Accounting rules used in most countries."),
    Term("r", "R", "A programming language for statistics.", aliases=["Right"]),
    Term("foia", "Freedom of Information Act (FOIA)", "A law that opens government records to the public."),
    Term("cicd", "CI/CD", "Building, testing and releasing every change automatically."),
    Term("pe", "price-to-earnings (P/E) ratio", "A share's price divided by its earnings per share."),
]

glossary = glossary_fixture("glossary", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("right so what is corporate culture period thanks", "culture"),
    ("what are hygiene factors question mark question mark", "hygiene"),
    ("basically um what is an intranet comma asking for a friend lol", "intranet"),
    ("what is a shop steward period new line sorry typing with my voice im up on a ladder", "steward"),
    ("hey um period what is corporate culture", "culture"),
    ("so what are hygiene factors exclamation point my boss keeps saying it", "hygiene"),
    ("what is a shop steward full stop my uncle was one", "steward"),
])
def test_a_mark_said_aloud_ends_the_asking_sentence(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what is a payback period", "payback"),
    ("what is the payback period thanks", "payback"),
    ("what is a pay back period", "payback"),
    ("what is period of performance", "pop"),
    ("what is the period of performance on a contract", "pop"),
    ("what is comma-separated values", "csv"),
    ("what is a right to work law question mark", "rtw"),
])
def test_a_mark_word_that_is_part_of_a_name_stays_a_word(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


def test_a_mark_word_is_read_only_where_it_stands_as_dictation() -> None:
    never = lambda phrases: None  # noqa: E731 - a glossary with no names
    assert dictated.punctuated("what is big data question mark question mark", never) == "what is big data??"
    assert dictated.punctuated("what is x period new line sorry", never) == "what is x. sorry"
    assert dictated.punctuated("what is node dot js", never) == "what is node.js"
    assert dictated.punctuated("what is a period", never) == "what is a period"  # a noun after an article
    assert dictated.punctuated("period what is x", never) == "period what is x"  # nothing before it to end
    assert dictated.punctuated("new line on the quote what is x", never) == "new line on the quote what is x"
    assert dictated.punctuated("what's the ccc measuring period on the report", never).endswith("period on the report")
    typed = "finance wants it expensed over the commitment period, why?"  # marks typed: "period" is a word
    assert dictated.punctuated(typed, never) == typed
    named = lambda phrases: phrases == ["payback period"] or None  # noqa: E731
    assert dictated.punctuated("what is the payback period thanks", named) == "what is the payback period thanks"


def test_chatter_that_opens_a_message_is_no_subject(glossary: Glossary) -> None:
    assert outcome(glossary, "right so what is foia?") == ("answer", ["foia"])
    assert outcome(glossary, "alright what is foia") == ("answer", ["foia"])
    assert subject_candidates("right so what is foia")[0] == "foia"
    assert outcome(glossary, "right to work law what is it") == ("answer", ["rtw"])  # "right" opens the name


def test_a_dictated_run_on_asks_from_its_last_what(glossary: Glossary) -> None:
    text = "ok so basically while i was doing the count in the back what is i f r s period"
    assert outcome(glossary, text) == ("answer", ["ifrs"])
    assert subject_candidates("while i was doing the count in the back what is foia")[0] == "foia"
    typed = 'ticket says "blocked by FOIA-2 migration" what is FOIA-2'  # typed quotes: not read as said
    assert "FOIA-2" not in subject_candidates(typed)


@pytest.mark.parametrize(("text", "term"), [
    ("I was wondering what CI slash CD means", "cicd"),  # "slash" said between two short names: "/"
    ("what does P slash E mean?", "pe"),  # among typed marks too
])
def test_slash_said_between_short_names_joins_them(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "they slash prices every friday what is a markdown",  # the verb
    "what is an IT slash OT network",  # a pair the glossary does not write with "/" (the second review)
])
def test_slash_stays_a_word_unless_it_writes_a_name(text: str) -> None:
    assert dictated.punctuated(text, lambda phrases: None) == text


def test_marks_said_aloud_are_read_in_time_linear_in_the_message() -> None:
    never = lambda phrases: None  # noqa: E731 - a glossary with no names
    for said in ("node dot js ", "x new line ", "what is x question mark, ", "CI slash CD ", "P slash "):
        assert_linear(lambda n, said=said: dictated.punctuated(said * n, never), 250, 2_000)
