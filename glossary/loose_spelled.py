"""An expansion typed beside an acronym that spells it only loosely: "NCI — noncontrolling interest".

An asker who writes out what an acronym means often joins two words into one ("noncontrolling" for
non-controlling, "pharmacokinetics" for pharmaco-kinetics), so a letter of the acronym starts a part inside
a word, not a word: the strict readings (expansions.py, spelled_apart.py) see no expansion and the glossary's
sense ("non-commercial item") is answered as if the asker had not said what they mean. Here a phrase set
off right beside the acronym (a dash, a bracket, a colon, "=", or a link like "stands for") spells it when
each word gives its first letter and may give the next ones from inside it, in order, and some word gives
one from inside (else it is the strict readers' to judge). guessed_sense.py reads such a phrase as the
asker's guess: no answered sense agrees, so it is only offered. Bounded: a few tokens around each acronym.
"""

from __future__ import annotations

from glossary import spelling
from glossary.expansions import letters
from glossary.guessed_words import gap_after
from glossary.normalize import SMALL
from glossary.textscan import Scan

#: Words between an acronym and the meaning typed after it: "PK stands for (...)", "NCI aka ...".
LINKS = frozenset("is means mean stands stand for short aka ie i e as in".split())
MARKS = frozenset("—–-(:=,")  # a phrase set off from the acronym ("NCI — ...", "PK (...)", "NCI = ...")
MAX_LINKS = 3
MAX_LETTERS = spelling.MAX_PER_WORD + 3  # an acronym's letters at most
MIN_WORD = 3  # a word that gives letters from inside it is a word of content, not "of" or "an"


def may_have(text: str) -> bool:
    """A mark that may set a meaning off beside an acronym, besides "?" and "(": else nothing to read."""
    return "—" in text or "–" in text or "=" in text or ":" in text or " - " in text


def runs(s: Scan, written: list[int]) -> list[tuple[int, int, int]]:
    """(acronym token, first, last) for each phrase set off right after or right before an acronym token of
    `written` that spells it loosely."""
    found = []
    for at in written:
        wanted = letters(s.raws[at], MAX_LETTERS)
        if not wanted:
            continue
        after = _after(s, at)
        if after is not None and _spells(s.norms[after[0]:after[1] + 1], wanted):
            found.append((at, *after))
        before = _before(s, at)
        if before is not None and _spells(s.norms[before[0]:before[1] + 1], wanted):
            found.append((at, *before))
    return found


def _phrase(s: Scan, first: int, step: int) -> tuple[int, int] | None:
    """The tight run of words from `first` (step 1: rightwards, -1: leftwards) to where the phrase breaks."""
    n, last = len(s.norms), first
    while 0 <= last + step < n and spelling.tight(s, min(last, last + step)) and abs(last - first) < 5:
        last += step
    lo, hi = min(first, last), max(first, last)
    if step == 1 and hi + 1 < n and spelling.tight(s, hi):
        return None  # the run goes on: no phrase of its own
    return lo, hi


def _after(s: Scan, at: int) -> tuple[int, int] | None:
    """ "NCI — noncontrolling interest —", "PK stand for (pharmacokinetics?)" """
    k, marked = at, False
    while True:
        marked = marked or bool(MARKS & set(gap_after(s, k).strip()))
        if k + 1 >= len(s.norms) or s.sentence_start[k + 1]:
            return None
        if s.norms[k + 1] not in LINKS or k - at >= MAX_LINKS:
            break
        k += 1
    if not marked:
        return None  # "PK dosing": a compound, no meaning set off
    return _phrase(s, k + 1, 1)


def _before(s: Scan, at: int) -> tuple[int, int] | None:
    """ "noncontrolling interest (NCI)" """
    if at == 0 or s.sentence_start[at] or not MARKS & set(gap_after(s, at - 1).strip()):
        return None
    return _phrase(s, at - 1, -1)


def _spells(words: list[str], letters: str) -> bool:
    """Each word of content gives its first letter and maybe the next letters from inside it, in order; small
    words ("of") may give nothing; together they give `letters` exactly, one from inside a word at least."""
    if not words or words[0] in SMALL or words[-1] in SMALL or not all(w.isalpha() for w in words):
        return False
    states = {(0, False)}  # (letters given, one given from inside a word)
    for word in words:
        nxt = {state for state in states if word in SMALL}
        for done, inside in states:
            if done < len(letters) and word[0] == letters[done]:
                nxt.update(_inside(word, letters, done + 1, inside))
        states = nxt
        if not states:
            return False
    return (len(letters), True) in states


def _inside(word: str, letters: str, done: int, inside: bool) -> set[tuple[int, bool]]:
    """The states after `word` gave letters[:done]: more letters found in order within it, or none. Letters
    right after the first are the word's start ("DevOps"), the strict readers' case: no "inside"."""
    out = {(done, inside)}
    if len(word) < MIN_WORD:
        return out
    pos, k = 1, done
    while k < len(letters):
        hit = word.find(letters[k], pos)
        if hit < 0:
            break
        inside = inside or hit != pos
        pos, k = hit + 1, k + 1
        out.add((k, inside))
    return out
