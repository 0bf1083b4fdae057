"""The message says which sense of a name it means: its field, its story, a sense it rules out.

An exact reading names one or more senses, but the asker may mean another: "what is AP in finance?"
when the glossary's only AP is an acquisition plan, "surely not amazon web services?" about AWS,
"what's a PO, the supplier needs the number" when PO is a Project Officer and a purchase order exists.
A confident wrong answer is the worst outcome, so here:
- a sense the asker rules out ("not X", "not the critical path thing", "I don't mean X") is dropped, and
  the words that named it point nowhere (negation.py);
- a sense the message names in full ("an approved pull request ... what's a PR") is the one meant;
- the other readings of the name join as candidates: its singular or plural ("option"/"options") and,
  for an acronym, the terms whose name's initials spell it ("accounts payable" for AP, "return on equity"
  for ROE); one that is a sense read from another source is read too;
- each candidate is scored by the message's distinctive words shared with its definition, tags,
  names and related terms (senses.py), a shortened word counting ("supplier"/"supplies");
- a candidate the words clearly point to wins, and so does the one sense a stated field of two words or
  more fits ("an option in a government contract"), a read sense's own tag counting twice ("ROE in
  finance"); a candidate that fits where the senses read do not,
  or a stated field ("in finance", "finance-speak") that no sense read fits, makes it a "did you mean".
Only the glossary's own data decides: no list of particular terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from glossary import common_words, negation, normalize, outside_senses, sense_marker
from glossary.casing import is_acronym
from glossary.common_words import NOT_COMMON
from glossary.cue_words import DEICTIC, MANNER_WORDS
from glossary.field_fit import MARKERS, FieldFit
from glossary.field_fit import field_form as _field_form
from glossary.models import LookupResult, Match
from glossary.senses import content_words
from glossary.spelling import same_word

if TYPE_CHECKING:
    from glossary.matching import Matcher
    from glossary.senses import SenseContext

SMALL = normalize.SMALL
JOINING = frozenset({"and", "or"})  # "R&D", "cash cycle or cash conversion cycle": these give no letter
STEM = 5  # "supplier"/"supplies", "contract"/"contracting": one word here
MAX_CANDIDATES = 6
#: Words that mark a field, not name one: "finance-speak", "in finance terms", "in a legal sense".
SPEAK = "speak|lingo|jargon|parlance"
FRAMES = "terms|sense|context|world"
_WORDS = r"([A-Za-z]\w*(?:[ -][A-Za-z]\w*)?)"  # one or two words: "finance", "federal HR"
_MARKED = re.compile(r"\b(?P<a>[A-Za-z]\w*)[\s-](?:" + SPEAK + r")\b|\bin\s+(?:a\s+|an\s+)?(?P<b>" + _WORDS[1:-1]
                     + r")\s+(?:" + FRAMES + r")\b", re.I)
_AFTER = re.compile(r"\s+(?:in|for)[ \t]+(?:a\s+|an\s+)?" + _WORDS, re.I)  # not a word another language
# left in its own words ("what is a CPA in\u2002estados unidos": glossary/foreign_asks.py marks it so)
_SUFFIX = re.compile(r"(?:iers?|ies|ers?|ing|ed|ions?|ments?|y|s)$")


class Fields:
    """Readings of a name the message may mean, over one glossary snapshot (the initials index on first need)."""

    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher
        self._initials: dict[str, list[str]] | None = None
        self._tags: frozenset[str] | None = None
        self._text: dict[str, frozenset[str]] = {}
        self._owns: dict[str, outside_senses.Own] = {}
        self._world = FieldFit(matcher.terms)

    def settle(self, result: LookupResult, text: str, senses: Callable[[], SenseContext]) -> LookupResult:
        """The exact reading checked against what the message says it means; `senses` on first need. A field
        named for it that no sense answered fits, nor its world ("a derivative in calculus"), only offers."""
        settled = self._settle(result, text, senses)
        read = [m.id for m in settled.matches]
        fit = lambda i, f: self._fit(i, f, senses())  # noqa: E731 - one callable for both checks
        unsure = settled.status == "suggest" and outside_senses.unsure_plural(settled.subject)  # "cors error"
        if (settled.status in ("answer", "ambiguous") or unsure) and read:
            settled.elsewhere = outside_senses.points_elsewhere(settled.subject, read, text, self._own, fit)
            if settled.elsewhere or self._world.foreign(read, text, settled.subject, fit):
                settled.status = "suggest"  # "by EOD" (end of day) where the glossary's EOD is an entrance on duty
        return settled

    def _own(self, tid: str) -> outside_senses.Own:
        """A sense as outside_senses.py compares it with the senses it lists, kept for the glossary's version."""
        cached = self._owns.get(tid)
        if cached is None:
            cached = self._owns[tid] = outside_senses.own(self._matcher.terms[tid])
        return cached

    def _settle(self, result: LookupResult, text: str, senses: Callable[[], SenseContext]) -> LookupResult:
        if result.status not in ("answer", "ambiguous") or not result.matches:
            return result
        read = [m.id for m in result.matches]
        norms = normalize.words(text)
        ruled, said = self._ruled_out(read, norms, result.subject, text)
        if ruled:
            kept = [i for i in read if i not in ruled]
            if not kept:  # the sense the words chose is ruled out: the name's other senses, if any
                named = self._matcher.exact([result.subject])
                kept = self._chosen([m.id for m in named.matches if m.id not in ruled] if named else [],
                                    norms, said, result.subject, senses)
                if len(kept) != 1:
                    return self._made(result, kept[:MAX_CANDIDATES], "suggest" if kept else "unknown")
                return self._made(result, kept, "answer")
            kept = self._chosen(kept, norms, said, result.subject, senses)
            if len(kept) == 1 and len(read) > 1:
                return self._made(result, kept, "answer")
            read = kept
        concepts = self._matcher.concepts
        named = self._named(read, norms, result.subject)
        if named and len(named) < len(read):  # "every change needs an approved pull request. what's a PR"
            one = len(named) == 1 or concepts.one_concept(named, result.subject)
            return self._made(result, [concepts.richest(named)] if one else named, "answer" if one else "ambiguous")
        readings = [i for i in self._other_readings(result.subject) if i not in read and i not in ruled]
        if readings:  # the name's own senses, weighed already (sense_choice.py), are no other reading of it
            own = self._matcher.exact([result.subject])
            readings = [i for i in readings if not own or i not in {m.id for m in own.matches}]
        # a sense read, from another source ("return on equity" for ROE): read too, its tags with it
        same = [i for i in readings if any(concepts.one_concept([i, r], result.subject) for r in read)]
        others = [i for i in readings if i not in same and not concepts.one_concept([i, *read], result.subject)]
        read = read + same
        field = stated(text, result.subject) if others or len(read) > 1 else frozenset()  # nothing to weigh
        if not others and (len(read) == 1 or not field):  # nothing else to weigh: no index built (cold start)
            return self._made(result, read, "answer" if len(read) == 1 else "ambiguous") if ruled else result
        context = senses()
        words = context.asked_words(content_words(norms), result.subject) - said  # "not the critical path"
        score = {i: self._fit(i, words, context) for i in read + others}
        best_read = max(score[i] for i in read)
        best_other = max((score[i] for i in others), default=0)
        if others and best_other >= 2 and best_read == 0:
            top = sorted(others, key=lambda i: -score[i])
            second = score[top[1]] if len(top) > 1 else 0
            if best_other >= 2 * max(second, 1) and not (field and not self._fit(top[0], field, context)):
                return self._made(result, top[:1], "answer")  # "an option in a government contract"
        by_field = sorted(read + others, key=lambda i: -self._field_fit(i, field, context, read)) if field else []
        if len(by_field) > 1:
            first, second = (self._field_fit(i, field, context, read) for i in by_field[:2])
            if first >= 2 and first >= 2 * second and score[by_field[0]] >= max(score.values()):
                return self._made(result, by_field[:1], "answer")  # "an option in a government contract"
        # a stated field no sense read fits, that is a field of this glossary (a tag) or fits another reading
        fits = not (others or len(read) > 1) or any(self._fit(i, field, context) for i in read) or not (
            field & self._fields() or any(self._fit(i, field, context) for i in others))
        if (others and best_other >= 1 and best_read == 0) or (field and not fits):
            ranked = sorted(read + others, key=lambda i: -score[i])[:MAX_CANDIDATES]
            return self._made(result, ranked, "suggest")
        if ruled:
            return self._made(result, read, "answer" if len(read) == 1 else "ambiguous")
        return result

    def _fields(self) -> frozenset[str]:
        """The glossary's own fields: the words of its tags ("finance", "security")."""
        if self._tags is None:
            tags = {t.lower() for term in self._matcher.terms.values() for t in term.tags}
            self._tags = content_words([w for t in tags for w in normalize.words(t)])
        return self._tags

    # -- readings --------------------------------------------------------------------------------
    def _other_readings(self, subject: str) -> list[str]:
        """The singular or plural of the name, and for an acronym the terms whose initials spell it."""
        key = normalize.key(subject)
        if is_acronym(subject.strip()):  # "EDIs" is the plural of EDI, no other reading
            return self._by_initials().get(key, []) if 2 <= len(key) <= 6 and key.isalpha() else []
        found: list[str] = []
        for form in {normalize.singular(key), key + "s"} - {key}:
            named = self._matcher.exact([form])
            if named is not None and normalize.key(named.subject) == form:
                found += [m.id for m in named.matches]
        return list(dict.fromkeys(found))

    def _by_initials(self) -> dict[str, list[str]]:
        if self._initials is None:
            index: dict[str, list[str]] = {}
            for tid, term in self._matcher.terms.items():
                every = normalize.words(term.term)
                words = [w for w in every if w not in SMALL]
                if 2 <= len(words) <= 6 and all(w.isalpha() and len(w) > 1 for w in words):
                    # a small word may give its letter: "return on equity" is ROE, "bill of lading" BL or BOL
                    spelled = {"".join(w[0] for w in words), "".join(w[0] for w in every if w not in JOINING)}
                    for key in spelled:
                        index.setdefault(key, []).append(tid)
            self._initials = index
        return self._initials

    def _ruled_out(self, ids: list[str], norms: list[str], subject: str,
                   text: str) -> tuple[set[str], frozenset[str]]:
        """Senses the asker says they do not mean (negation.py), among those read and the name's others."""
        if not negation.starts(norms):
            return set(), frozenset()  # the common case: no name read
        named = self._matcher.exact([subject])  # and its other readings: "what's a PR? not press release"
        pool = [*ids, *(m.id for m in named.matches), *self._other_readings(subject)] if named else ids
        return negation.ruled_out(self._matcher.terms, list(dict.fromkeys(pool)), norms, subject, text)

    def _named(self, ids: list[str], norms: list[str], subject: str) -> list[str]:
        """The senses the message names in full, by a name of two words or more besides the one asked."""
        if len(ids) < 2:
            return []
        said = f" {' '.join(norms)} "
        asked = normalize.key(subject)
        return [i for i in ids if any(
            len(words := normalize.words(n)) > 1 and normalize.key(n) != asked and f" {' '.join(words)} " in said
            for n in (self._matcher.terms[i].term, *self._matcher.terms[i].aliases))]

    def _chosen(self, ids: list[str], norms: list[str], said: frozenset[str], subject: str,
                senses: Callable[[], SenseContext]) -> list[str]:
        """The senses left once some are ruled out: the one the other words point to, else all of them."""
        if len(ids) < 2:
            return ids
        context = senses()
        words = context.asked_words(content_words(norms), subject) - said
        return context.choose(ids, set(), words, set(), set(), asked=True)

    # -- fit -------------------------------------------------------------------------------------
    def fitting(self, ids: list[str], field: frozenset[str], context: SenseContext) -> list[str]:
        """The senses a stated field fits best, when it fits the others not at all ("an LLC (company type)":
        the two company senses, not Logical Link Control); else `ids`."""
        fit = {i: self._fit(i, field, context) for i in ids}
        best = max(fit.values())
        kept = [i for i in ids if fit[i] == best]
        return kept if best and all(fit[i] == 0 for i in ids if i not in kept) else ids

    def _fit(self, tid: str, words: frozenset[str], context: SenseContext) -> int:
        """How many of the message's words the sense's definition, tags, names and related terms share."""
        term = self._matcher.terms[tid]
        own = context.full_signature(tid) | content_words([t.lower() for t in term.tags]) | self._field_text(tid)
        return sum(1 for w in words if any(_same(w, o) for o in own))

    def _field_fit(self, tid: str, field: frozenset[str], context: SenseContext, read: list[str]) -> int:
        """The fit to a stated field; the tag of a sense read counts twice: "ROE in finance" names the field
        of the sense tagged "finance" more clearly than a word its definition happens to share. Not so for a
        name's initials only ("CR in finance" is no "cash receipts" the glossary calls CR)."""
        fit = self._fit(tid, field, context)
        if tid not in read:
            return fit
        tags = {normalize.singular(w) for t in self._matcher.terms[tid].tags for w in normalize.words(t)}
        return fit + len(field & tags)

    def _field_text(self, tid: str) -> frozenset[str]:
        """The sense's words a stated field may name: its definition, names and tags, commoner words kept."""
        cached = self._text.get(tid)
        if cached is None:
            t = self._matcher.terms[tid]
            text = " ".join([t.term, *t.aliases, *t.tags, *t.related, t.definition])
            cached = self._text[tid] = frozenset(f for w in normalize.words(text) if (f := _field_form(w)))
        return cached

    def _made(self, result: LookupResult, ids: list[str], status: str) -> LookupResult:
        terms = self._matcher.terms
        result.matches = [Match(i, terms[i].term, 100.0 if status == "answer" else 90.0) for i in ids]
        result.status = status
        return result


