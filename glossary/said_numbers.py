"""Numbers said aloud and written as words by voice typing: "section five oh eight" (508), "ISO nine thousand"
(ISO 9000), "the three two one rule" (3-2-1), "eighteen F" (18F), "M two" (M2).

Dictation writes a number as words when it is said digit by digit or beside a letter, so a name that holds
digits is never found. This is one more reading of the whole message (glossary/dictated.py), tried after the
message as typed. A run of number words, one space apart, is written as a number only where it cannot be
a word of English:
- two digit words or more in a row ("five oh eight", "three two one"): the digits one after another, "oh" a
  0 only after a digit;
- a number word and "hundred" or "thousand" ("nine thousand"): the number;
- one number word tight beside one letter typed as a capital ("eighteen F", "M two"): both as one word, when
  the glossary has that name (`named`): "C three PO" is no C3.
One number word alone ("one of them", "two factor") stays a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

DIGITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}
_WORD = re.compile(r"[\w']+")
_GATE = re.compile(r"(?i)\b(?:" + "|".join([*DIGITS, *TEENS]) + r")\b")


def written(text: str, named: Callable[[str], bool] = lambda name: True) -> str:
    """`text` with the numbers said as words written in digits (see the module's docstring); `text` itself
    when it has none. One pass over the words."""
    if _GATE.search(text) is None:
        return text
    words = list(_WORD.finditer(text))
    out, done, i = [], 0, 0
    while i < len(words):
        end = i
        if _number(words[i][0], "") is not None:
            while end + 1 < len(words) and _number(words[end + 1][0], words[end][0]) is not None \
                    and _spaced(text, words[end], words[end + 1]):
                end += 1
        span = _run(text, words, i, end, named)
        if span is not None and words[span[0]].start() >= done:  # a letter already read is not read twice
            first, last, digits = span
            out += [text[done:words[first].start()], digits]
            done, i = words[last].end(), last + 1
        else:
            i = end + 1  # a run not read is left whole: "twenty four seven" is no "twenty 47"
    return "".join(out) + text[done:] if out else text


def _number(word: str, before: str) -> int | None:
    """The value of a number word; "oh" is a 0 only after a digit word ("five oh eight", not "oh well")."""
    low = word.lower()
    if low == "oh":
        return 0 if before.lower() in DIGITS or before.lower() == "oh" else None
    return DIGITS.get(low, TEENS.get(low, SCALES.get(low)))


def _run(text: str, words: list[re.Match[str]], first: int, last: int,
         named: Callable[[str], bool]) -> tuple[int, int, str] | None:
    """(first word, last word, the digits) for the run of number words first..last, or None (a word of English)."""
    said = [w[0].lower() for w in words[first:last + 1]]
    if _number(said[0], "") is None:
        return None
    if len(said) >= 2 and all(w in DIGITS or w == "oh" for w in said):
        return first, last, "".join(str(DIGITS.get(w, 0)) for w in said)
    if len(said) == 2 and said[1] in SCALES and said[0] not in SCALES:
        return first, last, str(_number(said[0], "") * SCALES[said[1]])  # type: ignore[operator]
    if len(said) == 1 and said[0] not in SCALES and (beside := _beside_capitals(text, words, first)):
        return beside if named(beside[2]) else None  # "eighteen F" is 18F; "C three PO" no "C3"
    return None


def _beside_capitals(text: str, words: list[re.Match[str]], at: int) -> tuple[int, int, str] | None:
    """One number word tight beside one capital letter: "eighteen F" 18F, "M two" M2."""
    digits = str(_number(words[at][0], ""))
    if at + 1 < len(words) and _capitals(words[at + 1][0]) and _spaced(text, words[at], words[at + 1]):
        return at, at + 1, digits + words[at + 1][0]
    if at > 0 and _capitals(words[at - 1][0]) and _spaced(text, words[at - 1], words[at]):
        return at - 1, at, words[at - 1][0] + digits
    return None


def _spaced(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Two words one space apart: a mark or more space between them ends a number said."""
    return text[left.end():right.start()] == " "


def _capitals(word: str) -> bool:
    """One letter typed as a capital ("F", "M"), not "I" or "A": "two AWS accounts" keeps its acronym."""
    return len(word) == 1 and word.isalpha() and word.isupper() and word not in ("I", "A")
