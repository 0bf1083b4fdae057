"""Small named values kept in the database's meta table, created once and shared by every process."""

from __future__ import annotations

from collections.abc import Callable

from glossary.db import Connections


def get_or_create(connections: Connections, key: str, make: Callable[[], str]) -> str:
    """The stored value of `key`; the first process to ask stores `make()` (first writer wins)."""
    row = connections.conn.execute("select value from meta where key = ?", [key]).fetchone()
    if row:
        return row[0]
    with connections.write() as db:
        db.execute("insert or ignore into meta (key, value) values (?, ?)", [key, make()])
        return db.execute("select value from meta where key = ?", [key]).fetchone()[0]
