"""Names that are numbers: "508" (Section 508), "PORT 3389", "Form 990", said the way people say them.

A bare number is never a span on its own (glossary/detect.py): "508" in "we shipped 508 units" is a
count. A number is a name when a noun says what it numbers, the way classifier nouns work after a name
(glossary/classifiers.py), here before it:
- an entry named by the number alone ("508"): the noun written right before or after it ("section 508",
  "508 compliant": a word of keeping to a rule names a law) must be one the entry's own definition
  supports, the noun or its word class ("The federal regulation that ...": a section of a law,
  classifiers.FAMILIES); "a 508 page" or "room 508" are not Section 508;
- an entry named "<noun> <number>" ("PORT 3389"), written in full, is found by the detector; said by
  its number alone, the message must name the noun elsewhere ("firewall rule mentions 3389 — what's
  that port for"): "3389 rows" is not port 3389.
A name written as a number and its parts ("8(a)", "401(k)") is matched as written: its brackets split
the tokens, so the detector never joins them. All make ordinary spans, scored by the same cues as any
other (glossary/cues.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from glossary import classifiers, normalize
from glossary.cue_words import FUNCTION, QUESTION_CUES, SCAFFOLD, SKIP
from glossary.detect_types import Candidate
from glossary.models import Term
from glossary.textscan import Scan

_PARTS = re.compile(r"\d+(?:\([a-z0-9]{1,3}\))+", re.I)  # "8(a)", "401(k)", "501(c)(3)"
_NOT_NOUNS = FUNCTION | SCAFFOLD | SKIP | QUESTION_CUES
#: Words of keeping to a rule: after a number they name the rule it numbers ("508 compliance"), as "section" does.
CONFORMING = frozenset("compliance compliant noncompliant conformance conformant".split())


class Numbered:
    """The glossary's names that are numbers, by number: built once per glossary snapshot."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self._terms = terms
        self._told: dict[str, str] = {}
        self._by_number: dict[str, list[tuple[str, str]]] = defaultdict(list)  # "3389" -> [(id, "port")]
        self._written: dict[str, list[str]] = defaultdict(list)  # "8(a)" -> ids: a number with its parts
        for term in terms.values():
            for name, _ in term.names():
                words = normalize.words(name)
                if _PARTS.fullmatch(name.strip()):
                    self._written[name.strip().lower()].append(term.id)
                elif len(words) == 1 and words[0].isdigit():
                    self._by_number[words[0]].append((term.id, ""))
                elif len(words) == 2 and words[1].isdigit() and words[0].isalpha():
                    self._by_number[words[1]].append((term.id, normalize.singular(words[0])))

    def spans(self, s: Scan, found: list[Candidate]) -> list[Candidate]:
        """`found` with the numbers the message names as things added, in text order."""
        found = self._parts(s, found)
        if not self._by_number or not any(norm in self._by_number for norm in s.norms):
            return found
        found = [self._cased(s, c) for c in found]
        covered = {i for c in found for i in range(c.first, c.last + 1)}
        nouns = {normalize.singular(norm) for norm in s.norms}
        added: list[Candidate] = []
        named: dict[str, list[str]] = {}  # a number once named as a thing is that thing again: "section 508 ... 508"
        for i, norm in enumerate(s.norms):
            entries = self._by_number.get(norm, ())
            if not entries or i in covered:
                continue
            for first, last, k in ((i - 1, i, i - 1), (i, i + 1, i + 1)):  # "section 508", "a 1099 form"
                bare = [tid for tid, said in entries if not said and self._supports(tid, self._noun(s, k, covered))]
                if bare and s.soft[first] and not s.sentence_start[last]:
                    added.append(Candidate(first, last, bare, False, False))
                    named.setdefault(norm, bare)
                    break
            else:
                ids = list(dict.fromkeys(tid for tid, said in entries if said and said in nouns))
                if ids:  # "3389 ... that port"
                    added.append(Candidate(i, i, ids, False, False))
                    named.setdefault(norm, ids)
        taken = {i for c in added for i in range(c.first, c.last + 1)} | covered
        added += [Candidate(i, i, named[norm], False, False) for i, norm in enumerate(s.norms)
                  if norm in named and i not in taken]
        return sorted(found + added, key=lambda c: c.first) if added else found

    @staticmethod
    def _noun(s: Scan, k: int, covered: set[int]) -> str:
        """The word at token `k`, next to a number, if it may say what the number numbers: a word of the
        number's sentence that no term covers."""
        if k < 0 or k >= len(s.norms) or k in covered or not s.raws[k].isalpha():
            return ""
        if s.sentence_start[k + 1 if k + 1 < len(s.norms) and s.norms[k + 1].isdigit() else k]:
            return ""  # "... for 508. Section ..." : another sentence
        return normalize.singular(s.norms[k])

    def _parts(self, s: Scan, found: list[Candidate]) -> list[Candidate]:
        """`found` with the names written as a number and its parts ("8(a)", "401(k)") added: the
        brackets split the tokens, so the detector never joins them."""
        if not self._written:
            return found
        covered = {i for c in found for i in range(c.first, c.last + 1)}
        added = []
        for i, norm in enumerate(s.norms):
            if norm.isdigit() and i not in covered:
                for j in range(i + 1, min(i + 4, len(s.norms))):
                    ids = self._written.get(s.text[s.starts[i]:s.ends[j] + 1].lower())
                    if ids and s.text[s.ends[j]:s.ends[j] + 1] == ")" and not covered.intersection(range(i, j + 1)):
                        added.append(Candidate(i, j, list(ids), False, False))
                        break
        return sorted(found + added, key=lambda c: c.first) if added else found

    def _cased(self, s: Scan, c: Candidate) -> Candidate:
        """"port 3389" for the entry written "PORT 3389": a number with its noun is specific in any casing."""
        named = {n for _, n in self._by_number.get(s.norms[c.last], ())}
        if c.loose and c.last == c.first + 1 and normalize.singular(s.norms[c.first]) in named:
            return replace(c, loose=False)
        return c

    def _supports(self, term_id: str, noun: str) -> bool:
        """The entry's names or definition say the noun, or a noun of its word class; a word of conformity
        ("508 compliance", "be 508 compliant") names a rule, so a law or regulation supports it."""
        if len(noun) < 3 or noun in _NOT_NOUNS:
            return False
        noun = "law" if noun in CONFORMING else noun
        told = self._told.get(term_id)
        if told is None:
            t = self._terms[term_id]
            told = self._told[term_id] = " ".join(normalize.words(f"{t.term} {' '.join(t.aliases)} {t.definition}"))
        return classifiers.akin(told, noun)
