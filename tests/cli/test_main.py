"""The `jargon` command line, run for real: a contract other tools rely on."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.cli.main import main
from glossary import yaml_io
from glossary.service import starter_terms

ROOT = Path(__file__).resolve().parents[2]
JARGON = Path(sys.executable).with_name("jargon")
STARTER_COUNT = len(starter_terms())


def run(*args: str, db: Path | None = None, stdin: str = "", env: dict[str, str] | None = None,
        command: list[str] | None = None) -> subprocess.CompletedProcess:
    """The installed `jargon` script (or `command`) in a clean environment."""
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp"),
            "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    argv = (command or [str(JARGON)]) + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(argv, input=stdin, capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env={**base, **(env or {})}, check=False)


def cli(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    """The same CLI in-process (fast), for the many import-error cases."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select count(*) from terms where deleted = 0").fetchone()[0]


# -- ask -----------------------------------------------------------------------------------------
def test_ask_prints_a_readable_answer(db_path: Path) -> None:
    done = run("ask", "what", "does", "SLA", "mean?", db=db_path)
    assert done.returncode == 0, done.stderr
    assert "SLA (service level agreement)" in done.stdout
    assert "promise" in done.stdout and "Example:" in done.stdout


def test_ask_json_is_one_object_best_first(db_path: Path) -> None:
    done = run("ask", "--json", "kubernetse", db=db_path)
    data = json.loads(done.stdout)
    assert data == {"query": "kubernetse", "status": "answer",
                    "matches": [{"id": "kubernetes", "term": "Kubernetes", "score": data["matches"][0]["score"]}]}
    assert 85 <= data["matches"][0]["score"] < 100


def test_ask_json_from_stdin_one_line_per_query(db_path: Path) -> None:
    done = run("ask", "--json", "-", db=db_path, stdin="PR\n\nwhat does banana mean\ndockr\nSLA\n")
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [d["status"] for d in lines] == ["ambiguous", "unknown", "suggest", "answer"]
    assert sorted(m["id"] for m in lines[0]["matches"]) == ["pr-public-relations", "pr-pull-request"]
    assert lines[1]["matches"] == [] and lines[1]["query"] == "what does banana mean"
    assert lines[2]["matches"][0]["id"] == "docker"
    with sqlite3.connect(db_path) as conn:  # every question is logged, misses included
        rows = conn.execute("select text, status, platform from queries order by id").fetchall()
    assert rows == [("PR", "ambiguous", "cli"), ("what does banana mean", "unknown", "cli"),
                    ("dockr", "suggest", "cli"), ("SLA", "answer", "cli")]


def test_python_dash_m_bot_is_the_same_command(db_path: Path) -> None:
    done = run("ask", "--json", "ROI", db=db_path, command=[sys.executable, "-m", "bot"])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["matches"][0]["id"] == "roi"


def test_the_database_comes_from_db_or_jargon_db(tmp_path: Path) -> None:
    from_env, from_flag = tmp_path / "env.db", tmp_path / "flag.db"
    assert run("ask", "SLA", env={"JARGON_DB": str(from_env)}).returncode == 0
    assert from_env.exists() and count(from_env) == STARTER_COUNT
    assert run("ask", "SLA", db=from_flag, env={"JARGON_DB": str(from_env)}).returncode == 0
    assert from_flag.exists()
    with sqlite3.connect(from_env) as conn:
        assert conn.execute("select count(*) from queries").fetchone()[0] == 1  # --db won: env file untouched


def test_an_unusable_database_path_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = run("ask", "SLA", db=blocker / "x.db")
    assert done.returncode != 0 and "Traceback" not in done.stderr and done.stderr.strip()


# -- import / export -------------------------------------------------------------------------------
def test_export_import_export_is_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert run("export", str(first), db=tmp_path / "one.db").returncode == 0
    done = run("import", "--replace", str(first), db=tmp_path / "two.db")
    assert done.returncode == 0, done.stderr
    assert run("export", str(second), db=tmp_path / "two.db").returncode == 0
    assert first.read_bytes() == second.read_bytes()
    again = run("import", str(first), db=tmp_path / "two.db")
    assert f"0 created, 0 updated, {STARTER_COUNT} unchanged" in again.stdout
    assert run("export", db=tmp_path / "two.db").stdout == first.read_text(encoding="utf-8")


