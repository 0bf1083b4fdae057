"""A cold read of an up-to-date glossary file (a new `jargon ask` process) stays on the plain sqlite3
connection: sqlite_utils, a tenth of a second to import, is loaded only to write or to migrate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from glossary import db as storage
from glossary.migrations import migrations
from glossary.service import Glossary

ROOT = Path(__file__).resolve().parents[2]
_CHILD = """
import sys
from glossary.service import Glossary
g = Glossary(sys.argv[1])
result = g.lookup("what does SLA mean?")
print(result.status, "sqlite_utils" in sys.modules)
"""


def test_the_fast_check_knows_every_migration() -> None:
    assert list(storage.MIGRATIONS) == [m.name for m in migrations._migrations]


def test_a_cold_read_answers_without_loading_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "g.db"
    first = Glossary(path)  # created, migrated, seeded and asked once (its name index stored), as in use
    first.lookup("what is a KPI?")
    first.close()
    out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], cwd=ROOT, capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(ROOT), "JARGON_LOG_QUESTIONS": "1"}).stdout.split()
    assert out == ["answer", "False"]


def test_a_new_file_is_still_migrated_and_written(tmp_path: Path) -> None:
    g = Glossary(tmp_path / "new.db")
    assert g.lookup("what does SLA mean?").status == "answer"
    applied = g.connections.conn.execute("select count(*) from _sqlite_migrations").fetchone()[0]
    assert applied == len(migrations._migrations)
    g.close()
