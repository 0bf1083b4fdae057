"""A long name typed short or a little changed: "Maslow's hierarchy" (of needs), "Sarbanes-Oxley" (Act),
"zero trust" (architecture), "holding period return" (percentage left out), "canary release" (deployment),
"stateless application" (Apps), "platform engineering team".

People drop the words at the end of a long name that only say what kind of thing it is. A typed phrase
of two words or more that is exactly the first words of a name (each word as typed or singular, one
long word may be mistyped: "lowest price technically acceptible", or typed whole where the name clips it
or clipped where the name writes it whole: "app"/"application", "fed"/"federal") stands for that name when:
- it begins the names of exactly one concept (several: each is offered, none answered);
- the words left out are generic: no rare word among them, and either the typed words hold a rare
  word of the name ("maslow", "sarbanes") or the one word left out says what kind of thing the rest
  is (apposition, as in glossary/classifiers.py: zero trust is an architecture, a sidecar a container;
  a KINDS noun only when the definition says so: a firm fixed price contract is "the contract"),
  so "zero trust" is "zero trust architecture" but "disaster recovery" is no "disaster recovery plan",
  "scope change control" and "market value" no "market value added";
- it is not everyday English only ("the market", "good idea") and no name is the phrase itself typed
  right (the exact readings answer that); a name of its own mistyped ("accounts recievable") is that
  name, not a longer one it begins ("... turnover ratio").
Words left out that the message says elsewhere, or an entry whose definition opens with the typed
words as its subject ("Bare metal refers to ..."), make the one name they complete sure, even among
several names begun (glossary/rest_said.py: "open source software ... what does open source mean").
A phrase that begins no name may still be one name a little changed (`_near`), with the same one-concept
rule; answered only when the change is sure, else offered:
- one generic word inside left out, the first and last kept ("holding period return"), when the typed
  words hold a rare word of the name or are three or more; sure only for three or more ("accrual
  accounting" may be accrual basis accounting, an "adverse event" is no "adverse drug event") or when
  the message says the word elsewhere ("we're on accrual basis. whats accrual accounting");
- the last word swapped for another generic noun after words that begin only this concept and hold a
  rare word ("canary release": the canary is what the name says; "kubernetes cluster" is no swap, a
  cluster is a name of its own), unless either last word only says a kind: then the words before it
  are a quality many kinds may have ("an indirect rate" is no "indirect method", an "ICD-10 code" no
  "ICD-10 CM"; but rare words, a proper name, are no quality: "DuPont analysis" for the DuPont method,
  a framework for financial analysis), or is no word (an abbreviation, a number); sure only when the
  entry's definition uses the typed word ("idempotent request" for an operation defined by its
  requests); "penetration testing" is no "penetration pricing", "canary release" only offers Canary
  Deployment;
- a noun added that says what kind of thing the name is, or the people who do it ("platform
  engineering team": a team after a name of an activity, one ending in -ing or -ment), in a message
  that asks (as in glossary/classifiers.py, "version control system" alone asks nothing).
Words after the phrase that ask about it ("firm fixed price what does it mean") are cut off.
The index (first word -> names) is built on first need, one pass over the names; a look-up compares
the few names that begin with the typed first word (or a word it clips, one pass over the first words).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Collection

from rapidfuzz.distance import OSA

from glossary import classifiers, common_words, normalize
from glossary.clipped import _WORD_ENDINGS as WORD_ENDINGS
from glossary.concepts import Concepts
from glossary.cue_words import FUNCTION
from glossary.rest_said import names_rest, opens_with
from glossary.typo_rules import first_letter_kept

MAX_WORDS = 6  # a longer typed phrase is a sentence, not a name cut short
RARE_RANK = 10_000  # a word rarer than this makes a name specific; commoner, left out, it is generic
#: Nouns that say what kind of thing the words before them name (apposition): left out, nothing is lost.
#: Not classifiers.KINDS: "design system team" is no design system.
KIND_NOUNS = classifiers.CLASSIFIERS | frozenset("architecture container technology".split())
#: People who do what an activity's name says: "the platform engineering team", "a risk management group".
PEOPLE_NOUNS = frozenset("team group department squad crew unit".split())
ACTIVITY = ("ing", "ment")
ASKING = frozenset("what whats which who why how where does do did mean means meaning".split())
MIN_TYPO = 6  # only a word this long may be mistyped (one edit; two from MAX_TYPO letters on)
MAX_TYPO = 9
MIN_CLIP = 3  # "app" of "application", "fed" of "federal"
MAX_CLIPPED = 1_000  # first words read that begin with a typed word ("con": a few hundred at most)
_PAREN = re.compile(r"\s*\([^()]*\)\s*")  # "matrix structure (project management)", "price-to-sales (P/S) ratio": notes
_CUT = re.compile(r"\s+[-–—]+\s+|\s*[,;:]\s*")  # "lowest price technically acceptible - what does that mean"

Name = tuple[str, ...]


def _fold(word: str) -> str:
    return normalize.singular(word)


def _words(text: str) -> list[str]:
    """The words, singular, a possessive's "s" joined to its owner: "maslow's" and "maslows" are one word."""
    return [_fold(w) for w in normalize.words(_POSSESSIVE.sub("s", text))]