def test_a_fresh_database_exports_600_complete_entries(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Issue 14, done when: on a fresh database `jargon export` lists >= 600 entries, each complete."""
    file = tmp_path / "all.yaml"
    code, _, err = cli(capsys, "--db", str(tmp_path / "fresh.db"), "export", str(file))
    assert code == 0, err
    exported = yaml_io.parse(file.read_text(encoding="utf-8"))
    assert len(exported) >= 600
    assert [t.id for t in exported if not (t.definition and t.examples and t.tags)] == []


def test_import_merges_by_id_and_replace_replaces(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "g.db"
    file = tmp_path / "mine.yaml"
    file.write_text("terms:\n  - id: sla\n    term: SLA\n    definition: Our own words.\n"
                    "  - term: Widget\n    aliases: [gizmo]\n    definition: A thing.\n", encoding="utf-8")
    code, out, _ = cli(capsys, "--db", str(db), "import", str(file))
    assert code == 0 and "1 created, 1 updated" in out
    assert count(db) == STARTER_COUNT + 1
    code, out, _ = cli(capsys, "--db", str(db), "ask", "--json", "gizmo")
    assert json.loads(out)["matches"][0]["id"] == "widget"
    code, out, _ = cli(capsys, "--db", str(db), "import", "--replace", str(file))
    assert code == 0 and f"{STARTER_COUNT - 1} removed" in out and count(db) == 2


GOOD = "terms:\n  - {id: fresh, term: Fresh, definition: Would be new.}\n  - {id: sla, term: SLA, definition: x}\n"
# Bad entries come after two good ones (entries 1 and 2), so an import that is not all-or-nothing shows.
BAD_ENTRIES = {
    "unknown key": ("  - term: B\n    definition: b\n    colour: red\n", ["entry 3 ('B')", "colour"]),
    "missing term": ("  - definition: orphan\n", ["entry 3", "'term'"]),
    "missing definition": ("  - term: Lonely\n", ["entry 3 ('Lonely')", "'definition'"]),
    "definition type": ("  - term: Answer\n    definition: 42\n", ["entry 3 ('Answer')", "'definition'", "text"]),
    "aliases type": ("  - term: A\n    definition: a\n    aliases: {x: y}\n", ["entry 3 ('A')", "'aliases'"]),
    "term type": ("  - term: [1, 2]\n    definition: a\n", ["entry 3", "'term'"]),
    "duplicate ids": ("  - {id: fresh, term: B, definition: b}\n", ["entry 3 ('B')", "duplicate id 'fresh'"]),
    "bad id": ("  - {id: 'Not OK!', term: A, definition: a}\n", ["entry 3 ('A')", "'id'"]),
    "huge definition": ("  - term: Long\n    definition: " + "word " * 400 + "\n",
                        ["entry 3 ('Long')", "'definition'", "limit"]),
    "syntax": ("  - term: A\n    definition: [unclosed\n", ["YAML syntax error", "line"]),
    "python tag": ("  - term: !!python/object/apply:os.system [echo hi]\n    definition: a\n", ["YAML"]),
}
BAD_DOCUMENTS = {
    "yaml bomb": ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                  "terms: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n", ["aliases", "not allowed"]),
    "deep nesting": ("terms: " + "[" * 500 + "]" * 500 + "\n", ["nest"]),
    "not a glossary": ("just: a mapping\n", ["'terms'"]),
    "empty": ("", ["'terms'"]),
}
BAD = {name: (GOOD + entries, expected) for name, (entries, expected) in BAD_ENTRIES.items()} | BAD_DOCUMENTS


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_a_bad_file_changes_nothing_and_says_where(case: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    text, expected = BAD[case]
    db = tmp_path / "g.db"
    cli(capsys, "--db", str(db), "export", str(tmp_path / "before.yaml"))
    file = tmp_path / "bad.yaml"
    file.write_text(text, encoding="utf-8")
    code, _, err = cli(capsys, "--db", str(db), "import", str(file))
    assert code == 2
    assert err.startswith("jargon: nothing was imported:")
    assert [fragment for fragment in expected if fragment not in err] == [], err
    cli(capsys, "--db", str(db), "export", str(tmp_path / "after.yaml"))
    assert (tmp_path / "before.yaml").read_bytes() == (tmp_path / "after.yaml").read_bytes()


def test_an_absurdly_large_file_is_refused_before_parsing(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from glossary import yaml_io

    file = tmp_path / "huge.yaml"
    file.write_bytes(b"terms:\n" + b" " * yaml_io.MAX_FILE_BYTES)
    code, _, err = cli(capsys, "--db", str(tmp_path / "g.db"), "import", str(file))
    assert code == 2 and "limit" in err and "bytes" in err
    assert count(tmp_path / "g.db") == STARTER_COUNT


def test_import_reads_stdin(tmp_path: Path) -> None:
    done = run("import", "-", db=tmp_path / "g.db", stdin="terms:\n  - {term: Gizmo, definition: A thing.}\n")
    assert done.returncode == 0 and "1 created" in done.stdout


# -- chat ------------------------------------------------------------------------------------------
def test_chat_answers_disambiguates_suggests_and_admits_ignorance(db_path: Path) -> None:
    script = "what does SLA mean?\nPR\n2\ndockr\n1\nwhat does banana mean\n"
    done = run("chat", db=db_path, stdin=script)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "== SLA (service level agreement)" in out and "written promise" in out
    assert "“PR” means different things to different teams" in out  # a false friend since issue 14
    assert "[1] In marketing (public relations)  [2] In engineering (pull request)" in out
    assert "== PR (pull request)" in out  # typing 2 clicked the second sense
    assert "Did you mean “Docker”" in out and "== Docker" in out
    assert "I don't know “banana” yet" in out and "Suggest a definition" in out
    assert out.index("== SLA") < out.index("“PR” means") < out.index("Did you mean") < out.index("banana")
