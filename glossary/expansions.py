"""The message spells out what an acronym stands for, and that decides.

"SEO, as in search engine optimization": the asker told us the meaning, so a sense with another
expansion (a seasoned equity offering) is a confident wrong answer. Near an acronym, a run of words
whose initials spell it (small words like "of", "as a" may sit inside, a word may give more than its
first letter: "DevOps", "PaaS") is its stated expansion. The senses whose names or definition start
say the same are the answer; none: the term the phrase itself names ("AP? accounts payable"); else
the acronym is unknown here, named by the phrase. An acronym and its expansion side by side ("service
level objective SLO", "PAM - privileged access management", "platform as a service (PaaS)") are one
span, and so are any two spans with a shared sense next to each other. Its first words only, cut off
("EDI — electronic data... something"), say the same as far as they go (half_spelled.py); written elsewhere in
the message ("IP ... infection prevention wants"), they only rule senses out (spelled_apart.py), unless the asker
denies them ("it isn't small and medium enterprises"). Linear: a few bounded windows per acronym, none without one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from glossary import common_words, half_spelled, normalize, spelled_apart, spelling
from glossary.casing import is_acronym
from glossary.models import LookupResult, Match
from glossary.named_beside import LINKS, MAX_LINKS
from glossary.textscan import Scan, scan

if TYPE_CHECKING:
    from glossary.matching import Matcher

SMALL = normalize.SMALL  # words an expansion may hold that give no letter ("Centers of Excellence")
_DENIED = frozenset("not t isnt never".split())  # before an expansion the asker rules out ("it isn't ...")
#: Words after which a stated expansion starts, wherever they are near the acronym ("SEO in marketing, as
#: in search engine optimization"); pairs are (word before, word).
OPENING = frozenset({("as", "in"), ("short", "for"), ("stands", "for"), ("stand", "for"), ("", "aka"),
                     ("", "ie"), ("i", "e"), ("", "meaning"), ("", "means")})
same_word, PLAIN = spelling.same_word, spelling.PLAIN  # "govt"/"government"; "what is an ISA" says no "is an"
MAX_LETTERS = 8  # letters of an acronym
NEAR = 10  # tokens after the acronym where an opening word may start its expansion
LONG_NAME = 4  # words in an expansion that may be remembered with one word off
DEFINITION_WORDS = 15  # a definition states the expansion first: "Short for Fiscal year.", "Platform as a Service."
_MAYBE = re.compile(r"[A-Z][A-Za-z]*[A-Z]")  # an acronym-like token somewhere: else nothing to read


@dataclass(frozen=True)
class Spelled:
    """One acronym (token `at`) and the run of tokens [first, last] that spells it out."""

    at: int
    first: int
    last: int
    acronym: str
    phrase: str

    adjacent: bool  # nothing but punctuation and link words between, in one sentence: one name
    marked: bool  # more than a space between ("SLO (...)", "SEO, as in ..."): a plain "AR aging report" may
    # be a compound, so only a marked expansion can contradict every sense
    half: bool = False  # only its first words, cut off ("electronic data... something"): half_spelled.py
    cased: bool = True  # typed as an acronym; a word in lower case ("llc") only confirms a sense, unless (`small`:
    small: bool = False  # a rare short word spelled right after it, "seo (search engine optimization)") the
    # senses it has say something else: then those are ruled out
    apart: bool = False  # elsewhere in the message ("IP ... infection prevention wants"): it only rules out
    guessed: bool = False  # a question mark ends it ("CPO = chief product officer?"): maybe misremembered


def read(text: str) -> list[Spelled]:
    """The acronyms the message spells out; a message with no acronym, no word cut off and no short lower-case word
    set off before words is not even scanned (the common case)."""
    maybe, cut, low = _MAYBE.search(text) is not None, half_spelled.may_have(text), _LOWER_SPELLED.search(text)
    if not (maybe or cut or low):
        return []
    s = scan(text)
    starts = spelled_apart.initials(s)
    found = [(_spelled(s, i) if maybe and _letters(raw) else None) or (_typed_small(s, i) if low else None)
             or (_half(s, i) if cut else None) or (_apart(s, i, starts) if maybe else None)
             for i, raw in enumerate(s.raws)]
    stand_in = half_spelled.STAND_INS  # "cost of goods something?": the last word forgotten, the rest half spelled
    return [replace(x, half=True) if x.phrase.split()[-1].lower() in stand_in else x for x in found
            if x and not (x.apart and x.first and s.norms[x.first - 1] in _DENIED)]  # "it isn't small and ..."


def _apart(s: Scan, at: int, starts: frozenset[str]) -> Spelled | None:
    """Acronym token `at` spelled out elsewhere, once (spelled_apart.py); two such runs ("continuous delivery
    vs continuous deployment — both CD") say nothing of which."""
    letters = _letters(s.raws[at])
    found = spelled_apart.runs(s, at, letters, starts) if letters else []
    return replace(_make(s, at, *found[0]), adjacent=False, marked=True, apart=True) if len(found) == 1 else None


def _half(s: Scan, at: int) -> Spelled | None:
    """Acronym token `at` beside the first words of its expansion, cut off ("SRE — site reliability ...")."""
    letters = _letters(s.raws[at]) or half_spelled.lower_letters(s.raws[at])
    found = half_spelled.run(s, at, letters) if letters else None
    if found is None:
        return None
    return replace(_make(s, at, *found), half=True, cased=bool(_letters(s.raws[at])))


def _letters(raw: str, most: int = MAX_LETTERS) -> str:
    """The letters an acronym spells, its plural "s" dropped ("SLOs"); "" for a word that is no acronym."""
    if not (2 <= len(raw) <= most and raw.isalpha() and is_acronym(raw)):
        return ""
    return raw[:-1].lower() if len(raw) > 3 and raw[-1] == "s" and raw[:-1].isupper() else raw.lower()


#: A short word in lower case with words right after it, set off by a bracket, comma, dash or "=": "seo (search
#: engine optimization)?", "seo, search engine optimization, what is it?" may spell an acronym typed small.
_LOWER_SPELLED = re.compile(r"(?<![\w'])[a-z]{3,5}\s*[(,=\u2013\u2014-]\s*[a-z]")


def _lower(raw: str) -> str:
    """An acronym typed in lower case ("seo"): a short word no English speaker would use, else ""."""
    return raw if 3 <= len(raw) <= 5 and raw.isalpha() and raw.islower() and common_words.rank(raw) > _LOWER_RANK \
        else ""


_LOWER_RANK = 20_000  # rarer than this, a short lower-case word may be an acronym ("seo", "kpi"; not "set", "one")


def _typed_small(s: Scan, at: int) -> Spelled | None:
    """An acronym typed in lower case, spelled out right after it: it may rule out the senses it has."""
    found = _spelled(s, at) if _lower(s.raws[at]) else None
    return replace(found, cased=False, small=True) if found and found.adjacent and found.marked else None


def _spelled(s: Scan, at: int) -> Spelled | None:
    letters = _letters(s.raws[at]) or _lower(s.raws[at])
    for first in _starts(s, at):
        last = next((j for j in _run(s, first, letters) if _closed(s, j) and not _sounded(s, first, j, letters)), None)
        if last is not None:
            return _make(s, at, first, last)
    if s.sentence_start[at]:
        return None
    last = at - 1  # before it: "fiscal year FY", "platform as a service (PaaS)", "... aka PAM"
    while last >= 0 and s.norms[last] in ("aka", "or", "ie", "i", "e", "called") and at - last <= MAX_LINKS:
        last -= 1
    for first in range(last, max(-1, last - 2 * len(letters) - 2), -1):
        if first < last and not spelling.tight(s, first):
            break
        if last in _run(s, first, letters):
            return _make(s, at, first, last)
    return None


def _sounded(s: Scan, first: int, last: int, letters: str) -> bool:
    """The run only sounds the acronym out ("OSHA — oh-sha", "SQL, s-q-l"): its words hold no more letters than
    the acronym's own plus one a word, so they name no words an expansion would; the acronym is read as typed."""
    said = [s.norms[k] for k in range(first, last + 1) if s.norms[k] not in SMALL]
    return sum(map(len, said)) <= len(letters) + len(said) - 1


def _make(s: Scan, at: int, first: int, last: int) -> Spelled:
    lo, hi = (last + 1, at) if last < at else (at + 1, first)
    adjacent = hi - lo <= MAX_LINKS and all(s.norms[k] in LINKS for k in range(lo, hi)) \
        and not any(s.sentence_start[lo:hi + 1])
    gap = s.text[s.ends[last]:s.starts[at]] if last < at else s.text[s.ends[at]:s.starts[first]]
    return Spelled(at, first, last, s.raws[at], s.text[s.starts[first]:s.ends[last]], adjacent, gap.strip() != "",
                   guessed=spelled_apart.guessed(s, last))


def _starts(s: Scan, at: int) -> list[int]:
    """Where an expansion after the acronym may start: right after it, past link words ("AP means ...",
    "what is a CSO? commercial ..."), and after an opening word near it ("..., as in search ...")."""
    n = len(s.norms)
    k = at + 1
    while k < n and s.norms[k] in LINKS and k - at <= MAX_LINKS:
        k += 1
    starts = [k] if k < n else []
    for j in range(at + 2, min(n, at + NEAR)):
        if (s.norms[j - 2] if j >= 2 else "", s.norms[j - 1]) in OPENING or ("", s.norms[j - 1]) in OPENING:
            starts.extend((j, j + 1) if j + 1 < n else (j,))  # "as in github pull request": a word may qualify it
    return starts


def _closed(s: Scan, last: int) -> bool:
    """The run ends its phrase: the end, punctuation, or a function word after it ("... accountant, what")."""
    nxt = last + 1
    return nxt >= len(s.norms) or s.text[s.ends[last]:s.starts[nxt]].strip() != "" or s.norms[nxt] in SMALL \
        or s.norms[nxt] in LINKS


def _run(s: Scan, first: int, letters: str) -> list[int]:
    """The last tokens of the runs from `first` whose word starts spell `letters` exactly, nearest first.
    Every word but a small one gives a letter or more, two content words at least, the first and the last."""
    if not spelling.opens(s, first, letters):
        return []
    return [j for j, states in spelling.walk(s, first, letters, len(letters))
            if s.norms[j] not in PLAIN and any(done == len(letters) and giving >= 2 for done, giving in states)]


letters, spelled_near, make = _letters, _spelled, _make  # for guessed_sense.py: the same reading, guessed


def has_acronym(text: str) -> bool:
    """An acronym-like token somewhere in `text`: else no expansion to read."""
    return _MAYBE.search(text) is not None


def _stems(text: str) -> tuple[str, ...]:
    return tuple(normalize.singular(w) for w in normalize.words(text) if w not in SMALL)


class Expansions:
    """Which senses agree with a stated expansion; the names and definition start of each, on first need."""

    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher
        self._told: dict[str, list[tuple[str, ...]]] = {}
        self._starts: list[str] | None = None  # every name's key, sorted: a phrase's is a binary search

    def settle(self, exact: LookupResult, found: list[Spelled]) -> LookupResult | None:
        """The exact reading of an acronym the message spells out: the senses that agree, the term the
        phrase names, or unknown (named by the phrase); None when the reading is not such an acronym."""
        asked = normalize.key(exact.subject)
        spelled = next((x for x in found if normalize.key(x.acronym) == asked), None)
        if spelled is None:
            return None
        ids = self.agreeing(spelled, [m.id for m in exact.matches])
        if ids is None or not (ids or spelled.cased or spelled.small and exact.matches):
            return None
        subject = exact.subject if set(ids) & {m.id for m in exact.matches} else spelled.phrase
        if len(ids) > 1 and self._matcher.concepts.one_concept(ids, spelled.phrase):
            ids = [self._matcher.concepts.richest(ids)]
        matches = [Match(i, self._matcher.terms[i].term, 100.0) for i in ids]
        if not ids:
            return self.ruled_out(exact.query, spelled, [m.id for m in exact.matches])
        status = "answer" if len(ids) == 1 else "ambiguous"
        return LookupResult(exact.query, subject, status, matches)

    def ruled_out(self, query: str, spelled: Spelled, ids: list[str]) -> LookupResult:
        """Unknown, named by the phrase; a sense that shares a word with it is only offered ("date of
        service": denial of service?), as the asker may have a synonym in mind."""
        phrase = _stems(spelled.phrase)
        near = [Match(i, self._matcher.terms[i].term, 50.0) for i in ids
                if any(same_word(a, b) for told in self._forms(i) for a in phrase for b in told)]
        return LookupResult(query, spelled.phrase, "suggest" if near else "unknown", near)

    def agreeing(self, spelled: Spelled, ids: list[str]) -> list[str] | None:
        """The senses among `ids` the phrase names; else the terms the phrase is a name of; else [] when
        no sense shares a word with it (a contradiction), None when some do ("govt" for "government"?).
        A phrase apart from the acronym (spelled_apart.py) only ever gives [] or None."""
        phrase = _stems(spelled.phrase)
        same = [i for i in ids if any(_within(phrase, told) for told in self._forms(i))]
        if same or spelled.apart and not ids:
            return None if spelled.apart else same  # apart, it only rules out: the reading stays as it was
        named = None if spelled.half else self._matcher.exact([spelled.phrase])  # "cost per...": names nothing
        if named:  # apart, the term the phrase names is asked, and the acronym's senses stay as they were
            return None if spelled.apart else [m.id for m in named.matches]
        shared = any(self._shares(i, phrase, spelled.guessed) for i in ids)
        return None if shared or not spelled.marked else []

    def begins_name(self, phrase: str) -> bool:
        """Some name of the glossary starts with the phrase's words ("sarbanes oxley": "Sarbanes-Oxley Act")."""
        if self._starts is None:
            self._starts = sorted(normalize.key(name) for t in self._matcher.terms.values()
                                  for name in (t.term, *t.aliases))
        key = normalize.key(phrase)
        at = bisect_left(self._starts, key)
        return bool(key) and at < len(self._starts) and self._starts[at].startswith(key)

    def _shares(self, term_id: str, phrase: tuple[str, ...], guessed: bool) -> bool:
        """The sense has a word of the phrase ("govt" for "government"?) and, unless the asker only guesses
        ("hardware securty modual?"), does not write out the same letters with another word in a place:
        "date of service" is not "denial of service"."""
        forms = self._forms(term_id)
        return any(same_word(a, b) for told in forms for a in phrase for b in told) \
            and (guessed or not any(spelled_apart.differs(phrase, told) for told in forms))

    def _forms(self, term_id: str) -> list[tuple[str, ...]]:
        told = self._told.get(term_id)
        if told is None:
            t = self._matcher.terms[term_id]
            opening = " ".join(t.definition.split()[:DEFINITION_WORDS])
            told = self._told[term_id] = [_stems(name) for name in (t.term, *t.aliases, opening)]
        return told


def _within(phrase: tuple[str, ...], told: tuple[str, ...]) -> bool:
    """A run of the sense's words; one of four may be off, as remembered ("... Model Compliance")."""
    n, slack = len(phrase), int(len(phrase) >= LONG_NAME)  # words that may be off: 0, or 1 of a long name
    return any(sum(not same_word(a, b) for a, b in zip(phrase, told[k:k + n], strict=True)) <= slack
               for k in range(len(told) - n + 1))
