"""Acronyms spelled by the names of their letters, as speech-to-text writes them when Spanish or Portuguese speakers
dictate: "qué es un ce pe a" asks about a CPA, "la i erre erre del proyecto" about the IRR, "o ka erres" about OKRs,
"doble ve i pe" about WIP, "o pê cê dê" about a PCD.

A run of letter names becomes one acronym only in a message marked as Spanish or Portuguese (glossary/foreign_words.py:
Romanian "de ce" is "why", French "ce" "this"), only where the glossary holds that acronym, and only when one of the
letters is named by a word neither language uses otherwise ("ce", "pe", "erre", "eme"...): "de", "e", "o", "a",
"te", "ese" are everyday Spanish words, and "de ese" or "o a" spell nothing. A word joined to another by a hyphen or
an apostrophe names no letter. Where a run holds several acronyms or extra
letters ("la i erre erre de ese proyecto"), the longest acronym from each place is taken, left to right. The last
letter may take a plural "s" ("erres": OKRs). Linear in the message: a run is read a few letters at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from glossary import foreign_words

#: Letter names in Spanish (Latin American and Spain) and Brazilian Portuguese, as dictation writes them.
LETTERS = {"a": "A", "be": "B", "ce": "C", "de": "D", "e": "E", "efe": "F", "ge": "G", "hache": "H", "i": "I",
           "jota": "J", "ka": "K", "ele": "L", "eme": "M", "ene": "N", "o": "O", "pe": "P", "cu": "Q", "erre": "R",
           "ere": "R", "ese": "S", "te": "T", "u": "U", "ve": "V", "uve": "V", "equis": "X", "ye": "Y", "zeta": "Z",
           "bê": "B", "cê": "C", "dê": "D", "gê": "G", "pê": "P", "tê": "T", "vê": "V", "quê": "Q", "xis": "X",
           "agá": "H"}
#: Two words naming one letter: "doble ve", "uve doble", "i griega".
PAIRS = {("doble", "ve"): "W", ("doble", "u"): "W", ("uve", "doble"): "W", ("i", "griega"): "Y"}
#: Letter names no language here uses as a word: a run holding none of them spells nothing.
SURE = frozenset("ce efe ge hache jota ka ele eme ene pe cu erre equis zeta uve bê cê dê gê pê tê vê quê xis agá "
                 "doble griega".split())
MAX_LETTERS = 6  # letters of an acronym spelled out: longer runs are read from each place in turn
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_TABLES = dict(zip(foreign_words.TABLES, foreign_words.LANGUAGES, strict=True))
_SPOKEN = _TABLES["Spanish"].marks | _TABLES["Portuguese"].marks  # the words that mark either language
_GLUED = "-'\u2019"  # "ce-i", "d'e": one word, no letters named
_HINT = re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(SURE, key=len, reverse=True)) + r")s?(?![^\W\d_])", re.I)


def spelled(text: str, acronym: Callable[[str], bool]) -> str:
    """`text` with each run of letter names that spells an acronym of the glossary written as that acronym
    (`acronym`: does the glossary write this key, in lower case, as an acronym?); `text` itself when none does."""
    if _HINT.search(text) is None or _SPOKEN.isdisjoint(foreign_words.marked(text)):
        return text  # the common case: no letter only a letter name says, or no Spanish or Portuguese
    letters = _letters(text)
    out, at, k = [], 0, 0
    while k < len(letters):
        found = _longest(letters, k, acronym)
        if found is None:
            k += 1
            continue
        end, written = found
        out.append(text[at:letters[k][0]] + written)
        at, k = letters[end][1], end + 1
    return "".join(out) + text[at:] if out else text


def _letters(text: str) -> list[tuple[int, int, str, bool, bool]]:
    """(start, end, letter, a sure letter name, plural) of each word naming a letter; a word between two runs breaks
    them (its entry is a None letter)."""
    found: list[tuple[int, int, str, bool, bool]] = []
    words = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    n = 0
    while n < len(words):
        start, end, word = words[n]
        pair = (word, words[n + 1][2]) if n + 1 < len(words) else None
        if pair in PAIRS:
            found.append((start, words[n + 1][1], PAIRS[pair], True, False))
            n += 2
            continue
        plural = word.endswith("s") and word[:-1] in SURE and word[:-1] in LETTERS  # "erres", "pes"
        glued = text[start - 1:start] in _GLUED and start > 0 or text[end:end + 1] in _GLUED and end < len(text)
        letter = "" if glued else LETTERS.get(word[:-1] if plural else word, "")
        found.append((start, end, letter, (word[:-1] if plural else word) in SURE, plural))
        n += 1
    return found


def _longest(letters: list[tuple[int, int, str, bool, bool]], k: int, acronym: Callable[[str], bool]) \
        -> tuple[int, str] | None:
    """(last letter's index, acronym) of the longest acronym of the glossary spelled from letter `k`, or None."""
    end = k
    while end < len(letters) and end - k < MAX_LETTERS and letters[end][2] and not letters[end - 1][4] \
            if end > k else end < len(letters) and letters[end][2]:
        end += 1  # the run: letters with nothing between them, a plural closing it
    for last in range(end - 1, k, -1):
        run = letters[k:last + 1]
        if not any(sure for *_, sure, _ in run):
            continue
        spelt = "".join(letter for _, _, letter, _, _ in run)
        if acronym(spelt.lower()):
            return last, spelt + ("s" if run[-1][4] else "")
    return None
