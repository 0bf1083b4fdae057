"""Opening the SQLite file: WAL, busy timeout, one connection per thread, migrations."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from glossary.migrations import migrations

BUSY_TIMEOUT_MS = 10_000


class StorageError(RuntimeError):
    """The database cannot be used (read-only disk, full disk, corrupt file)."""


def default_db_path() -> Path:
    """`JARGON_DB`, else a per-user data file, so every command finds the same glossary."""
    env = os.environ.get("JARGON_DB")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "jargon-bot" / "jargon.db"


class Connections:
    """Hands each thread its own connection to one file (sqlite3 objects are not thread-safe)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        if self.path != ":memory:":
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        migrations.apply(self.db)

    def _connect(self) -> Database:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                                   isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the glossary database at {self.path}: {exc}") from exc
        with self._lock:
            self._all.append(conn)
        return Database(conn, execute_plugins=False)

    @property
    def db(self) -> Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect()
        return db

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction, taken up front (BEGIN IMMEDIATE) so it waits instead of deadlocking."""
        db = self.db
        if db.conn.in_transaction:
            with db.atomic():
                yield db
            return
        try:
            db.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StorageError(f"the glossary database is not writable: {exc}") from exc
        try:
            yield db
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
        else:
            try:
                db.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if db.conn.in_transaction:
                    db.conn.execute("ROLLBACK")
                raise StorageError(f"could not save to the glossary database: {exc}") from exc

    def write_one(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        """One statement as its own transaction (SQLite's autocommit): a single call into SQLite.

        For the hot single-row writes (the question log, Slack event claims, Teams conversation
        references): `write()` costs three calls (BEGIN, the statement, COMMIT), each a trip out
        of and back into the GIL for the worker thread. Waits for the write lock like `write()`
        (busy timeout). An IntegrityError (a duplicate key) is raised as is; other failures
        (read-only, full, locked for too long) as StorageError.
        """
        db = self.db
        try:
            return db.conn.execute(sql, params)  # inside a write(), it joins that transaction
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"the glossary database is not writable: {exc}") from exc

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()
