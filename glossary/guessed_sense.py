"""The asker's own guess at what an acronym stands for, when it is no sense the glossary has.

"what is BOD in the water quality lab? biochemical oxygen demand?", "AD means athletic director right?",
"NCI = national cancer institute?": words whose initials spell an acronym of the message, ended by a
question mark, are the asker checking a meaning they already have in mind; stated outright ("TCO - total cost
of ownership, the figure the vendor quotes. How is TCO defined?") they are that meaning, all the more. When
that guess is no sense answered, and nothing else in the message is about the sense either (no word of its
names or definition), the asker means another sense than the glossary's: answering the glossary's sense
confidently ("board of directors" in a water quality lab) would be wrong, so it is only offered.

A guess is a sense's when the sense holds its words in a row, or most of its words where the sense writes
the same letters ("chief product officer?" for chief procurement officer, "hardware securty modual?": the
asker misremembered or mistyped a word); "athletic director" is not "active directory". The answer stands
when any expansion in the message is the sense's ("most valuable player? no, product. minimum viable
product?"), when the asker rejects the guess ("return to office?? i assume not"), and when the rest of the
message speaks of the sense ("EOD on the new hire paperwork. end of day?": its definition is about paperwork).
Costs nothing on a message without a question mark and an acronym-like word.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from glossary import (
    common_words,
    expansions,
    glossed_as,
    guessed_words,
    loose_spelled,
    normalize,
    spelled_apart,
    stated_sides,
)
from glossary.casing import is_acronym
from glossary.models import LookupResult, Term
from glossary.spelling import PLAIN
from glossary.textscan import Scan, scan

_ANSWERED = ("answer", "ambiguous")
#: The asker's own "no" right after the guess: "end of day?? that cant be right", "return to office? i assume not".
DENIALS = frozenset("not no nope cant cannot isnt doubt".split())
STEM = 6  # one word in two forms: "chemical"/"chemicals", "engineer"/"engineering"; no abbreviations ("mpl")
MIN_STEM = 4
DENIAL_REACH = 5  # tokens after a guess where the asker may reject it
DENIED_BEFORE = 3  # tokens before an expansion where the asker may say it is not the one ("it isn't ...")
NEGATED = frozenset("isn aren wasn doesn don".split())  # "isn't", "don't" as the scan splits them
MAX_NAME = 12  # a longer name is no acronym a token of the message writes
MIN_INITIALS, MAX_INITIALS = 3, 5  # letters of an acronym inside a guess: "LAN" in "wireless LAN" (not "PC": a
# word of its own too often, "virtual PC" is no virtual private cloud)


class Guesses:
    """Reads the asker's guesses against the senses answered; the glossary's words on first need."""

    def __init__(self, senses: expansions.Expansions, terms: dict[str, Term], exact: stated_sides.Exact) -> None:
        self._senses = senses
        self._terms = terms
        self._exact = exact  # the matcher's exact reading: the senses of an acronym compared
        self._vocabulary: list[str] | None = None  # sorted: a prefix is a binary search

    def doubted(self, result: LookupResult, text: str) -> LookupResult:
        """`result`, only offered when the message guesses a meaning of its acronym that is no answered
        sense and says nothing else of the senses."""
        if result.status == "compare":  # "DOS — Department of State. how does DOS differ from NSF?"
            return stated_sides.doubted(result, self._senses, self._terms, self._exact, text)
        result = glossed_as.doubted(result, self._terms, text)  # "rpm as in revolutions per minute"
        if result.status not in _ANSWERED or not ("?" in text or "(" in text or loose_spelled.may_have(text)) \
                or not expansions.has_acronym(text):
            return result  # the common case
        terms, ids, s = self._terms, [m.id for m in result.matches], scan(text)
        keys = _keys(terms, result, ids)
        written = [i for i, w in enumerate(s.norms) if (w in keys or w[:-1] in keys) and is_acronym(s.raws[i])]
        if not written or all(w in PLAIN for i, w in enumerate(s.norms) if i not in written):
            return result  # no acronym written as one, or no word but it and the asking ("what is SLA?"): no guess
        stated = _stated(s, written)
        if any(_agrees(x.phrase, terms[i]) for x in stated for i in ids):
            return result
        guesses = [x for x in stated if not _denied(s, x.last) and not _denied_before(s, x.first)]
        used = {*written, *(k for x in stated for k in range(x.first, x.last + 1))}  # the acronym, each time
        if not guesses:  # "MPLS is Minneapolis right?": in words of the asker's own, a word the glossary
            worded = [run for run in guessed_words.guesses(s, written, keys)  # never uses says another world
                      if not _denied(s, run[1]) and self._foreign(s.norms[run[0]:run[1] + 1])]
            if not worded:
                return result
            used = set(written)  # the guess's words are read against the sense's too
        if any(_spoken_of(s, used, terms[i]) for i in ids):
            return result
        return replace(result, status="suggest")

    def _foreign(self, words: list[str]) -> bool:
        """Words of content no name or definition of the glossary uses, in any form (its stem, or a word it
        begins: "info" of "information", "dead" of "deadline"): a guess all in such words ("Minneapolis",
        "carpal tunnel") is from another world; one word the glossary knows ("the ROI percentage") is not."""
        if self._vocabulary is None:
            said = {w for t in self._terms.values() for w in normalize.words(" ".join((t.term, *t.aliases,
                                                                                          t.definition)))}
            self._vocabulary = sorted({normalize.singular(w) for w in said if w not in PLAIN})  # each word once
        content = [normalize.singular(w) for w in words if w not in PLAIN and w.isalpha()]
        return bool(content) and not any(self._known(w) for w in content)

    def _known(self, word: str) -> bool:
        vocabulary = self._vocabulary or []
        for probe in (word, word[:STEM]):
            at = bisect_left(vocabulary, probe)
            if at < len(vocabulary) and vocabulary[at].startswith(probe):
                return True
        return False


def _keys(terms: dict[str, Term], result: LookupResult, ids: list[str]) -> set[str]:
    """The acronym keys the answer stands for: the subject asked and the answered terms' names."""
    names = [name for i in ids for name in (terms[i].term, *terms[i].aliases) if len(name) <= MAX_NAME]
    return {normalize.key(result.subject), *(normalize.key(n) for n in names)}


