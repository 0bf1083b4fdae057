"""Our matcher against the peer bots' matchers, on the same hand-written queries.

    python -m bench.accuracy [--queries tests/data/queries.yaml] [--failures]

Peers, as their sources describe them (each is given our term names AND aliases as keys,
which is generous: their real glossaries have fewer):
  * wtf-bot / Gloss Bot (VA): exact, case-insensitive match on the whole text;
  * Charlie (18F): lower case, every non-word character stripped, then exact;
  * WhatIs bot: fuzzywuzzy ratio >= 80 against the names (rapidfuzz's fuzz.ratio is the same
    score), the best name answers.
Each peer is scored twice: on the raw text people typed, and on the subject our question
parser pulled out of it (which isolates the matching itself).
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from glossary.detect import detector_of
from glossary.matching import Matcher
from glossary.models import LookupResult, Match, Term
from glossary.question import extract_subject
from glossary.service import starter_terms
from glossary.understand import Understander

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "tests" / "data" / "queries.yaml"
CATEGORIES = ("phrasing", "bare", "casual", "markup", "plural", "expansion", "spelling", "typo", "multi-sense",
              "embedded", "multiline", "address", "followup", "compare", "typo-inline", "lower-acronym",
              "expansion-inline", "suggest-plausible", "negative")
Lookup = Callable[[str], LookupResult]


@dataclass(frozen=True)
class Query:
    q: str
    expect: str
    ids: tuple[str, ...]
    cat: str


def load_queries(path: Path = QUERIES) -> list[Query]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Query(str(d["q"]), d["expect"], tuple(d.get("ids") or ()), d["cat"]) for d in data["queries"]]


def is_correct(query: Query, result: LookupResult) -> bool:
    ids = [m.id for m in result.matches]
    if query.expect == "answer":
        return result.status == "answer" and ids[:1] == [query.ids[0]]
    if query.expect == "ambiguous":
        return result.status == "ambiguous" and sorted(ids) == sorted(query.ids)
    if query.expect == "suggest":
        return result.status == "suggest" and query.ids[0] in ids
    if query.expect == "compare":
        return result.status == "compare" and ids == list(query.ids)
    return result.status not in ("answer", "ambiguous", "compare")


def is_confident_wrong(query: Query, result: LookupResult) -> bool:
    """An answer (or a list of senses) that does not contain what was asked: the worst outcome."""
    if result.status not in ("answer", "ambiguous", "compare"):
        return False
    if result.status == "compare":
        return query.expect != "compare" and not set(query.ids) <= {m.id for m in result.matches}
    return query.expect in ("none", "suggest") and not (set(query.ids) & {m.id for m in result.matches}) \
        or query.expect in ("answer", "ambiguous") and not is_correct(query, result) \
        and query.ids[0] not in {m.id for m in result.matches}


@dataclass
class Score:
    total: int = 0
    correct: int = 0
    confident_wrong: int = 0
    negatives: int = 0
    negatives_ok: int = 0
    by_category: dict[str, list[int]] = field(default_factory=dict)
    failures: list[tuple[Query, LookupResult]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def wrong_rate(self) -> float:
        return self.confident_wrong / self.total if self.total else 0.0


def evaluate(lookup: Lookup, queries: list[Query]) -> Score:
    score = Score()
    for query in queries:
        result = lookup(query.q)
        ok = is_correct(query, result)
        score.total += 1
        score.correct += ok
        score.confident_wrong += is_confident_wrong(query, result)
        if query.expect == "none":
            score.negatives += 1
            score.negatives_ok += ok
        cat = score.by_category.setdefault(query.cat, [0, 0])
        cat[0] += ok
        cat[1] += 1
        if not ok:
            score.failures.append((query, result))
    return score


# -- the peers -------------------------------------------------------------------------------------
def _names(terms: list[Term]) -> list[tuple[str, Term]]:
    return [(name, t) for t in terms for name in [t.term, *t.aliases]]


def _result(query: str, hits: list[Term], score: float = 100.0) -> LookupResult:
    unique = list({t.id: t for t in hits}.values())
    status = "unknown" if not unique else "answer" if len(unique) == 1 else "ambiguous"
    return LookupResult(query, query, status, [Match(t.id, t.term, score) for t in unique])


def exact_peer(terms: list[Term]) -> Lookup:
    """VA wtf-bot / Gloss Bot: `text.strip().lower()` equals a key."""
    index: dict[str, list[Term]] = {}
    for name, term in _names(terms):
        index.setdefault(name.strip().lower(), []).append(term)
    return lambda q: _result(q, index.get(q.strip().lower(), []))


def slug_peer(terms: list[Term]) -> Lookup:
    """18F Charlie: lower case, strip every non-word character, compare exactly."""
    def slug(text: str) -> str:
        return re.sub(r"\W", "", text.lower())

    index: dict[str, list[Term]] = {}
    for name, term in _names(terms):
        index.setdefault(slug(name), []).append(term)
    return lambda q: _result(q, index.get(slug(q), []))


def ratio_peer(terms: list[Term]) -> Lookup:
    """WhatIs bot: fuzzywuzzy extractOne with ratio >= 80 (fuzzywuzzy's full_process as processor)."""
    names = _names(terms)
    choices = [name for name, _ in names]

    def lookup(q: str) -> LookupResult:
        best = process.extractOne(q, choices, scorer=fuzz.ratio, processor=default_process, score_cutoff=80)
        return _result(q, [names[best[2]][1]], best[1]) if best else _result(q, [])

    return lookup


def with_parser(lookup: Lookup) -> Lookup:
    """A peer fed the subject our question parser extracted."""
    def wrapped(q: str) -> LookupResult:
        result = lookup(extract_subject(q))
        result.query = q
        return result

    return wrapped


def contenders(terms: list[Term]) -> dict[str, Lookup]:
    matcher = Matcher(terms)
    understander = Understander(matcher, functools.partial(detector_of, matcher))
    peers = {"wtf-bot (exact)": exact_peer(terms), "Charlie (slug)": slug_peer(terms),
             "WhatIs (ratio>=80)": ratio_peer(terms)}
    out: dict[str, Lookup] = {"Jargon Bot": understander.lookup}
    out.update(peers)
    out.update({f"{name} + our parser": with_parser(lookup) for name, lookup in peers.items()})
    return out


# -- report ------------------------------------------------------------------------------------------
def table(scores: dict[str, Score]) -> str:
    names = list(scores)
    header = "| | " + " | ".join(names) + " |"
    lines = [header, "|" + "---|" * (len(names) + 1)]

    def row(label: str, cell: Callable[[Score], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(scores[n]) for n in names) + " |")

    row("**top-1 accuracy**", lambda s: f"**{s.accuracy:.1%}**")
    row("confident wrong", lambda s: f"{s.wrong_rate:.1%}")
    row("negatives not answered", lambda s: f"{s.negatives_ok}/{s.negatives}")
    first = scores[names[0]]
    for cat in [c for c in CATEGORIES if c in first.by_category]:
        n = first.by_category[cat][1]
        row(f"{cat} ({n})", lambda s, c=cat: f"{s.by_category[c][0] / s.by_category[c][1]:.0%}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--failures", action="store_true", help="list our matcher's misses")
    args = parser.parse_args(argv)
    queries = load_queries(args.queries)
    terms = starter_terms()
    scores = {name: evaluate(lookup, queries) for name, lookup in contenders(terms).items()}
    print(f"{len(queries)} queries ({sum(q.expect == 'none' for q in queries)} negatives) over "
          f"{len(terms)} starter terms\n")
    print(table(scores))
    if args.failures:
        print()
        for query, result in scores["Jargon Bot"].failures:
            got = ", ".join(m.id for m in result.matches)
            print(f"[{query.cat}] {query.q!r}: expected {query.expect} {list(query.ids)}, got {result.status} [{got}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
