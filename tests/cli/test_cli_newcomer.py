"""What a newcomer trips over on the command line (issue 16): --db anywhere, help, file errors, pipes."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from adapters.cli.main import main
from tests.cli.test_main import JARGON, cli, run


def test_db_is_accepted_after_the_command_too(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "after.db"
    code, out, err = cli(capsys, "ask", "--db", str(db), "SLA")
    assert code == 0, err
    assert "SLA (service level agreement)" in out and db.exists()
    code, _, err = cli(capsys, "export", str(tmp_path / "out.yaml"), "--db", str(db))
    assert code == 0 and "Exported" in err
    code, _, _ = cli(capsys, "--db", str(db), "purge", "--days", "0")  # before the command still works
    assert code == 0


def test_the_db_after_the_command_wins_only_when_given(tmp_path: Path) -> None:
    done = run("ask", "--db", str(tmp_path / "sub.db"), "SLA", db=tmp_path / "top.db")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "sub.db").exists()  # the one nearest the command
    assert run("ask", "SLA", db=tmp_path / "top.db").returncode == 0  # and the top-level one is not lost


def test_bare_jargon_prints_the_help_and_exits_0() -> None:
    done = run()
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith("usage: jargon") and "ask" in done.stdout and "Exit codes:" in done.stdout


@pytest.mark.parametrize(("args", "expected"), [
    (["import", "{missing}"], "jargon: cannot read {missing}: it does not exist."),
    (["import", "{folder}"], "jargon: cannot read {folder}: it is a folder, not a file."),
    (["import", "{file}/x.yaml"], "jargon: cannot read {file}/x.yaml: a part of the path is a file, not a folder."),
    (["export", "{folder}"], "jargon: cannot write {folder}: it is a folder, not a file."),
    (["export", "{folder}/nope/x.yaml"], "jargon: cannot write {folder}/nope/x.yaml: its folder does not exist."),
])
def test_file_errors_are_one_sentence_with_exit_code_1(args: list[str], expected: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture) -> None:
    places = {"missing": tmp_path / "missing.yaml", "folder": tmp_path, "file": tmp_path / "plain.txt"}
    places["file"].write_text("x", encoding="utf-8")
    filled = [a.format(**places) for a in args]
    code, out, err = cli(capsys, "--db", str(tmp_path / "g.db"), *filled)
    assert code == 1
    assert err.strip() == expected.format(**places)
    assert "Errno" not in err and err.count("\n") == 1


def test_a_closed_output_pipe_ends_quietly(db_path: Path) -> None:
    run("ask", "SLA", db=db_path)  # seed first, so the reader surely closes before the answer is written
    proc = subprocess.Popen([str(JARGON), "--db", str(db_path), "ask", "SLA"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -1` having gone away
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141
    assert err == b""


def test_the_shell_pipe_into_head_prints_one_line_and_no_error(db_path: Path) -> None:
    done = subprocess.run(f"'{JARGON}' --db '{db_path}' ask SLA | head -1", shell=True, capture_output=True,  # noqa: S602
                          text=True, timeout=60, check=False)
    assert done.stdout == "== SLA (service level agreement)  [it, business]\n"
    assert done.stderr == ""


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_question_prints_the_usage_and_exits_2(query: str, db_path: Path) -> None:
    done = run("ask", query, db=db_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("usage: jargon ask") and "the question is empty" in done.stderr
    if db_path.exists():
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("select count(*) from queries").fetchone()[0] == 0


def test_an_unknown_term_says_how_to_suggest_it_instead_of_a_button(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture) -> None:
    code, out, _ = cli(capsys, "--db", str(tmp_path / "g.db"), "ask", "zzqx")
    assert code == 0
    assert "I don't know “zzqx” yet" in out
    assert "glossary suggest zzqx = what it means" in " ".join(out.split())
    assert "[1]" not in out and "Suggest a definition\n" not in out


def test_the_chat_renders_the_same_unknown_reply_with_a_working_button(tmp_path: Path) -> None:
    done = run("chat", db=tmp_path / "g.db", stdin="zzqx\n")
    assert "[1] Suggest a definition" in done.stdout and "glossary suggest zzqx" not in done.stdout


def test_purge_refuses_a_negative_number_of_days(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "g.db"
    cli(capsys, "--db", str(db), "ask", "SLA")
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(db), "purge", "--days", "-1"])
    assert exited.value.code == 2
    assert "-1 is negative" in capsys.readouterr().err
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from queries").fetchone()[0] == 1  # nothing deleted
