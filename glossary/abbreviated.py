"""Words of a name typed as business shorthand: "project mgmt office", "acct receivable", "dept of defense".

People shorten one word of a longer name by dropping its vowels ("mgmt", "mgr", "govt", "mktg") or by
cutting it ("approx", "req", "eng"). A typed word is read as such a shortening of a name's word when it
begins with the word's letter, is no everyday word, and is either the word's beginning or its letters in
order ending with the word's last letter (of the word or its singular: "acct" of "accounts"). Only inside
a name of two to eight words whose every other word is typed whole, so the other words carry the reading (a
small word opening the name carries none: "in crypto" is no "In cryptography"), or whose every word is so
shortened ("std dev": no typed word is an English word that could mean itself); the caller answers only when one
concept fits. The index (word count and initials -> names) is built on first need, so a cold `jargon ask` never
pays for it.
"""

from __future__ import annotations

from collections import defaultdict

from glossary import common_words, normalize
from glossary.models import Term
from glossary.spelt_only import MINOR

MIN_WORDS, MAX_WORDS = 2, 8
SHORT = (3, 6)  # letters of a shortened word: "mgr" .. "approx"
MEANS_ITSELF = 3_000  # a typed word this common means itself ("cost" is no shortening of "contrast")
DROPPED = 2  # letters a vowel-dropped form leaves out at least: one left out is a typo
ENGLISH = 5_000  # a word this common ("net") is cut short, never vowel-dropped ("ops" may be)


class Abbreviated:
    """(word count, initials) of every name of 2-8 words -> (term id, its words)."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self.terms = terms
        self._names: dict[tuple[int, str], set[tuple[str, tuple[str, ...]]]] | None = None

    def find(self, typed: list[str]) -> list[str]:
        """Term ids of the names `typed` (folded words) writes with one or more words shortened."""
        if not MIN_WORDS <= len(typed) <= MAX_WORDS or not all(w.isalpha() for w in typed):
            return []
        short = [may_shorten(w) for w in typed]
        if not any(short):
            return []
        found = set()
        for tid, words in self._index().get((len(typed), "".join(w[0] for w in typed)), ()):
            whole = [same_form(t, w) for t, w in zip(typed, words, strict=True)]
            if (any(whole[1:]) or whole[0] and typed[0] not in MINOR or all(short)) and not all(whole) and all(
                    h or (s and shortens(t, w)) for t, w, s, h in zip(typed, words, short, whole, strict=True)):
                found.add(tid)
        return sorted(found)

    def _index(self) -> dict[tuple[int, str], set[tuple[str, tuple[str, ...]]]]:
        if self._names is None:
            names: dict[tuple[int, str], set[tuple[str, tuple[str, ...]]]] = defaultdict(set)
            for term in self.terms.values():
                for written, _ in term.names():
                    for name in (written, *normalize.name_forms(written)) if "(" in written or " or " in written \
                            else (written,):
                        parts = tuple(normalize.words(name))
                        if MIN_WORDS <= len(parts) <= MAX_WORDS:
                            names[(len(parts), "".join(p[0] for p in parts))].add((term.id, parts))
            self._names = dict(names)
        return self._names


def shortens(typed: str, word: str) -> bool:
    """Is `typed` a vowel-dropped or cut form of `word`: 'mgmt' management, 'acct' accounts, 'approx'?"""
    if len(typed) >= len(word) or typed[0] != word[0]:
        return False
    if word.startswith(typed):
        return True
    ends = {word[-1], normalize.singular(word)[-1]}  # letters dropped: no English word ("net" is no "noncurrent"),
    return typed[-1] in ends and _in_order(typed, word) and not common_words.is_common(typed, ENGLISH) \
        and len(word) - len(typed) >= DROPPED  # and more than one ("shp" is "shop" mistyped)


def may_shorten(word: str) -> bool:
    """Long enough, no everyday word, and no prefix that forms words ("pre-award" is no "progressive award")."""
    return SHORT[0] <= len(word) <= SHORT[1] and not common_words.is_common(word, MEANS_ITSELF) \
        and word not in WORD_PREFIXES


#: Prefixes that form words of their own ("pre-award", "non-profit", "multi-cloud"), never a word cut short.
WORD_PREFIXES = frozenset("pre post non anti semi multi inter intra mis mid".split())


def same_form(typed: str, word: str) -> bool:
    """The word typed as written, or another number of it ("receivables" for "receivable")."""
    return typed == word or normalize.singular(typed) == normalize.singular(word)


def _in_order(letters: str, word: str) -> bool:
    """Every letter of `letters` found in `word`, in order."""
    rest = iter(word)
    return all(c in rest for c in letters)
