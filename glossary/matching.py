"""From a question to exactly one outcome: answer, ambiguous, suggest or unknown.

Exact keys first (names, aliases, spelling and plural variants) over every reading of the question; then
rapidfuzz over keys prepared once. A typo is answered only when long, one or two keystrokes from one term, clearly
further from every other, each word keeping its start; else "did you mean": doubts fall to `suggest`.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from glossary import common_words, negation, normalize, outside_senses, pieces, typo_rules
from glossary.casing import lower_case_word
from glossary.concepts import Concepts
from glossary.key_pools import KeyPools
from glossary.models import LookupResult, Match, Status, Term
from glossary.question import part_of, split_context, subject_candidates
from glossary.typo_rules import is_word, plausible, prefixed_word, short_slip, slipped

#: Tuned on tests/data/queries.yaml with bench/accuracy.py (see docs/foundation.md).
ANSWER_MIN_KEY = 7      # shorter typos ("dockr", "EBITA") are too often another real word: only suggest
ANSWER_MAX_EDITS = ((7, 1), (12, 2))  # (key length from, keystrokes allowed) for a typo to be answered
ANSWER_SCORE = 85.0     # and fuzz.ratio at least this: two substitutions ("service mesh"/"desk") are a new word
ANSWER_EDIT_MARGIN = 1  # the runner-up must be at least this many keystrokes further away
SUGGEST_SCORE = 72.0    # fuzz.ratio for "did you mean"
PREFIX_MIN = 4          # "ssl cert", "kube": a typed prefix of a longer name is worth suggesting
FUZZY_CUTOFF = 60.0     # pre-filter for rapidfuzz
MAX_CHOICES, MAX_FUZZY_KEY = 3, 80  # choices offered; longest key fuzzy-matched
#: Above this many keys only keys of nearly the same length sharing the first or last character are scored.
FULL_SCAN_KEYS = 3_000
LENGTH_WINDOW = 3
_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
_PLURAL_ACRONYM = re.compile(r"[A-Z0-9&]*[A-Z]['’]?s\Z")  # "VMs", "PM's": plurals of VM, PM
_ACRONYM = re.compile(r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,}s?\Z")  # "IAM", "SLAs", "B2B": one capitalised word

# Words that point at one sense: "PR in marketing", "SQL for sales", "PM in product".
_TAG_WORDS = {
    "dev": "dev developer developers engineering engineer engineers code coding git github gitlab software programming",
    "it": "it tech technical technology engineering engineers",
    "ops": "ops operations infrastructure sre",
    "marketing": "marketing marketer marketers comms communications press media brand pr",
    "sales": "sales selling seller sellers revenue crm deals",
    "finance": "finance financial accounting accountant accountants money cfo bookkeeping",
    "product": "product products ux design designer roadmap",
    "security": "security infosec cyber",
    "legal": "legal law lawyer lawyers contract contracts",
    "hr": "hr people hiring recruiting",
    "data": "data analytics analyst analysts",
    "cloud": "cloud aws azure gcp",
    "business": "business",
    "strategy": "strategy leadership management",
}


def candidate_keys(candidates: list[str]) -> list[str]:
    """Every key `Matcher.exact` may look up for these readings (context heads included)."""
    subjects = list(candidates) + [s[0] for c in candidates if (s := split_context(c))]
    return [k for s in subjects for k in [normalize.key(s), normalize.digit_key(s), *normalize.singular_variants(s)]]


@dataclass(frozen=True)
class _Entry:
    term_id: str
    term: str
    is_alias: bool
    derived: bool = False  # a form a written name carries ("NPV" of "net present value (NPV)")
    acronym: bool = False  # written as one capitalised word ("IAM"): never typed as words ("I am")


WORD_RANK = 20_000  # a typed word this common is that word: a near name is offered, never answered


class Matcher:
    """An immutable index over one glossary snapshot; rebuild it when the glossary changes."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = {t.id: t for t in terms}
        exact: dict[str, list[_Entry]] = defaultdict(list)
        self._expansions: dict[str, set[str]] = defaultdict(set)  # initials of a multi-word name -> ids
        written: set[str] = set()
        for derived in (False, True):  # a form an alias carries counts only where no entry is written so
            for term in terms:
                for name, weak in term.carried_names() if derived else [(n, False) for n, _ in term.names()]:
                    is_alias = weak if derived else name != term.term
                    keys = [normalize.key(name)]
                    if _NUMBER_WORD.search(name):
                        keys.append(normalize.digit_key(name))
                    for k in keys:
                        if k and weak and (k in written or not written.isdisjoint(normalize.singular_variants(name))):
                            continue  # "debts" is the debt entry's plural, not a name liabilities' definition gives
                        bucket = exact[k]
                        if k and all(e.term_id != term.id for e in bucket):
                            acronym = _ACRONYM.match(name) is not None
                            bucket.append(_Entry(term.id, term.term, is_alias, derived, acronym))
                    if " " in name.strip():
                        self._expansions[normalize.initials(name)].add(term.id)
            written = set(exact)
        self._exact = dict(exact)
        self._keys = list(self._exact)
        self._sorted = sorted(self._keys)
        self._pools = KeyPools(self._keys) if len(self._keys) > FULL_SCAN_KEYS else None
        self._vocab: dict[str, frozenset[str]] = {}
        self.concepts = Concepts(self.terms)

    # -- public -------------------------------------------------------------
    def lookup(self, query: str) -> LookupResult:
        candidates = subject_candidates(query)
        result = self._exact_lookup(candidates) if candidates else None
        if result is None:
            subject = candidates[0] if candidates else ""
            result = self._fuzzy_lookup(subject)
        result.query = query
        return result

    def is_acronym_key(self, key: str) -> bool:
        """Is `key` the key of a name written as an acronym ("VPN")? (glossary/swapped_acronyms.py)"""
        return any(e.acronym for e in self._exact.get(key, ()))

    def index_keys(self) -> dict[str, list[str]]:
        """Every exact key and the terms it names (what glossary/key_index.py stores)."""
        return {k: [e.term_id for e in entries] for k, entries in self._exact.items()}

    def exact(self, candidates: list[str]) -> LookupResult | None:
        """The first reading that is exactly a name, alias or variant; None when none is."""
        return self._exact_lookup(candidates)

    def fuzzy(self, subject: str, asked: bool = False) -> LookupResult:
        """Typos and near misses: answered only when sure (`asked`: the one word asked, see _asked)."""
        return self._fuzzy_lookup(subject, asked)

    def _exact_entries(self, subject: str) -> list[_Entry] | None:
        if len(normalize.key(subject)) < 2:
            return None  # "+1", "?", "a": chat, never a name ("1" would read as a term named "one")
        spaced = (" " in subject.strip() or "'" in subject) and not subject.isupper()  # "i'm" is no IM
        plural = _PLURAL_ACRONYM.match(subject.strip()) is not None
        keys = [normalize.key(subject), normalize.digit_key(subject), *normalize.singular_variants(subject)]
        keys += [keys[0] + "s"] if spaced else []  # "stock out cost": a plural name typed apart, in the singular
        for n, k in enumerate(keys):
            entries = self._exact.get(k)
            if entries and (spaced or (plural and n < 2) or (n >= 2 and lower_case_word(subject))):
                entries = [e for e in entries if not e.acronym]  # "I am" is no IAM, "VMs" no VMS, "goes" no GOEs
            if entries:
                return entries
        return None

    def _exact_lookup(self, candidates: list[str]) -> LookupResult | None:
        for subject in candidates:
            entries = self._exact_entries(subject)
            if entries:
                found = self._from_entries(subject, entries)
                if normalize.key(subject) not in self._exact and outside_senses.unsure_plural(subject):
                    found.status = "suggest"  # "CORS", "cors": no sure plural of COR
                return found
            split = split_context(subject, lambda k: k in self._exact)  # not "MAN" in "man in the middle attack"
            if split and part_of(*split) and not pieces.asked_itself(self, *split):
                split = (split[1], "")  # "the M in MIRR", "the Sec in DevSecOps": asked about the whole name
            if split:
                entries = self._exact_entries(split[0])
                if entries:
                    return self._narrow(self._from_entries(split[0], entries), split[1])
        return None

    def _from_entries(self, subject: str, entries: list[_Entry]) -> LookupResult:
        # Every entry named by the key is a sense ("SQL" the language and the lead whose alias is "SQL"): answering
        # one would be confidently wrong for half the askers. A third-hand name counts only where no own name does.
        ordered = sorted((e for e in entries if not (e.derived and e.is_alias) or all(x.is_alias for x in entries)),
                         key=lambda e: (e.derived, e.is_alias))  # written names first, term names first
        matches = [Match(e.term_id, e.term, 100.0) for e in ordered]
        if len(matches) > 1 and self.concepts.one_concept([m.id for m in matches], subject):
            best = self.concepts.richest([m.id for m in matches])  # "LAN" in two sources, both "local area network"
            matches = [m for m in matches if m.id == best]
        return LookupResult(subject, subject, "answer" if len(matches) == 1 else "ambiguous", matches)

    def _narrow(self, result: LookupResult, context: str) -> LookupResult:
        """Keep the one sense the context points at ("PR in marketing"); otherwise show them all."""
        if result.status != "ambiguous":
            return result
        wanted = negation.kept_words(context)  # "LLC in networking (not the company kind)"
        scores = [(len(wanted & self._vocabulary(m.id)), m) for m in result.matches]
        winners = [m for s, m in scores if s == (best := max(s for s, _ in scores))]
        if best > 0 and len(winners) == 1:
            return LookupResult(result.query, result.subject, "answer", winners)
        return result

    def _vocabulary(self, term_id: str) -> frozenset[str]:
        if (vocab := self._vocab.get(term_id)) is None:
            term = self.terms[term_id]
            names = [term.term, *term.aliases, *term.tags, *term.related]
            words = {w for name in names for w in normalize.words(name)}
            words |= {w for tag in term.tags for w in _TAG_WORDS.get(tag.lower(), "").split()}
            vocab = self._vocab[term_id] = frozenset(normalize.singular(w) for w in words)
        return vocab

    # -- typos ----------------------------------------------------------------
    def _fuzzy_lookup(self, subject: str, asked: bool = False) -> LookupResult:
        k = normalize.key(subject)
        if not k or len(k) > MAX_FUZZY_KEY:
            return LookupResult(subject, subject, "unknown", [])
        hits = process.extract(k, self._pool(k), scorer=fuzz.ratio, limit=12, score_cutoff=FUZZY_CUTOFF)
        hits += [(key_text, fuzz.ratio(k, key_text), 0) for key_text in self._prefixed(k)]
        best: dict[str, tuple[float, int, str]] = {}  # term id -> (score, edits, key)
        typed_word, apart = not any(c.isupper() for c in subject), sum(map(str.isalpha, subject.split())) > 1
        for key_text, score, _ in hits:
            if prefixed_word(k, key_text):
                continue  # "deidentification", "unsystematic": another word, not a typo of the name
            edits = OSA.distance(k, key_text)
            for entry in self._exact[key_text]:
                if entry.acronym and edits and (apart or typed_word and not typo_rules.lower_acronym_typo(
                        k, key_text, asked)):  # "owsap?" asked alone is OWASP; "og SLI"; "chto" is no CHCO
                    continue  # typed as two words is no OSGLI; "vesting" is no CESTING
                old = best.get(entry.term_id)
                if old is None or (edits, -score) < (old[1], -old[0]):
                    best[entry.term_id] = (float(score), edits, key_text)
        ranked = sorted(best.items(), key=lambda item: (item[1][1], -item[1][0], self.terms[item[0]].term))
        answer = self._confident(k, ranked) or (self._asked(k, ranked) if asked else None)
        if answer is not None and typo_rules.first_letters_kept(subject, self.terms[ranked[0][0]], ranked[0][1][2]):
            return LookupResult(subject, subject, answer[0], answer[1])  # not "data lakehouse": a word's start kept
        choices = [Match(tid, self.terms[tid].term, score) for tid, (score, edits, key_text) in ranked
                   if (len(k) >= PREFIX_MIN and key_text.startswith(k))
                   or (score >= SUGGEST_SCORE and plausible(k, key_text, edits))]
        choices.sort(key=lambda m: -m.score)
        for term_id in self._acronym_guesses(subject, k):
            if all(m.id != term_id for m in choices):
                choices.append(Match(term_id, self.terms[term_id].term, SUGGEST_SCORE))
        if not choices:
            return LookupResult(subject, subject, "unknown", [])
        return LookupResult(subject, subject, "suggest", choices[:MAX_CHOICES])

    def _pool(self, k: str) -> list[str]:
        """The keys worth scoring against `k`: all of them in a small glossary."""
        if self._pools is None:
            return self._keys
        return self._pools.pool(k, max(1, len(k) - LENGTH_WINDOW), len(k) + LENGTH_WINDOW)

    def _prefixed(self, k: str) -> list[str]:
        """Longer keys that start with `k` ("sslcert" -> "sslcertificate"), found by bisection."""
        if len(k) < PREFIX_MIN:
            return []
        start = bisect.bisect_right(self._sorted, k)
        out = []
        for key_text in self._sorted[start:start + MAX_CHOICES]:
            if not key_text.startswith(k):
                break
            out.append(key_text)
        return out

    def _confident(self, k: str, ranked: list[tuple[str, tuple[float, int, str]]]) -> tuple[Status, list[Match]] | None:
        """A typo answered outright: long enough, few keystrokes off, and no rival nearly as close."""
        if not ranked or common_words.is_common(k, WORD_RANK) or ranked[0][1][2][:1] not in (k[:1], k[1:2]) \
                or len(ranked[0][1][2]) != len(k) + 1 and common_words.is_common(normalize.singular(k), WORD_RANK):
            return None  # "warrant", "economies": words of their own, not slips for "warranty", "economics" (but
            # "polices" is "policies", a letter out); "vesting" for "cesting": a first letter is seldom mistyped
        slip = slipped(k, ranked[0][1][2])  # "dockr", "DAST" (SAST): too often another name when short,
        if len(k) < ANSWER_MIN_KEY and not slip:  # but for two letters swapped or one left out of a word
            return None
        allowed = max((edits for length, edits in ANSWER_MAX_EDITS if len(k) >= length), default=int(slip))
        top_id, (top_score, top_edits, top_key) = ranked[0]
        if top_edits > allowed or (top_edits > 1 and (top_score < ANSWER_SCORE or is_word(k))):
            return None
        top_name = normalize.key(self.terms[top_id].term)
        senses = [tid for tid, (_, edits, key_text) in ranked if key_text == top_key or
                  (edits == top_edits and normalize.key(self.terms[tid].term) == top_name)]
        rivals = [edits for tid, (_, edits, _) in ranked if tid not in senses]
        if rivals and min(rivals) - top_edits < ANSWER_EDIT_MARGIN + (1 if top_edits > 1 else 0):
            return None
        matches = [Match(tid, self.terms[tid].term, best_score) for tid, (best_score, _, _) in ranked if tid in senses]
        return ("answer", matches[:1]) if len(matches) == 1 else ("ambiguous", matches)

    def _asked(self, k: str, ranked: list[tuple[str, tuple[float, int, str]]]) -> tuple[Status, list[Match]] | None:
        """A word asked on its own ("what's ingres", "tarrif?"): typo_rules.short_slip, long_slip; an acronym only
        for its letters swapped or a letter doubled or undoubled ("HIPPA", "owsap": typo_rules.acronym_senses)."""
        acronym = bool(ranked) and any(e.acronym for e in self._exact[ranked[0][1][2]])
        senses = typo_rules.acronym_senses(k, ranked) if acronym else short_slip(k, ranked) if len(k) < ANSWER_MIN_KEY \
            else typo_rules.long_slip(k, ranked)  # "debenchure"
        if not senses:
            return None
        return ("answer" if len(senses) == 1 else "ambiguous"), [Match(t, self.terms[t].term, 90.0) for t in senses]

    def _acronym_guesses(self, subject: str, k: str) -> list[str]:
        """'search engine optimization' when only 'SEO' is defined, or 'SEO' when only the expansion is.

        Two words' initials are too easy to share by chance ("pre-money" is not "PM", "canary release"
        not "CR"): a phrase needs three words, and a typed acronym must be one short word."""
        ids = [e.term_id for v in normalize.initials_variants(subject) for e in self._exact.get(v, ())
               if typo_rules.initials_of(self.terms[e.term_id], subject)] if len(normalize.words(subject)) >= 3 else []
        if 2 <= len(k) <= 6 and len(normalize.words(subject)) == 1:
            ids.extend(sorted(self._expansions.get(k, ())))
        return list(dict.fromkeys(ids))
