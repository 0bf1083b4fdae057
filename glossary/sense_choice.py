"""Of an asked name's senses, the one the message points to: a sense written out or ruled out in the
message (named_sense.py, fields.py), the one whose own words the message shares, else the field its other
words belong to ("the subcontractor is an LLC ... legally"); one concept from several sources once. Words
the asker denies ("not the bond rating") point nowhere, a ruled-out sense is dropped before the rest are
weighed, and a field named on purpose ("an LLC (company type)", "AAA in networking") narrows the senses
even where words said in passing would not: fewer senses are kept, still asked about, when no one wins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from glossary import fields, named_beside, named_sense, named_terms, negation, normalize
from glossary.field_words import STATED_MARGIN
from glossary.matching import MAX_CHOICES
from glossary.models import LookupResult, Match
from glossary.readings import names_more
from glossary.senses import content_words

if TYPE_CHECKING:
    from glossary.detect import Detector
    from glossary.detect_types import Candidate
    from glossary.expansions import Expansions, Spelled
    from glossary.field_words import FieldWords
    from glossary.fields import Fields
    from glossary.initialisms import Initialisms
    from glossary.matching import Matcher
    from glossary.models import Term
    from glossary.textscan import Scan


class SenseChoosing:
    """Mixin for Understander: choose among the senses of a name found (exact reading or span)."""

    terms: dict[str, Term]
    matcher: Matcher
    detector: Detector
    _field_words: FieldWords
    _fields: Fields
    _initials: Initialisms
    _expansions: Expansions

    def _senses(self, exact: LookupResult, text: str) -> LookupResult:
        """An asked name with several senses: the one the message's other words point to ("what does the
        IRR of a project mean"), else every sense."""
        if exact.status != "ambiguous" or not names_more(text, exact.subject):
            return exact
        context, norms, ids = self.detector.context, normalize.words(text), [m.id for m in exact.matches]
        ruled, said = negation.ruled_out(self.terms, ids, norms, exact.subject, text)  # "not the windows one"
        ids = [i for i in ids if i not in ruled] or ids
        words = context.asked_words(content_words(norms), exact.subject) - said - negation.denied_words(text, norms)
        ids = self._pointed(ids, words, exact.subject, text)
        if len(ids) < len(exact.matches):  # one sense, or fewer ("an LLC (company type)": the company ones)
            exact.matches = sorted((m for m in exact.matches if m.id in ids), key=lambda m: ids.index(m.id))
            exact.status = "answer" if len(ids) == 1 else "ambiguous"
        return exact

    def _pointed(self, ids: list[str], words: frozenset[str], asked: str, text: str) -> list[str]:
        """The one sense the message's words point to, each concept weighed once ("record the decision in an
        ADR": the architecture decision record, written by two sources); else every sense, ranked."""
        context, once = self.detector.context, self.matcher.concepts.once(ids, asked)
        picked = context.choose(once, set(), words, set(), set(), asked=True) if len(once) > 1 else once
        picked = picked if len(picked) == 1 else context.choose(ids, set(), words, set(), set(), asked=True)
        if len(picked) == 1:
            if not self._agreed(picked[0], ids, words, asked):
                return ids
            return picked if not (field := fields.stated(text, asked)) else self._also_stated(picked[0], ids, field)
        # no sense's own words: the field the other words belong to ("the subcontractor is an LLC ... legally")
        same = self.matcher.concepts.one_concept
        picked = self._field_words.pick(picked, words, lambda a, b: same([a, b], asked))
        if len(picked) > 1 and (field := fields.stated(text, asked)):
            # a field named on purpose: the senses whose own words it names ("an LLC (company type)"), else
            # its words' fields with a smaller margin ("AAA in networking")
            picked = self._fields.fitting(picked, field, context)
            if len(picked) > 1 and not self.matcher.concepts.one_concept(picked, asked):
                return self._field_words.pick(picked, field, lambda a, b: same([a, b], asked), STATED_MARGIN)
        if len(picked) > 1:  # the entries of the other terms it names ("their ROE is low so the CFO ...")
            scan, spans = self.detector.spans(text)
            concepts, denied = self.matcher.concepts, negation.denied_words(text, scan.norms)
            spans = [c for c in spans if denied.isdisjoint(scan.norms[c.first:c.last + 1])]  # not "not the npv one"
            if named := named_terms.words(scan, spans, ids, asked, self.terms, same, concepts.richest) - words:
                return self._field_words.pick(picked, words | named, lambda a, b: same([a, b], asked))
        return picked

    def _agreed(self, picked: str, ids: list[str], words: frozenset[str], asked: str) -> bool:
        """The sense one word of its definition picks ("... is that like a database?") stands unless the field the
        other words belong to ("registered", "bid") is clearly another sense's: two readings that disagree, so both
        senses are offered. Two shared words or more stand whatever the field."""
        if len(self.detector.context.full_signature(picked) & words) > 1:
            return True
        fielded = self._field_words.pick(ids, words, lambda a, b: self.matcher.concepts.one_concept([a, b], asked))
        return len(fielded) == len(ids) or picked in fielded

    def _also_stated(self, picked: str, ids: list[str], field: frozenset[str]) -> list[str]:
        """The sense the message's words picked, and beside it the one a field named on purpose fits when that is
        another ("what's a PR in git terms? someone thinks it means public relations"): the asker's own setting
        and a sense written out disagree, so both are offered, the field's first."""
        fitted = self._fields.fitting(ids, field, self.detector.context)
        return [picked] if picked in fitted or len(fitted) == len(ids) else [*fitted, picked]

    def _spelled_sense(self, exact: LookupResult, spelled: list[Spelled], text: str) -> LookupResult | None:
        """The sense the message spells out (expansions.py), unless a field the asker names on purpose fits another
        of the acronym's senses and not it ("what's a PR in git terms? the new analyst thinks it means public
        relations"): two readings that disagree, so both are offered, the field's first."""
        settled = self._expansions.settle(exact, spelled) if spelled else None
        if settled is None or settled.status != "answer" or len(exact.matches) < 2 \
                or not (field := fields.stated(text, exact.subject)):
            return settled
        chosen = settled.matches[0]
        fitted = self.detector.context.choose([*(m.id for m in exact.matches), chosen.id], set(), field, set(), set(),
                                              asked=True)
        if len(fitted) != 1 or fitted[0] == chosen.id:
            return settled
        matches = [m for m in exact.matches if m.id == fitted[0]]
        return LookupResult(exact.query, exact.subject, "suggest", [*matches, chosen])

    def _span_result(self, subject: str, scan: Scan, span: Candidate) -> LookupResult:
        surface = named_beside.closed(scan.text, scan.starts[span.first], scan.ends[span.last])  # "... (PaaS)"
        ids, concepts = span.ids, self.matcher.concepts
        if len(ids) > 1 and concepts.one_concept(ids, surface):
            ids = [concepts.richest(ids)]
        ids = [one] if (one := named_sense.pick(self.detector, self.matcher, scan, ids, surface)) else ids
        if len(ids) > 1:  # the message's other words may point at one sense ("PR ... press release")
            words = self.detector.context.asked_words(content_words(scan.norms), surface)
            ids = self._pointed(ids, words - negation.denied_words(scan.text, scan.norms), surface, scan.text)
        matches = [Match(i, self.terms[i].term, 100.0) for i in ids]
        result = LookupResult(subject, surface, "answer" if len(matches) == 1 else "ambiguous", matches)
        # the message may rule this sense out ("surely not amazon web services?") or point to another
        return self._fields.settle(result, scan.text, lambda: self.detector.context)

    def _offer(self, subject: str, spans: list[Candidate], extra: list[Match] = ()) -> LookupResult:
        ids = list(dict.fromkeys([i for span in spans for i in span.ids] + [m.id for m in extra]))[:MAX_CHOICES]
        return LookupResult(subject, subject, "suggest", [Match(i, self.terms[i].term, 90.0) for i in ids])

    def _initials_read(self, text: str, subject: str) -> LookupResult | None:
        """The answer that reads an acronym as the initials of a name written out, when sure; else None."""
        scan, spans = self.detector.spans(text)
        read = self._initials.asked(scan, spans, lambda: self.detector.context)
        result = self._span_result(subject, scan, read[0]) if read and read[1] else None
        return result if result is not None and result.status == "answer" else None
