"""Which side a person said they are on, per user and platform (table user_audience).

Only what the person set themselves is kept (`glossary me finance`, or "I work in sales" in a
DM), and `glossary me off` deletes the row: the bot never infers a side from what people ask.
"""

from __future__ import annotations

from glossary.clock import Clock
from glossary.db import Connections


def get(connections: Connections, platform: str, user: str) -> str | None:
    row = connections.db.execute("select tag from user_audience where platform = ? and user = ?",
                                 [platform, user]).fetchone()
    return str(row[0]) if row and row[0] else None


def set_tag(connections: Connections, clock: Clock, platform: str, user: str, tag: str) -> None:
    with connections.write() as db:
        db.execute("insert into user_audience (platform, user, tag, at) values (?, ?, ?, ?) "
                   "on conflict(platform, user) do update set tag = excluded.tag, at = excluded.at",
                   [platform, user, tag, clock().isoformat()])


def clear(connections: Connections, platform: str, user: str) -> bool:
    with connections.write() as db:
        cursor = db.execute("delete from user_audience where platform = ? and user = ?", [platform, user])
    return cursor.rowcount > 0
