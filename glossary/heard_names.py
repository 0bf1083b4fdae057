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

Heard more loosely, a long word (five letters or more, typed and in the name) may differ from the name's word
by one sound once every vowel but the first is one ("zero coupon bones", "the Gordon grove model"), and two
words run together may be the one word heard ("mass lows hierarchy of needs"). A short word is too often another
word ("bull market" is no bear market), a word some name uses is meant as itself ("comparative advantage" is no
competitive advantage, "lines" no "nines"), and English words make real phrases with one word of a name ("call
auction", "job shadowing", "fish kill policy"), so they are heard loosely only beside two of the name's content
words ("zero coupon bones"). A word heard as it sounds is never outvoted by one heard loosely.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from weakref import WeakKeyDictionary

from rapidfuzz.distance import Levenshtein

from glossary import normalize
from glossary.cue_words import FUNCTION
from glossary.matching import MAX_CHOICES, Matcher
from glossary.models import LookupResult, Match, Term
from glossary.sound_alike import sound_key
from glossary.spelling import tight
from glossary.textscan import Scan
from glossary.typo_rules import is_word
from glossary.word_sounds import sounds, stressed

MAX_WORDS = 6  # a longer name is not said in one breath with a word misheard
MIN_TYPED = 3  # "tee", "bear": a shorter word is a function word or a letter
MAX_REWRITES = 3  # each rewrite costs one reading of the message
LOOSE_MIN = 5  # letters of a word heard loosely, typed and in the name: "bones" for "bonds", not "bull" for "bear"
_ANSWERED = ("answer", "ambiguous")

Entry = tuple[str, tuple[str, ...], int]  # (term id, the name's words, the place of the word heard)
Heard = tuple[int, int, str]  # (first token, last token, the name's word they were heard for)
_INDEX: WeakKeyDictionary[Matcher, dict[str, list[Entry]]] = WeakKeyDictionary()
_LOOSE: WeakKeyDictionary[Matcher, tuple[dict[str, list[Entry]], set[str]]] = WeakKeyDictionary()


def _names(term: Term) -> list[tuple[str, ...]]:
    """Each name of the term of two words or more, as words: a parenthesis read as a name of its own."""
    found = []
    for name, _ in term.names():
        for part in re.split(r"[()]|\s+or\s+", name):
            words = tuple(w for k, w in enumerate(normalize.words(part)) if w != "s" or k == 0)  # "Maslow's"
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


def _loose_index(matcher: Matcher) -> tuple[dict[str, list[Entry]], set[str]]:
    """Each long name word's sound with every vowel one, and that less any one sound -> the names (two keys one
    sound apart share one of these); and every word the names use. Built once per glossary on first need."""
    found = _LOOSE.get(matcher)
    if found is None:
        keys: dict[str, list[Entry]] = {}
        own: set[str] = set()
        for term in matcher.terms.values():
            for words in _names(term):
                for at, word in enumerate(words):
                    own.add(normalize.singular(word))
                    if word.isalpha() and len(word) >= LOOSE_MIN and word not in FUNCTION:
                        for key in _less_one(sound_key(word)):
                            keys.setdefault(key, []).append((term.id, words, at))
        found = _LOOSE[matcher] = (keys, own)
    return found


def _less_one(key: str) -> set[str]:
    """The key and the key less any one sound: two keys one sound apart share one of these."""
    return {key} | {key[:k] + key[k + 1:] for k in range(len(key))}


def read(matcher: Matcher, scan: Scan, covered: set[int], again: Callable[[str], LookupResult]) -> LookupResult | None:
    """The name a word heard makes with its neighbours, answered when the message with that word typed as the
    name writes it answers exactly one term heard (see the module's docstring); offered when it reads one
    less surely; else None. `again` reads a message once more without typo readings."""
    heard, loosely = _heard(matcher, scan, covered)
    if not heard:
        return None
    answers: dict[Heard, LookupResult] = {}
    offered: list[Match] = []
    for (i, j, word), ids in list(heard.items())[:MAX_REWRITES]:
        result = again(scan.text[:scan.starts[i]] + word + scan.text[scan.ends[j]:])
        reached = [m for m in result.matches if m.id in ids]
        if result.status in _ANSWERED and reached:
            answers[(i, j, word)] = result
        if (i, j, word) not in loosely:  # a word heard loosely is no "did you mean" a person would see
            offered += reached if result.status != "unknown" else [Match(t, matcher.terms[t].term, 80.0) for t in ids]
    strict = {key: result for key, result in answers.items() if key not in loosely}
    answers = strict or answers  # a word heard loosely never outvotes one heard as it sounds
    if len({tuple(m.id for m in result.matches) for result in answers.values()}) == 1:
        return next(iter(answers.values()))  # one term, however many of its words were heard ("a cruel", "cruel")
    choices = list({m.id: m for m in offered}.values())[:MAX_CHOICES]
    subject = scan.raws[next(iter(heard))[0]]
    return LookupResult(subject, subject, "suggest", choices) if choices else None


def _heard(matcher: Matcher, scan: Scan, covered: set[int]) -> tuple[dict[Heard, list[str]], set[Heard]]:
    """(first token, last token, the name's word they were heard for) -> the terms whose name the rewrite types:
    each word heard as it sounds first, then long words and two words run together heard loosely (those also
    returned apart)."""
    index, (loose, own), norms = _index(matcher), _loose_index(matcher), scan.norms
    found: dict[Heard, list[str]] = {}
    loosely: set[Heard] = set()

    def add(i: int, j: int, typed: str, entries: list[Entry], near: bool) -> None:
        english = near and all(is_word(norms[k]) for k in range(i, j + 1))  # "bones"; "fish kill" run together
        shown = 2 if english else 1  # "zero coupon bones"; not "call auction", "fish kill policy"
        for tid, words, at in entries:
            if words[at] != typed and normalize.singular(words[at]) != normalize.singular(typed) \
                    and _around(norms, i, j, words, at) >= shown and (not near or _one_apart(typed, words[at])):
                if near and (i, j, words[at]) not in found:
                    loosely.add((i, j, words[at]))
                found.setdefault((i, j, words[at]), [])
                if tid not in found[(i, j, words[at])]:
                    found[(i, j, words[at])].append(tid)

    free = [i not in covered and norms[i].isalpha() and norms[i] not in FUNCTION for i in range(len(norms))]
    for i, typed in enumerate(norms):
        if free[i] and len(typed) >= MIN_TYPED:
            for key in sounds(typed):
                add(i, i, typed, index.get(key, []), near=False)
    for i, typed in enumerate(norms):
        runs = [(i, typed)] if free[i] else []
        if free[i] and i + 1 < len(norms) and free[i + 1] and tight(scan, i) and not is_word(typed + norms[i + 1]):
            runs.append((i + 1, typed + norms[i + 1]))  # "high genie": two words run together
        for j, said in runs:
            if len(said) >= LOOSE_MIN and normalize.singular(said) not in own:  # "comparative" is meant as itself
                entries = [e for key in _less_one(sound_key(said)) for e in loose.get(key, ())]
                add(i, j, said, entries, near=True)
    return found, loosely


def _one_apart(typed: str, word: str) -> bool:
    """Do the two sound alike but for one sound, every later vowel one and the first as heard ("bones" "bonds",
    "former" "forma"; "margin" is no "merger")?"""
    return len(word) >= LOOSE_MIN and Levenshtein.distance(sound_key(typed), sound_key(word)) <= 1 \
        and bool(stressed(typed) & stressed(word))


def _around(norms: list[str], i: int, j: int, words: tuple[str, ...], at: int) -> int:
    """How many content words of the name are typed as written around tokens i..j, when all its words before
    them are, and after them all or the first ones up to a content word (a longer name typed short); else 0."""
    if i < at or norms[i - at:i] != list(words[:at]):
        return 0
    after, nxt = 0, j + 1 + (j + 1 < len(norms) and norms[j + 1] == "s")  # "Mazlo's": its possessive
    while at + 1 + after < len(words) and nxt + after < len(norms) \
            and normalize.singular(norms[nxt + after]) == normalize.singular(words[at + 1 + after]):
        after += 1  # "gaunt chart": the name's "charts" typed as one
    shown = [*words[:at], *words[at + 1:at + 1 + after]]
    if at + 1 + after < len(words) and (at + after < 1 or words[at + after] in FUNCTION):
        return 0  # "point of": a name typed short ends on a content word, with two words at least
    return sum(w not in FUNCTION and w.isalpha() for w in shown)
