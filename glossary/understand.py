"""One understanding pipeline for every question: ask, follow-ups and comparisons.

The steps, in order, each only when the one before found nothing sure (a message that corrects itself,
"... nvm, just what's X", is read as corrected first, when that answers: corrections.py):
1. Read what asks: a line ends a sentence, a long message is cut to the sentence that asks (window.py), plus
   the one before when it points back ("what's that?") (scope.py). The rest is the story (unless asked_later.py).
2. The frame (frames.py): a comparison, a follow-up or a plain question; a comparison no shape caught is
   read from a cue and the terms named together (contrast.py). One side no term answers neither side, unless
   it is the plain thing the term is set against ("what's an rfq vs a normal quote", plain_sides.py).
3. Exact readings of the parser's subjects (question.py): names, aliases, spelling, plural and clipped
   forms (clipped.py), not the question's own words (readings.py); of several senses the one the other
   words point to (sense_choice.py, senses.py, expansions.py); one concept from several sources once (concepts.py).
4. Spans: every term in the scope (detect.py, casing relaxed, an acronym beside its expansion as one), the
   one asked about by general cues (cues.py, classifiers.py) and the message's shape (message_shape.py).
   Several spans and no cue to pick one: "did you mean", never a guess.
5. Typos, only over what is left (typo_reading.py): the short subject, else the rare content words no span
   covers, with their neighbours (typo_windows.py); a slip holds only when the message typed right reads the same.
6. A term in a message asking for an instance of it or an action on it ("can you reset my MFA?") is offered.
A confident wrong answer is the worst outcome, so every doubt ends in "suggest" or "unknown".
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import TYPE_CHECKING

from glossary import (
    apposed_pair,
    asked_apart,
    asked_later,
    asked_over,
    asked_shapes,
    bare_names,
    classifiers,
    clipped_spans,
    closing_pointer,
    contrast,
    corrections,
    cues,
    dictated,
    expansions,
    foreign_asks,
    form_spans,
    glossed,
    guessed_sense,
    heading,
    inside_expansion,
    instances,
    known_remark,
    last_ask,
    message_shape,
    modifier_terms,
    named_beside,
    named_sense,
    names_kept,
    negation,
    normalize,
    outright,
    phrases,
    pointed_name,
    pointed_phrase,
    quoted_whole,
    salient,
    scope,
    sense_marker,
    set_against,
    span_use,
    stated_pair,
    swapped_acronyms,
    textscan,
    twin_names,
    typo_names,
    unpicked,
    world_asks,
    world_english,
)
from glossary.also import also_named
from glossary.asked_of import asks_of_others
from glossary.clipped import Clipped, first_reading
from glossary.cognates import NameWords
from glossary.explained import ExplainedNames, prefer_explained
from glossary.families import Families
from glossary.field_words import FieldWords
from glossary.fields import Fields
from glossary.framed_reading import FramedReading
from glossary.fuller_names import fuller
from glossary.headed_away import headed
from glossary.heads import Heads
from glossary.initialisms import Initialisms, written_out
from glossary.matching import MAX_CHOICES, Matcher
from glossary.models import LookupResult, Match
from glossary.numbered_names import NumberedNames
from glossary.numeronyms import Numeronyms
from glossary.plain_sides import PlainSides
from glossary.question import subject_candidates
from glossary.readings import another_thing, scaffold_word, unsure
from glossary.rejoined import rejoined  # "AR turn over ratio": one word typed as two
from glossary.sense_choice import SenseChoosing
from glossary.tails import Tails
from glossary.typo_reading import TypoReading
from glossary.window import MAX_RAW, prepare

if TYPE_CHECKING:
    from glossary.detect import Detector

_ANSWERED = ("answer", "ambiguous")


class Understander(FramedReading, SenseChoosing, TypoReading):
    """Understanding over one glossary snapshot. The detector is built on first need (cold start)."""

    def __init__(self, matcher: Matcher, detector: Callable[[], Detector]) -> None:
        self.matcher = matcher
        self.terms = matcher.terms
        self._detector_factory = cache(detector)  # one snapshot, one detector: asked for ~6 times a question
        self._heads = Heads(self.terms, matcher.concepts, matcher.exact)  # built on first need
        self._tails = Tails(self.terms, matcher.concepts)  # "an aging schedule": built on first need
        self._clipped = Clipped(self.terms, matcher.concepts)  # "k8s", "capex": built on first need
        self._named = partial(first_reading, matcher, self._clipped)  # a name, alias, variant or shortened name
        self._clipped_words = partial(clipped_spans.add, clipped=self._clipped, shortest=1)  # a comparison's sides
        self._told = phrases.Told(self.terms)
        self._expansions = expansions.Expansions(matcher)
        self._guesses = guessed_sense.Guesses(self._expansions, self.terms, matcher.exact)
        self._explained = ExplainedNames(self.terms, matcher.concepts)  # built on first need
        self._vouch = twin_names.voucher(self.terms)  # "comptroller / controller": one name and another
        self._families = Families(self.terms)  # "transfer pricing": built on first need
        self._field_words = FieldWords(self.terms)  # built on first need
        self._fields = Fields(matcher)
        self._initials = Initialisms(matcher, self._field_words.at_home)  # "BOL?" for bill of lading: on first need
        self._plain = PlainSides(self.terms)  # "an rfq vs a normal quote" asks what an RFQ is
        self._numeronyms = Numeronyms(self.terms)  # built on first need
        self._numbered = NumberedNames(self.terms)  # likewise
        self._name_word = NameWords(self.terms)  # names' words, never another language's; cognates: "virtualização"

    @property
    def detector(self) -> Detector:
        return self._detector_factory()

    def lookup(self, text: str, last: str | None = None) -> LookupResult:
        """The outcome for one message; `last`: the term last answered in this conversation, if any."""
        cleaned = rejoined(self._numeronyms.spelled(prepare(text, self.matcher, self._named)), self._name_word)
        english = names_kept.kept(self._name_word.read(foreign_asks.english(cleaned, self._name_word), cleaned,
                                                       self.matcher.exact), cleaned, self.matcher.exact)  # "o que é X?"
        compared = apposed_pair.compared(cleaned, self.detector.spans)  # "X ani Y madhe farak kay?", "X Y diff?"
        result = self._read(compared, last) if compared else None
        stands = result is not None and result.status == "compare"  # then no other reading is tried
        worldly = None if stands else world_english.english(cleaned, self._name_word) \
            or closing_pointer.english(cleaned, self._name_word)  # "co je ERP system? ..", "... an HSM. ni iki?"
        english = english or worldly  # a table's reading first; "X etle? ... ne?" is no Turkish "ne" then
        cleaned = self._numbered.spelled(cleaned)  # "what's on 3389": PORT 3389
        first = self._numbered.spelled(english) if english else cleaned
        typed = () if foreign_asks.asks_other(cleaned, english) else (cleaned,)  # "¿quién lleva el ATO?": a person
        typed = (self._numbered.spelled(worldly), *typed) if worldly and typed and worldly is not english else typed
        readings = {} if stands else dict.fromkeys((*dictated.readings(first, self.matcher), first, *typed))
        result = corrections.first_standing(readings, partial(self._read, last=last), english) if readings \
            else result
        if result.status in _ANSWERED and foreign_asks.turns_away(cleaned, english) or result.status in (
                *_ANSWERED, "compare") and known_remark.knows(cleaned, [result.subject, *result.subject.split(" vs "),
                                                                        *(m.term for m in result.matches)]):
            result.status = "suggest"  # "chera MFA hey ghat mishe?": why it keeps failing; "ami jani DDoS mane ki"
        result.query = text[:MAX_RAW]
        result.subject = result.subject.replace(foreign_asks.OWN_WORD, " ")  # the reading's mark, never shown
        return result

    def _read(self, cleaned: str, last: str | None) -> LookupResult:
        scoped = scope.scoped_text(cleaned)  # the sentences asked: read once, by every step below
        frame = scope.frame_of(cleaned, scoped, self.detector.spans)  # "I know LPTA vs best value. what is X?"
        apart = asked_apart.read(cleaned) if frame is None else None  # "what is RBAC and what is ABAC"
        result = self._framed(frame, cleaned, last) if frame else apart and self._comparison(apart, cleaned)
        unanswered = result if frame and frame.kind == "new" and scoped != cleaned and result.status not in _ANSWERED \
            else None  # "Kindly explain gRPC. ... Also whether Postman supports it?": the message asked before
        result = None if unanswered else result
        if result is None:
            found = contrast.read(self._detector_factory, scoped, frame, self._clipped_words)  # "mix up NPV and IRR"
            result = found.frame and self._comparison(found.frame, cleaned) or self._tentative(
                found.tentative, cleaned) or self._one(*scope.apart(cleaned, scoped))  # "are opex and capex the same"
            if result.status in _ANSWERED and (found.one_sided or contrast.compares(frame, result.subject, cleaned)) \
                    and not outright.asks_term_outright(cleaned, result.subject) \
                    and not glossed.in_gloss(frame, result.subject) \
                    and not self._plain.set_against(frame, result.subject, [m.id for m in result.matches], found.frame):
                result.status = "suggest"  # "ISSM vs ISSO" with one side unknown: never one side as the answer
            elif result.status in _ANSWERED and instances.wants_instance(cleaned, result.subject) \
                    or result.status == "compare" and not (found.frame or found.tentative) and any(
                        instances.wants_instance(cleaned, side) for side in result.subject.split(" vs ")):
                result.status, result.offer = "suggest", "instance"  # "the SLA on our contract?", "SAN is down"
        if result.status in _ANSWERED and self._families.undefined_kind(cleaned, result.subject):
            result.status = "suggest"  # "what is transfer pricing", "holding period return": a kind nobody defined
        result = unanswered if unanswered and result.status not in (*_ANSWERED, "compare") else result
        result = stated_pair.offered(cleaned, result)  # "SAN vs NAS migration done btw": named in passing
        result = self._one_side(self._difference_asked(result, cleaned, scoped), scoped)  # "... What's the difference?"
        result = prefer_explained(result, self.terms, self._explained, cleaned)  # "EHR", "CMA": the senses explained
        result = swapped_acronyms.doubted(result, self.matcher, cleaned)  # "a tmp chip": TPM mistyped, or TMP?
        result = self._guesses.doubted(result, cleaned)  # "BOD? biochemical ...?": the asker's guess, another sense
        result = inside_expansion.doubted(result, cleaned)  # "roi, retrun on investment?": not "return"
        result = quoted_whole.doubted(result, self.terms, cleaned)  # "what does 'host family' involve?"
        result = salient.doubted(result, self.matcher, self.detector.spans, cleaned)  # '"X". what is that?'
        result = asked_later.answered(result, cleaned, scoped, partial(self._read, last=None), self.detector.spans)
        if result.status in _ANSWERED and result.followup not in ("about_last", "other"):
            result.also = also_named(self._detector_factory, self.terms, cleaned, result)
        return result

    def _one(self, text: str, scoped: str | None = None, reread: bool = True) -> LookupResult:
        if plain := sense_marker.field_reading(text, self._field_words.names, lambda t: self._one(t, None, reread),
                                               self.terms):
            return plain  # "X — what's the business definition?" read "X — what's the definition?"
        candidates = subject_candidates(scoped if scoped is not None else scope.scoped_text(text))
        exact = first_reading(self.matcher, self._clipped, candidates) if candidates else None
        exact = self._heads.verb_first(candidates, exact)  # "what does it mean to diversify a portfolio"
        if exact is not None and asked_shapes.field_of_pointer(text, candidates[0], exact.subject):
            exact = None  # "X?? ... what does it mean in IT": IT is the field, "it" the term named before
        spelled = expansions.read(text)  # "SEO, as in search engine optimization": the asker says which sense
        if exact is not None and sense_marker.names_field(text, exact.subject, self._field_words.names) \
                and len(self.detector.spans(text)[1]) > 1:
            exact = None  # "chain of command, the business definition pls": the field is no subject
        if exact is not None and not unsure(self.terms, exact, text) and not scaffold_word(exact.subject) \
                and normalize.key(exact.subject) in normalize.key(candidates[0]) \
                and not asked_over.outasked(self.detector, text, exact, candidates[0]):  # "CVE ... RCE = ?"
            if back := pointed_phrase.read_back(self.matcher, textscan.scan(text), exact.subject):
                return back  # "the cto keeps on about the genral ledgr. what's that"
            if exact.status == "suggest" and (initials := self._initials_read(text, candidates[0])):
                return initials  # "COGS": a name's initials (cost of goods sold) before a guessed plural of COG
            settled = self._spelled_sense(exact, spelled, text)
            return self._quoted_first(text, settled or self._fields.settle(
                self._senses(exact, text), text, lambda: self.detector.context))
        subject = candidates[0] if candidates else text
        scan, spans = self.detector.spans(text)
        spelled, spans = named_sense.unguessed(self.terms, scan, spans, spelled, self.matcher.concepts.one_concept)
        spans, unknown = named_beside.merge(scan, spans, spelled, self._expansions)
        spans = span_use.named_again(scan, spans)  # "the Anti-Deficiency Act ... this act?": not ACT
        spans = clipped_spans.add(scan, spans, self._clipped)  # "workers comp — what is it": not "comp"
        every = spans  # a term anywhere is not a typo of another ("... same as a canary deployment?")
        # "I know LPTA ... what is price realism?": the rest is context; "..., not the X": X is not asked
        spans = sense_marker.subjects(scan, negation.meant(self.terms, scan.norms, spans),
                                      self._field_words.names)  # "..., the business definition", "X (for NPV, ...)"
        spans = scope.in_scope(scan, spans)
        spans = bare_names.meant(scan, spans, self.terms, self._heads.begin)  # "prime", "X.509 cert": no acronym
        scored = set_against.jargon(scan, every, cues.score(scan, spans))  # "rest as in sleep? what's rest"
        scored = classifiers.widen(scan, scored, self.terms, self._told, self.matcher.exact)  # "TPM chip?"
        scored = modifier_terms.prefer(scan, scored, self._told)  # "M1 money supply": M1, a money supply
        scored, partial = phrases.narrow(scan, scored, self._told)
        chosen, decided = cues.choose(scored, message_shape.shape(scan, scored))
        if not decided and (head := heading.heading(scan, scored, self._vouch)) and not another_thing(text):
            chosen, decided = [head.span], True  # "data warehouse — is it a real building": the heading is asked
        elif not decided and (named := last_ask.asked_last(scan, scored)):
            chosen, decided = [named], True  # "... released under FOIA?? what is FOIA": the question names it
        chosen, decided = headed(scan, every, spans, chosen, decided)  # "three way match — PO, ...? what is it"
        if decided and (named := written_out(scan, every, chosen[0]) or fuller(scan, spans, chosen[0])):
            chosen = [named]  # "cash conversion cycle ... what's the CCC": the name written out, not another CCC
        if not decided and not unknown and (read := self._initials.asked(scan, spans, lambda: self.detector.context)):
            result = self._span_result(subject, scan, read[0])  # "BOL?": an acronym of a name written out
            result.status = result.status if read[1] or result.status not in _ANSWERED else "suggest"
            return result
        if not (decided or unknown) and (formed := self._heads.forms_in(scan, every)) and (form := form_spans.asked(
                scan, spans, formed, self.terms, self._told, self.matcher.exact)):  # "got debarred. meaning?"
            typed = scan.text[scan.starts[form.first]:scan.ends[form.last]]  # "debarred", not the whole question
            return self._offer(typed, [form]) if form.weak or asks_of_others(scan, form.first) \
                else self._span_result(subject, scan, form)  # not "how often do we get audited?": a number asked
        surface = decided and scan.text[scan.starts[chosen[0].first]:scan.ends[chosen[0].last]]
        if surface and (back := pointed_phrase.read_back(self.matcher, scan, surface)):
            return back  # "cfo wants to shorten our cash converison cycle. what is it": a name mistyped
        if surface and (longer := self._heads.longer(subject, surface, chosen[0].ids, scan)):
            return LookupResult(subject, subject, "answer", [Match(longer, self.terms[longer].term, 90.0)])
        if decided and (quoted := pointed_phrase.quoted_instead(scan, every, chosen[0].ids, chosen[0].weak)):
            return self._offer(subject, quoted + chosen)  # "'capitalize' ... accounting meaning?"
        if decided or unknown:  # an acronym spelled out as no sense is: unknown, never a guess (but a slip)
            if decided and len(chosen) > 1 and (both := self._together(text, scan, chosen, self._span_result)):
                return both  # "what do SLA and SLO mean": both, side by side
            return self._slip_beside(scan, every, self._span_result(subject, scan, chosen[0]), reread) if decided \
                else typo_names.spelled(
                self.matcher, scan, unknown) or unknown  # "a bill of materails (BOM)?" with no BOM defined
        if not reread:  # the message with a slip typed right (typo_reading.py): read without typos of its own
            return LookupResult(subject, subject, "unknown", [])
        if back := pointed_name.named(scan, every, self._told):  # "our articles of incorporation. what are those?"
            return self._span_result(subject, scan, back)
        typo = self._typed_right(scan, every, self._typos(subject, scan, every)) \
            if not world_asks.only_asking(subject) else LookupResult(subject, subject, "unknown", [])
        if typo.status not in _ANSWERED and (quoted := message_shape.referent(scan, every)):  # '"dogfood". a term?'
            typo = max(typo, self._typos(quoted, scan, every), key=lambda r: r.status in _ANSWERED)
        form = message_shape.shape(scan, scored)  # "blockchain. someone in sales said it", "junk bonds lol wat"
        if typo.status not in _ANSWERED and not (chosen or partial) and (read := unpicked.topic_first(
                text, scan, every, form, self.terms, self._one, typo.status)):
            return read  # the topic the message opens on, asked
        if (chosen or partial) and (typo.status not in _ANSWERED or phrases.typed_inside(scan, typo, partial)):
            # "annual recurring revenue": revenue?; "private equitty firm ... what is private equity": equity?
            ids = list(dict.fromkeys(i for span in chosen + partial for i in span.ids))[:MAX_CHOICES]
            return LookupResult(subject, subject, "suggest", [Match(i, self.terms[i].term, 90.0) for i in ids])
        if typo.status in ("unknown", "suggest") \
                and (named := unpicked.offered(scan, scored, form, self.terms, every)):
            return self._offer(subject, named, typo.matches)  # "whats a NAS box", "RADIUS server, what is that"
        return typo

    def _quoted_first(self, text: str, result: LookupResult) -> LookupResult:
        """An everyday word answered while the message quotes another term: offer both, the quoted first."""
        if result.status not in _ANSWERED or not pointed_phrase.has_quotes(text):
            return result
        scan, every = self.detector.spans(text)
        ids = [m.id for m in result.matches]
        everyday = any(c.weak for c in every if set(c.ids) & set(ids))  # the subject found as an everyday word
        quoted = pointed_phrase.quoted_instead(scan, every, ids, everyday)
        return self._offer(result.subject, quoted, result.matches) if quoted else result