def stated(text: str, subject: str) -> frozenset[str]:
    """The field the message names for the asked name (in the words of field_words.py's index): "AP in
    finance", "finance-speak", "PD in federal HR", "in government terms". Only right after the name or marked
    as a field: "in March", "in the doc", "in plain terms" name none."""
    asked = set(normalize.words(subject))
    phrases = [m.group("a") or m.group("b") for m in _MARKED.finditer(text)] + sense_marker.fields(text) \
        + sense_marker.aside_words(text)  # "CRM (the sales tool kind)"
    low, name = text.lower(), subject.lower()
    at = low.find(name) if name else -1
    while at >= 0:  # "AP in finance": the words right after the name, one search per place it is named
        if at == 0 or not low[at - 1].isalnum():
            if (m := _AFTER.match(text, at + len(name))) is not None:
                phrases.append(m.group(1))
        at = low.find(name, at + 1)
    words = [w for p in phrases if DEICTIC.isdisjoint(said := normalize.words(p)) for w in said
             if w not in MANNER_WORDS]  # "in the doc": none; "in plain terms": none; "in astronomy ...": astronomy
    return frozenset(f for w in words if (f := _field_form(w)) and w not in asked and f not in MARKERS)


def _same(a: str, b: str) -> bool:
    """One word in two forms: "supplier"/"supply", "contracting"/"contract", "govt"/"government"."""
    return a == b or (min(len(a), len(b)) >= STEM and (a[:STEM + 1] == b[:STEM + 1] or _stem(a) == _stem(b))) \
        or _abbreviates(a, b)


def _abbreviates(short: str, word: str) -> bool:
    """"govt" of "government", "mgmt" of "management": no English word, its letters in order in a longer word
    that opens with its first two."""
    return 3 <= len(short) < len(word) and short[:2] == word[:2] and common_words.rank(short) == NOT_COMMON \
        and same_word(short, word)


def _stem(word: str) -> str:
    return _SUFFIX.sub("", word)
