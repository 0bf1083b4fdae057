"""Issue 13: the speakers' reviews of the language tables (glossary/tabled_more.json, merged by
bench/tabled_review.py): the rules every reviewed form keeps, and everyday ways of asking in those languages, over a
real SQLite glossary."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench import tabled_review
from glossary import foreign_words, tabled_more
from glossary.foreign_phrases import HINTS
from glossary.models import Term
from glossary.normalize import fold
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome
from tests.growth import assert_linear

REVIEWS = Path(__file__).resolve().parents[2] / "docs" / "reviews" / "tabled"
DATA = json.loads(Path(tabled_more.__file__).with_name("tabled_more.json").read_text(encoding="utf-8"))
ROWS = [(language, phrase, meaning) for language, review in DATA.items() for phrase, meaning, _ in review["phrases"]]


def test_the_words_that_find_each_phrase_are_its_own() -> None:
    """The words written beside each phrase are the ones tabled_more.found_by gives it (a start-up reads them)."""
    assert [words for review in DATA.values() for phrase, _, words in review["phrases"]
            if words != tabled_more.found_by(phrase)] == []


def test_the_file_is_what_the_merge_of_the_reviews_keeps() -> None:
    """glossary/tabled_more.json is exactly the merge of the reviews in docs/reviews/tabled under the rules: no hand
    edit, nothing a rule leaves out."""
    reviews = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(REVIEWS.glob("review_*.json"))]
    assert reviews and tabled_review.merged(reviews, Counter()) == DATA


def test_every_reviewed_phrase_keeps_the_rules() -> None:
    read = tabled_review.own_reading()
    broken = [row for row in ROWS if not tabled_more.kept(row[1], row[2], read)]
    keys = [tuple(fold(w) for w in phrase.split()) for _, phrase, _ in ROWS]
    assert broken == [] and len(keys) == len(set(keys))


def test_every_table_a_review_names_exists() -> None:
    assert set(DATA) <= set(foreign_words.TABLES) and len(foreign_words.LANGUAGES) == len(foreign_words.TABLES)


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_every_reviewed_phrase_wakes_the_phrase_reading(apostrophe: str) -> None:
    """A message holding a reviewed phrase, typed with accents or without, holds one of the words that let the
    phrases' pattern run (a message with none is read as English only)."""
    asleep = [phrase for _, phrase, _ in ROWS for typed in (phrase, fold(phrase))
              if HINTS.isdisjoint(foreign_words.TOKEN.findall(typed.replace("'", apostrophe).replace("\u2019", "'")))]
    assert asleep == []


TERMS = [
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("mtbf", "MTBF", "Mean time between failures: how long a system runs, on average, before it breaks."),
    Term("tcp", "TCP", "Transmission Control Protocol: delivers data in order, resending what is lost."),
    Term("udp", "UDP", "User Datagram Protocol: sends data without checking that it arrived."),
    Term("debenture", "debenture", "A loan to a company backed by its general credit, not by a pledged asset."),
    Term("abstraction", "abstraction", "Hiding the details of how something works behind a simpler interface."),
    Term("da", "DA", "Data analytics: turning records into findings a team can act on."),
    Term("it", "IT", "Information technology: the computers, networks and people that run them."),
    Term("mfa", "MFA", "Multi-factor authentication: a second proof of identity besides the password."),
]

tabled = glossary_fixture("tabled", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("el SLA de qué va?", ("answer", ["sla"])),  # Spanish, after the name
    ("me aclaras el SLA porfis?", ("answer", ["sla"])),
    ("qualcuno sa dirmi cosa significa MTBF?", ("answer", ["mtbf"])),  # a lead-in opens the question after it
    ("ma il debenture cos'è esattamente??", ("answer", ["debenture"])),  # a filler before the clause closes
    ("abstraction ina maana gani kwenye programming?", ("answer", ["abstraction"])),  # a field after it (Swahili)
    ("diafora metaksi TCP kai UDP?", ("compare", ["tcp", "udp"])),  # Greek: the review's phrase, article dropped
    ("diafora metaksi TCP kai UDP;", ("compare", ["tcp", "udp"])),  # the Greek question mark
    ("حد يعرف MTBF ده ايه؟", ("answer", ["mtbf"])),
    ("MTBF po stands for?", ("answer", ["mtbf"])),  # a table's particle after a name goes, where no phrase asks
    ("abstraction manzooresh chie dagighan?", ("answer", ["abstraction"])),  # a reviewed phrase reading nothing
    # hides no table's phrase inside it (Persian "chie")  # Egyptian Arabic, closed by the Arabic question mark: no "it"
])
def test_everyday_forms_are_read(tabled: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(tabled, text) == expected


@pytest.mark.parametrize("text", [
    "quién lleva el SLA?",  # who
    "cuánto cuesta el SLA?",  # how much
    "qué onda con el SLA, ya lo firmaron?",  # what is up with it: its state
    "de ce SLA nu e semnat?",  # Romanian why
    "chera MFA hey ghat mishe?",  # Persian: why it keeps failing; a reading asking why answers nothing
    "sino may hawak ng SLA?",  # Tagalog: who holds it
    "kasih tau ya kalau SLA udah ditandatangani",  # Indonesian: let me know when it is signed
    "je sais ce que c'est un SLA, merci, je demandais juste la date",  # French: I know what it is
    "ana 3aref el SLA yeb2a eh, el moshkela fel config",  # Egyptian Arabic: I know what it is
    "po da, naan apram paakuren",  # Tamil "go": a particle opening the message stays ("da" is no DA asked)
    "oye, qué onda con el SLA, ya lo firmaron?",  # what is up with it
    "und das SLA ist kaputt?",  # a reviewed "and" opens a follow-up of a name alone
])
def test_other_questions_are_not_read_as_asking_the_meaning(tabled: Glossary, text: str) -> None:
    assert outcome(tabled, text)[0] not in ("answer", "compare")


@pytest.mark.parametrize("text", [
    "c'est quoi le SLA qui est dans le contrat?",  # "qui" is a relative, no question about a person
    "ano ang SLA kapag may outage?",  # "kapag": when, inside the question
    "sino daw dapat sabihan, sundin daw ang SLA. ano po ba yun exactly?",  # the last sentence asks the meaning
])
def test_words_asking_something_else_inside_a_question_leave_it(tabled: Glossary, text: str) -> None:
    assert outcome(tabled, text) == ("answer", ["sla"])


@pytest.mark.parametrize("text", ["explain the ai bit in the SOW", "the con of SaaS?", "cos e-invoicing isn't live"])
def test_english_is_never_read_as_a_phrase_typed_without_its_accents(text: str) -> None:
    from glossary import foreign_asks

    assert foreign_asks.english(text) is None  # "ai bít", "thế còn", "cos è" need their accents


def test_a_long_message_of_phrase_words_is_read_in_linear_time() -> None:
    """Each pattern searches the message once (the review found a reading quadratic in the words that wake it)."""
    from glossary import foreign_asks

    assert_linear(lambda n: foreign_asks.english("kya " + "xfa " * n + "SLA?"), 300, 2400)
