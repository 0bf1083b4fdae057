"""Another form of a one-word term: "what does it mean to amortize" for amortization, "idempotent" for
idempotence, "capitalizing" for capitalize.

Both the typed word and every one-word name are cut to a crude stem (the longest common English
suffix off, at least five letters kept), so a verb, an adjective or a noun of the same root meet. A
form is answered only when its stem names exactly one concept and the typed word is not everyday
English ("operating" is a word of its own); the index is built on first need, one pass over the names.
"""

from __future__ import annotations

from collections import defaultdict

from glossary import common_words, normalize
from glossary.models import Term

SUFFIXES = sorted(
    "izations ization isations isation ations ation ements ement ments ment ences ence ances ance encies ency "
    "ancies ancy ities ity ings ing isms ism ives ive izes ized ize ises ised ise ents ent ants ant ated ates "
    "ate ers er ed es s e al".split(), key=len, reverse=True)
MIN_STEM = 5
MIN_WORD = 6
EVERYDAY_RANK = 10_000  # a typed word this common is meant as itself ("operating", "present")


def stem(word: str) -> str:
    """The word without its longest common suffix, keeping at least MIN_STEM letters."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


class WordForms:
    """stem -> ids of the one-word names with that stem."""

    def __init__(self, terms: dict[str, Term]) -> None:
        index: dict[str, set[str]] = defaultdict(set)
        for term in terms.values():
            for name, _ in term.names():
                words = normalize.words(name)
                if len(words) == 1 and len(words[0]) >= MIN_WORD and words[0].isalpha():
                    index[stem(words[0])].add(term.id)
        self._index = dict(index)

    def find(self, word: str) -> list[str]:
        """The ids a rare typed word is another form of, or []."""
        word = word.lower()
        if len(word) < MIN_WORD or not word.isalpha() or common_words.is_common(word, EVERYDAY_RANK):
            return []
        return sorted(self._index.get(stem(word), ()))
