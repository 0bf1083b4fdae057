"""A name of several words with one word typed as another that sounds the same: "bear metal" (bare metal),
"a soul source award" (sole source), "strike prize" (strike price), "the point of sail system" (point of sale),
"a tee account" (T-account), "a cruel basis accounting" (accrual basis), "cost plus fix fee" (fixed fee).

Voice dictation and people who only heard a term write a real English word for the one they heard, so the
typo readings (which trust a slip only when it is no English word) and fuzzy matching (letters apart) leave
the name unknown. Here a word is reduced to its sound (glossary/word_sounds.py: the stressed vowel as heard,
a single letter read as its name: "t" is "tee"), nearly the same when an inflection or a leading vowel is
all that differs ("fix"/"fixed", "cruel"/"accrual"). A run of words reads a name (or the first words of a
longer name) when every word but one is the name's own word as typed, one content word among them, and the
one word left sounds like the name's word in its place. The message is then read again with that one word
typed as the name writes it: the reading is answered when exactly one such rewrite answers a term it heard,
and offered otherwise. Words a span reads are names of their own, never the word changed ("bear market").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from weakref import WeakKeyDictionary

from glossary import normalize
from glossary.cue_words import FUNCTION
from glossary.matching import MAX_CHOICES, Matcher
from glossary.models import LookupResult, Match, Term
from glossary.textscan import Scan
from glossary.word_sounds import sounds

MAX_WORDS = 6  # a longer name is not said in one breath with a word misheard
MIN_TYPED = 3  # "tee", "bear": a shorter word is a function word or a letter
MAX_REWRITES = 3  # each rewrite costs one reading of the message
_ANSWERED = ("answer", "ambiguous")

Entry = tuple[str, tuple[str, ...], int]  # (term id, the name's words, the place of the word heard)
_INDEX: WeakKeyDictionary[Matcher, dict[str, list[Entry]]] = WeakKeyDictionary()


def _names(term: Term) -> list[tuple[str, ...]]:
    """Each name of the term of two words or more, as words: a parenthesis read as a name of its own."""
    found = []
    for name, _ in term.names():
        for part in re.split(r"[()]|\s+or\s+", name):
            words = tuple(normalize.words(part))
            if 2 <= len(words) <= MAX_WORDS:
                found.append(words)
    return list(dict.fromkeys(found))


def _index(matcher: Matcher) -> dict[str, list[Entry]]:
    """sound -> the names with a content word of that sound, built once per glossary on first need."""
    found = _INDEX.get(matcher)
    if found is None:
        found = {}
        for term in matcher.terms.values():
            for words in _names(term):
                for at, word in enumerate(words):
                    if word.isalpha() and (word not in FUNCTION or len(word) == 1):
                        for key in sounds(word, written=True):
                            found.setdefault(key, []).append((term.id, words, at))
        _INDEX[matcher] = found
    return found


def read(matcher: Matcher, scan: Scan, covered: set[int], again: Callable[[str], LookupResult]) -> LookupResult | None:
    """The name a word heard makes with its neighbours, answered when the message with that word typed as the
    name writes it answers exactly one term heard (see the module's docstring); offered when it reads one
    less surely; else None. `again` reads a message once more without typo readings."""
    heard = _heard(matcher, scan, covered)
    if not heard:
        return None
    answers: dict[tuple[int, str], LookupResult] = {}
    offered: list[Match] = []
    for (i, word), ids in list(heard.items())[:MAX_REWRITES]:
        result = again(scan.text[:scan.starts[i]] + word + scan.text[scan.ends[i]:])
        reached = [m for m in result.matches if m.id in ids]
        if result.status in _ANSWERED and reached:
            answers[(i, word)] = result
        offered += reached if result.status != "unknown" else [Match(t, matcher.terms[t].term, 80.0) for t in ids]
    if len(answers) == 1:
        return next(iter(answers.values()))
    choices = list({m.id: m for m in offered}.values())[:MAX_CHOICES]
    subject = scan.raws[next(iter(heard))[0]]
    return LookupResult(subject, subject, "suggest", choices) if choices else None


def _heard(matcher: Matcher, scan: Scan, covered: set[int]) -> dict[tuple[int, str], list[str]]:
    """(token, the name's word it was heard for) -> the terms whose name the rewrite types."""
    index, norms = _index(matcher), scan.norms
    found: dict[tuple[int, str], list[str]] = {}
    for i, typed in enumerate(norms):
        if i in covered or len(typed) < MIN_TYPED or not typed.isalpha() or typed in FUNCTION:
            continue
        for key in sounds(typed):
            for tid, words, at in index.get(key, ()):
                if words[at] != typed and normalize.singular(words[at]) != normalize.singular(typed) \
                        and _around(norms, i, words, at):
                    found.setdefault((i, words[at]), [])
                    if tid not in found[(i, words[at])]:
                        found[(i, words[at])].append(tid)
    return found


def _around(norms: list[str], i: int, words: tuple[str, ...], at: int) -> bool:
    """Are the name's other words typed as written around token i: all before it, and after it all or the
    first ones up to a content word (a longer name typed short), with one content word besides the one heard?"""
    if i < at or norms[i - at:i] != list(words[:at]):
        return False
    after = 0
    while at + 1 + after < len(words) and i + 1 + after < len(norms) and norms[i + 1 + after] == words[at + 1 + after]:
        after += 1
    shown = [*words[:at], *words[at + 1:at + 1 + after]]
    if at + 1 + after < len(words) and (at + after < 1 or words[at + after] in FUNCTION):
        return False  # "point of": a name typed short ends on a content word, with two words at least
    return any(w not in FUNCTION and w.isalpha() for w in shown)
