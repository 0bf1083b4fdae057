"""Issue 13, over a real SQLite glossary: an everyday word typed in lower case is no acronym of the same letters
when a reading of a longer subject keeps only that word ("the one in the server room" is no ONE), while a word asked
about outright still is ("what is rest" asks about REST). Words typed apart are no acronym mistyped ("og SLI" is no
OSGLI)."""

from __future__ import annotations

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("one", "ONE", "Office of Naval Enterprise: a made-up office for this test."),
    Term("ups", "UPS", "Uninterruptible power supply: a battery that keeps servers running through a power cut."),
    Term("rest", "REST", "A style of web API where each address names a resource."),
    Term("osgli", "OSGLI", "Office of Servicemembers' Group Life Insurance."),
]

words = glossary_fixture("words", TERMS)


def test_a_word_left_of_a_longer_subject_is_no_acronym(words: Glossary) -> None:
    assert outcome(words, "what does UPS stand for, the one in the server room") == ("answer", ["ups"])


def test_a_word_asked_about_outright_is_still_the_acronym(words: Glossary) -> None:
    assert outcome(words, "what is rest") == ("answer", ["rest"])
    assert outcome(words, "what's rest in an api context, not sleep") == ("answer", ["rest"])


def test_two_words_typed_apart_are_no_acronym_mistyped(words: Glossary) -> None:
    assert outcome(words, "og SLI?")[0] != "answer"  # Norwegian "and SLI?", not OSGLI with two letters swapped
