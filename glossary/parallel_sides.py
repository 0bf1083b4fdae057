"""Compared sides are parallel: a side typed short is the name its other side's name parallels.

"nominal vs real rate", "penetration pricing vs skimming", "futures vs forwards", "call vs put", "stateful vs
stateless": a side that names nothing alone ("real rate", "skimming") or several things ("stateful": stateful
apps, stateful packet inspection) is read as the glossary name that holds every word typed and, besides them,
only words of the compared side's name ("real interest rate" beside nominal interest rate, "price skimming"
beside penetration pricing, "futures contract" beside forward contract). When no side resolves alone, two
names that complete the typed words with the same words ("call option" and "put option", "stateful apps" and
"stateless apps") are the pair. Only one concept may fit a side: otherwise the side stays unknown, and a
comparison with a side unknown answers nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import normalize, word_forms
from glossary.compare_sides import ARTICLES
from glossary.cue_words import FUNCTION
from glossary.models import Match, Term
from glossary.shared_tails import Side

MAX_TYPED = 2  # a side typed short is a word or two ("real rate"), not a sentence
MAX_ADDED = 2  # words a completed name adds to the typed ones ("interest" in "real interest rate")
MIN_STEM = 3  # letters a stem keeps: "rate" and "rates" meet as "rat", "pricing" and "price" as "pric"
MAX_SIDES = 4  # a list longer than this is no comparison typed short: each side would cost a scan of the names
def stem(word: str) -> str:
    """A word's form without its common ending, so that "pricing" meets "price"."""
    return word_forms.stem(word, MIN_STEM)


_FUNCTION_STEMS = frozenset(stem(w) for w in FUNCTION)  # "as" in "infrastructure as a service" completes nothing


class NameWords:
    """Names of several words, read on first need; a lookup reads the words of only those that hold the text."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self._terms = terms
        self._names: list[tuple[str, str]] | None = None  # (term id, name in lower case)

    def holding(self, stems: frozenset[str]) -> list[tuple[str, frozenset[str]]]:
        """(term id, stems of a name) of the names of two to five words that hold every stem in `stems`."""
        if not stems:
            return []
        if self._names is None:
            self._names = [(tid, name.lower()) for tid, term in self._terms.items()
                           for name, _ in term.names() if " " in name.strip() or "-" in name]
        probe = max(stems, key=len)
        found = []
        for tid, name in self._names:
            if probe in name and 2 <= len(words := normalize.words(name)) <= 5 \
                    and stems <= (name_stems := frozenset(stem(w) for w in words)):
                found.append((tid, name_stems))
        return found


def _typed(part: str) -> frozenset[str]:
    """The stems of a side's words; none when it is long or has a function word ("it": what came before)."""
    words = [w for w in normalize.words(part) if w not in ARTICLES]
    if not 0 < len(words) <= MAX_TYPED or any(w in FUNCTION for w in words):
        return frozenset()
    return frozenset(stem(w) for w in words)


def _completions(typed: frozenset[str], names: NameWords) -> list[tuple[str, frozenset[str]]]:
    """(term id, added stems) of the names that hold the typed words and add one or two words of content."""
    return [(tid, added) for tid, name in names.holding(typed)
            if 0 < len(added := name - typed) <= MAX_ADDED and not added & _FUNCTION_STEMS]


def completed(parts: tuple[str, ...], resolved: list[Side], terms: dict[str, Term], names: NameWords,
              once: Callable[[list[str], str], list[str]]) -> list[Side]:
    """Sides that name nothing (or several things), read as the name their compared side's name parallels;
    `once`: the ids of distinct concepts among entries."""
    out = list(resolved)
    if len(parts) > MAX_SIDES:
        return out
    open_sides = [n for n, side in enumerate(out) if side is None and _typed(parts[n])]
    for n in open_sides:
        theirs = [{stem(w) for name, _ in terms[m.id].names() for w in normalize.words(name)}
                  for k, side in enumerate(resolved) if k != n and side is not None for m in side[1][:1]]
        taken = {m.id for side in resolved if side is not None for m in side[1]}
        fitting = [tid for tid, added in _completions(_typed(parts[n]), names)
                   if tid not in taken and any(added <= their for their in theirs)]
        out[n] = _one_concept(parts[n], fitting, terms, once)
    if len(parts) == 2 and len(open_sides) == 2 and out[0] is None and out[1] is None:
        out = _paired(parts, terms, names, once) or out
    return out


def _paired(parts: tuple[str, ...], terms: dict[str, Term], names: NameWords,
            once: Callable[[list[str], str], list[str]]) -> list[Side] | None:
    """Two sides neither of which resolves: the names that complete each with the same words ("call option",
    "put option"), when that pairing is one concept a side."""
    first, second = (_completions(_typed(part), names) for part in parts)
    pairs = [(a, b) for a, added in first for b, theirs in second if added == theirs and a != b]
    sides = [_one_concept(parts[0], [a for a, _ in pairs], terms, once),
             _one_concept(parts[1], [b for _, b in pairs], terms, once)]
    return sides if all(sides) else None


def _one_concept(part: str, ids: list[str], terms: dict[str, Term],
                 once: Callable[[list[str], str], list[str]]) -> Side:
    ids = list(dict.fromkeys(ids))
    if not ids or len(once(ids, part)) != 1:
        return None
    return part, [Match(tid, terms[tid].term, 100.0) for tid in ids]
