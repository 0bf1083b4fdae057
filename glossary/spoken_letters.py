"""An acronym dictated letter by letter: "what is c s r", "an a p i", "dee vee are", "a d dos attack",
"an x five oh nine certificate".

Voice dictation writes an acronym as its letters apart, as spoken letter names ("dee", "vee", "ess", "em
eff ay") or with a digit said as a word ("x five oh nine"), and a name that mixes letters and a syllable
keeps the syllable whole ("d dos" for DDoS, "vee lan" for VLAN, "ee bit" for EBIT). A run of such tokens
side by side, maybe with one word beside it, is read as the acronym it spells, but only when the whole run
is exactly the key of a name the glossary writes as an acronym: letters alone spell too much by chance,
and part of a run is no reading ("r f i d" is no RFI and a stray "d").

Single letters are also words of chat: "a" starts a run only after an article ("an a p i", "the a t o") or
when the letters after it spell nothing ("what is a c l"),
"i" never as "I'd" or "I'm" ("i m"); two letters are read only where a term is asked about ("what is u x",
"what does c x mean", "quality assurance q a"), never "r u ok" or "the d m brought it up"; a run of letter
names that are all English words ("see you", "why are you") is never read; letters that are part of a name
as they stand ("a p e ratio") are left to it. Which reading then answers or only offers is the pipeline's,
as for a typed acronym.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from glossary import normalize
from glossary.cue_words import AFTER, BEFORE, FUNCTION, SKIP
from glossary.models import LookupResult, Term

#: Spoken letter names -> the letter; the ones that are no English word ("clear") may join a syllable.
CLEAR_NAMES = {"dee": "d", "vee": "v", "pee": "p", "ess": "s", "eff": "f", "ef": "f", "aitch": "h", "zee": "z",
               "cee": "c", "ee": "e", "em": "m", "en": "n", "ar": "r", "ay": "a", "ell": "l", "el": "l",
               "wye": "y", "ex": "x", "tee": "t", "bee": "b", "gee": "g", "jay": "j", "kay": "k"}
WORD_NAMES = {"are": "r", "see": "c", "you": "u", "why": "y", "eye": "i", "oh": "o", "cue": "q", "queue": "q"}
DIGITS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
          "seven": "7", "eight": "8", "nine": "9"}
CONTRACTED = frozenset("d m".split())  # "i d", "i m": I'd and I'm typed apart
ARTICLES = frozenset("a an the".split())
MAX_RUN = 8  # tokens of one spelled run looked at: an acronym is rarely longer
MAX_SOUNDED = 3  # words that sound an acronym out before it is spelled ("what is see surf C S R F")
_ASKED_BEFORE = frozenset("is a an the whats what's".split())
_JOINERS = ("&", "/", "-", "+")  # between the parts of one written name: "T&M", "P/E", "C-level"
_TOKEN = re.compile(r"(?:[^\W_]|['’])+")  # a word with its accents: "güey" is no "g" and "ey"
_GATE = re.compile(r"(?<![\w'’])(?:[b-hj-zB-HJ-Z]|(?i:" + "|".join(CLEAR_NAMES) + r"))(?![\w'’])")

Tokens = list[tuple[int, int, str]]  # (start, end, folded word)


class Names(Protocol):
    """What is read of the glossary (a Matcher)."""

    terms: dict[str, Term]

    def is_acronym_key(self, key: str) -> bool: ...

    def exact(self, candidates: list[str]) -> LookupResult | None: ...


def respell(text: str, known: Names) -> str:
    """`text` with each dictated acronym written as one word, as the glossary writes it ("DDoS", "X.509").
    A message with no single letter or clear letter name is returned at once."""
    if _GATE.search(text) is None:
        return text
    toks = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    out, done = [], 0
    for first, last, joined in _readings(text, toks, known):
        start = toks[_restated(text, toks, first, last, known)][0]
        if start < done and out and out[-1] == joined:  # "p cap file p c a p": said, read already, then spelled
            done = toks[last][1]
            continue
        out += [text[done:max(start, done)], joined]
        done = toks[last][1]
    return "".join(out) + text[done:]


def _restated(text: str, toks: Tokens, first: int, last: int, known: Names) -> int:
    """Where a spelled acronym's reading starts: with the words said before it when they only sound it out,
    right after "what is (a)" ("what is see surf C S R F", "what's a tock too bug T O C T O U" ask about
    CSRF, TOCTOU): one to three words, no glossary name among them; else at its first letter."""
    if last - first < 2:
        return first
    if (echo := _echoed(text, toks, first, last)) is not None:
        return echo  # "what's a piv card P I V", "Sam L S A M L": the letters said, then spelled
    for start in range(first - 1, max(-1, first - 1 - MAX_SOUNDED), -1):
        word = toks[start][2]
        if not _tight(text, toks, start) or ((word in FUNCTION or word in BEFORE) and _spelled(word) is None) \
                or known.exact([word]) is not None or "'" in word or "\u2019" in word:  # "pat's email P A T"
            return first  # "... what is i f r s": a question word is no sound of the letters
        if start > 0 and toks[start - 1][2] in _ASKED_BEFORE and _tight(text, toks, start - 1):
            return start
    return first



def _echoed(text: str, toks: Tokens, first: int, last: int) -> int | None:
    """Where the words just before a spelled run start when they say the same letters ("piv card P I V": "piv";
    "Sam L S A M L", "cue asp Q A S P"), one word of what it is may sit between ("card", "file"): the asker said
    the acronym, then spelled it. Any word, even a glossary name, as the letters alone show they are one."""
    letters = _letters([w for _, _, w in toks[first:last + 1]])
    for start in range(first - 1, max(-1, first - 1 - MAX_SOUNDED), -1):
        if not (_tight(text, toks, start) or text[toks[start][1]:toks[start + 1][0]] == "-"):  # "co-op plan C O O P"
            return None
        said = "".join(_spelled(w) or w for _, _, w in toks[start:first])
        if said == letters or said[:-len(toks[first - 1][2])] == letters and start < first - 1:
            return start
    return None


def _spelled(word: str) -> str | None:
    if len(word) == 1 and word.isascii() and word.isalpha():
        return word
    return CLEAR_NAMES.get(word) or WORD_NAMES.get(word) or DIGITS.get(word)


def _tight(text: str, toks: Tokens, i: int) -> bool:
    """Token i and i + 1 apart by one space only: punctuation between ends a run."""
    return i + 1 < len(toks) and text[toks[i][1]:toks[i + 1][0]] == " "


def _glued(text: str, toks: Tokens, i: int) -> bool:
    """Token i is part of a written name, tied to a neighbour by "&", "/", "-" ("T&M pls" is no "T MPLS")."""
    before = text[toks[i - 1][1]:toks[i][0]] if i > 0 else ""
    after = text[toks[i][1]:toks[i + 1][0]] if i + 1 < len(toks) else ""
    return before in _JOINERS or after in _JOINERS


def _readings(text: str, toks: Tokens, known: Names) -> Tokens:
    """(first, last, acronym) for each run of spelled tokens read as one, leftmost first."""
    found: Tokens = []
    i = 0
    while i < len(toks):
        if _spelled(toks[i][2]) is None or _glued(text, toks, i):
            i += 1
            continue
        end = i
        while end + 1 < len(toks) and _spelled(toks[end + 1][2]) is not None and _tight(text, toks, end) \
                and not _glued(text, toks, end + 1):
            end += 1
        if end - i < MAX_RUN:
            found += _in_run(text, toks, i, end, known)
        i = end + 1
    return found


def _in_run(text: str, toks: Tokens, lo: int, hi: int, known: Names) -> Tokens:
    """The run lo..hi read whole, maybe less a word at its ends: a leading "a" or "i" ("a c p a"), number
    words ("g d p r one of our vendors"). Never a part of it otherwise."""
    firsts = [lo] + [lo + 1] * (toks[lo][2] in ("a", "i") and lo < hi)
    while firsts[-1] < hi and toks[firsts[-1]][2] in DIGITS:
        firsts.append(firsts[-1] + 1)
    lasts = [hi]
    while lasts[-1] > lo and toks[lasts[-1]][2] in DIGITS:
        lasts.append(lasts[-1] - 1)
    for a, b in sorted(((a, b) for a in firsts for b in lasts if a <= b), key=lambda ab: (ab[0] - ab[1], ab[0])):
        reading = _reading(text, toks, a, b, known)
        if reading is not None:
            return [reading]
    if toks[lo][2] == "a" and hi - lo >= 2 \
            and (lo == 0 or _pointed(text, toks, lo, hi, _letters([w for _, _, w in toks[lo:hi + 1]]))):
        reading = _reading(text, toks, lo, hi, known, lead_a=True)  # "what is a c l": no article, nothing after "a"
        return [reading] if reading is not None else []
    return []


def _reading(text: str, toks: Tokens, a: int, b: int, known: Names,
             lead_a: bool = False) -> tuple[int, int, str] | None:
    """Tokens a..b read as letters, alone or with the word just after or before: the first that is known.
    `lead_a`: a leading "a" with no article before it is a letter too (the letters after it spelled nothing)."""
    words = [w for _, _, w in toks[a:b + 1]]
    before = toks[a - 1][2] if a > 0 else ""
    if not (lead_a or _may_start(words, before)) or all(w in WORD_NAMES or w in DIGITS for w in words) \
            or _in_name(text, toks, a, b, known):
        return None
    letters = _letters(words)
    written = _acronym(known, letters) if b > a and (len(words) > 2 or _pointed(text, toks, a, b, letters)) else None
    if written:
        return a, b, written
    if len(words) > 2 or not all(len(w) == 1 or w in CLEAR_NAMES for w in words):
        return None  # a syllable joins one or two letters: "d dos", "vee lan", "ee bit"
    after = toks[b + 1][2] if _tight(text, toks, b) else ""
    written = _acronym(known, letters + after) if after and _syllable(after, text, toks[b + 1]) else None
    if written:
        return a, b + 1, written
    if a > 0 and _tight(text, toks, a - 1) and _syllable(before, text, toks[a - 1]):
        written = _acronym(known, before + letters)
        return (a - 1, b, written) if written else None
    return None


def _in_name(text: str, toks: Tokens, a: int, b: int, known: Names) -> bool:
    """Are the letters and the word after them a name word for word as they stand ("p e ratio" for P/E
    ratio), which the detector reads as written?"""
    if not _tight(text, toks, b):
        return False
    phrase = text[toks[a][0]:toks[b + 1][1]]
    words = normalize.words(phrase)
    return _named(known, normalize.key(phrase), lambda name: normalize.words(name) == words) is not None


def _may_start(words: list[str], before: str) -> bool:
    """ "a" is a word of its own unless an article stands before it ("an a p i"), "i" too when alone; "i"
    before one letter is never "I'd" or "I'm"."""
    if words[0] == "a" or (words[0] == "i" and len(words) == 1):
        return before in ARTICLES
    return words[0] != "i" or len(words) > 2 or words[1] not in CONTRACTED


def _acronym(known: Names, key: str) -> str | None:
    """`key` as a name writes it in one word of capitals and digits, maybe mixed ("VLAN", "DDoS", "X.509")."""
    if known.is_acronym_key(key):
        return key.upper()
    return _named(known, key, lambda name: " " not in name.strip() and sum(
        c.isupper() or c.isdigit() for c in name) >= 2 and any(c.isupper() for c in name))


def _named(known: Names, key: str, test: Callable[[str], bool]) -> str | None:
    """The first name of `key` that passes `test`."""
    found = known.exact([key])
    terms = [known.terms[m.id] for m in found.matches] if found else []
    names = (name for t in terms for name, _ in (*t.names(), *t.carried_names()))  # "P/E ratio" of "p/e ratio"
    return next((name for name in names if normalize.key(name) == key and test(name)), None)


def _pointed(text: str, toks: Tokens, a: int, b: int, letters: str) -> bool:
    """Two letters are read only where a term is asked about: after a cue ("what is u x", "is the c x"),
    before one ("t k mean"), or after the words they abbreviate ("quality assurance q a"); never "r u ok",
    "the d m brought it up", "our i t keeps saying"."""
    before = [toks[k][2].replace("'", "").replace("’", "") for k in range(max(0, a - 2), a)  # "what's" as "whats"
              if all(_tight(text, toks, j) for j in range(k, a))]
    if before and (before[-1] in BEFORE or len(before) == 2 and before[-1] in SKIP and before[0] in BEFORE):
        return True
    if b + 1 < len(toks) and toks[b + 1][2] in AFTER:
        return True
    return a >= len(letters) and "".join(w[0] for _, _, w in toks[a - len(letters):a]) == letters


def _letters(words: list[str]) -> str:
    """The acronym: "oh" is a zero among digits ("x five oh nine"), the letter o elsewhere ("pee oh ess")."""
    digits = any(w in DIGITS for w in words)
    return "".join("0" if w == "oh" and digits else _spelled(w) or "" for w in words)


def _syllable(word: str, text: str, tok: tuple[int, int, str]) -> bool:
    """A word that may be part of a mixed name: letters, two at least, no function word ("dos", "lan"), and not
    typed in capitals, an acronym of its own ("o PO disse": the PO, no OPO)."""
    return len(word) >= 2 and word.isalpha() and word not in FUNCTION and _spelled(word) is None \
        and not text[tok[0]:tok[1]].isupper()
