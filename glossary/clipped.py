"""Shortened names that no entry writes: numeronyms and clipped compounds.

People type "k8s" for Kubernetes (first letter, the count of the letters between, last letter), "capex" for
capital expenditures (cap + ex), "market cap", "workers comp": each typed word, split at its spaces or inside
it, is a run of beginnings of the consecutive words of one name of two or three words, at least one of them
cut short. Only a reading that is no name is tried. One typed word split inside is no English word ("compact"
is not "comp" + "act"); a word typed whole and cut short is no everyday word ("pay period" is not "payback
period") nor another form of the word ("test run" is not "test runner"). One concept: the answer; several, or
one word not in lower case ("CAPEX" reads as an acronym, "Coupa" as a name) unless its capitals begin the
pieces ("CapEx", "OpEx"): "did you mean". A name with a run of its words typed as initials ("AR aging
schedule") is read too (glossary/initialed.py). The index is built on first need (a question no name answered),
so a cold `jargon ask` never pays for it; a query costs a dict look-up and a few string comparisons.
"""

from __future__ import annotations

import re
from collections import defaultdict

from glossary import common_words, normalize
from glossary.abbreviated import Abbreviated, may_shorten
from glossary.concepts import Concepts
from glossary.initialed import Initialed
from glossary.matching import MAX_CHOICES, Matcher
from glossary.models import LookupResult, Match, Term
from glossary.typo_rules import REAL_WORD_RANK

MIN_COUNT = 3  # "k8s", "a11y", "i18n"; "b2b", "p2p" are no numeronyms
FIRST_PIECE = 3  # "cap" of "capital": two letters begin too many words
PIECE = 2  # "ex" of "expenditures"
MAX_WORDS = 3  # names of two or three words; a longer one is cut to its initials, not clipped
MEANS_ITSELF = 3_000  # a word this common typed whole means itself ("pay"); "cap" (3,798) may be cut
_NUMERONYM = re.compile(r"[a-z]\d{1,2}[a-z]")
_HUMP = re.compile(r"[A-Z][a-z]+")  # a piece of a word typed in camel case: "Cap", "Ex"
_APOSTROPHE = re.compile(r"['\u2019]")
#: What is left of a word after a common word it begins: a form of that word, not a clipping of it.
_WORD_ENDINGS = frozenset("s es ed d er ers r rs ing ings ion ions ation ations ment ments ness al ally ly y ive "
                          "or ors ist ists ance ence able ible ful less ity ize ise".split())


def numeronym(word: str) -> str:
    """The numeronym of a word: its first letter, the count of the letters between, its last ("k8s")."""
    return f"{word[0]}{len(word) - 2}{word[-1]}"


def _shape(typed: list[str]) -> str | None:
    """"numeronym" ("k8s"), "compound" (1-3 words of letters, one word only if no English word), else None."""
    if len(typed) == 1 and _NUMERONYM.fullmatch(typed[0]):
        return "numeronym"
    if 0 < len(typed) <= MAX_WORDS and all(w.isalpha() for w in typed) \
            and not (len(typed) == 1 and common_words.is_common(typed[0], REAL_WORD_RANK)):
        return "compound"
    return None


