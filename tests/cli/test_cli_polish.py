"""What a new user found on the command line: closed pipes, empty text, a missing folder, a future week,
and the keys `ask --json` prints."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_main import JARGON, ROOT, run

PRINTING = [["export"], ["ask", "SLA"], ["ask", "--json", "SLA"], ["explain", "we need to cut CAC before the QBR"],
            ["explain", "--json", "the SLA"], ["digest"], ["digest", "--week", "2026-W40"]]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "g.db"
    assert run("ask", "SLA", db=db).returncode == 0  # seeded, so the reader surely leaves before any output
    return db


@pytest.mark.parametrize("unbuffered", ["", "1"])
@pytest.mark.parametrize("args", PRINTING, ids=" ".join)
def test_every_printing_command_stops_quietly_with_141_on_a_closed_pipe(args: list[str], unbuffered: str,
                                                                        seeded: Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    proc = subprocess.Popen([str(JARGON), "--db", str(seeded), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader went away before anything was written
    err = proc.stderr.read()
    assert (proc.wait(timeout=60), err) == (141, b"")


@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_export_into_head_exits_141_also_with_pythonunbuffered(unbuffered: str, seeded: Path) -> None:
    """The export (~370 KB) is far more than a pipe holds: head leaves mid-write. With PYTHONUNBUFFERED=1
    (our Dockerfile sets it) the rest of that one write used to be dropped silently, with exit 0."""
    script = f"'{JARGON}' --db '{seeded}' export | head -1; echo \"exit ${{PIPESTATUS[0]}}\""
    env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60, env=env, check=False)
    assert (done.stdout, done.stderr) == ("terms:\nexit 141\n", "")


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_explain_prints_the_usage_and_exits_2_like_ask(text: str, seeded: Path) -> None:
    done = run("explain", text, db=seeded)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("usage: jargon explain") and "the text is empty" in done.stderr


def test_teams_package_says_the_folder_is_missing_as_export_does(tmp_path: Path) -> None:
    target = tmp_path / "nonexist" / "x.zip"
    done = run("teams-package", "--app-id", "00000000-0000-0000-0000-000000000000", "--url",
               "https://jargon.example.com", "--output", str(target), db=tmp_path / "g.db")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == f"jargon: cannot write {target}: its folder does not exist.\n"
    export = run("export", str(tmp_path / "nonexist" / "x.yaml"), db=tmp_path / "g.db")
    assert export.stderr.endswith(": its folder does not exist.\n")


def test_a_digest_for_a_week_that_has_not_started_is_refused(seeded: Path) -> None:
    done = run("digest", "--week", "2030-W10", db=seeded)
    assert done.returncode == 2 and done.stdout == ""
    assert re.fullmatch(r"jargon digest: 2030-W10 \(4–10 Mar 2030\) has not started yet; the latest week with a "
                        r"digest is \d{4}-W\d\d, this week so far\.\n", done.stderr), done.stderr
    assert run("digest", "--week", "2026-W01", db=seeded).returncode == 0  # a past week still works


def test_the_readme_documents_every_key_ask_json_prints(seeded: Path) -> None:
    questions = "SLA\npipeline\nSLA vs SLO\nkubernets\nzzqxw\nexample?\nsimpler please\nwho owns it?\n"
    done = run("ask", "--json", "-", db=seeded, stdin=questions)
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    keys = {k for a in answers for k in a} | {k for a in answers for m in a["matches"] for k in m}
    statuses = {a["status"] for a in answers}
    assert "aspect" in keys and {"answer", "ambiguous", "compare", "unknown"} <= statuses
    row = next(line for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("| `jargon ask --json QUERY`"))
    for word in sorted(keys | statuses):
        assert f'"{word}"' in row or f"`{word}`" in row, word
