"""The spelling key that makes one word of the ways a romanised word is typed (glossary/romanised.py)."""

from __future__ import annotations

import pytest

from glossary import common_words, world_asks
from glossary.romanised import spelling_key, with_spellings


@pytest.mark.parametrize(("one", "other"), [
    ("vechal", "vechaal"),  # a long vowel typed twice
    ("enthanu", "enthaanu"),
    ("artham", "artam"),  # a breathed consonant typed without its "h"
    ("bhedam", "bedam"),
    ("vishadikarikku", "vishadeekarikku"),  # "ee" typed for "i"
    ("mokakda", "mokakda"),
])
def test_ways_of_typing_one_word_share_a_key(one: str, other: str) -> None:
    assert spelling_key(one) == spelling_key(other)


@pytest.mark.parametrize(("one", "other"), [("enu", "ennu"), ("kana", "kina"), ("tada", "teda"), ("chie", "cie")])
def test_words_differing_in_a_consonant_or_short_vowel_keep_apart(one: str, other: str) -> None:
    assert spelling_key(one) != spelling_key(other)


def test_a_phrase_set_holds_every_spelling_of_its_phrases() -> None:
    phrases = with_spellings([("ennu", "vechaal")])
    assert world_asks.spelt(("ennu", "vechal"), phrases) and world_asks.spelt(("ennu", "vechaal"), phrases)
    assert not world_asks.spelt(("ennu", "vecal"), phrases)  # "ch" is a sound of its own


def test_no_everyday_english_word_is_read_as_another_spelling_of_a_word_that_asks() -> None:
    """An English word whose key is that of a word that asks ("then" would be "ten") stays English."""
    respelt = sorted(word for word in common_words.ranks() if world_asks.spelt((word,), world_asks.CUES)
                     and (word,) not in world_asks.CUES)
    assert respelt == []
    assert not world_asks.spelt(("then",), with_spellings([("ten",)]))


def test_only_languages_typed_by_ear_are_read_in_other_spellings() -> None:
    """In Estonian or Finnish a long vowel makes another word: "tähendab" typed "taahendab" is no word that asks."""
    assert world_asks.spelt(("ennu", "vechaal"), world_asks.CUES)  # Malayalam
    assert not world_asks.spelt(("taahendab",), world_asks.CUES)