class Clipped:
    """Numeronym -> term ids, and the first letters of a name of 2-3 words -> (term id, its words)."""

    def __init__(self, terms: dict[str, Term], concepts: Concepts) -> None:
        self.terms = terms
        self.concepts = concepts
        self._numeronyms: dict[str, set[str]] | None = None
        self._compounds: dict[str, set[tuple[str, tuple[str, ...]]]] = {}
        self._abbreviated = Abbreviated(terms)  # "project mgmt office", "acct receivable"
        self.initialed_names = Initialed(terms)  # "AR aging schedule": a run of words typed as initials

    def lookup(self, subject: str) -> LookupResult | None:
        """The name `subject` shortens: an answer for one concept, "did you mean" for several, else None."""
        ids = self.find(subject)
        if not ids:
            return None
        if len(ids) > 1 and self.concepts.one_concept(ids, subject):
            ids = [self.concepts.richest(ids)]
        one_word = len(_words(subject)) == 1 and normalize.key(subject).isalpha()  # "capex", not "k8s"
        sure = len(ids) == 1 and (not one_word or subject.islower() or self._humped(subject, ids[0]))
        matches = [Match(i, self.terms[i].term, 100.0 if sure else 90.0) for i in ids[:MAX_CHOICES]]
        return LookupResult(subject, subject, "answer" if sure else "suggest", matches)

    def _humped(self, typed: str, tid: str) -> bool:
        """A word whose capitals mark where each clipped piece begins ("CapEx", "OpEx", "FinOps"): the writer
        shows the pieces, so it reads as the clipped name; "CAPEX" reads as an acronym, "Coupa" as a name."""
        humps = [hump.lower() for hump in _HUMP.findall(typed)]
        if len(humps) < 2 or "".join(humps) != typed.lower():
            return False
        return any(len(words := _words(name)) == len(humps) and all(map(str.startswith, words, humps))
                   for name, _ in self.terms[tid].names())

    def may_read(self, words: list[str]) -> bool:
        """Cheap test before a run of folded words is read: its first letters begin a name of two or three
        words, or one of its words may be business shorthand ("mgmt", "std")."""
        self._build()
        return words[0][:FIRST_PIECE] in self._compounds or any(may_shorten(w) for w in words)

    def sure(self, subject: str) -> list[str]:
        """The one concept `subject` shortens, when that is sure (see `lookup`); else []."""
        found = self.lookup(subject)
        return [m.id for m in found.matches] if found is not None and found.status == "answer" else []

    def find(self, subject: str) -> list[str]:
        """Term ids whose name `subject` shortens, in glossary order."""
        typed = _words(subject)
        shape = _shape(typed)
        if shape is None:
            return self._abbreviated.find(typed) or self._initialed_whole(typed, subject)
        self._build()
        if shape == "numeronym":
            return sorted(self._numeronyms.get(typed[0], ()))  # type: ignore[union-attr]
        joined, spans = "".join(typed), []
        rest = joined[FIRST_PIECE:]  # the second word's piece starts after the first's three letters at least
        names = [(tid, name) for tid, name in self._compounds.get(joined[:FIRST_PIECE], ()) if name[1][0] in rest]
        for word in typed if names else ():  # per letter typed: where its word begins and ends, how common it is
            start = len(spans)
            rank = common_words.rank(word)
            spans.extend([(start, start + len(word), rank)] * len(word))
        found = {tid for tid, name in names if _fits(joined, 0, name, spans, False)}
        return sorted(found) or self._abbreviated.find(typed) or self._initialed_whole(typed, subject)

    def _initialed_whole(self, typed: list[str], subject: str) -> list[str]:
        """The names the whole subject writes with a run of words as initials ("AR aging schedule")."""
        raws = subject.split()
        if len(raws) != len(typed):
            return []
        return sorted({tid for first, last, tid in self.initialed_names.find(typed, raws)
                       if (first, last) == (0, len(typed) - 1)})

    def _build(self) -> None:
        if self._numeronyms is not None:
            return
        numeronyms: dict[str, set[str]] = defaultdict(set)
        compounds: dict[str, set[tuple[str, tuple[str, ...]]]] = defaultdict(set)
        for term in self.terms.values():
            for written, _ in term.names():
                for name in (written, *normalize.name_forms(written)) if "(" in written or " or " in written \
                        else (written,):
                    parts = tuple(_words(name))
                    if len(parts) == 1 and len(parts[0]) - 2 >= MIN_COUNT and parts[0].isalpha():
                        numeronyms[numeronym(parts[0])].add(term.id)
                    elif 2 <= len(parts) <= MAX_WORDS and len(parts[0]) >= FIRST_PIECE \
                            and all(len(p) >= PIECE and p.isalpha() for p in parts):
                        compounds[parts[0][:FIRST_PIECE]].add((term.id, parts))
        self._compounds = dict(compounds)
        self._numeronyms = dict(numeronyms)


NAMING_NOUNS = ("term", "word")  # they introduce a name ("the term SLA") and begin some ("term loan")
_NAMING = tuple(f"{noun} " for noun in NAMING_NOUNS)


