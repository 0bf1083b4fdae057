"""The exact-name index persisted in SQLite, keyed by the glossary version: fast cold starts.

A new process (`jargon ask`, a fresh worker) would otherwise load every term and build the
whole matcher before its first answer (0.5 s at 7.7k entries). Most questions are answered by
an exact key, so the keys are stored once per glossary version; a cold question reads the rows
of its few candidate keys and builds a matcher over just those terms. Its exact answer is the
full matcher's, because it holds every term that any of those keys names.
"""

from __future__ import annotations

import logging
import sqlite3

from glossary.db import Connections, StorageError

VERSION_KEY = "name_keys_version"
#: Bumped when the keys a glossary yields change (names a definition gives: glossary/defined.py), so keys
#: stored by an older release are rebuilt, never read as the full answer. 4: "ø", "æ", "ð", "ł" are read as letters;
#: 5: names in their other English spelling (glossary/spelling_twins.py).
KEY_RULES = 5
MAX_KEYS = 200
log = logging.getLogger(__name__)


def is_current(connections: Connections, version: int) -> bool:
    row = connections.conn.execute("select value from meta where key = ?", [VERSION_KEY]).fetchone()
    return row is not None and row[0] == _stamp(version)


def save(connections: Connections, version: int, keys: dict[str, list[str]]) -> None:
    """Replace the stored keys with `keys` (key -> term ids) for `version`; a failure only costs speed."""
    try:
        with connections.write() as db:
            row = db.execute("select value from meta where key = ?", [VERSION_KEY]).fetchone()
            if row is not None and row[0] == _stamp(version):
                return  # another process got there first
            db.execute("delete from name_keys")
            db.conn.executemany("insert or ignore into name_keys (key, term_id) values (?, ?)",
                                [(k, tid) for k, ids in keys.items() for tid in ids])
            db.execute("insert or replace into meta (key, value) values (?, ?)", [VERSION_KEY, _stamp(version)])
    except (StorageError, sqlite3.Error) as exc:
        log.warning("lookup keys not cached (cold starts stay slower): %s", exc)


def term_ids(connections: Connections, keys: list[str]) -> set[str]:
    """Every term named by any of `keys`."""
    wanted = list(dict.fromkeys(k for k in keys if k))[:MAX_KEYS]
    if not wanted:
        return set()
    marks = ",".join("?" * len(wanted))
    rows = connections.conn.execute(f"select term_id from name_keys where key in ({marks})", wanted)  # noqa: S608
    return {r[0] for r in rows}


def _stamp(version: int) -> str:
    """What is stored for `version`: "12" before key rules were counted, "12.2" now."""
    return f"{version}.{KEY_RULES}"
