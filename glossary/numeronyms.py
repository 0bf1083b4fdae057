"""Numeronyms inside a message, read as the word they shorten: "k8s operator", "a11y audit", "o11y stack".

A numeronym is a word's first letter, the count of the letters between, and its last letter ("k8s" for
kubernetes). glossary/clipped.py reads one typed alone as a whole name; typed inside a phrase ("k8s
operator" for "Kubernetes operator") or beside a request ("what is k8s, in 2 lines") it is one word of a
longer name or of the question, so every step must see the word. When exactly one word of the glossary's
names fits a numeronym, a word no English word list holds ("kubernetes", not "seven" for "s3n"), and the
numeronym is no word of a name itself ("K8s operator" stays as typed), the message is read with that word
in its place. The index is built on first need, when a message holds a numeronym, so a cold `jargon ask`
never pays for it; one linear pass of a regex over the message otherwise.
"""

from __future__ import annotations

import re
from collections import defaultdict

from glossary import common_words, normalize
from glossary.clipped import MIN_COUNT, numeronym
from glossary.models import Term
from glossary.typo_rules import REAL_WORD_RANK

_TOKEN = re.compile(r"(?<![\w.-])([A-Za-z])(\d{1,2})([A-Za-z])(?![\w-])")


class Numeronyms:
    """Numeronym -> the one word of the glossary's names it shortens."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self.terms = terms
        self._words: dict[str, str] | None = None

    def spelled(self, text: str) -> str:
        """`text` with each numeronym that shortens exactly one word of a name replaced by that word."""
        return _TOKEN.sub(self._word, text)  # the index is built only when a numeronym is found

    def _word(self, found: re.Match[str]) -> str:
        typed = found.group(0)
        return self._index().get(typed.lower(), typed) if int(found.group(2)) >= MIN_COUNT else typed

    def _index(self) -> dict[str, str]:
        if self._words is None:
            fits: dict[str, set[str]] = defaultdict(set)
            named: set[str] = set()  # every word of every name: "k8s" in "K8s operator" is typed as written
            for term in self.terms.values():
                for name in (term.term, *term.aliases):
                    for word in normalize.words(name):
                        named.add(word)
                        if len(word) >= MIN_COUNT + 2 and word.isalpha():
                            fits[numeronym(word)].add(word)
            self._words = {key: word for key, words in fits.items() if len(words) == 1 and key not in named
                           and not common_words.is_common(word := next(iter(words)), REAL_WORD_RANK)}
        return self._words
