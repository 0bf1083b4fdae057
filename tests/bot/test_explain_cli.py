"""`jargon explain` and `jargon explain --json`: the JSON shape is a contract other tools rely on."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.cli.main import main

TEXT = "We need to cut CAC before the QBR, and the MVP's SLA is blocking the rollout."


def run(capsys: pytest.CaptureFixture, db_path: Path, *args: str) -> str:
    assert main(["--db", str(db_path), "explain", *args]) == 0
    return capsys.readouterr().out


def test_json_has_the_agreed_shape(capsys: pytest.CaptureFixture, db_path: Path) -> None:
    data = json.loads(run(capsys, db_path, "--json", TEXT))
    assert set(data) == {"text", "terms", "translation"}
    assert data["text"] == TEXT
    assert [t["id"] for t in data["terms"]] == ["cac", "qbr", "mvp", "sla", "rollout"]
    for term in data["terms"]:
        assert {"id", "term", "start", "end", "surface", "senses"} <= set(term)
        assert TEXT[term["start"]:term["end"]] == term["surface"]
        assert term["senses"] and all({"id", "term", "definition"} <= set(s) for s in term["senses"])
    assert data["terms"][2]["surface"] == "MVP's"
    assert data["translation"].startswith("We need to cut CAC (the average amount spent on sales and marketing")


def test_stdin_and_ambiguous_terms(capsys: pytest.CaptureFixture, db_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Can someone look at the PR?\nIt is urgent, IT says.\n"))
    data = json.loads(run(capsys, db_path, "--json", "-"))
    assert data["text"].endswith("IT says.\n")
    [pr, it] = data["terms"]  # "It is urgent" is the pronoun; "IT says" is the department
    assert {s["id"] for s in pr["senses"]} == {"pr-pull-request", "pr-public-relations"}
    assert (it["surface"], it["id"]) == ("IT", "it-department")
    monkeypatch.setattr(sys, "stdin", io.StringIO("Can someone look at the PR?"))
    tagged = json.loads(run(capsys, db_path, "--json", "--tags", "dev", "-"))
    assert [s["id"] for s in tagged["terms"][0]["senses"]] == ["pr-pull-request"]


def test_text_output_lists_terms_then_the_plain_version(capsys: pytest.CaptureFixture, db_path: Path) -> None:
    out = run(capsys, db_path, TEXT)
    assert "• CAC (customer acquisition cost): The average amount spent" in out
    assert "== In plain words" in out and "before the QBR (a meeting held every quarter" in out
    assert json.loads(run(capsys, db_path, "--json", "no jargon here at all"))["terms"] == []
    assert "didn't find any glossary terms" in run(capsys, db_path, "no jargon here at all")


def test_the_installed_command_works(tmp_path: Path) -> None:
    jargon = Path(sys.executable).with_name("jargon")
    if not jargon.exists():
        pytest.skip("the jargon entry point is not installed next to this Python")
    done = subprocess.run([str(jargon), "--db", str(tmp_path / "j.db"), "explain", "--json", "-"], input=TEXT,
                          capture_output=True, text=True, timeout=60, check=True)
    assert [t["surface"] for t in json.loads(done.stdout)["terms"]] == ["CAC", "QBR", "MVP's", "SLA", "rollout"]
