"""Context for the detector: is this everyday word used as jargon here, and which sense is meant?

Evidence for a term in a message: 2 points per related term also in the message
(its `related` list, both ways), 1 point per distinctive word it shares with the
term's definition, examples, tags and expansion ("PM ... project"), and, to pick
among senses only, 1 point when it shares a tag with the unambiguous terms around
it (the message's domain). Words among the 800 commonest say nothing and are ignored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache

from glossary import common_words, normalize
from glossary.clippings import CONTEXT_WORDS
from glossary.models import Term

CONTEXT_WORD_RANK = 800  # "team", "test", "change": too common to point anywhere
MIN_EVIDENCE = 2  # one related term, or two distinctive words

_NONE: frozenset[str] = frozenset()
#: Words of the question itself: they point to no sense ("what is SBAR an acronym of").
QUESTION_WORDS = frozenset("acronym abbreviation meaning mean definition stand term word explain example "
                           "difference full form expansion".split())  # "SRE full form?": what it stands for

#: name -> ids of the terms it names (term names first), supplied by the detector's index.
NameResolver = Callable[[str], list[str]]


@lru_cache(maxsize=65536)
def content_form(norm: str) -> str:
    """The singular of a distinctive folded word, or '' for a word too common to mean anything."""
    word = normalize.singular(norm)
    if len(word) < 3 or word.isdigit() or common_words.rank(word) <= CONTEXT_WORD_RANK:
        return ""
    return word


def content_words(norms: list[str]) -> frozenset[str]:
    return frozenset(w for w in map(content_form, set(norms)) if w)


class SenseContext:
    """Related terms and definition words of every term, computed lazily and cached."""

    def __init__(self, terms: dict[str, Term], resolve: NameResolver) -> None:
        self.terms = terms
        self._resolve = resolve
        self._related = self._build_related()
        self._signatures: dict[str, frozenset[str]] = {}
        self._full: dict[str, frozenset[str]] = {}

    def evidence(self, term_id: str, others: set[str], words: frozenset[str]) -> int:
        """How strongly the message (the terms in it, its words) points to this term. A term is never
        related to itself, so `others` may include it."""
        return 2 * len(self._related.get(term_id, _NONE) & others) + len(self.signature(term_id) & words)

    def choose(self, ids: list[str], others: set[str], words: frozenset[str], domain: set[str],
               channel_tags: set[str], asked: bool = False) -> list[str]:
        """The sense the message points to; else those the channel's tags point to; else all of them.
        `asked`: the person asked about this name, so one distinctive word that only one sense shares is
        enough ("what does EPS mean on the earnings report"); spotting jargon in passing needs two. Then
        `words` should come from `asked_words`."""
        words = words | {CONTEXT_WORDS[w] for w in words if w in CONTEXT_WORDS}  # "the dev wants me to review"
        scores = {tid: (len(self.full_signature(tid) & words) if asked else self.evidence(tid, others, words))
                  + bool(domain.intersection(self.terms[tid].tags)) for tid in ids}
        ranked = sorted(ids, key=lambda t: -scores[t])
        best, second = scores[ranked[0]], scores[ranked[1]]
        if (best >= MIN_EVIDENCE and best >= 2 * second) or (asked and best >= 1 and second == 0):
            return ranked[:1]
        if channel_tags:
            tagged = [t for t in ranked if channel_tags.intersection(x.lower() for x in self.terms[t].tags)]
            if tagged:
                return tagged
        return ranked

    def asked_words(self, words: frozenset[str], asked: str) -> frozenset[str]:
        """The message's distinctive words that may point to a sense of the asked name: not the name
        itself, and not question words ("acronym", "meaning")."""
        return words - content_words(normalize.words(asked)) - QUESTION_WORDS

    def full_signature(self, term_id: str) -> frozenset[str]:
        """The signature with every name's words: each sense's expansion counts alike, whether the source
        wrote it as the name ("Continuous Integration/Continuous Deployment") or as an alias."""
        cached = self._full.get(term_id)
        if cached is None:
            term = self.terms[term_id]
            names = content_words(normalize.words(" ".join([term.term, *term.aliases])))
            cached = self._full[term_id] = self.signature(term_id) | names | _listed_words(term)
        return cached

    def related(self, term_id: str) -> frozenset[str] | set[str]:
        return self._related.get(term_id, _NONE)

    def _build_related(self) -> dict[str, set[str]]:
        """Related terms, both ways: SLA lists SLO, so SLO counts as context for SLA and back."""
        named = {tid: [self._resolve(name) for name in term.related] for tid, term in self.terms.items()}
        related: dict[str, set[str]] = defaultdict(set)
        for term_id, targets in named.items():
            for ids in targets:
                if len(ids) > 1:  # "PR" names two senses: only the one that lists this term back is related
                    ids = [i for i in ids if any(term_id in back for back in named.get(i, []))]
                for other in ids:
                    if other != term_id:
                        related[term_id].add(other)
                        related[other].add(term_id)
        return dict(related)

    def signature(self, term_id: str) -> frozenset[str]:
        cached = self._signatures.get(term_id)
        if cached is None:
            term = self.terms[term_id]
            # An acronym's expansion is a strong cue ("PM ... project"); the term's own words are not: they are
            # what was matched. So: multi-word aliases in, the term name and one-word aliases out.
            own = {w for name in [term.term, *term.aliases] if name == term.term or len(normalize.words(name)) == 1
                   for w in normalize.words(name)}
            phrases = [a for a in term.aliases if len(normalize.words(a)) > 1]
            text = " ".join([term.definition, *term.examples, *term.tags, *term.related, *phrases])
            cached = frozenset(w for w in content_words(normalize.words(text)) if w not in own)
            self._signatures[term_id] = cached
        return cached


def _listed_words(term: Term) -> frozenset[str]:
    """The words glossary/outside_senses.tsv lists first with the sense this term is, under one of its acronyms
    ("cloud", "ec2" for Amazon Web Services; "timesheet" for an alternative work schedule): what people say around
    the name when they mean it, though the glossary's own text may not ("Some TTS services use AWS to host ...")."""
    from glossary import outside_senses  # it reads this module's words: imported on first need
    names = outside_senses.forms(" ".join((term.term, *term.aliases)))
    found: set[str] = set()
    for name in (term.term, *term.aliases):
        if " " not in name.strip() and len(name.strip()) <= outside_senses.MAX_KEY:
            listed = outside_senses.shipped().get(normalize.key(name), [])
            for sense in listed:  # only its own words: "vendor" goes with a point of contact too
                if sense.expansion and sense.expansion <= names:
                    found.update(sense.near.difference(*(o.near | o.also for o in listed if o is not sense)))
    return frozenset(found)
