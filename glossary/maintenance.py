"""Backup, restore and the question-log retention policy."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from glossary import recent
from glossary.clock import iso
from glossary.db import BUSY_TIMEOUT_MS, StorageError
from glossary.service import Glossary

REQUIRED_TABLES = {"terms", "revisions", "queries", "meta"}


def backup(glossary: Glossary, target: str | Path) -> int:
    """An online, consistent copy (SQLite's backup API), safe while the server writes. Returns pages copied."""
    target = Path(target)
    if target.exists():
        raise StorageError(f"{target} already exists; choose a new file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = glossary.connections.db.conn
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        pages = dest.execute("pragma page_count").fetchone()[0]
        _check(dest, target)
    finally:
        dest.close()
    return pages


def _check(conn: sqlite3.Connection, where: Path) -> None:
    try:
        result = conn.execute("pragma integrity_check").fetchone()[0]
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{where} is not a Jargon Bot database: {exc}") from None
    if result != "ok":
        raise StorageError(f"{where} failed its integrity check: {result}")
    missing = REQUIRED_TABLES - tables
    if missing:
        raise StorageError(f"{where} is not a Jargon Bot database (missing tables: {', '.join(sorted(missing))})")


def restore(glossary: Glossary, source: str | Path) -> int:
    """Replace the live database with a backup, after checking the backup. Returns the restored term count."""
    source = Path(source)
    if not source.is_file():
        raise StorageError(f"{source} does not exist")
    version_before = glossary.terms.version()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        _check(src, source)
        src.backup(glossary.connections.db.conn)
    finally:
        src.close()
    from glossary.migrations import migrations

    migrations.apply(glossary.connections.db)  # an older backup catches up with the schema
    with glossary.connections.write() as db:  # a version no process has seen: every matcher rebuilds
        db.execute("update meta set value = max(cast(value as integer), ?) + 1 where key = 'glossary_version'",
                   [version_before])
    return glossary.terms.count()


def purge_questions(glossary: Glossary, retention_days: int | None) -> int:
    """Delete logged questions and feedback older than the retention window (0: delete all)."""
    if retention_days is None:
        return 0
    cutoff = iso(glossary.clock() - timedelta(days=retention_days))
    with glossary.connections.write() as db:
        removed = db.execute("delete from queries where at <= ?", [cutoff]).rowcount
        db.execute("update feedback set query = '' where at <= ?", [cutoff])
    recent.forget_old(glossary.connections, glossary.clock())  # what follow-ups refer to: 30 minutes at most
    return removed
