"""An acronym's expansion written elsewhere in the message, and an expansion that differs from a sense's.

"who is our IP for 3 West? infection prevention wants weekly audits": words anywhere in the message whose
initials spell an acronym it uses ("date of service" for DOS, "certified medical assistant" for CMAs, "per
os" for PO; "turnaround time" for TAT: a closed compound gives both its words' letters) are the asker's own
expansion, as one right beside it would be (expansions.py). Apart from the acronym they are only read when they
cannot be chance: each content word gives exactly one letter (a compound two, still one word of the two a run
needs), small words ("of") may sit inside, the run opens a phrase (after punctuation or a function word, or a
proper name capitalised word by word: "University of Southern California"), and it is not a name the asker rules
out ("not server message block").
Apart, they only ever rule senses out: a run the senses agree with says nothing new (expansions.py keeps the
answer it had).

A sense is ruled out by an expansion when no word of it is the sense's, or when the sense writes out the
same letters with another word in their place: "date of service" is not "denial of service", though both
hold "service"; "taxpayer id number" is "taxpayer identification number" (a word may be shortened).
"""

from __future__ import annotations

from glossary import common_words, negation, normalize, spelling
from glossary.textscan import Scan

SMALL = normalize.SMALL
PLAIN = spelling.PLAIN
MIN_SHORT = 2  # a shortened word keeps two letters at least: "id" for "identification"
#: Words that turn a statement into a check: "scope of work, right?", "end of day i guess?".
TAGS = frozenset("right correct yes yeah aye no or i think guess assume maybe eh innit".split())
MIN_WORDS = 2  # content words an expansion apart holds: one word alone spells too much by chance (a compound too)


def initials(s: Scan) -> frozenset[str]:
    """The first letters of the message's words: an acronym with a letter none starts is spelled nowhere."""
    return frozenset(w[:1] for w in s.norms)


def runs(s: Scan, at: int, letters: str, starts: frozenset[str], guesses: bool = False) -> list[tuple[int, int]]:
    """The [first, last] token runs away from acronym token `at` that spell `letters` one word a letter;
    `starts` are the message's initials(). `guesses`: only the runs a question mark ends (guessed()), else
    only the others."""
    if not set(letters) <= starts:
        return []  # the common case: some letter starts no word of the message
    ruled = set(negation.starts(s.norms))
    found = []
    for first in range(len(s.norms)):
        if first == at or first in ruled or not spelling.opens(s, first, letters):
            continue
        opened = _opens_phrase(s, first)
        if not opened and not _capital(s.raws[first]):
            continue
        last = _spells(s, first, letters)
        if last is not None and not opened and not _named(s, first, last):
            continue
        if last is not None and not first <= at <= last and guessed(s, last) == guesses:
            found.append((first, last))
    return found


def _opens_phrase(s: Scan, first: int) -> bool:
    """Nothing of a longer name before it: a sentence start, punctuation, or a function word."""
    return first == 0 or s.sentence_start[first] or not spelling.tight(s, first - 1) or s.norms[first - 1] in PLAIN


def _capital(raw: str) -> bool:
    return raw[:1].isupper() and raw[1:2].islower()


def _named(s: Scan, first: int, last: int) -> bool:
    """ "do we treat University of Southern California as prime?": inside a sentence, a run whose every word
    of content is capitalised, after a word that is not, is a proper name of its own, whatever comes before."""
    return not _capital(s.raws[first - 1]) and all(_capital(s.raws[k]) for k in range(first, last + 1)
                                                   if s.norms[k] not in SMALL)


def guessed(s: Scan, last: int) -> bool:
    """A question mark ends the run, maybe after a tag ("EOD is monday. end of day??", "the scope of work,
    right?"): a guess the asker checks, which the glossary's sense may well answer."""
    j = last
    while True:
        gap = s.text[s.ends[j]:s.starts[j + 1] if j + 1 < len(s.norms) else len(s.text)]
        if "?" in gap:
            return True
        j += 1
        if j >= len(s.norms) or s.norms[j] not in TAGS:
            return False


def _spells(s: Scan, first: int, letters: str) -> int | None:
    """The last token of the tight run from `first` whose words' first letters are `letters`, a small word
    inside giving its letter or not ("date of service" for DOS, "bill of lading" for BL), two content words
    at least; the shortest run."""
    states = {(0, 0)}  # (letters spelled, content words)
    for j in range(first, min(len(s.norms), first + 2 * len(letters))):
        word = s.norms[j]
        if j > first and not spelling.tight(s, j - 1):
            return None
        small = j > first and word in SMALL
        if not small and (word in PLAIN or not word.isalpha() or word.startswith(letters)):
            return None
        nxt = {(done, content) for done, content in states} if small else set()
        nxt.update((done + 1, content + (not small)) for done, content in states
                   if done < len(letters) and word[0] == letters[done])
        if not small and (halves := compound_initials(word)):  # "turnaround time" for TAT, "overtime" for OT
            nxt.update((done + 2, content + 1) for done, content in states if letters[done:done + 2] == halves)
        if any(done == len(letters) and content >= MIN_WORDS and not small for done, content in nxt):
            return j
        states = {(done, content) for done, content in nxt if done < len(letters)}
        if not states:
            return None
    return None


MIN_HALF = 3  # letters of each word a closed compound is read as: "turn|around", "over|time", not "a|round"
HALF_RANK = 20_000  # each half an English word this common
MAX_COMPOUND = 24  # letters of a word read as a compound at most


def compound_initials(word: str) -> str:
    """The two initials of a word written as two English words run together ("turnaround": "ta", "overtime": "ot",
    "database": "db"), as an acronym spells it; "" for any other word."""
    halves = compound_halves(word)
    return halves[0][0] + halves[1][0] if halves else ""


def compound_halves(word: str) -> tuple[str, str] | None:
    """The two English words a word runs together ("onetime": "one", "time"), or None."""
    if len(word) > MAX_COMPOUND:
        return None  # no word of chat this long: each try costs a slice
    for cut in range(MIN_HALF, len(word) - MIN_HALF + 1):
        head, tail = word[:cut], word[cut:]
        if common_words.is_common(head, HALF_RANK) and common_words.is_common(tail, HALF_RANK):
            return head, tail
    return None


def alike(a: str, b: str) -> bool:
    """One word, maybe shortened: spelling.same_word, or a prefix ("id" of "identification")."""
    short, long = sorted((a, b), key=len)
    return spelling.same_word(a, b) or len(short) >= MIN_SHORT and long.startswith(short)


def differs(phrase: tuple[str, ...], told: tuple[str, ...]) -> bool:
    """The sense's words `told` write out the phrase's letters with another word in their place: a run of as
    many words with the same initials, not word for word alike."""
    n = len(phrase)
    initials = [w[:1] for w in phrase]
    return any([w[:1] for w in told[k:k + n]] == initials and not all(map(alike, phrase, told[k:k + n]))
               for k in range(len(told) - n + 1))