def first_reading(matcher: Matcher, clipped: Clipped, candidates: list[str]) -> LookupResult | None:
    """The first reading that is a name, alias or variant, or else a shortened name ("k8s - is that
    a product?" asks about k8s, not about the product); an unsure one never hides a name read later."""
    unsure = None
    named = {c.lower(): c for c in candidates if c[:5].lower() in _NAMING}  # "term risk": rare, looked up once
    for subject in candidates:
        if subject.lower().startswith(_POINTER_IN):
            continue  # "goodwill, what is it in acquisition": "it" is asked, "in acquisition" its setting
        found = (_as_typed(matcher, subject, named) if named else None) or matcher.exact([subject])
        pieces = _joined_short(subject)  # "" for most subjects: nothing more to look up
        joined = matcher.exact([pieces]) if found is None and pieces else None
        if joined is not None and not any(matcher.terms[m.id].term.isupper() for m in joined.matches):
            found = joined  # "op ex" is opex; "i am" is no IAM, "s a" no SA: an acronym is never typed apart
        if found is not None and not _word_for_acronym(matcher, found, subject):
            return found
        short = clipped.lookup(subject) or (clipped.lookup(pieces) if pieces else None)  # "cap ex": "capex" dictated
        if short is not None and short.status == "answer":
            return short
        unsure = unsure or short
    return unsure


_POINTER_IN = ("it in ", "it on ", "it for ", "that in ", "this in ", "it within ")
PRONOUN_RANK = 200  # "one", "this": words that stand in for a noun, never an acronym left of a longer subject


def _word_for_acronym(matcher: Matcher, found: LookupResult, subject: str) -> bool:
    """The reading kept one everyday word in lower case of a longer subject, and every name it finds is an acronym:
    "the one in the server room" is no ONE (but "what is rest", "what's rest in an api context" ask about REST)."""
    word = found.query
    return word != subject.strip() and word.isalpha() and word.islower() \
        and common_words.is_common(word, PRONOUN_RANK) \
        and all(matcher.terms[m.id].term.isupper() for m in found.matches)


def _as_typed(matcher: Matcher, subject: str, named: dict[str, str]) -> LookupResult | None:
    """The name as typed when a reading dropped "term"/"word" in front of it: "term risk" and "word embedding"
    are names, the noun is no scaffold there ("the term SLA" is SLA: "term SLA" is no name)."""
    whole = next((named[k] for noun in NAMING_NOUNS if (k := f"{noun} {subject.lower()}") in named), None)
    return matcher.exact([whole]) if whole else None


def _fits(typed: str, at: int, name: tuple[str, ...], spans: list[tuple[int, int, int]], clipped: bool) -> bool:
    """Is typed[at:] a run of beginnings of `name`'s words, each piece within one typed word (`spans`),
    one cut short? A typed word split inside is no English word ("service contract" is not "service
    contr-act"); a word typed whole and cut short is no everyday word ("pay period" is not "payback
    period", "for" not "form") and not another form of the word ("test run" is not "test runner")."""
    if not name:
        return at == len(typed) and clipped
    word, least = name[0], FIRST_PIECE if at == 0 else PIECE
    if at == len(typed) or typed[at] != word[0]:
        return False
    begins, ends, rank = spans[at]  # the typed word this piece is in, and how common that word is
    shared = 1
    while shared < min(len(word), ends - at) and typed[at + shared] == word[shared]:
        shared += 1
    for n in range(shared, least - 1, -1):
        if at + n < ends and rank <= REAL_WORD_RANK:
            continue
        if n < len(word) and at == begins and at + n == ends and (
                n < FIRST_PIECE or word[n:] in _WORD_ENDINGS or rank <= MEANS_ITSELF):
            continue
        if _fits(typed, at + n, name[1:], spans, clipped or n < len(word)):
            return True
    return False


def _words(text: str) -> list[str]:
    """Folded words, an apostrophe dropped: "worker's compensation" is "workers compensation"."""
    return normalize.words(_APOSTROPHE.sub("", text))


def _joined_short(subject: str) -> str:
    """"cap ex", "op ex": pieces of at most three letters typed apart are one clipped word; else ""."""
    parts = subject.split()
    return "".join(parts) if 1 < len(parts) <= 3 and all(len(p) <= 3 and p.isalpha() for p in parts) else ""
