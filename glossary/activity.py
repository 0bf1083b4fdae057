"""What people asked and how they rated answers: the raw material of the digest."""

from __future__ import annotations

import json
from typing import Any

from glossary import normalize
from glossary.clock import Clock, iso, utc_now
from glossary.db import Connections
from glossary.models import LookupResult

MAX_LOGGED_TEXT = 500
_INSERT_QUESTION = ('insert into queries (at, text, subject, normalized, status, top_id, matched, "user", platform, '
                    "channel, side) values (:at, :text, :subject, :normalized, :status, :top_id, :matched, :user, "
                    ":platform, :channel, :side)")

_UPSERT_VOTE = ('insert into feedback (at, term_id, helpful, "user", platform, query) values (:at, :term_id, :helpful, '
                ':user, :platform, :query) on conflict (term_id, "user") do update set at = excluded.at, '
                "helpful = excluded.helpful, platform = excluded.platform, query = excluded.query")


class ActivityLog:
    def __init__(self, connections: Connections, clock: Clock = utc_now, enabled: bool = True) -> None:
        self.connections = connections
        self.clock = clock
        self.enabled = enabled

    def record_question(self, result: LookupResult, *, user: str | None, platform: str,
                        channel: str | None = None, side: str | None = None) -> int | None:
        """Log one question. Returns its row id (None when logging is switched off).

        `side` is the asker's side when they asked ('it', 'business' or None), kept on the row so
        figures by side never change when someone changes team later.
        """
        if not self.enabled:
            return None
        top = result.matches[0].id if result.matches and result.status == "answer" else None
        row: dict[str, Any] = {
            "at": iso(self.clock()), "text": result.query[:MAX_LOGGED_TEXT], "subject": result.subject[:200],
            "normalized": " ".join(normalize.words(result.subject))[:200], "status": result.status,
            "top_id": top, "matched": json.dumps([m.id for m in result.matches]),
            "user": user, "platform": platform, "channel": channel, "side": side,
        }
        # plain SQL in one call: sqlite-utils' insert() costs 10 statements a row (see Connections.write_one)
        return self.connections.write_one(_INSERT_QUESTION, row).lastrowid

    def record_feedback(self, term_id: str, helpful: bool, *, user: str | None, platform: str,
                        query: str | None = None) -> None:
        """One vote per person and term: a later click replaces the earlier one (migration 008's index).

        The rating is always kept; the question's text only when the question log is on.
        """
        query = query if self.enabled else None
        self.connections.write_one(_UPSERT_VOTE, {"at": iso(self.clock()), "term_id": term_id, "helpful": int(helpful),
                                                  "user": user, "platform": platform,
                                                  "query": (query or "")[:MAX_LOGGED_TEXT]})