_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b")


class Prefixes:
    """First word (singular) -> [(name's words, singular; term id)] of every name of two words or more."""

    def __init__(self, terms: dict, concepts: Concepts) -> None:
        index: dict[str, list[tuple[Name, str]]] = defaultdict(list)
        single: set[str] = set()
        for term in terms.values():
            for name, _ in term.names():
                words = tuple(_words(_PAREN.sub(" ", name).strip() or name))
                if len(words) > 1:
                    index[words[0]].append((words, term.id))
                elif words:
                    single.add(words[0])
        self._index, self._single = dict(index), single
        self._sorted = sorted(self._index)  # first words in order: those a typed word clips, by bisection
        self._terms, self._concepts = terms, concepts

    def find(self, text: str, asks: bool = True, said: Collection[str] = ()) -> tuple[list[str], bool]:
        """(ids of the concepts whose name begins with the typed phrase, shortest name first; whether the
        one found is safe to answer), or ([], False) when the phrase begins no name. `asks`: the message
        asks something (a phrase alone with a noun added, "version control system", is no question);
        `said`: the message's words (singular), which may name the words left out. A phrase after a dash
        or comma ("sox compliance - sarbanes oxley") is read when the first begins nothing, answered if sure."""
        first, *later = _CUT.split(text.strip())
        found = self._typed(first, asks, said)
        for part in later:
            if found[0]:
                break
            found = self._typed(part, asks, said)
            found = found if found[1] else ([], False)
        return found

    def _typed(self, text: str, asks: bool, said: Collection[str]) -> tuple[list[str], bool]:
        typed = _words(text)
        cut = next((n for n, w in enumerate(typed) if n >= 2 and w in ASKING), None)
        for words in (typed, typed[:cut]) if cut else (typed,):
            if not 2 <= len(words) <= MAX_WORDS or words[0] in FUNCTION \
                    or common_words.only_everyday(" ".join(words)):
                continue
            found = self._prefix(words, said)
            if found is None:
                return [], False  # a name of its own typed right: the exact readings' to answer
            if found[0] or (found := self._near(words, asks, said))[0]:
                return found
        return [], False

    def _candidates(self, first: str) -> list[tuple[Name, str]]:
        """The names that begin with the typed first word, else with a word it clips or is clipped from."""
        found = self._index.get(first)
        if found or len(first) < MIN_CLIP or first in self._single:  # "mac" is a name, no clipping of "macsec"
            return found or []
        shorter = (first[:n] for n in range(MIN_CLIP, len(first) - MIN_CLIP + 1))  # "fed" in "federal"
        at = bisect.bisect_left(self._sorted, first)
        longer = itertools.takewhile(lambda key: key.startswith(first), self._sorted[at:at + MAX_CLIPPED])
        return [entry for key in (*shorter, *longer) if key in self._index and _clip(key, first)
                for entry in self._index[key]]

    def _prefix(self, typed: list[str], said: Collection[str]) -> tuple[list[str], bool] | None:
        longer: dict[Name, list[str]] = defaultdict(list)  # full name -> ids
        whole: dict[Name, list[str]] = defaultdict(list)
        for words, term_id in self._candidates(typed[0]):
            if _begins(words, typed):
                if words == tuple(typed):
                    return None
                ids = (whole if len(words) == len(typed) else longer)[words]
                if term_id not in ids:
                    ids.append(term_id)
        found = whole or longer  # a name of its own mistyped ("accounts recievable"), not a longer one it begins
        if not found:
            return [], False
        names = sorted(found, key=lambda w: (len(w), w))
        kinds = [name for name in names if not whole and len(name) == len(typed) + 1 and name[-1] in KIND_NOUNS]
        names = kinds if len(names) > 1 and len(kinds) == 1 else names  # "open source": software, not intelligence
        ids = list(dict.fromkeys(i for name in names for i in found[name]))
        if len(names) > 1 or not self._generic(typed, names[0], ids):
            return self._said_whole(typed, found, said) or (ids, False)
        if len(ids) > 1 and not self._concepts.one_concept(ids, " ".join(names[0])):
            return ([], False) if whole else (ids, False)  # senses of a mistyped name: the fuzzy matcher's
        return [self._concepts.richest(ids)], True

    def _said_whole(self, typed: list[str], found: dict[Name, list[str]], said: Collection[str]) \
            -> tuple[list[str], bool] | None:
        """The one longer name whose left-out words the message or the entry says (glossary/rest_said.py):
        "two full stack developers ... what does full stack mean"; "Bare metal refers to ..."."""
        named = [name for name, ids in found.items() if len(name) > len(typed) and (
            names_rest(name[len(typed):], said)
            or all(opens_with(self._terms[i].definition, typed) for i in ids))]
        if len(named) != 1:
            return None
        ids = found[named[0]]
        if len(ids) > 1 and not self._concepts.one_concept(ids, " ".join(named[0])):
            return None
        return [self._concepts.richest(ids) if len(ids) > 1 else ids[0]], True

    def _generic(self, typed: list[str], name: Name, ids: list[str]) -> bool:
        """The words left out say only what kind of thing the name is."""
        tail = [w for w in name[len(typed):] if w not in FUNCTION]
        if any(_rare(w) for w in tail):
            return False
        joined = name[len(typed):len(typed) + 1] in (("and",), ("or",))  # "GSA schedule" (and Federal Supply ...)
        if not tail or (len(tail) == 1 or joined) \
                and any(_rare(w) for w, t in zip(name, typed, strict=False) if w == t):
            return True  # "Maslow's hierarchy" (of needs); not "weighted average" (cost of capital): two words left
        if tail == ["ratio"] and "to" in typed[1:-1]:
            return True  # "debt to equity", "price to sales" name nothing of their own: the ratio
        return len(tail) == 1 and self._kind(tail[0], name, ids)

    def _kind(self, noun: str, name: Name, ids: list[str], added: bool = False) -> bool:
        """`noun` says what kind of thing the name is: a classifier, a KINDS noun its definitions use, or
        (`added` after the name, never left out of it: a design system team is no design system) the
        people who do an activity."""
        if noun in PEOPLE_NOUNS:
            return added and name[-1].endswith(ACTIVITY)
        if noun in KIND_NOUNS:
            return True
        return noun in classifiers.KINDS and all(
            noun in {_fold(w) for w in normalize.words(self._terms[i].definition)} for i in ids)

    def _near(self, typed: list[str], asks: bool, said: Collection[str]) -> tuple[list[str], bool]:
        """The one concept whose name the typed phrase is with one generic word left out inside, its last
        word swapped, or a kind noun added (answered when the change is sure); several: offered."""
        fits: dict[Name, list[str]] = defaultdict(list)
        sure = True
        for words, term_id in self._candidates(typed[0]):
            if (fit := self._variant(words, typed, term_id, asks, said)) is not None and term_id not in fits[words]:
                fits[words].append(term_id)
                sure = sure and fit
        ids = list(dict.fromkeys(i for name in sorted(fits, key=lambda w: (len(w), w)) for i in fits[name]))
        if not sure or len(ids) > 1 and (len(fits) > 1 or not self._concepts.one_concept(ids, " ".join(*fits))):
            return ids, False
        return ([self._concepts.richest(ids)], True) if ids else ([], False)

    def _variant(self, name: Name, typed: list[str], term_id: str, asks: bool, said: Collection[str]) -> bool | None:
        """None: `typed` is no variant of `name`; True: a sure one; False: one to offer only."""
        last = typed[-1]
        if len(name) == len(typed) + 1 and (_rare_in(name, typed) or len(typed) >= 3):  # one inside left out
            left = [name[i] for i in range(1, len(name) - 1)
                    if not _rare(name[i]) and _begins(name[:i] + name[i + 1:], typed, exact=True)]
            # "adverse event" may be no "adverse drug event": two words, a guess, unless the message says it
            return (len(typed) >= 3 or names_rest(left[:1], said)) if left else None
        if len(name) == len(typed) - 1:  # a noun added: "platform engineering team"
            fits = asks and _begins(name, typed[:-1], exact=True) and self._kind(last, name, [term_id], True)
            return True if fits else None
        kind = any(w in KIND_NOUNS or w in classifiers.KINDS for w in (last, name[-1]))
        if len(name) != len(typed) or last in FUNCTION or last in self._single or _rare(last) \
                or any(len(w) < MIN_CLIP or not w.isalpha() for w in (last, name[-1])) \
                or kind and not all(_rare(w) for w in typed[:-1]) \
                or not _begins(name[:-1], typed[:-1], exact=True) or not _rare_in(name[:-1], typed[:-1]):
            return None
        begun = {i for words, i in self._candidates(typed[0]) if _begins(words, typed[:-1])}
        named = len(typed) == 2 and typed[0] in self._single  # "mac address": MAC is a name of its own
        if named or tuple(typed[:-1]) in {w for w, _ in self._candidates(typed[0])} \
                or len(begun) > 1 and not self._concepts.one_concept(sorted(begun), " ".join(name)):
            return None
        return self._says(term_id, last)  # the glossary calls it so: sure; else "penetration testing" is a guess

    def _says(self, term_id: str, word: str) -> bool:
        """The entry's own definition uses `word` (or its clipping): it calls the thing so."""
        return any(w == word or _clip(w, word) for w in map(_fold, normalize.words(self._terms[term_id].definition)))


