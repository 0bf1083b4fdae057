"""The last term answered under a key, for a while: what "it" and "that" refer to in a follow-up.

The key is opaque here (the bot builds it from platform, user and conversation). Kept in
SQLite rather than in memory because Slack and Teams deliveries of one conversation may
reach different server processes (workers); a row per key, overwritten, so the table stays
as small as the number of people talking to the bot in the last half hour.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from glossary.clock import iso
from glossary.db import Connections

FOLLOW_UP_WINDOW = timedelta(minutes=30)
MAX_KEY = 300
_REMEMBER = "insert or replace into recent_answers (key, term_id, at) values (?, ?, ?)"
_RECALL = "select term_id, at from recent_answers where key = ?"
_FORGET_OLD = "delete from recent_answers where at < ?"


def remember(connections: Connections, key: str, term_id: str, now: datetime) -> None:
    """`term_id` is what the next follow-up under `key` is about."""
    connections.write_one(_REMEMBER, [key[:MAX_KEY], term_id, iso(now)])


def recall(connections: Connections, key: str, now: datetime) -> str | None:
    """The term last answered under `key` within the window, else None."""
    row = connections.db.execute(_RECALL, [key[:MAX_KEY]]).fetchone()
    if row is None or row[1] < iso(now - FOLLOW_UP_WINDOW):
        return None
    return str(row[0])


def forget_old(connections: Connections, now: datetime) -> int:
    """Drop rows past the window (called by retention); returns how many went."""
    return connections.write_one(_FORGET_OLD, [iso(now - FOLLOW_UP_WINDOW)]).rowcount
