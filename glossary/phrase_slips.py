"""A name of several words typed word by word a little off: "marked to market" (marking to market), "compound
interest" (compounding interest), "a municiple bond", "opensource sofware".

The fuzzy matcher scores a phrase as one string of letters, so a word typed in another form ("marked" for
"marking") or two slips in one phrase cost more keystrokes than it answers for, and the name is only offered.
Read word by word, the phrase is surely that name when each typed word stands in its place as the name's
own word (or its singular), two of the name's words typed as one ("opensource"), the same word inflected
otherwise ("-ing", "-ed", "-s"; a derived word may name another thing: "distributed" and "distribution",
"accountant" and "accounting"), or a slip of it that is no English word ("municiple": typo_rules.plausible).
One word at least must be typed as the name writes it: the others vouch for the word changed. Only names
the matcher already offers are tried, and only when exactly one concept fits.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from glossary import normalize
from glossary.concepts import Concepts
from glossary.models import LookupResult, Match, Term
from glossary.typo_rules import is_word, plausible

MIN_WORDS = 2  # one word alone has no other word to vouch for its change
INFLECTIONS = ("ing", "ed", "es", "s")  # a verb's own endings: "distributed" and "distribution" are two things
MIN_BASE = 3
_OR = re.compile(r"\s+or\s+", re.I)
_EXACT, _CHANGED, _NONE = 2, 1, 0


def sure(result: LookupResult, typed: str, terms: dict[str, Term], concepts: Concepts) -> LookupResult | None:
    """The answer a fuzzy "did you mean" for the phrase `typed` becomes when exactly one concept offered has
    a name the typed words give word by word (see the module's docstring); an answer whose every sense has
    such a name, as it is ("opensource sofware"); else None."""
    words = normalize.words(typed)
    if result.status == "unknown" or len(words) < MIN_WORDS:
        return None
    ids = [m.id for m in result.matches if any(_fits(words, name) for name in names(terms[m.id]))]
    if result.status != "suggest":
        return result if len(ids) == len(result.matches) else None
    if not ids or len(ids) > 1 and not concepts.one_concept(ids, typed):
        return None
    best = ids[0] if len(ids) == 1 else concepts.richest(ids)
    return LookupResult(result.query, result.subject, "answer", [Match(best, terms[best].term, 90.0)])


def names(term: Term) -> list[list[str]]:
    """Each name of the term as words, a parenthesis left out and "A or B" read as two names ("cash cycle or
    cash conversion cycle")."""
    return [normalize.words(alternative) for name, _ in term.names()
            for alternative in _OR.split(name.split("(")[0]) if alternative.strip()]


def _fits(typed: list[str], name: list[str]) -> bool:
    """Do the typed words give the name's words in order, one at least as written and none as another word?"""
    at, written = 0, False
    for word in typed:
        if at < len(name) - 1 and word == name[at] + name[at + 1]:
            at, written = at + 2, True  # "opensource": two of the name's words typed as one
            continue
        if at >= len(name) or (how := _stands_for(word, name[at])) == _NONE:
            return False
        at, written = at + 1, written or how == _EXACT
    return at == len(name) and written


def _stands_for(word: str, own: str) -> int:
    """How the typed word stands for the name's word in its place: as written, changed (another form, a slip
    that is no English word) or not at all."""
    if word == own or normalize.singular(word) == normalize.singular(own):
        return _EXACT
    if min(len(word), len(own)) < MIN_BASE:
        return _NONE  # "G&A" is no slip of J&A: a letter or two changed is another word
    if word.isalpha() and own.isalpha() and _base(word) == _base(own):
        return _CHANGED  # "marked" for "marking", "compound" for "compounding"
    if word.isalpha() and not is_word(word) and plausible(word, own, OSA.distance(word, own)):
        return _CHANGED  # "municiple" for "municipal"
    return _NONE


def _base(word: str) -> str:
    """The word without one inflection ("marking", "marked": "mark"), a doubled last consonant one ("planned")
    and a final e off ("scaling", "scale": "scal"). Derivations ("-ion", "-ment", "-er") stay: "managed services"
    are no "management services", an "accountant" no "accounting"."""
    for ending in INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_BASE and not word.endswith("ss"):
            word = word[:-len(ending)]
            word = word[:-1] if len(word) > MIN_BASE and word[-1] == word[-2] and word[-1] not in "aeiouls" else word
            break
    return word[:-1] if word.endswith("e") and len(word) > MIN_BASE else word
