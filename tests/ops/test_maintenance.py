"""Backup, restore, purge and log scrubbing, through the real CLI and real files."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from adapters.cli.main import main
from adapters.server.logs import JsonFormatter, ScrubFilter, request_id, scrub
from glossary.db import StorageError
from glossary.maintenance import backup, purge_questions, restore
from glossary.models import Term


def test_backup_is_consistent_and_restore_brings_it_back(glossary, tmp_path: Path) -> None:  # noqa: ANN001
    copy = tmp_path / "backup.db"
    backup(glossary, copy)
    assert sqlite3.connect(copy).execute("pragma integrity_check").fetchone()[0] == "ok"
    original = glossary.terms.count()
    glossary.terms.save(Term(id="zz-new", term="ZZNEW", definition="Added after the backup."), actor="t",
                        platform="test")
    assert glossary.lookup("ZZNEW").status == "answer"
    assert restore(glossary, copy) == original
    assert glossary.lookup("ZZNEW").status != "answer", "the matcher rebuilt from the restored data"


def test_backup_refuses_to_overwrite(glossary, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "exists.db"
    target.write_text("keep me")
    with pytest.raises(StorageError, match="already exists"):
        backup(glossary, target)
    assert target.read_text() == "keep me"


def test_restore_refuses_a_file_that_is_not_a_backup(glossary, tmp_path: Path) -> None:  # noqa: ANN001
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    before = glossary.terms.count()
    with pytest.raises(StorageError, match="not a Jargon Bot database"):
        restore(glossary, junk)
    assert glossary.terms.count() == before


def test_purge_keeps_recent_questions(glossary, clock) -> None:  # noqa: ANN001
    glossary.ask("what is an SLA", user="slack:U1", platform="slack")
    clock.now += timedelta(days=40)
    glossary.ask("what is EBITDA", user="slack:U1", platform="slack")
    assert purge_questions(glossary, 30) == 1
    texts = [r["text"] for r in glossary.connections.db.query("select text from queries")]
    assert texts == ["what is EBITDA"]


def test_cli_backup_restore_purge(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = str(tmp_path / "j.db")
    assert main(["--db", db, "ask", "SLA"]) == 0
    assert main(["--db", db, "backup", str(tmp_path / "b.db")]) == 0
    assert main(["--db", db, "restore", str(tmp_path / "b.db")]) == 0
    assert main(["--db", db, "purge", "--days", "0"]) == 0
    out = capsys.readouterr().out
    assert "Backed up to" in out and "Restored" in out and "Deleted 1 logged questions" in out
    assert main(["--db", db, "restore", str(tmp_path / "missing.db")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_question_log_can_be_switched_off(tmp_path: Path) -> None:
    from glossary.service import Glossary

    g = Glossary(tmp_path / "off.db", log_questions=False)
    g.ask("what is an SLA", user="slack:U1", platform="slack")
    assert g.connections.db.execute("select count(*) from queries").fetchone()[0] == 0


def test_secrets_never_reach_the_log(monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s3cr3t-signing-value")
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed with %s and xoxb-1234567-abcdef",
                               ("s3cr3t-signing-value",), None)
    token = request_id.set("req-42")
    try:
        assert ScrubFilter().filter(record)
    finally:
        request_id.reset(token)
    line = json.loads(JsonFormatter().format(record))
    assert "s3cr3t" not in line["message"] and "xoxb-1234567" not in line["message"]
    assert line["request_id"] == "req-42" and line["level"] == "error"
    assert scrub("Authorization: Bearer abcdefghijklmnopqrstuvwxyz") == "Authorization: Bearer [redacted]"
