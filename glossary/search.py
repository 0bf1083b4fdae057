"""Browsing the glossary: full-text search, lists by tag, counts, and terms due for review."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from glossary.clock import Clock
from glossary.db import Connections
from glossary.models import Term
from glossary.store import TermStore, row_to_term

MAX_QUERY_WORDS = 8
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """User words -> an FTS5 query that cannot be a syntax error: every word quoted, prefix-matched, ANDed.

    >>> fts_query('cost "of" sales*')
    '"cost"* "of"* "sales"*'
    """
    words = _WORD.findall(text)[:MAX_QUERY_WORDS]
    return " ".join(f'"{w}"*' for w in words)


def search(connections: Connections, text: str, limit: int = 10) -> list[Term]:
    """Terms whose name, aliases, definition or examples contain every word (stemmed), best first."""
    query = fts_query(text)
    if not query:
        return []
    rows = connections.db.query(
        "select terms.* from terms_fts join terms on terms.rowid = terms_fts.rowid "
        "where terms_fts match ? and terms.deleted = 0 "
        "order by bm25(terms_fts, 10.0, 5.0, 1.0, 0.5), terms.term limit ?", [query, limit])
    return [row_to_term(r) for r in rows]


def with_tag(terms: TermStore, tag: str) -> list[Term]:
    wanted = tag.strip().lower().lstrip("#")
    return [t for t in terms.all() if wanted in {x.lower() for x in t.tags}]


def known_tags(terms: Iterable[Term]) -> set[str]:
    """Every tag in use, lower-cased: what `glossary context` and `glossary me` accept."""
    return {tag.lower() for t in terms for tag in t.tags}


def tag_counts(terms: list[Term]) -> list[tuple[str, int]]:
    """Tags, most used first."""
    counts = Counter(tag.lower() for t in terms for tag in t.tags)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def today(clock: Clock, timezone: str = "UTC") -> date:
    """The date in the team's time zone (JARGON_TIMEZONE): review dates are calendar dates there."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return clock().astimezone(zone).date()


def overdue(terms: TermStore, today: date) -> list[Term]:
    """Terms whose review_by date has passed, the longest overdue first."""
    due = [t for t in terms.all() if t.review_by and t.review_by < today.isoformat()]
    return sorted(due, key=lambda t: (t.review_by or "", t.term.casefold(), t.id))


def stats(connections: Connections, terms: TermStore, today: date) -> dict[str, Any]:
    """Counts about the glossary itself (the digest covers the weekly activity)."""
    live = terms.all()
    db = connections.db
    asked = db.execute("select count(*), sum(status in ('answer', 'ambiguous', 'compare')) from queries").fetchone()
    return {
        "entries": len(live),  # what the web glossary and /healthz call "terms": every meaning counts
        "names": len({t.term.casefold() for t in live}),  # a name with several meanings counts once
        "aliases": sum(len(t.aliases) for t in live),
        "without_example": sum(1 for t in live if not t.examples),
        "tags": len(tag_counts(live)),
        "with_owner": sum(1 for t in live if t.owner),
        "overdue": len(overdue(terms, today)),
        "revisions": db.execute("select count(*) from revisions").fetchone()[0],
        "removed": db.execute("select count(*) from terms where deleted = 1").fetchone()[0],
        "pending": db.execute("select count(*) from suggestions where status = 'pending'").fetchone()[0],
        "curators": db.execute("select count(*) from curators").fetchone()[0],
        "questions": asked[0] or 0,
        "answered": asked[1] or 0,
    }


_MARK, _END = "\x02", "\x03"
_EXCERPT = 200


def mention_excerpts(connections: Connections, text: str, ids: list[str]) -> dict[str, str]:
    """For terms the full-text search found: the text that mentions the words, to show instead of the
    definition when only an example matched ("kubernets" finds AE through "…their Kubernetes setup").

    Term id -> excerpt, only for terms whose definition's first sentence does not show the match.
    """
    query = fts_query(text)
    if not query or not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = connections.db.execute(
        f"select terms.id, highlight(terms_fts, 0, ?, ?), highlight(terms_fts, 1, ?, ?), "  # noqa: S608
        f"highlight(terms_fts, 2, ?, ?), highlight(terms_fts, 3, ?, ?) from terms_fts "
        f"join terms on terms.rowid = terms_fts.rowid where terms_fts match ? and terms.id in ({marks})",
        [_MARK, _END] * 4 + [query, *ids]).fetchall()
    out: dict[str, str] = {}
    for term_id, name, aliases, definition, examples in rows:
        if _MARK in (name or "") + (aliases or ""):
            continue  # found by its name: the definition is the right thing to show
        definition = definition or ""
        at = definition.find(_MARK)
        if 0 <= at and (definition.find(". ") < 0 or at < definition.find(". ")):
            continue  # the first sentence, which lists show anyway, has the match
        found = _excerpt(definition)
        if found is None:
            try:
                listed = json.loads(examples or "[]", strict=False)
            except ValueError:
                listed = []
            found = next((f"Example: {e}" for x in listed if isinstance(x, str) and (e := _excerpt(x))), None)
        if found is not None:
            out[term_id] = found
    return out


def _excerpt(marked: str) -> str | None:
    """The sentence holding the first mark, unmarked and cut to about _EXCERPT characters; None: no mark."""
    at = marked.find(_MARK)
    if at < 0:
        return None
    stop = marked.rfind(". ", 0, at)
    start = stop + 2 if stop >= 0 else 0
    plain = marked[start:].replace(_MARK, "").replace(_END, "")
    if len(plain) <= _EXCERPT:
        return plain
    offset = len(marked[start:at].replace(_END, "").replace(_MARK, ""))  # where the match is in `plain`
    first = max(0, offset - _EXCERPT // 3)
    return ("…" if first else "") + plain[first:first + _EXCERPT].rstrip() + "…"
