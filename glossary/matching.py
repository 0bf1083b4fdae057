"""From a question to exactly one outcome: answer, ambiguous, suggest or unknown.

Exact keys first (term names, aliases, spelling and plural variants), then
rapidfuzz over keys prepared once. Fuzzy hits answer only when they are long,
close and clearly ahead; otherwise they become "did you mean". A confident
wrong answer is the worst outcome, so every doubt falls to `suggest`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from glossary import normalize
from glossary.models import LookupResult, Match, Term
from glossary.question import extract_subject

#: Tuned on tests/data/queries.yaml (see bench/accuracy.py).
ANSWER_SCORE = 90.0
ANSWER_MARGIN = 4.0
ANSWER_MIN_KEY = 5
SUGGEST_SCORE = 72.0
MAX_CHOICES = 3
_ARTICLES = ("the", "a", "an", "our", "your", "my", "this", "that", "their")


@dataclass(frozen=True)
class _Entry:
    term_id: str
    term: str
    is_alias: bool


class Matcher:
    """An immutable index over one glossary snapshot; rebuild it when the glossary changes."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = {t.id: t for t in terms}
        self._exact: dict[str, list[_Entry]] = defaultdict(list)
        self._initials: dict[str, set[str]] = defaultdict(set)
        for term in terms:
            for name, is_alias in [(term.term, False)] + [(a, True) for a in term.aliases]:
                k = normalize.key(name)
                if k and all(e.term_id != term.id for e in self._exact[k]):
                    self._exact[k].append(_Entry(term.id, term.term, is_alias))
            for name in [term.term] + term.aliases:
                if len(normalize.words(name)) >= 2:
                    self._initials[normalize.initials(name)].add(term.id)
        self._keys = list(self._exact)

    # -- public -------------------------------------------------------------
    def lookup(self, query: str) -> LookupResult:
        subject = extract_subject(query)
        result = self._exact_lookup(subject)
        if result is None:
            result = self._fuzzy_lookup(subject)
        result.query = query
        return result

    # -- steps --------------------------------------------------------------
    def _candidates(self, subject: str) -> list[str]:
        keys = [normalize.key(subject)]
        parts = subject.split()
        if len(parts) > 1 and parts[0].lower() in _ARTICLES:
            keys.append(normalize.key(" ".join(parts[1:])))
        for text in list(dict.fromkeys([subject, " ".join(parts[1:]) if len(parts) > 1 else subject])):
            keys.extend(normalize.singular_variants(text))
        return [k for k in dict.fromkeys(keys) if k]

    def _exact_lookup(self, subject: str) -> LookupResult | None:
        for k in self._candidates(subject):
            entries = self._exact.get(k)
            if entries:
                return self._from_entries(subject, entries)
        return None

    def _from_entries(self, subject: str, entries: list[_Entry]) -> LookupResult:
        # A term name beats an alias: "SQL" the database language is a term; a sense whose alias is
        # "sql" would otherwise muddy the answer. Several term-name hits are senses of one term.
        named = [e for e in entries if not e.is_alias] or entries
        matches = [Match(e.term_id, e.term, 100.0) for e in named]
        return LookupResult(subject, subject, "answer" if len(matches) == 1 else "ambiguous", matches)

    def _fuzzy_lookup(self, subject: str) -> LookupResult:
        k = normalize.key(subject)
        if not k or len(k) > 80:
            return LookupResult(subject, subject, "unknown", [])
        hits = process.extract(k, self._keys, scorer=fuzz.ratio, limit=12, score_cutoff=SUGGEST_SCORE - 10)
        best: dict[str, Match] = {}
        for key_text, score, _ in hits:
            for entry in self._exact[key_text]:
                if entry.term_id not in best or best[entry.term_id].score < score:
                    best[entry.term_id] = Match(entry.term_id, entry.term, float(score))
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.term))
        for term_id in self._initials.get(k, ()):  # "service level agreement" typed without its alias
            if term_id not in best:
                ranked.append(Match(term_id, self.terms[term_id].term, float(SUGGEST_SCORE)))
        if not ranked:
            return LookupResult(subject, subject, "unknown", [])
        top = ranked[0]
        same_term = [m for m in ranked if normalize.key(m.term) == normalize.key(top.term)]
        others = [m for m in ranked if normalize.key(m.term) != normalize.key(top.term)]
        runner_up = others[0].score if others else 0.0
        if top.score >= ANSWER_SCORE and len(k) >= ANSWER_MIN_KEY and top.score - runner_up >= ANSWER_MARGIN:
            if len(same_term) > 1:
                return LookupResult(subject, subject, "ambiguous", same_term)
            return LookupResult(subject, subject, "answer", [top])
        choices = [m for m in ranked if m.score >= SUGGEST_SCORE][:MAX_CHOICES]
        if not choices:
            return LookupResult(subject, subject, "unknown", [])
        return LookupResult(subject, subject, "suggest", choices)
