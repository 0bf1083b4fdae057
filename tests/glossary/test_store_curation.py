"""The engine under curation: full-text search kept in sync, finding terms, and the migration on old files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from glossary.curation import Ambiguous, Curation, Duplicate, InvalidInput, UnknownTerm
from glossary.migrations import migrations
from glossary.sanitize import clean_list, neutralise
from glossary.search import fts_query, search
from glossary.service import Glossary
from glossary.store import StaleRevision


def curation(glossary: Glossary) -> Curation:
    return Curation(glossary.terms, glossary.connections)


def found(glossary: Glossary, words: str) -> list[str]:
    return [t.id for t in search(glossary.connections, words)]


def test_search_follows_every_change(glossary: Glossary) -> None:
    c = curation(glossary)
    assert "sla" in found(glossary, "compensation promise")
    assert found(glossary, "zeppelin") == []
    c.update("sla", {"definition": "A zeppelin-sized promise."}, actor="t", platform="test",
             based_on=c.find_one("sla").revision)
    assert found(glossary, "zeppelins") == ["sla"]  # stemmed
    assert "sla" not in found(glossary, "compensation promise")
    removed, _ = c.remove(glossary.terms.get("sla"), actor="t", platform="test")
    assert found(glossary, "zeppelin") == []
    c.revert("sla", removed.revision - 1, actor="t", platform="test")
    assert found(glossary, "zeppelin") == ["sla"]


def test_search_ranks_names_first_and_never_fails_on_syntax(glossary: Glossary) -> None:
    assert found(glossary, "invoice")[0] == "invoice"
    for nasty in ['"', "AND OR NOT", "(*)", "sla*)", "NEAR(a b)", "col:x", "'; drop table terms; --", "", "🚀"]:
        search(glossary.connections, nasty)  # must not raise
    assert fts_query("a-b c") == '"a"* "b"* "c"*'


def test_migration_indexes_terms_already_in_an_old_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(db, stop_before="004_term_search")
    db["terms"].insert({"id": "zork", "term": "Zork", "term_key": "zork", "definition": "An old text adventure."})
    db.conn.close()
    g = Glossary(path, seed=False)
    try:
        assert found(g, "adventure") == ["zork"]
    finally:
        g.close()


def test_find_by_id_name_alias_and_removed(glossary: Glossary) -> None:
    c = curation(glossary)
    assert c.find_one("sla").id == c.find_one("S.L.A.").id == c.find_one("service level agreement").id == "sla"
    with pytest.raises(Ambiguous) as many:
        c.find_one("PR")
    assert {t.id for t in many.value.senses} == {"pr-pull-request", "pr-public-relations"}
    with pytest.raises(UnknownTerm):
        c.find_one("no such thing")
    c.remove(glossary.terms.get("kpi"), actor="t", platform="test")
    with pytest.raises(UnknownTerm):
        c.find_one("KPI")
    assert c.find_one("KPI", include_deleted=True).id == "kpi"


def test_create_refuses_duplicates_but_allows_a_named_second_sense(glossary: Glossary) -> None:
    c = curation(glossary)
    with pytest.raises(Duplicate):
        c.create("K.P.I.", {"definition": "x"}, actor="t", platform="test")
    term = c.create("KPI", {"definition": "Key Player Index.", "aliases": ["key player index"]}, actor="t",
                    platform="test", new_sense=True)
    assert term.id == "kpi-key-player-index"
    with pytest.raises(InvalidInput):
        c.create("Nothing", {}, actor="t", platform="test")


def test_update_with_an_old_base_is_refused(glossary: Glossary) -> None:
    c = curation(glossary)
    c.update("sla", {"tags": ["a"]}, actor="t", platform="test", based_on=1)
    with pytest.raises(StaleRevision):
        c.update("sla", {"tags": ["b"]}, actor="t", platform="test", based_on=1)
    assert glossary.terms.get("sla").tags == ["a"]


def test_neutralise_and_lists() -> None:
    assert neutralise("<!subteam^S1|@devs> <!date^1|today>") == "@devs today"
    assert clean_list("A, a; b\n, ", "tags") == ["A", "b"]
