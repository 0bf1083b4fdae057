"""Acronyms spelled by the names of their letters, as speech-to-text writes them when Spanish or Portuguese speakers
dictate: "qué es un ce pe a" asks about a CPA, "la i erre erre del proyecto" about the IRR, "o ka erres" about OKRs,
"doble ve i pe" about WIP.

A run of letter names becomes one acronym only in a message marked as Spanish or Portuguese (glossary/foreign_words.py:
Romanian "de ce" is "why", French "ce" "this"), only where the glossary holds that acronym, and only when one of the
letters is named by a word neither language uses otherwise ("ce", "pe", "erre", "eme"...): "de", "e", "o", "a",
"te", "ese" are everyday Spanish words, and "de ese" or "o a" spell nothing; two letters need two names that are no
everyday word ("pe ce", "efe ye"; not "ya pe o sea", Peruvian "pues"). A run is read from its first letter only ("la
te i erre", Spanish TIR, holds no IR), its longest acronym first, then from the letter after it. The last letter may
take a plural "s" ("erres": OKRs); a small word before a run ("de", "o") may stand apart from it ("hablan de ce pe
a"). A word joined to another by a hyphen or an apostrophe names no letter. Linear in
the message: each run is read a few letters at a time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

from glossary import foreign_words

#: Letter names in Spanish (Latin American and Spain) and Brazilian Portuguese, as dictation writes them.
LETTERS = {"a": "A", "be": "B", "ce": "C", "de": "D", "e": "E", "efe": "F", "ge": "G", "hache": "H", "i": "I",
           "jota": "J", "ka": "K", "ele": "L", "eme": "M", "ene": "N", "o": "O", "pe": "P", "cu": "Q", "erre": "R",
           "ere": "R", "ese": "S", "te": "T", "u": "U", "ve": "V", "uve": "V", "equis": "X", "ye": "Y", "zeta": "Z",
           "bê": "B", "cê": "C", "dê": "D", "gê": "G", "pê": "P", "tê": "T", "vê": "V", "quê": "Q", "xis": "X",
           "agá": "H", "cá": "K", "esse": "S", "ésse": "S", "éle": "L", "ême": "M", "êne": "N", "érre": "R", "éfe": "F",
           "zê": "Z", "dáblio": "W", "ípsilon": "Y"}
#: Two words naming one letter: "doble ve", "uve doble", "i griega".
PAIRS = {("doble", "ve"): "W", ("doble", "u"): "W", ("uve", "doble"): "W", ("i", "griega"): "Y"}
#: Letter names no language here uses as a word: a run holding none of them spells nothing.
SURE = frozenset("ce efe ge hache jota ka ele eme ene pe cu erre equis zeta uve bê cê dê gê pê tê vê quê xis agá "
                 "cá ésse éle ême êne érre éfe zê dáblio ípsilon doble griega".split())
#: Letter names that are everyday Spanish or Portuguese words ("a", "de", "o", "te", "ese").
EVERYDAY = frozenset("a de e i o te u ve ese esse".split())
#: Small words that are letter names too and may stand before an acronym spelled out: "hablan de ce pe a" (of a CPA),
#: "o ka erres" (or OKRs); a run may open after one ("te i erre", Spanish TIR, never opens at "i").
_LEADING = {"D": "de", "A": "a", "E": "e", "O": "o", "U": "u"}
MAX_LETTERS = 6  # letters of an acronym spelled out: longer runs are read on from where an acronym ends
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_GLUED = "-'\u2019"  # "ce-i", "d'e": one word, no letters named
_HINT = re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(SURE, key=len, reverse=True)) + r")s?(?![^\W\d_])", re.I)


class Named(NamedTuple):
    """A word of the message, and the letter it names ("" for none)."""

    start: int
    end: int
    letter: str
    plural: bool  # "erres": the acronym's plural
    name: str  # the letter's name as typed, in lower case, without a plural's "s"

    @property
    def sure(self) -> bool:
        """No everyday word: "pe", "erre", "doble ve"."""
        return any(part in SURE for part in self.name.split())

    @property
    def everyday(self) -> bool:
        """An everyday word too: "de", "o"."""
        return self.name in EVERYDAY


def spelled(text: str, acronym: Callable[[str], bool]) -> str:
    """`text` with each run of letter names that spells an acronym of the glossary written as that acronym
    (`acronym`: does the glossary write this key, in lower case, as an acronym?); `text` itself when none does."""
    if _HINT.search(text) is None or not foreign_words.spanish_or_portuguese(foreign_words.marked(text)):
        return text  # the common case: no letter only a letter name says, or no Spanish or Portuguese
    words = _named(text)
    out, at, k = [], 0, 0
    while k < len(words):
        opens = _opens(words, k) or _opens(words, k - 1) and _LEADING.get(words[k - 1].letter) == words[k - 1].name
        found = _longest(words, k, acronym) if opens and words[k].letter else None
        if found is not None and words[k].everyday and _read_on(words, k, found[0], acronym):
            found = None  # "é o pê o esse": an article before letters is one only if the letters stop with the acronym
        if found is None:
            k += 1  # the next word; a run's later letters open nothing ("te i erre"), bar after a small word
            continue
        last, written = found
        out.append(text[at:words[k].start] + written)
        at, k = words[last].end, last + 1
    return "".join(out) + text[at:] if out else text


def _read_on(words: list[Named], k: int, last: int, acronym: Callable[[str], bool]) -> bool:
    """Letters go on after the acronym read from word `k` to `last`: an acronym from the next word ("o pê o esse":
    POS, not OPO), or a run of letter names after it holding one no word is ("o pê cê i dê ...")."""
    run = itertools.takewhile(lambda named: named.letter, words[last + 1:last + 1 + MAX_LETTERS])
    later = _longest(words, k + 1, acronym)
    return later is not None and later[0] > last or any(named.sure for named in run)


def _opens(words: list[Named], k: int) -> bool:
    """Word `k` opens a run of letter names: the first, or after a word naming none, or after a plural."""
    return k == 0 or k > 0 and (not words[k - 1].letter or words[k - 1].plural)


def _named(text: str) -> list[Named]:
    """Each word of the message with the letter it names, if any; two words may name one ("doble ve")."""
    found: list[Named] = []
    words = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    n = 0
    while n < len(words):
        start, end, word = words[n]
        pair = (word, words[n + 1][2]) if n + 1 < len(words) else None
        if pair in PAIRS:
            found.append(Named(start, words[n + 1][1], PAIRS[pair], False, " ".join(pair)))
            n += 2
            continue
        plural = word.endswith("s") and word[:-1] in SURE and word[:-1] in LETTERS  # "erres", "pes"
        name = word[:-1] if plural else word
        glued = start > 0 and text[start - 1] in _GLUED or end < len(text) and text[end] in _GLUED
        letter = "" if glued else LETTERS.get(name, "")
        found.append(Named(start, end, letter, plural, name))
        n += 1
    return found


def _longest(words: list[Named], k: int, acronym: Callable[[str], bool]) -> tuple[int, str] | None:
    """(last letter's index, acronym) of the longest acronym of the glossary spelled from letter `k`, or None."""
    end = k + 1
    while end < len(words) and end - k < MAX_LETTERS and words[end].letter and not words[end - 1].plural:
        end += 1  # the run: letters with nothing between them, a plural closing it
    for last in range(end - 1, k, -1):
        run = words[k:last + 1]
        if not any(w.sure for w in run) or len(run) == 2 and any(w.everyday for w in run):
            continue  # "de ese" spells nothing; "ya pe o sea": Peruvian "pues"
        spelt = "".join(w.letter for w in run)
        if acronym(spelt.lower()):
            return last, spelt + ("s" if run[-1].plural else "")
    return None
