"""Every public glossary in ../shared/data converts, imports with `jargon import`, and `jargon ask` answers from it.

The peers' own test cases (18F Charlie, VA wtf-bot) are replayed against their glossaries.
Expected answers are read from the data at run time, never copied into the repository.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from bench.convert_shared import SOURCES, convert, convert_all
from glossary import normalize, yaml_io
from glossary.models import Term
from glossary.service import starter_terms
from tests.cli.test_main import run
from tests.conftest import SHARED_DATA

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data is not available")


@pytest.fixture(scope="module")
def converted() -> dict[str, list[Term]]:
    return convert_all(SHARED_DATA)


def _write(tmp: Path, name: str, terms: list[Term]) -> Path:
    path = tmp / f"{name}.yaml"
    path.write_text(yaml_io.dump(terms), encoding="utf-8")
    return path


def _ask(db: Path, queries: list[str]) -> list[dict]:
    done = run("ask", "--json", "-", db=db, stdin="\n".join(queries) + "\n")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_every_source_converts_to_valid_entries(converted: dict[str, list[Term]]) -> None:
    assert set(converted) == set(SOURCES)
    everything = [t for terms in converted.values() for t in terms]
    assert all(len(terms) >= 50 for terms in converted.values())
    assert len(everything) >= 8000
    assert [i for i, n in Counter(t.id for t in everything).items() if n > 1] == []
    with (SHARED_DATA / "va-acronyms" / "acronyms.csv").open(encoding="utf-8", newline="") as handle:
        assert len(converted["va-acronyms"]) == sum(1 for _ in csv.DictReader(handle))


def test_importing_all_of_them_works_and_ask_answers_from_each(converted: dict[str, list[Term]],
                                                               tmp_path: Path) -> None:
    everything = [t for terms in converted.values() for t in terms]
    db = tmp_path / "all.db"
    done = run("import", str(_write(tmp_path, "all", everything)), db=db)
    assert done.returncode == 0, done.stderr
    assert f"{len(everything)} created" in done.stdout
    names = Counter(normalize.key(n) for t in everything + starter_terms() for n in [t.term, *t.aliases])
    samples = []  # per source, a few names that belong to exactly one entry, asked the way people ask
    for terms in converted.values():
        unique = [t for t in terms if names[normalize.key(t.term)] == 1 and len(normalize.key(t.term)) >= 4]
        samples += [(t, f"what does {t.term} mean?") for t in unique[:: max(1, len(unique) // 5)][:5]]
    answers = _ask(db, [question for _, question in samples])
    wrong = [(term.id, a) for (term, _), a in zip(samples, answers, strict=True)
             if a["status"] != "answer" or a["matches"][0]["id"] != term.id]
    assert wrong == []


def test_charlies_cases_on_the_18f_glossary(tmp_path: Path) -> None:
    terms = convert("18f-the-glossary", SHARED_DATA)
    db = tmp_path / "18f.db"
    assert run("import", "--replace", str(_write(tmp_path, "18f", terms)), db=db).returncode == 0
    spellings = _ask(db, ["back end developer", "back-end developer", "backend developer"])
    assert {a["status"] for a in spellings} == {"answer"} and len({a["matches"][0]["id"] for a in spellings}) == 1
    by_name = {normalize.key(t.term): t for t in terms}
    entity, acronym, missing, lol = _ask(db, ["time &amp; materials", "T&M", "a term with no match", "LOL"])
    assert entity["status"] == "answer"
    assert by_name[normalize.key(entity["matches"][0]["term"])].id == entity["matches"][0]["id"]
    assert acronym["status"] == "answer" and "T&M" in by_name[normalize.key(acronym["matches"][0]["term"])].aliases
    assert missing["status"] == "unknown" and lol["status"] not in ("answer", "ambiguous")


def test_wtf_bots_cases_on_the_va_acronyms(tmp_path: Path) -> None:
    terms = convert("va-acronyms", SHARED_DATA)
    db = tmp_path / "va.db"
    assert run("import", "--replace", str(_write(tmp_path, "va", terms)), db=db).returncode == 0
    with (SHARED_DATA / "va-acronyms" / "acronyms.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    meanings = {r["Meaning"] for r in rows if r["Title"].lower() == "vba"}
    senses = sum(r["Title"].lower() == "aaa" for r in rows)
    vba, aaa, number, script = _ask(db, ["vba", "aaa", "13231312334", "<<SCRIPT>alert('XSS');//\\<</SCRIPT>"])
    assert vba["status"] == "answer"
    assert any(m in next(t for t in terms if t.id == vba["matches"][0]["id"]).definition for m in meanings)
    assert aaa["status"] == "ambiguous" and len(aaa["matches"]) == senses >= 2
    assert number["status"] == "unknown"
    assert script["status"] not in ("answer", "ambiguous")