def _begins(words: Name, typed: list[str], exact: bool = False) -> bool:
    """The name's first words are the typed ones (all of them when `exact`), at most one word changed: a
    long word mistyped (never the first) or clipped."""
    if len(words) < len(typed) or exact and len(words) != len(typed):
        return False
    changed = 0
    for n, (word, typed_word) in enumerate(zip(words, typed, strict=False)):
        if word != typed_word:
            if not _clip(word, typed_word):
                cutoff = 2 if len(word) >= MAX_TYPO else 1
                if n == 0 or len(word) < MIN_TYPO or OSA.distance(word, typed_word, score_cutoff=cutoff) > cutoff \
                        or not first_letter_kept(typed_word, word):
                    return False  # "data lakehouse" is no "data warehouse" mistyped
            changed += 1
    return changed <= 1


def _clip(word: str, typed: str) -> bool:
    """One word the other cut short ("app" of "application"), not another form ("pay"/"payment",
    "run"/"runner") nor a compound ("pay"/"payback")."""
    short, long = sorted((word, typed), key=len)
    rest = long[len(short):]
    ending = rest[1:] if rest[:1] == short[-1:] else rest  # "runner": "run" with its n doubled, and "er"
    return len(short) >= MIN_CLIP and short != long and long.startswith(short) and short.isalpha() \
        and ending not in WORD_ENDINGS and len(rest) >= MIN_CLIP and not common_words.is_common(rest, RARE_RANK)


def _rare_in(name: Name, typed: list[str]) -> bool:
    return any(_rare(w) for w, t in zip(name, typed, strict=False) if w == t or _clip(w, t))


def _rare(word: str) -> bool:
    rank = min(common_words.rank(word), common_words.rank(word + "s"))
    return len(word) > 2 and word.isalpha() and rank > RARE_RANK
