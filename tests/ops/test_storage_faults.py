"""Database trouble: a killed import, a read-only database and a full disk lose nothing silently."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.core import Bot
from bot.messages import Conversation, IncomingMessage, User
from glossary.db import StorageError
from glossary.models import Term
from glossary.service import Glossary


def _big_yaml(path: Path, n: int) -> None:
    with path.open("w") as out:
        out.write("terms:\n")
        for i in range(n):
            out.write(f"  - id: gen-{i}\n    term: Generated term {i}\n"
                      f"    definition: Generated definition number {i} for the kill test.\n")


def test_sigkill_during_import_leaves_the_previous_glossary(tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    before = Glossary(db).export_yaml()
    source = tmp_path / "big.yaml"
    _big_yaml(source, 25_000)
    proc = subprocess.Popen([sys.executable, "-m", "bot", "--db", str(db), "import", str(source)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wal = Path(str(db) + "-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not wal.exists() or wal.stat().st_size < 1_000_000):
        if proc.poll() is not None:
            pytest.fail("the import finished before it could be killed; make the file bigger")
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()
    after = Glossary(db)
    assert after.export_yaml() == before
    assert after.lookup("Generated term 5").status != "answer"


def test_read_only_database_gives_a_clear_error_and_keeps_data(glossary: Glossary) -> None:
    glossary.connections.db.execute("pragma query_only = 1")
    with pytest.raises(StorageError, match="not writable|could not save"):
        glossary.terms.save(Term(id="ro", term="RO", definition="x"), actor="t", platform="test")
    glossary.connections.db.execute("pragma query_only = 0")
    assert glossary.terms.get("ro") is None


def test_full_disk_refuses_an_edit_with_a_clear_error(glossary: Glossary, config) -> None:  # noqa: ANN001
    db = glossary.connections.db
    pages = db.execute("pragma page_count").fetchone()[0]
    db.execute(f"pragma max_page_count = {pages}")
    bot = Bot(glossary, config)
    admin = User("slack", "UADMIN")
    huge = "word " * 190
    replies = []
    for i in range(40):  # fill the last free pages
        replies = bot.handle(IncomingMessage(f"glossary add Filler{i} = {huge}", admin,
                                             Conversation("slack", "D1", "dm")))
        if "database" in replies[0].text.lower():
            break
    assert "database" in replies[0].text.lower() and "nothing was" in replies[0].text.lower()
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_question_is_answered_even_when_it_cannot_be_logged(glossary: Glossary, caplog) -> None:  # noqa: ANN001
    glossary.connections.db.execute("pragma query_only = 1")
    try:
        result = glossary.ask("what does SLA mean?", user="slack:U1", platform="slack")
    finally:
        glossary.connections.db.execute("pragma query_only = 0")
    assert result.status == "answer" and result.matches[0].id == "sla"
    assert "question not logged" in caplog.text
    assert glossary.connections.db.execute("select count(*) from queries").fetchone()[0] == 0
