"""The SQLite file shared by a web server and a CLI: WAL, busy timeout, threads, paths, the question log."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from glossary.db import BUSY_TIMEOUT_MS, Connections, default_db_path
from glossary.models import Term
from glossary.service import Glossary


def test_wal_mode_and_a_busy_timeout(glossary: Glossary) -> None:
    db = glossary.connections.db
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert db.execute("pragma busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS


def test_each_thread_gets_its_own_connection(glossary: Glossary) -> None:
    seen = []
    worker = threading.Thread(target=lambda: seen.append(glossary.connections.db))
    worker.start()
    worker.join()
    assert seen[0] is not glossary.connections.db


def test_two_writers_at_once_both_succeed(db_path: Path) -> None:
    first, second = Glossary(db_path), Glossary(db_path)  # like `jargon serve` and `jargon import` side by side
    errors: list[BaseException] = []

    def write(g: Glossary, prefix: str) -> None:
        try:
            for i in range(20):
                g.terms.save(Term(id=f"{prefix}-{i}", term=f"{prefix} {i}", definition="x"), actor=prefix,
                             platform="test")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(g, p)) for g, p in ((first, "one"), (second, "two"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        assert {t.id for t in first.terms.all()} >= {f"{p}-{i}" for p in ("one", "two") for i in range(20)}
    finally:
        first.close()
        second.close()


def test_the_default_path_honours_jargon_db_then_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JARGON_DB", str(tmp_path / "env.db"))
    assert default_db_path() == tmp_path / "env.db"
    monkeypatch.delenv("JARGON_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_db_path() == tmp_path / "xdg" / "jargon-bot" / "jargon.db"


def test_a_missing_folder_is_created(tmp_path: Path) -> None:
    connections = Connections(tmp_path / "deep" / "er" / "g.db")
    try:
        assert (tmp_path / "deep" / "er" / "g.db").exists()
    finally:
        connections.close()


def test_every_question_is_logged_with_what_it_matched(glossary: Glossary) -> None:
    glossary.ask("what does SLA mean?", user="slack:U1", platform="slack", channel="slack:C1")
    glossary.ask("what does banana mean", user="teams:U2", platform="teams")
    rows = list(glossary.connections.db.query("select * from queries order by id"))
    assert [(r["text"], r["subject"], r["status"], r["top_id"], r["user"], r["platform"]) for r in rows] == [
        ("what does SLA mean?", "SLA", "answer", "sla", "slack:U1", "slack"),
        ("what does banana mean", "banana", "unknown", None, "teams:U2", "teams")]
    assert json.loads(rows[0]["matched"]) == ["sla"] and rows[0]["channel"] == "slack:C1"
    assert rows[1]["normalized"] == "banana" and rows[0]["at"] == "2026-11-23T10:00:00+00:00"


def test_question_logging_can_be_switched_off(db_path: Path) -> None:
    quiet = Glossary(db_path, log_questions=False)
    try:
        assert quiet.ask("SLA").status == "answer"
        assert quiet.connections.db.execute("select count(*) from queries").fetchone()[0] == 0
    finally:
        quiet.close()
