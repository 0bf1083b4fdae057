"""Figures by side (IT and the business): how many terms each tag has, and whose questions go unanswered.

A question's side is its asker's when they asked, if they had said which team they are on
(`glossary me`), stored on the question's row; the rest count as "not set". Shared by
`glossary stats` and the weekly digest, so they agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from glossary import sides
from glossary.db import Connections
from glossary.models import Term

NOT_SET = "not set"


@dataclass(frozen=True)
class SideCoverage:
    side: str
    terms: int  # distinct entries with at least one of the side's tags
    by_tag: list[tuple[str, int]]  # the side's tags, most terms first


@dataclass(frozen=True)
class SideQuestions:
    side: str  # sides.IT, sides.BUSINESS or NOT_SET
    asked: int
    unanswered: int

    @property
    def unanswered_share(self) -> float:
        return self.unanswered / self.asked if self.asked else 0.0


def coverage(terms: Iterable[Term]) -> list[SideCoverage]:
    """Terms per side and per tag. A term tagged for both sides counts on both."""
    per_tag: Counter[str] = Counter()
    per_side: Counter[str] = Counter()
    for term in terms:
        tags = {t.lower() for t in term.tags}
        per_tag.update(t for t in tags if sides.side_of_tag(t))
        per_side.update({s for t in tags if (s := sides.side_of_tag(t))})
    return [SideCoverage(side, per_side[side],
                         sorted(((t, per_tag[t]) for t in tags if per_tag[t]), key=lambda x: (-x[1], x[0])))
            for side, tags in sides.SIDE_TAGS.items()]


# The side stored on each question when it was asked: changing team later does not rewrite the past.
_BY_SIDE = ("select side, count(*), coalesce(sum(status not in ('answer', 'ambiguous', 'compare')), 0) "
            "from queries where at >= ? and at < ? group by side")


def questions_by_side(connections: Connections, start: str = "", end: str = "\uffff") -> list[SideQuestions]:
    """Questions and misses by the asker's side, between ISO times `start` and `end` (all time by default)."""
    rows = connections.db.execute(_BY_SIDE, [start, end]).fetchall()
    asked: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for side, n, miss in rows:
        key = side if side in sides.SIDE_NAMES else NOT_SET
        asked[key] += n
        missed[key] += miss
    return [SideQuestions(s, asked[s], missed[s]) for s in (sides.IT, sides.BUSINESS, NOT_SET) if asked[s]]


def coverage_line(terms: Iterable[Term], top_tags: int = 4) -> str:
    return coverage_text(coverage(terms), top_tags)


def coverage_text(rows: list[SideCoverage], top_tags: int = 4) -> str:
    """'Coverage by side: IT 372 terms (dev 150, …); the business 416 terms (finance 120, …).'"""
    parts = []
    for c in rows:
        tags = ", ".join(f"{t} {n}" for t, n in c.by_tag[:top_tags])
        count = f"{c.terms} term" + ("" if c.terms == 1 else "s")
        parts.append(f"{sides.SIDE_NAMES[c.side]} {count}" + (f" ({tags})" if tags else ""))
    return "Coverage by side: " + "; ".join(parts) + "."


def questions_line(rows: list[SideQuestions]) -> str | None:
    """'Unanswered by the asker's side: the business 40% of 25, IT 10% of 30': worst first."""
    if not rows:
        return None
    ranked = sorted(rows, key=lambda r: -r.unanswered_share)
    parts = [f"{sides.SIDE_NAMES.get(r.side, r.side)} {r.unanswered_share:.0%} of {r.asked}" for r in ranked]
    return "Unanswered by the asker's side: " + ", ".join(parts) + "."
