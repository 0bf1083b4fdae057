"""Find every glossary term inside free text, with character spans; precision first.

The index is built once per glossary version (like `Matcher`): a dict from the key of every term name and alias
(folded tokens, joined) to the names, plus the keys of their token prefixes: a few dict look-ups a token.

What fires, and why:
- Multi-word terms win over the words inside them, and matches never overlap.
- Plurals ("SLAs", "KPI's", "user stories") and case variants count.
- An acronym that is also a word ("IT"/it, "AM"/am, "SOW"/sow) fires only in its own
  casing, and never in shouted text; "AM"/"PM" after a number is a time (glossary/casing.py).
- A glossary word that is also an everyday word ("lead", "release", "bill") needs
  context (glossary/senses.py): a related term nearby, or two distinctive words of
  its definition. Capitalised mid-sentence ("Outlook") it is a name, not jargon.
- A term with several senses keeps the sense the message points to, else the senses
  the channel's context tags point to, else all of them.
No fuzzy matching: a wrong explanation is worse than a missing one.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable
from typing import Any
from weakref import WeakKeyDictionary

from glossary import common_words, normalize, split_words
from glossary.bare_names import everyday_expansion
from glossary.casing import (
    TIME_MARKERS,
    casing_ok,
    contracted,
    echoed,
    inside_word,
    is_acronym,
    is_time,
    lower_case_word,
    plural_of_shorter,
    shouted_near,
)
from glossary.detect_types import Candidate, Found, Key, Name, candidate, counted_apart, fold_name, singular
from glossary.models import Term
from glossary.numbered import Numbered
from glossary.plural_heads import plural_head
from glossary.senses import MIN_EVIDENCE, SenseContext, content_words
from glossary.textscan import APOSTROPHES, Scan, scan

NAME_COMMON_RANK = 10_000  # a term named by one of the 10,000 commonest English words needs context
ALIAS_COMMON_RANK = 30_000  # aliases are second-hand names: stricter


class Detector:
    """An index over one glossary snapshot; `find` and `spans` are thread-safe (the only state that changes is
    the spans of the last text read, swapped as one tuple of frozen values)."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self.terms = {t.id: t for t in terms}
        names: dict[str, list[Name]] = defaultdict(list)
        self._prefixes: set[str] = set()
        self._max_tokens = 1
        for term in self.terms.values():
            for text, is_alias in term.names():
                if not (is_alias and everyday_expansion(term, text)):  # "Left" of L: "what's left?" is no L
                    self._add(names, term.id, text, is_alias)
        written = set(names)
        for term in self.terms.values():  # a form a name carries ("NPV" in "net present value (NPV)")
            for text, weak in term.derived_names():  # a form of the term's own name is a name too
                if not weak or "".join(fold_name(text)[1]) not in written:
                    self._add(names, term.id, text, weak)
            for name, _ in term.names():  # "compound interest" for compounding interest, where no entry has it
                if (plain := common_words.plain_verb_form(name)) and "".join(fold_name(plain)[1]) not in written:
                    self._add(names, term.id, plain, True)
        self._names = {key: Key(entries).seal() for key, entries in names.items()}
        self.context = SenseContext(self.terms, self._resolve)
        self._numbered = Numbered(self.terms)  # "section 508", "3389 ... that port"
        self._last_spans: tuple[str, Scan, tuple[Candidate, ...]] | None = None

    def _add(self, names: dict[str, list[Name]], term_id: str, text: str, is_alias: bool) -> None:
        raw, norm = fold_name(text)
        key = "".join(norm)
        if not norm or len(key) < 2 or key.isdigit():
            return  # one letter or a bare number can never be told apart from ordinary text
        variants = [norm, *([apart] if (apart := counted_apart(norm)) else [])]  # "5Ps" typed "5 Ps"
        if raw[-1][1:].islower() and normalize.singular(norm[-1]) != norm[-1]:
            variants.append(norm[:-1] + (normalize.singular(norm[-1]),))  # "story points", "Nodes": also singular
        cased = any(is_acronym(r) for r in raw) or (len(norm) == 1 and norm[0] in TIME_MARKERS) \
            or (len(raw) > 1 and all(len(r) == 1 for r in raw) and is_acronym("".join(raw)))  # "U.S." is not "us"
        for variant in variants:
            bucket = names["".join(variant)]
            if all(e.term_id != term_id or e.norm != variant for e in bucket):
                weak = self._is_weak(raw, variant, is_alias) or variant is apart  # "5 Ps" may be a count
                bucket.append(Name(term_id, raw, variant, is_alias, weak, cased, variant is not norm))
            for k in range(1, len(variant)):
                self._prefixes.add("".join(variant[:k]))
        self._max_tokens = max(self._max_tokens, len(norm) + 2)

    @staticmethod
    def _is_weak(raw: tuple[str, ...], norm: tuple[str, ...], is_alias: bool) -> bool:
        limit = ALIAS_COMMON_RANK if is_alias else NAME_COMMON_RANK
        if is_alias and len(norm) > 1 and common_words.is_common("".join(norm), limit):
            return True  # W/O's alias "With Out" read as one word is "without", an everyday word
        if len(norm) > 1 or is_acronym(raw[0]):
            return False  # a phrase is specific: "support ticket" is a ticket, "ticket" may be for a concert
        return common_words.is_common(norm[0], limit) or common_words.is_common(normalize.singular(norm[0]), limit)

    def _resolve(self, name: str) -> list[str]:
        entry = self._names.get("".join(fold_name(name)[1]))
        return list(entry.ids) if entry else []

    # -- public -------------------------------------------------------------
    def find(self, text: str, tags: Iterable[str] = ()) -> list[Found]:
        """Every term occurrence in `text`, in text order. `tags`: the channel's context tags."""
        scanned = scan(text)
        chosen = self._resolve_overlaps(self._candidates(scanned))
        if not chosen:
            return []
        return self._decide(scanned, chosen, {t.lower() for t in tags})

    # -- steps --------------------------------------------------------------
    def spans(self, text: str) -> tuple[Scan, list[Candidate]]:
        """Every term occurrence a question may be about, everyday words and any casing included.

        Nothing is dropped here: `loose` marks a casing that only a question allows ("what's sow?"),
        `weak` an everyday word; glossary/cues.py decides whether the question is about them.
        """
        last = self._last_spans  # one message is read by several steps: scanned once (a tuple swap, thread-safe)
        if last is not None and last[0] == text:
            return last[1], list(last[2])
        scanned = scan(text)
        found = self._numbered.spans(scanned, self._resolve_overlaps(self._candidates(scanned, lenient=True)))
        found = split_words.add(scanned, found, self._one_word)  # "hub zone" for HUBZone
        self._last_spans = (text, scanned, tuple(found))
        return scanned, found

    def _one_word(self, key: str) -> list[str]:
        """The senses a name written as one word of the glossary gives `key` ("hubzone"), else none."""
        entry = self._names.get(key)
        return list(entry.ids) if entry and all(len(n.norm) == 1 for n in entry.names) else []

    def _candidates(self, s: Scan, lenient: bool = False) -> list[Candidate]:
        """Every window of tokens whose key is a name, checked for words and casing."""
        out: list[Candidate] = []
        names, prefixes, raws, norms, soft, joined = self._names, self._prefixes, s.raws, s.norms, s.soft, s.joined
        count, longest = len(norms), self._max_tokens
        for i, first in enumerate(norms):
            if first not in names and first[-1:] != "s" and (not soft[i] or (first not in prefixes and not joined[i])):
                continue  # the common case: a word that starts no name
            if s.dotted[i][0] != i or i > 1 and raws[i - 1] == "&" and joined[i - 1] and joined[i - 2] \
                    and norms[i - 2] not in names:  # "U.A.T.", "ATT&CK"; but "SLA&SLO" names two
                continue  # no name starts inside a dotted acronym, or after a bare "&" joining no name before it
            key = ""
            j = i
            while True:
                norm = norms[j]
                key += norm
                hits = names.get(key)
                plural = False
                if hits is None and norm[-1:] == "s":
                    single = singular(raws[j], norm)
                    if single != norm:
                        hits = names.get(key[: len(key) - len(norm)] + single)
                        plural = True
                if hits is not None and s.dotted[j][1] != j:
                    pass  # "O.T.A.": no name ends inside a dotted acronym either
                elif hits is not None and (hits.exact is None or plural or _typed_as(raws[j], hits.exact)
                                           or echoed(raws[j], hits.exact, s)):
                    # (an exact-only key seen in other casing is the everyday word: "it" for "IT")
                    self._keep(out, hits, s, i, j, plural, lenient)
                elif hits is not None and lenient and (i == j or all(joined[i:j]) and not contracted(s, i, j)):
                    out.append(Candidate(i, j, hits.ids, hits.weak, loose=True, variant=hits.variant))
                    # (never "what's a" as SA, nor "it's" as ITS: a word and its clitic)
                if not soft[j] or (not joined[j] and key not in prefixes):
                    if not (j == i and soft[j] and (head := plural_head(s, i, prefixes))):
                        break
                    key = head  # "letters of credit": the head of a name in the plural
                j += 1
                if j >= count or j - i >= longest:
                    break
        return out

    def _keep(self, out: list[Candidate], hits: Key, s: Scan, i: int, j: int, plural: bool,
              lenient: bool = False) -> None:
        variant = hits.variant
        if hits.plain and i == j:
            out.append(Candidate(i, j, hits.ids, hits.weak, variant=variant))  # one plain word: nothing to check
            return
        spaced = not all(s.joined[i:j])
        valid = [n for n in hits.names if self._fits(n, s, i, j, spaced, plural)]
        if len(valid) == len(hits.names):
            out.append(Candidate(i, j, hits.ids, hits.weak, variant=variant))
        elif valid:
            out.append(candidate(i, j, valid))
        elif lenient:
            loose = [n for n in hits.names if self._fits(n, s, i, j, spaced, plural, lenient=True)]
            if loose:
                out.append(candidate(i, j, loose, loose=True))

    def _fits(self, name: Name, s: Scan, i: int, j: int, spaced: bool, plural: bool, lenient: bool = False) -> bool:
        """Same words as the name (or one joined word like 'back-end'), and casing that allows it."""
        if j > i and name.norm[-1] == "s" and s.text[s.ends[j - 1]:s.starts[j]] in APOSTROPHES:
            return False  # "the 5 P's": a plural or possessive "'s", never the S of "P/S"
        if spaced:
            norms = s.norms[i:j] + [singular(s.raws[j], s.norms[j]) if plural else s.norms[j]]
            if tuple(norms) != name.norm and (norms[0] == name.norm[0] or (singular(s.raws[i], norms[0]),
                                                                           *norms[1:]) != name.norm) \
                    and split_words.hyphen_closed(s, i, norms) != name.norm:  # "multi-factor" for "Multifactor"
                return False
        if not name.cased:
            return True
        if inside_word(s, i, j):
            return False  # "mba'épa he'ise?" (Guarani: what does it mean): the end of a word, no lower-case ISE
        raws = s.raws[i:j + 1]
        if plural and is_acronym(name.raw[-1]) and raws[-1][-1:] in ("s", "S"):
            if lower_case_word(raws[-1]):
                return False  # "what goes into COGS": "goes" is the verb, never the plural of GOE
            raws[-1] = raws[-1][:-1]  # "SLAs" is checked as "SLA"
        if len(name.raw) == len(raws):
            pairs = list(zip(name.raw, raws, strict=True))
        else:  # "S.L.A." for "SLA", "CICD" for "CI/CD": compare the letters
            pairs = [("".join(name.raw), "".join(raws))]
        shouting = s.shouting or (len(pairs) == 1 and shouted_near(s.raws, s.sentence_start, j))
        repeated = len(pairs) == 1 and echoed(pairs[0][1], pairs[0][:1], s)  # the name itself, no set built
        if not lenient and not repeated and not all(casing_ok(n, r, shouting) for n, r in pairs):
            return False
        if lenient and any(plural_of_shorter(n, r) for n, r in pairs):
            return False
        if len(name.norm) == 1 and is_time(name.norm[0], s.raws[i - 1] if i > 0 else None):
            return False  # "10 AM" is a time, not an account manager
        return True

    @staticmethod
    def _resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
        """Longest first, then leftmost: 'technical debt' beats 'debt'; no two matches share a token."""
        taken: set[int] = set()
        chosen: list[Candidate] = []
        for cand in sorted(cands, key=lambda c: (c.first - c.last, c.first)):
            span = range(cand.first, cand.last + 1)
            if not taken.intersection(span):
                taken.update(span)
                chosen.append(cand)
        return sorted(chosen, key=lambda c: c.first)

    def _decide(self, s: Scan, chosen: list[Candidate], channel_tags: set[str]) -> list[Found]:
        """Drop everyday words without context, then pick senses."""
        words: frozenset[str] | None = None
        everyone = {tid for c in chosen for tid in c.ids}
        kept: list[Candidate] = []
        for cand in chosen:
            if cand.weak:
                raw = s.raws[cand.first]
                if raw[:1].isupper() and not raw.isupper() and not s.sentence_start[cand.first]:
                    continue  # "Outlook", "Champion": a capitalised everyday word mid-sentence is a name
                words = content_words(s.norms) if words is None else words
                if max(self.context.evidence(tid, everyone, words) for tid in cand.ids) < MIN_EVIDENCE:
                    continue
            kept.append(cand)
        domain = {tag for c in kept if len(c.ids) == 1 for tag in self.terms[c.ids[0]].tags}
        found: list[Found] = []
        terms = self.terms
        for cand in kept:
            ids = cand.ids
            if len(ids) > 1:
                words = content_words(s.norms) if words is None else words
                ids = self.context.choose(ids, everyone, words, domain, channel_tags)
            start, end = s.starts[cand.first], self._possessive_end(s, cand.last)
            found.append(Found(start, end, s.text[start:end], tuple([terms[t] for t in ids])))
        return found

    @staticmethod
    def _possessive_end(s: Scan, last: int) -> int:
        """Include "'s" in the span: "the KPI's owner"."""
        end = s.ends[last]
        if last + 1 < len(s.norms) and s.norms[last + 1] == "s" and s.text[end:s.starts[last + 1]] in APOSTROPHES:
            return s.ends[last + 1]
        return end


_CACHE: WeakKeyDictionary[object, Detector] = WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()


def detector_for(glossary: Any) -> Detector:  # noqa: ANN401 - a Glossary; typed loosely to avoid an import cycle
    """The detector for the glossary's current version, rebuilt only when the glossary changed."""
    return detector_of(glossary.matcher)


def detector_of(matcher: Any) -> Detector:  # noqa: ANN401 - a Matcher, rebuilt on every glossary change
    """The detector over the same snapshot as `matcher` (a fine cache key), built on first need."""
    with _CACHE_LOCK:
        detector = _CACHE.get(matcher)
        if detector is None:
            detector = _CACHE[matcher] = Detector(matcher.terms.values())
    return detector


def _typed_as(raw: str, names: frozenset[str]) -> bool:
    """The word is one of these exact-only names as written, or typed with capitals inside ("DoS" for DOS)."""
    return raw in names or is_acronym(raw) and any(raw.upper() == name.upper() for name in names)
