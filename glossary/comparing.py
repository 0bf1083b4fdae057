"""Comparisons: each side of "X vs Y" resolved to a term, one sense each, in the order asked.

A side is a name (exact), or what one question about it finds; as a side, a name typed short also counts
("agile vs waterfall", compare_sides.py), and a side that names nothing is tried with the other side's head
word ("secured and unsecured loan", "a tightly coupled one", contrast.shared_heads). Of several senses, the
one whose name shares words with the other side, or that the other side is related to ("IRR vs MIRR").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from glossary import asked_difference, contrast, cues, frames, instances, normalize, parallel_sides, shared_tails
from glossary.compare_sides import initials_of_other, short_side, shorter_sides, split_story, story_tail
from glossary.cue_words import SINGLE_POINTERS
from glossary.explained import ExplainedNames, as_explained
from glossary.kind_guess import pointed_side
from glossary.matching import MAX_CHOICES
from glossary.models import LookupResult, Match, Term
from glossary.outright import asks_term_outright
from glossary.plain_sides import PlainSides
from glossary.question import subject_candidates
from glossary.readings import scaffold_word
from glossary.twin_names import GivenNames

if TYPE_CHECKING:
    from glossary.detect import Detector
    from glossary.detect_types import Candidate
    from glossary.matching import Matcher
    from glossary.textscan import Scan

MAX_NAME_WORDS = 4  # a side written longer is a sentence: the reply names the terms instead
_ANSWERED = ("answer", "ambiguous")
#: The clause that compares a pronoun with something ("..., and how does it differ from", "? how is that different").
_COMPARING_CLAUSE = re.compile(r"(?:[,.?!;:]\s*|(?<!\s)\s+)(?:and\s+)?(?=(?:how|in what way|what)\b[^.?!,]{0,40}?"
                               r"\b(?:it|this|that)\b[^.?!]{0,20}?\b(?:differ|different|compare|vs|versus)\b)", re.I)
#: Where a clause or sentence ends: "what is CWE? is it the same as CVE", "opex - is it the same as capex?".
_CLAUSE_END = re.compile(r"[,.?!;:]\s*|\s[\u2014\u2013-]+\s")
_ARTICLES = frozenset({"the", "a", "an"})
_POINTERS = frozenset({"it", "this", "that", "they", "these", "those", "them", "one", "the other", "the two", "both"})


class Comparing:
    """The comparison half of the Understander (glossary/understand.py), which provides these members."""

    terms: dict[str, Term]
    matcher: Matcher
    _explained: ExplainedNames
    _named: Callable[[list[str]], LookupResult | None]  # a name, alias, variant or shortened name ("capex")

    @functools.cached_property
    def _given_names(self) -> GivenNames:
        """Names definitions give their terms ("also called unsystematic risk"), a side when no name is."""
        return GivenNames(self.terms)

    @functools.cached_property
    def _names_by_word(self) -> parallel_sides.NameWords:
        """Names of several words by their words: a side typed short is completed from them."""
        return parallel_sides.NameWords(self.terms)

    @property
    def detector(self) -> Detector:
        raise NotImplementedError

    def _one(self, text: str, scoped: str | None = None) -> LookupResult:
        raise NotImplementedError

    def _read(self, cleaned: str, last: str | None) -> LookupResult:
        raise NotImplementedError

    def _comparison(self, frame: frames.Frame, cleaned: str) -> LookupResult | None:
        if any(part.lower() in _ARTICLES for part in frame.parts):  # "is that the same as capex?": the article
            frame = frames.Frame(frame.kind, tuple("that" if p.lower() in _ARTICLES else p for p in frame.parts),
                                 frame.aspect, frame.strict, frame.likened)  # is left of "that the": it points back
        frame = self._pointed_side(frame, cleaned)  # "what is opex? how does it differ from capex?"
        if (plain := PlainSides.asked_over_plain(frame)) and not self._is_name(plain[1]) and self._is_name(plain[2]):
            one = self._one(plain[0])  # "what is SFTP vs normal FTP?" asks what SFTP is
            if one.status in _ANSWERED and asks_term_outright(plain[0], one.subject):
                return one
        sides: dict[str, tuple[str, list[Match]] | None] = {}

        def side(part: str) -> tuple[str, list[Match]] | None:
            if part not in sides:
                sides[part] = self._side(part, strict=frame.strict, likened=frame.likened,
                                         later=part != frame.parts[0])
            return sides[part]

        result = self._compared(frame, cleaned, frame.parts, side)
        if result is None and len(frame.parts) >= 2 and (tail := story_tail(frame.parts[0])):
            result = self._compared(frame, cleaned, (tail, *frame.parts[1:]), side,  # "They'll argue about X vs Y"
                                    parallel=False)  # "is the fisher effect the rule about real vs nominal rates"
        if result is None and len(frame.parts) >= 2 and not frame.strict and side(frame.parts[0]) is None \
                and (end := self._named_end(frame.parts[0])):
            result = self._compared(frame, cleaned, (end, *frame.parts[1:]), side)  # "dumb question debit vs credit"
        return result

    def _tentative(self, frame: frames.Frame | None, cleaned: str) -> LookupResult | None:
        """The comparison of a term and words no span names (glossary/one_sided.py), when those words name a term."""
        result = self._comparison(frame, cleaned) if frame is not None else None
        return result if result is not None and result.status == "compare" else None

    def _pointed_side(self, frame: frames.Frame, cleaned: str) -> frames.Frame:
        """The frame with a side that is only "it"/"this"/"that" read as the term the message asked about before
        the clause that compares: "what is opex, and how does it differ from capital expenditures?"."""
        if not pointed_side(frame) or (start := _comparing_clause(frame, cleaned)) is None:
            return frame
        before = self._one(cleaned[:start])
        if before.status not in _ANSWERED or instances.wants_instance(cleaned[:start], before.subject):
            return frame  # "What is the par value of these bonds? is that the same as their price?": a value
        parts = tuple(before.matches[0].term if part.lower() in SINGLE_POINTERS else part for part in frame.parts)
        return frames.Frame(frame.kind, parts, frame.aspect, frame.strict, frame.likened)

    def _difference_asked(self, result: LookupResult, cleaned: str, scoped: str) -> LookupResult:
        """A message whose sentences asked (`scoped`) ask how the two terms it names differ, wherever they are
        named ("The CO does a price analysis, not a cost analysis. What's the difference?"): when no reading
        answered, or one answered a single term though the sentence asking the difference names none."""
        if result.status == "compare" or not asked_difference.asks(scoped) or result.status in _ANSWERED and any(
                not (x.weak or x.loose) for x in self.detector.spans(asked_difference.asking(scoped))[1]) \
                or (named := asked_difference.pair(self.detector, cleaned)) is None:
            return result  # "I understand LPTA vs best value. But what is price realism?" compares nothing; one
            # answered stays unless the sentence asking the difference names nothing ("X and the other Y. which ...")
        both = self._comparison(named, cleaned)
        return both if both is not None and both.status == "compare" else result

    def _one_side(self, result: LookupResult, scoped: str) -> LookupResult:
        """One of two terms answered where their difference is asked ("X r Y er difference?"): "did you mean" both."""
        if result.status != "answer" or not (other := asked_difference.other_side(self.detector, scoped, result)):
            return result
        ids = list(dict.fromkeys([*(m.id for m in result.matches), *other]))[:MAX_CHOICES]
        return LookupResult(result.query, result.subject, "suggest", [Match(i, self.terms[i].term, 90.0) for i in ids])

    def _named_end(self, part: str) -> str:
        """The longest run of words ending a first side that names nothing as a whole that is exactly a name,
        its other words the story before it ("ok dumb accounting question debit" before "versus credit")."""
        words = part.split()
        return next((text for size in range(min(len(words) - 1, MAX_NAME_WORDS), 0, -1)
                     if self._is_name(text := " ".join(words[-size:]))), "")

    def _compared(self, frame: frames.Frame, cleaned: str, parts: tuple[str, ...],
                  side: Callable[[str], tuple[str, list[Match]] | None], parallel: bool = True) -> LookupResult | None:
        """The comparison of `parts`, or None; `parallel`: a side typed short may be completed from the other
        (not for a side cut from a story, which may ask about another term)."""
        parts = contrast.shared_heads(parts, self._is_name, functools.partial(self._is_name, whole=True))
        resolved = [side(part) for part in parts]  # "blue green vs canary deployment"
        if len(parts) > 2 and resolved[-1] is None and _afterthought(parts[-1], cleaned):
            parts, resolved = parts[:-1], resolved[:-1]  # "call vs put, for the new analyst": no third side
        if not frame.strict:  # "horizonal vs vertical scaling", "M1 vs M2 money supply": the head written once
            resolved = shared_tails.distributed(parts, shared_tails.completed(parts, resolved, side, self.terms),
                                                side, self._is_name, self.terms)
            resolved = parallel_sides.completed(parts, resolved, self.terms, self._names_by_word,
                                                self.matcher.concepts.once) if parallel else resolved
        found = [r for r in resolved if r]
        if frame.strict and len(found) < len(resolved):
            return None  # "X or Y?" compares only when both are terms ("coffee or tea?" is not)
        if initials_of_other(found, self.terms):
            return None  # "purchase order ... is it the same as a PO": the asker's own short form, not Project Officer
        ids: list[str] = []
        for n, (name, matches) in enumerate(found):
            others = [m.id for k, (_, other) in enumerate(found) if k != n for m in other]
            senses = len(matches) > 1 and not self.matcher.concepts.one_concept([m.id for m in matches], name)
            ranked = self._by_shared_words(matches, others, senses=senses)
            if not ranked:
                return None  # "PR vs publicity": no sense of PR is in publicity's field, so which PR is unknown
            chosen = self._pick_sense(ranked, ids)
            if chosen not in ids:
                ids.append(chosen)
        if len(ids) < 2:
            return None
        return self._compare(cleaned, [name for name, _ in found], ids)

    def _together(self, cleaned: str, scan: Scan, spans: list[Candidate],
                  read: Callable[[str, Scan, Candidate], LookupResult]) -> LookupResult | None:
        """Terms asked about together ("what do SLA and SLO mean", "what's a KPI and an OKR"), compared when
        each resolves to one sense, a side of several senses settled by the others as in "X vs Y" (`read`: a
        span's outcome); None when one does not."""
        sides = [read(cleaned, scan, span) for span in spans]
        if any(side.status not in _ANSWERED for side in sides):
            return None
        names = tuple(scan.text[scan.starts[span.first]:scan.ends[span.last]] for span in spans)
        read_sides = {name: (name, side.matches) for name, side in zip(names, sides, strict=True)}
        # a side of several senses ("IAA") is settled by the other side as in "X vs Y"
        return self._compared(frames.Frame("compare", names), cleaned, names, read_sides.get)

    def _compare(self, cleaned: str, names: list[str], ids: list[str], followup: str | None = None) -> LookupResult:
        matches = [Match(i, self.terms[i].term, 100.0) for i in ids]
        explained = as_explained(matches, self.terms, self._explained)  # "firm fixed price vs T&M": not FFP
        matches = explained if len(explained) == len(matches) else matches
        if any(len(name.split()) > MAX_NAME_WORDS for name in names):  # "can someone explain patent defect"
            names = [m.term for m in matches]
        return LookupResult(cleaned, " vs ".join(names), "compare", matches, followup=followup)

    def _is_name(self, text: str, whole: bool = False) -> bool:
        """Exactly a glossary name, maybe inflected ("secured loans"), never a typo; `whole`: all of the text."""
        if (exact := self.matcher.exact(subject_candidates(text))) is not None and (
                not whole or normalize.whole_name(exact.subject, text)) or len(self._given_names.ids(text)) == 1:
            return True  # `whole`: not "pricing" read from "pricing for our launch skimming" before its setting
        scan, spans = self.detector.spans(text)
        return any(span.first == 0 and span.last == len(scan.norms) - 1 and not span.loose for span in spans)

    def _side(self, part: str, *, strict: bool, likened: bool = False,
              later: bool = False) -> tuple[str, list[Match]] | None:
        """One side of a comparison, as the words that name it and its senses, or None: exact, or (loosely)
        one clear span, typo or name typed short, maybe once the story after it is cut off. A `later` side
        (after "vs") begins with its name: a term named only in the story after it is not the side."""
        if part.lower() in _POINTERS and not part.isupper():
            return None  # "is it the same as a letter of credit?": "it" is what came before, not IT
        exact = self.matcher.exact(subject_candidates(part))
        if exact is not None and not scaffold_word(exact.subject):  # "who or what is the JAB?": not WHO
            return part, exact.matches
        if len(given := self._given_names.ids(part)) == 1:  # "unsystematic risk": a name a definition gives
            return part, [Match(given[0], self.terms[given[0]].term, 100.0)]
        if strict:  # "opex or capex?": a name typed short is a name too
            short = self._named(subject_candidates(part))
            return (part, short.matches) if short is not None and short.status == "answer" else None
        for name in (part, *shorter_sides(part, likened=likened)):  # "T&M contract for the website rebuild"
            result = self._one(name)
            if result.status in _ANSWERED and later and name == part and (own := self._before_story(part, result)):
                return own  # "debit versus credit which one is which like in the t account thing": credit
            if result.status in _ANSWERED:
                return name, result.matches
            short = short_side(name, result.matches, self.terms) if result.status == "suggest" else None
            if short is not None:  # "agile vs waterfall": a name typed short stands for it in a comparison
                return name, short
        words = [w for w in normalize.words(part) if w not in _ARTICLES]
        if 1 < len(words) <= MAX_NAME_WORDS and (asked := self._one(f"what is {part}")).status in _ANSWERED \
                and normalize.words(asked.subject) == words[:-1] and self._is_name(asked.subject):  # "a DoS attack"
            return part, asked.matches  # its name and a noun of its kind, read as a question reads them
        return None

    def _before_story(self, part: str, result: LookupResult) -> tuple[str, list[Match]] | None:
        """The side's own words before its story, when they answer and the term read from the whole side is
        named only in the story ("credit which one is which like in the t account": credit, not T account)."""
        if (split := split_story(part)) is None:
            return None
        lead, story = (normalize.words(text) for text in split)
        names = [normalize.words(name) for m in result.matches for name, _ in self.terms[m.id].names()]
        if not any(normalize.find_run(story, name) >= 0 for name in names) \
                or any(normalize.find_run(lead, name) >= 0 for name in names):
            return None
        own = self._one(split[0])
        return (split[0], own.matches) if own.status in _ANSWERED else None

    def _by_shared_words(self, matches: list[Match], others: list[str], *, senses: bool = True) -> list[Match]:
        """Senses that share words of their names with the other side's first ("IRR vs MIRR": the internal
        rate of return, not the Individual Ready Reserve), then the fuller. When the other side is tagged and no
        sense (`senses`: of more than one concept) shares a word or a tag with it, nor is related to it, which
        one is meant is unknown: [] (compared terms come from one field: "PR vs publicity" is no procurement
        request)."""
        if len(matches) < 2:
            return matches
        theirs = {w for i in others for w in _name_words(self.terms[i])}
        fields = {t for i in others for t in self.terms[i].tags}  # "PR vs publicity": public relations
        shared = {m.id: (len(_name_words(self.terms[m.id]) & theirs), len(set(self.terms[m.id].tags) & fields))
                  for m in matches}
        related = self.detector.context.related
        if senses and fields and not any(any(shared[m.id]) or related(m.id) & set(others) for m in matches):
            return []
        return sorted(matches, key=lambda m: (-shared[m.id][0], -len(self.terms[m.id].definition)))  # the fuller

    def _pick_sense(self, matches: list[Match], others: list[str]) -> str:
        """The sense of one side that the other sides point to (related terms), else the first."""
        if len(matches) > 1 and others:
            context = self.detector.context
            for match in matches:
                if context.related(match.id) & set(others):
                    return match.id
        return matches[0].id


def _afterthought(part: str, cleaned: str) -> bool:
    """A last part after a comma that is a phrase of its own, no name: "..., for the new analyst", "..., the 30
    second version"."""
    words = part.split()
    at = cleaned.rfind(part)
    before = cleaned[:at].rstrip() if at > 0 else ""
    before = re.sub(r"\b(?:the|a|an)$", "", before, flags=re.I).rstrip()
    return before.endswith(",") and (words[0].lower() in cues.FUNCTION or len(words) >= 3
                                     or any(c.isdigit() for c in part))


def _name_words(term: Term) -> set[str]:
    return {w for name, _ in term.names() for w in normalize.words(name) if len(w) > 2 and w not in cues.FUNCTION}


def _comparing_clause(frame: frames.Frame, cleaned: str) -> int | None:
    """Where the clause that compares "it" with the other side begins: at "how/what ... it ... differ", else
    at the last clause end before the pointer that precedes the other side's name ("what is CWE? is it same
    as CVE or different?"); None when nothing comes before it."""
    if at := _COMPARING_CLAUSE.search(cleaned):
        return at.start()
    other = next((part for part in frame.parts if part.lower() not in SINGLE_POINTERS), None)
    low = cleaned.lower()
    named = low.rfind(other.lower()) if other else -1
    pointer = next((part for part in frame.parts if part.lower() in SINGLE_POINTERS), "")
    said = max((m.start() for m in re.finditer(rf"\b{re.escape(pointer.lower())}\b", low[:max(named, 0)])), default=-1)
    ends = [m.start() for m in _CLAUSE_END.finditer(cleaned, 0, max(said, 0))]
    return ends[-1] if named > 0 and said > 0 and ends and ends[-1] > 0 else None
