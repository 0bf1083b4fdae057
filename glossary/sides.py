"""The two sides of the company, IT and the business, read off a term's tags.

People misunderstand each other most over words both sides use ("pipeline", "release"), and
they ask about words they heard from the *other* side. So a sense belongs to a side through its
tags, a person belongs to a side through the tag they chose, and the other side's sense of a
shared word is shown first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from glossary.models import LookupResult, Term

if TYPE_CHECKING:
    from glossary.detect import Found

IT = "it"
BUSINESS = "business"
SIDE_TAGS: dict[str, tuple[str, ...]] = {
    IT: ("it", "dev", "ops", "security", "cloud", "data"),
    BUSINESS: ("business", "finance", "sales", "marketing", "product", "hr", "legal", "strategy"),
}
SIDE_NAMES = {IT: "IT", BUSINESS: "the business"}
_TAG_SIDE = {tag: side for side, tags in SIDE_TAGS.items() for tag in tags}

#: How an answer names the team a sense belongs to: "In engineering, …".
TEAM_NAMES = {
    "dev": "engineering", "it": "engineering", "ops": "IT operations", "security": "security",
    "cloud": "engineering", "data": "data teams", "finance": "finance", "sales": "sales",
    "marketing": "marketing", "product": "product", "hr": "HR", "legal": "legal",
    "strategy": "strategy", "business": "the business",
}
_GENERIC = {"it", "business"}  # the side itself: a more specific team tag wins when there is one


def side_of_tag(tag: str) -> str | None:
    return _TAG_SIDE.get(tag.strip().lower())


def side_of(term: Term) -> str | None:
    """The side a sense belongs to: the side of its first tag that has one."""
    for tag in term.tags:
        side = side_of_tag(tag)
        if side:
            return side
    return None


def team_of(term: Term) -> str | None:
    """The team that uses this sense, for labels: its most specific side tag ('sales' over 'business')."""
    tags = [t.lower() for t in term.tags if t.lower() in TEAM_NAMES]
    specific = [t for t in tags if t not in _GENERIC]
    chosen = (specific or tags or [None])[0]
    return TEAM_NAMES.get(chosen) if chosen else None


def spans_both_sides(senses: Iterable[Term]) -> bool:
    """A false friend: one word, with senses on both sides."""
    return {side_of(t) for t in senses} >= {IT, BUSINESS}


def other_side_first(senses: Sequence[Term], audience: str | None) -> list[Term]:
    """The senses of the side the person is NOT on first, keeping the order within each group.

    A finance reader asking "pipeline" most likely heard an engineer say it.
    """
    mine = side_of_tag(audience) if audience else None
    if mine is None:
        return list(senses)
    return sorted(senses, key=lambda t: side_of(t) == mine)


def order_result(result: LookupResult, terms: dict[str, Term], audience: str | None) -> LookupResult:
    """An ambiguous answer with the other side's senses first; any other result as it is."""
    if result.status != "ambiguous" or not audience:
        return result
    senses = [terms[m.id] for m in result.matches if m.id in terms]
    if not spans_both_sides(senses):
        return result
    rank = {t.id: i for i, t in enumerate(other_side_first(senses, audience))}
    matches = sorted(result.matches, key=lambda m: rank.get(m.id, len(rank)))
    return replace(result, matches=matches)


def order_found(found: list[Found], audience: str | None) -> list[Found]:
    """`explain`: where the context left several senses, the other side's first."""
    if not audience:
        return found
    return [replace(f, senses=tuple(other_side_first(f.senses, audience))) if spans_both_sides(f.senses) else f
            for f in found]
