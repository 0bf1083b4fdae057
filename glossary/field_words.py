"""Which field do the message's words belong to? Evidence from the whole glossary, not one definition.

"The subcontractor is an LLC. What does that mean legally?": neither "subcontractor" nor "legally" is in
either LLC's definition, but the business and finance entries use such words far more often than the IT
ones do, and the IT glossary is where "Logical Link Control" comes from. So a sense's field is a tag it
carries (often its source: "finance", "it", "18f"), and the field's words are those of every entry with
that tag. The message's words, each weighed by the share of a field's entries that use it, must be clearly
likelier (MARGIN) in one sense's fields than in every other sense's; else every sense is kept.
Senses that share their fields get no votes here (the same source's two CRMs): only their own words,
weighed in senses.py, tell them apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable

from glossary import common_words, normalize
from glossary.models import Term
from glossary.senses import CONTEXT_WORD_RANK, content_words

SMOOTH = 0.5  # half a use: a small field's silence is weak evidence that a word is not its own
MARGIN = 2.0  # natural log: the words are e^2 (7 times) likelier in one sense's fields than in any other's
#: A field the asker names on purpose ("AAA in networking", "CI in software") says more than words said in
#: passing: e^1.2 (3 times) likelier is enough for its words.
STATED_MARGIN = 1.2
MIN_WORDS = 1  # message words that some candidate field uses
MIN_USES = 3  # in this many of a field's entries: a word one definition happens to use is no field's word
MIN_FIELD = 20  # a tag on fewer entries is no field ("acronym" on most VA and IT entries is one)
_SUFFIX = re.compile(r"(?:ly|ies|ied|ing|ings|ed|es|ers?|ions?|ation|ations|ments?|s)$")
STEM = 6


def _meant(word: str) -> bool:
    """Not the singular made of a common word ("does" read as "doe")."""
    return common_words.rank(word + "s") > CONTEXT_WORD_RANK


def stem(word: str) -> str:
    """One key for "legally"/"legal", "registered"/"registration", "subcontractor"/"subcontracts"."""
    cut = _SUFFIX.sub("", word)
    return (cut if len(cut) >= 4 else word)[:STEM]


class FieldWords:
    """Per tag: how many of its entries use each word stem. Built on first need."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self._terms = terms
        self._uses: dict[str, Counter[str]] | None = None
        self._sizes: Counter[str] = Counter()
        self._all: Counter[str] = Counter()  # uses of each word stem summed over every field, with the index
        self._total = 0  # entries summed over every field (an entry counts once per tag)

    def pick(self, ids: list[str], words: frozenset[str], same: Callable[[str, str], bool],
             margin: float = MARGIN) -> list[str]:
        """The senses whose fields the message's words fit clearly better (by `margin`) than the other senses'
        fields, else `ids`. `same(a, b)`: one concept from two sources (their fields count together)."""
        groups: list[list[str]] = []
        for tid in ids:
            group = next((g for g in groups if same(g[0], tid)), None)
            if group is None:
                groups.append([tid])
            else:
                group.append(tid)
        fields = [frozenset(f for tid in g for f in self._fields(tid)) for g in groups]
        distinct = list(dict.fromkeys(fields))
        if len(distinct) < 2 or not all(distinct):
            return ids  # senses of one field (the same source's two CRMs): only their own words tell
        index = self._index()
        keys = {k for k in map(stem, filter(_meant, words))
                if any(index[f][k] >= MIN_USES for fs in distinct for f in fs)}
        if len(keys) < MIN_WORDS:
            return ids
        score = {fs: sum(self._rate(fs, k) for k in keys) for fs in distinct}
        ranked = sorted(distinct, key=lambda fs: -score[fs])
        # the fields above the first clear gap: the words fit them and clearly not the rest
        cut = next((n for n in range(1, len(ranked)) if score[ranked[n - 1]] - score[ranked[n]] >= margin), 0)
        kept = set(ranked[:cut])
        return [tid for g, fs in zip(groups, fields, strict=True) if fs in kept for tid in g] if cut else ids

    def names(self) -> frozenset[str]:
        """The glossary's fields by name ("business", "finance"): tags on MIN_FIELD entries or more."""
        self._index()
        return frozenset(tag for tag, size in self._sizes.items() if size >= MIN_FIELD)

    def at_home(self, tid: str, word: str) -> bool:
        """The word is one of the sense's field ("financial" for COGS, a business entry): that field's entries
        use it (MIN_USES) at least as often as the glossary's entries do, so the message speaks that field."""
        index, fields = self._index(), self._fields(tid)
        key = stem(word)
        uses, size = self._all[key], self._total
        return any(index[f][key] >= MIN_USES and index[f][key] * size >= uses * self._sizes[f] for f in fields)

    def _rate(self, fields: frozenset[str], key: str) -> float:
        """Log of the share of the fields' entries that use the word, half a use added: a small field's
        silence is weak evidence that the word is not its own."""
        index = self._index()
        return max((math.log((index[f][key] + SMOOTH) / self._sizes[f]) for f in fields), default=-99.0)

    def _fields(self, tid: str) -> frozenset[str]:
        self._index()
        return frozenset(t for t in (x.lower() for x in self._terms[tid].tags) if self._sizes[t] >= MIN_FIELD)

    def _index(self) -> dict[str, Counter[str]]:
        if self._uses is None:
            uses: dict[str, Counter[str]] = defaultdict(Counter)
            for term in self._terms.values():
                tags = {t.lower() for t in term.tags}
                if not tags:
                    continue
                text = " ".join([term.term, *term.aliases, term.definition, *term.examples])
                keys = {stem(w) for w in content_words(normalize.words(text))}
                for tag in tags:
                    self._sizes[tag] += 1
                    uses[tag].update(keys)
            for counts in uses.values():
                self._all.update(counts)
            self._total = sum(self._sizes.values())
            self._uses = uses
        return self._uses
