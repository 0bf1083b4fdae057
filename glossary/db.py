"""Opening the SQLite file: WAL, busy timeout, one connection per thread, migrations.

Reads go through the plain `sqlite3` connection (`conn`, `rows`); `sqlite_utils`, whose import costs a cold
`jargon ask` about 0.1 s, is imported only for writes and for migrations not yet applied (`db`)."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = 10_000
#: The names of glossary/migrations.py's migrations (a test keeps the two lists equal): when all are recorded,
#: the file is up to date without loading sqlite_utils; one missing (a gap a merge left) applies the rest.
MIGRATIONS = (
    "001_core",
    "002_collaboration",
    "003_digest",
    "004_term_search",
    "005_slack_events",
    "006_explain_texts",
    "007_term_key_ampersand",
    "008_recent_answers",
    "009_name_keys",
    "010_user_audience",
    "011_people",
    "012_one_vote_per_user",
    "013_parked_forms",
    "014_question_side",
    "015_term_key_own_letters",
)


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
        if not self._migrated():
            from glossary.migrations import migrations

            migrations.apply(self.db)

    def _migrated(self) -> bool:
        """Is every migration recorded? One plain query: an up-to-date file never loads sqlite_utils."""
        marks = ",".join("?" * len(MIGRATIONS))
        try:
            return self.conn.execute(f"select count(distinct name) from _sqlite_migrations where "  # noqa: S608
                                     f"migration_set = 'jargon' and name in ({marks})",
                                     MIGRATIONS).fetchone()[0] == len(MIGRATIONS)
        except sqlite3.OperationalError:
            return False  # a new file: no migrations table yet

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                                   isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA recursive_triggers=ON")  # as sqlite_utils sets it, before any write through it
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the glossary database at {self.path}: {exc}") from exc
        with self._lock:
            self._all.append(conn)
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's plain connection: what reads use."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    @property
    def db(self) -> Database:
        """This thread's connection wrapped by sqlite_utils (imported on first need): what writes use."""
        db = getattr(self._local, "db", None)
        if db is None:
            from sqlite_utils import Database

            db = self._local.db = Database(self.conn, execute_plugins=False)
        return db

    def rows(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Iterator[dict[str, Any]]:
        """The rows of a read as dicts, as sqlite_utils' `query` gives them, without importing it."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

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
        try:
            return self.conn.execute(sql, params)  # inside a write(), it joins that transaction
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
