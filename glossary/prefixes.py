"""A long name typed short, without its generic tail: "Maslow's hierarchy" (of needs), "Sarbanes-Oxley"
(Act), "zero trust" (architecture).

People drop the words at the end of a long name that only say what kind of thing it is. A typed phrase
of two words or more that is exactly the first words of a name (each word as typed or singular, one
long word may be mistyped: "lowest price technically acceptible") stands for that name when:
- it begins the names of exactly one concept (several: each is offered, none answered);
- the words left out are generic: no rare word among them, and either the typed words hold a rare
  word of the name ("maslow", "sarbanes") or the one word left out says what kind of thing the rest
  is (apposition, as in glossary/classifiers.py: zero trust is an architecture, a sidecar a container),
  so "zero trust" is "zero trust architecture" but "disaster recovery" is no "disaster recovery plan",
  "scope change" no "scope change control" and "market value" no "market value added";
- it is not everyday English only ("the market", "good idea") and no name is the phrase itself typed
  right (the exact readings answer that); a name of its own mistyped ("accounts recievable") is that
  name, not a longer one it begins ("... turnover ratio").
The index (first word -> names) is built on first need, one pass over the names; a look-up compares
the few names that begin with the typed first word.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz.distance import OSA

from glossary import classifiers, common_words, normalize
from glossary.concepts import Concepts
from glossary.cue_words import FUNCTION

MAX_WORDS = 6  # a longer typed phrase is a sentence, not a name cut short
RARE_RANK = 10_000  # a word rarer than this makes a name specific; commoner, left out, it is generic
#: Nouns that say what kind of thing the words before them name (apposition): left out, nothing is lost.
#: Not classifiers.KINDS: "design system team" is no design system.
KIND_NOUNS = classifiers.CLASSIFIERS | frozenset("architecture container technology".split())
MIN_TYPO = 6  # only a word this long may be mistyped (one edit; two from MAX_TYPO letters on)
MAX_TYPO = 9
_PAREN = re.compile(r"\s*\([^()]*\)\s*$")  # "matrix structure (project management)": the tail is the note
_CUT = re.compile(r"\s+[-–—]+\s+|\s*[,;:]\s*")  # "lowest price technically acceptible - what does that mean"


def _fold(word: str) -> str:
    return normalize.singular(word)


class Prefixes:
    """First word (singular) -> [(name's words, singular; term id)] of every name of two words or more."""

    def __init__(self, terms: dict, concepts: Concepts) -> None:
        index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for term in terms.values():
            for name, _ in term.names():
                words = tuple(_fold(w) for w in normalize.words(_PAREN.sub("", name) or name))
                if len(words) > 1:
                    index[words[0]].append((words, term.id))
        self._index = dict(index)
        self._concepts = concepts

    def find(self, text: str) -> tuple[list[str], bool]:
        """(ids of the concepts whose name begins with the typed phrase, shortest name first; whether the
        one found is safe to answer), or ([], False) when the phrase begins no name."""
        typed = [_fold(w) for w in normalize.words(_CUT.split(text.strip(), maxsplit=1)[0])]
        if not 2 <= len(typed) <= MAX_WORDS or typed[0] in FUNCTION or common_words.only_everyday(" ".join(typed)):
            return [], False
        longer: dict[tuple[str, ...], list[str]] = defaultdict(list)  # full name -> ids
        whole: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for words, term_id in self._index.get(typed[0], ()):
            if _begins(words, typed):
                if words == tuple(typed):
                    return [], False  # a name of its own typed right: the exact readings' to answer
                ids = (whole if len(words) == len(typed) else longer)[words]
                if term_id not in ids:
                    ids.append(term_id)
        found = whole or longer  # a name of its own mistyped ("accounts recievable"), not a longer one it begins
        if not found:
            return [], False
        names = sorted(found, key=lambda w: (len(w), w))
        ids = list(dict.fromkeys(i for name in names for i in found[name]))
        if len(names) > 1 or not self._generic(typed, names[0]):
            return ids, False
        if len(ids) > 1 and not self._concepts.one_concept(ids, " ".join(names[0])):
            return ([], False) if whole else (ids, False)  # senses of a mistyped name: the fuzzy matcher's
        return [self._concepts.richest(ids)], True

    def _generic(self, typed: list[str], name: tuple[str, ...]) -> bool:
        """The words left out say only what kind of thing the name is."""
        tail = [w for w in name[len(typed):] if w not in FUNCTION]
        if any(_rare(w) for w in tail):
            return False
        if not tail or any(_rare(w) for w, t in zip(name, typed, strict=False) if w == t):
            return True
        return len(tail) == 1 and tail[0] in KIND_NOUNS


def _begins(words: tuple[str, ...], typed: list[str]) -> bool:
    """The name's first words are the typed ones, at most one long word mistyped (never the first)."""
    if len(words) < len(typed):
        return False
    typos = 0
    for n, (word, typed_word) in enumerate(zip(words, typed, strict=False)):
        if word != typed_word:
            cutoff = 2 if len(word) >= MAX_TYPO else 1
            if n == 0 or len(word) < MIN_TYPO or OSA.distance(word, typed_word, score_cutoff=cutoff) > cutoff:
                return False
            typos += 1
    return typos <= 1


def _rare(word: str) -> bool:
    rank = min(common_words.rank(word), common_words.rank(word + "s"))
    return len(word) > 2 and word.isalpha() and rank > RARE_RANK