def _stated(s: Scan, written: list[int]) -> list[expansions.Spelled]:
    """Every expansion the message states for the acronym tokens `written`, beside them or apart, guessed or
    not."""
    starts = spelled_apart.initials(s)
    found = []
    for at in written:
        letters = expansions.letters(s.raws[at])
        if not letters:
            continue
        if (near := expansions.spelled_near(s, at)) is not None:
            found.append(near)
        for guesses in (True, False):
            found.extend(replace(expansions.make(s, at, first, last), guessed=guesses)
                         for first, last in spelled_apart.runs(s, at, letters, starts, guesses=guesses))
    found.extend(replace(expansions.make(s, at, first, last), guessed=True)  # "NCI — noncontrolling interest"
                 for at, first, last in loose_spelled.runs(s, written))
    return found


def _denied_before(s: Scan, first: int) -> bool:
    """The asker says "not" just before the expansion: "I'm guessing it isn't small and medium enterprises"."""
    return any(w in DENIALS or w in NEGATED for w in s.norms[max(0, first - DENIED_BEFORE):first])


def _denied(s: Scan, last: int) -> bool:
    return any(w in DENIALS for w in s.norms[last + 1:last + 1 + DENIAL_REACH])


def _words(text: str, kept: frozenset[str] = frozenset()) -> list[str]:
    return [normalize.singular(w) for w in normalize.words(text) if w in kept or w not in PLAIN]


def _agrees(phrase: str, term: Term) -> bool:
    """The sense holds the phrase's words in a row, or writes its letters with most of its words alike; the
    words of content are read, then the small words too ("scope of work" is two words in three of "statement
    of work")."""
    names = (term.term, *term.aliases, term.definition)
    return any(_alike(said, told) or _abbreviated(said, told) for kept in (frozenset(), normalize.SMALL)
               for said in _with_halves(_words(phrase, kept)) for told in (_words(name, kept) for name in names))


def _abbreviated(said: list[str], told: list[str]) -> bool:
    """The guess writes part of the sense's name as its initials: "wireless LAN" for "wireless local area network".
    Each word is alike the sense's word at its place, or a short word whose letters begin the words from there."""
    for start in range(len(told) - len(said) + 1):
        at, short = start, False
        for word in said:
            if at < len(told) and spelled_apart.alike(word, told[at]):
                at += 1
            elif MIN_INITIALS <= len(word) <= MAX_INITIALS and [w[:1] for w in told[at:at + len(word)]] == list(word):
                at, short = at + len(word), True
            else:
                break
        else:
            if short:
                return True
    return False


def _with_halves(words: list[str]) -> list[list[str]]:
    """The words as typed and, when one runs two together, with them apart ("onetime password": "one time
    password", as the sense writes "one-time password")."""
    apart = [half for w in words for half in _halves(w)]
    return [words, apart] if apart != words else [words]


def _halves(word: str) -> tuple[str, ...]:
    """The two words `word` runs together, or `word` itself; an everyday word stays whole ("password", not "pas
    sword")."""
    if common_words.is_common(word, spelled_apart.HALF_RANK):
        return (word,)
    return spelled_apart.compound_halves(word) or (word,)


def _alike(said: list[str], told: list[str]) -> bool:
    n = len(said)
    for k in range(len(told) - n + 1):
        row = told[k:k + n]
        alike = sum(map(spelled_apart.alike, said, row))
        if alike == n or 2 * alike > n and [w[:1] for w in row] == [w[:1] for w in said]:
            return True
    return False


def _spoken_of(s: Scan, used: set[int], term: Term) -> bool:
    """A word of the message, outside the acronym and its expansions, is a word of the sense's names or
    definition: the rest of the message is about the sense."""
    told = set(_words(" ".join((term.term, *term.aliases, term.definition))))
    rest = {normalize.singular(w) for k, w in enumerate(s.norms) if k not in used and w.isalpha() and w not in PLAIN}
    return any(a == b or min(len(a), len(b)) >= MIN_STEM and a[:STEM] == b[:STEM] for a in rest for b in told)
