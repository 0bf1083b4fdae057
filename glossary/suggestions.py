"""Suggestions: anyone proposes, a curator approves or rejects, and nothing is lost on the way.

A suggestion stores only the fields it changes, with their values at the time it was
made. Approving it later merges those fields into the current term; if someone has
changed one of the same fields since, approval is refused (`Conflict`) instead of
silently overwriting that newer edit. Deciding is a conditional update, so two
curators clicking "Approve" at once approve it once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from glossary.clock import Clock, iso, utc_now
from glossary.curation import Curation, UnknownTerm
from glossary.db import Connections
from glossary.models import Term

MAX_PENDING_PER_AUTHOR = 20


class AlreadyDecided(Exception):
    def __init__(self, suggestion: Suggestion) -> None:
        super().__init__(f"#{suggestion.id} was already {suggestion.status}")
        self.suggestion = suggestion


class Conflict(Exception):
    """The term changed in the same fields since the suggestion was made."""

    def __init__(self, term: Term, fields: list[str]) -> None:
        super().__init__(f"{term.term} changed since the suggestion was made ({', '.join(fields)})")
        self.term = term
        self.fields = fields


class TooMany(Exception):
    pass


@dataclass
class Suggestion:
    id: int
    at: str
    term_id: str | None  # None: a new term
    term: str
    changes: dict[str, Any]
    base: dict[str, Any]
    status: str
    author: str  # user key, "slack:U123"
    author_name: str = ""
    platform: str = ""
    channel: str | None = None
    decided_by: str | None = None
    decided_at: str | None = None
    reason: str | None = None
    base_revision: int | None = None

    @property
    def is_new_term(self) -> bool:
        return self.term_id is None


def _from_row(row: dict[str, Any]) -> Suggestion:
    payload = json.loads(row["payload"] or "{}")
    return Suggestion(
        id=row["id"], at=row["at"], term_id=row["term_id"], term=row["term"], changes=payload.get("changes", {}),
        base=payload.get("base", {}), status=row["status"], author=row["author"],
        author_name=payload.get("author_name", ""), platform=row["platform"] or "", channel=row["channel"],
        decided_by=row["decided_by"], decided_at=row["decided_at"], reason=row["reason"],
        base_revision=payload.get("base_revision"),
    )


class SuggestionStore:
    def __init__(self, connections: Connections, curation: Curation, clock: Clock = utc_now) -> None:
        self.connections = connections
        self.curation = curation
        self.clock = clock

    # -- reading -----------------------------------------------------------
    def get(self, number: int) -> Suggestion | None:
        rows = list(self.connections.db.query("select * from suggestions where id = ?", [number]))
        return _from_row(rows[0]) if rows else None

    def pending(self, limit: int = 50) -> list[Suggestion]:
        rows = self.connections.db.query("select * from suggestions where status = 'pending' order by id limit ?",
                                         [limit])
        return [_from_row(r) for r in rows]

    def count_pending(self) -> int:
        return self.connections.db.execute("select count(*) from suggestions where status = 'pending'").fetchone()[0]

    # -- writing -----------------------------------------------------------
    def create(self, term: Term | None, name: str, changes: dict[str, Any], *, author: str, author_name: str,
               platform: str, channel: str | None) -> tuple[Suggestion, bool]:
        """Store a suggestion. Returns (it, created): the same pending one from the same author is not stored twice."""
        base = {f: getattr(term, f) for f in changes} if term is not None else {}
        payload = {"changes": changes, "base": base, "author_name": author_name,
                   "base_revision": term.revision if term is not None else None}
        with self.connections.write() as db:
            for existing in self._pending_by(author):
                if existing.term_id == (term.id if term else None) and existing.term == name \
                        and existing.changes == changes:
                    return existing, False
            if len(self._pending_by(author)) >= MAX_PENDING_PER_AUTHOR:
                raise TooMany(author)
            number = db["suggestions"].insert({
                "at": iso(self.clock()), "term_id": term.id if term else None, "term": name,
                "payload": json.dumps(payload, ensure_ascii=False), "status": "pending", "author": author,
                "platform": platform, "channel": channel,
            }).last_pk
        suggestion = self.get(int(number))
        assert suggestion is not None
        return suggestion, True

    def reject(self, number: int, *, by: str, reason: str | None = None) -> Suggestion:
        with self.connections.write():
            return self._decide(number, "rejected", by, reason)

    def approve(self, number: int, *, by: str, platform: str) -> tuple[Suggestion, Term]:
        """Claim the suggestion and apply it in one transaction: a failure leaves it pending and the term as is."""
        with self.connections.write():
            suggestion = self._decide(number, "approved", by, None)
            note = f"suggestion #{number} by {suggestion.author}"
            if suggestion.term_id is None:
                term = self.curation.create(suggestion.term, suggestion.changes, actor=by, platform=platform,
                                            note=note)
                return suggestion, term
            current = self.curation.terms.get(suggestion.term_id)
            if current is None:
                raise UnknownTerm(suggestion.term)
            clashes = [f for f, v in suggestion.changes.items()
                       if getattr(current, f) != suggestion.base.get(f) and getattr(current, f) != v]
            if clashes:
                raise Conflict(current, clashes)
            _, term = self.curation.update(current.id, suggestion.changes, actor=by, platform=platform,
                                           based_on=current.revision, note=note)
            return suggestion, term

    def _decide(self, number: int, status: str, by: str, reason: str | None) -> Suggestion:
        db = self.connections.db
        cursor = db.execute(
            "update suggestions set status = ?, decided_by = ?, decided_at = ?, reason = ? "
            "where id = ? and status = 'pending'", [status, by, iso(self.clock()), reason, number])
        suggestion = self.get(number)
        if suggestion is None:
            raise KeyError(number)
        if cursor.rowcount != 1:
            raise AlreadyDecided(suggestion)
        return suggestion

    def _pending_by(self, author: str) -> list[Suggestion]:
        rows = self.connections.db.query("select * from suggestions where status = 'pending' and author = ?",
                                         [author])
        return [_from_row(r) for r in rows]
