"""glossary/db.py `write_one`: the single-statement writes of the hot paths (question log, claims)."""

from __future__ import annotations

import sqlite3

import pytest

from glossary.db import StorageError
from glossary.service import Glossary


def _claims(glossary: Glossary) -> list[str]:
    return [r[0] for r in glossary.connections.db.execute("select event_id from slack_events order by event_id")]


def test_write_one_commits_at_once_and_reports_duplicates(glossary: Glossary) -> None:
    connections = glossary.connections
    cursor = connections.write_one("insert into slack_events (event_id, at) values (?, ?)", ["Ev1", "2026-11-23"])
    assert cursor.lastrowid and not connections.db.conn.in_transaction
    other = Glossary(glossary.path, seed=False)  # another process's view: already committed
    try:
        assert _claims(other) == ["Ev1"]
    finally:
        other.close()
    with pytest.raises(sqlite3.IntegrityError):
        connections.write_one("insert into slack_events (event_id, at) values (?, ?)", ["Ev1", "2026-11-23"])


def test_write_one_inside_a_transaction_is_part_of_it(glossary: Glossary) -> None:
    with pytest.raises(RuntimeError), glossary.connections.write():
        glossary.connections.write_one("insert into slack_events (event_id, at) values (?, ?)", ["Ev2", "x"])
        raise RuntimeError("the caller's transaction fails")
    assert _claims(glossary) == []


def test_write_one_on_a_read_only_database_is_a_clear_storage_error(glossary: Glossary) -> None:
    glossary.connections.db.execute("pragma query_only = 1")
    with pytest.raises(StorageError, match="not writable"):
        glossary.connections.write_one("insert into slack_events (event_id, at) values (?, ?)", ["Ev3", "x"])
    glossary.connections.db.execute("pragma query_only = 0")
    assert _claims(glossary) == []


def test_a_question_is_logged_with_every_column(glossary: Glossary) -> None:
    result = glossary.ask("what does SLA mean?", user="slack:U1", platform="slack", channel="slack:C1")
    row = dict(next(iter(glossary.connections.db.query("select * from queries"))))
    assert row["text"] == "what does SLA mean?" and row["status"] == result.status == "answer"
    assert (row["user"], row["platform"], row["channel"]) == ("slack:U1", "slack", "slack:C1")
    assert row["top_id"] == result.matches[0].id and row["subject"] and row["normalized"] and row["at"]
