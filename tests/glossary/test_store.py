"""Terms and their history in a real SQLite file: every change is a revision, imports are all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from glossary.models import Term
from glossary.service import Glossary
from glossary.store import NotFound, StaleRevision


def _term(term_id: str = "gizmo", definition: str = "A small thing.", **extra) -> Term:  # noqa: ANN003
    return Term(id=term_id, term=term_id.title(), definition=definition, **extra)


def test_every_change_is_a_revision_with_who_when_before_and_after(glossary: Glossary, clock) -> None:  # noqa: ANN001
    store = glossary.terms
    store.save(_term(), actor="slack:U1", platform="slack")
    clock.now = clock.now.replace(hour=11)
    store.save(_term(definition="A smaller thing."), actor="teams:U2", platform="teams")
    store.remove("gizmo", actor="slack:U1", platform="slack", note="obsolete")
    history = store.history("gizmo")
    assert [(h["number"], h["action"], h["actor"], h["platform"]) for h in history] == [
        (1, "create", "slack:U1", "slack"), (2, "update", "teams:U2", "teams"), (3, "remove", "slack:U1", "slack")]
    assert history[0]["before"] is None and history[0]["after"]["definition"] == "A small thing."
    assert history[1]["before"]["definition"] == "A small thing."
    assert history[1]["after"]["definition"] == "A smaller thing."
    assert history[1]["at"] == "2026-11-23T11:00:00+00:00"
    assert history[2]["after"] is None and history[2]["note"] == "obsolete"
    assert store.get("gizmo") is None and store.get("gizmo", include_deleted=True).revision == 3


def test_saving_a_removed_term_restores_it(glossary: Glossary) -> None:
    store = glossary.terms
    store.save(_term(), actor="a", platform="cli")
    store.remove("gizmo", actor="a", platform="cli")
    restored = store.save(_term(definition="Back again."), actor="a", platform="cli")
    assert restored.revision == 3 and store.history("gizmo")[-1]["action"] == "restore"
    with pytest.raises(NotFound):
        store.remove("no-such-term", actor="a", platform="cli")


def test_an_edit_based_on_an_old_revision_is_refused(glossary: Glossary) -> None:
    store = glossary.terms
    store.save(_term(), actor="a", platform="cli")
    store.save(_term(definition="Edited by someone else."), actor="b", platform="cli", based_on=1)
    with pytest.raises(StaleRevision, match="Nothing was saved"):
        store.save(_term(definition="My late edit."), actor="a", platform="cli", based_on=1)
    assert store.get("gizmo").definition == "Edited by someone else."


def test_the_version_moves_on_every_change_and_only_then(glossary: Glossary) -> None:
    store = glossary.terms
    start = store.version()
    store.save(_term(), actor="a", platform="cli")
    assert store.version() == start + 1
    counts = store.replace_all([_term()], actor="a", platform="cli", replace=False)
    assert counts["unchanged"] == 1 and store.version() == start + 1


def test_bulk_import_writes_what_one_save_per_term_would(tmp_path: Path, clock) -> None:  # noqa: ANN001
    incoming = [_term("sla", "Our own words."), _term("fresh", "Brand new.", aliases=["new one"]),
                _term("fresh", "New, then changed in the same file.")]
    one, bulk = Glossary(tmp_path / "one.db", clock=clock), Glossary(tmp_path / "bulk.db", clock=clock)
    try:
        for term in incoming:  # what the import did before it was written in bulk
            one.terms.save(Term(**term.to_dict()), actor="cli", platform="cli", action="import")
        counts = bulk.terms.replace_all([Term(**t.to_dict()) for t in incoming], actor="cli", platform="cli",
                                        replace=False)
        assert counts == {"created": 1, "updated": 2, "unchanged": 0, "removed": 0}
        for store in (one, bulk):
            assert store.terms.get("fresh").definition == "New, then changed in the same file."
        columns = "term_id, number, action, actor, platform, at, before, after"
        rows = [list(g.connections.db.execute(f"select {columns} from revisions where term_id in ('sla', 'fresh') "  # noqa: S608
                                              "order by term_id, number").fetchall()) for g in (one, bulk)]
        assert rows[0] == rows[1]
        assert one.terms.version() == bulk.terms.version()
    finally:
        one.close()
        bulk.close()


def test_replace_removes_what_the_file_does_not_have(glossary: Glossary) -> None:
    counts = glossary.terms.replace_all([_term()], actor="cli", platform="cli", replace=True)
    assert counts["created"] == 1 and counts["removed"] > 200
    assert [t.id for t in glossary.terms.all()] == ["gizmo"]
    assert glossary.terms.history("sla")[-1]["note"] == "import --replace"


def test_an_import_that_fails_half_way_changes_nothing(glossary: Glossary) -> None:
    before = glossary.export_yaml()
    broken = Term(id="broken", term="Broken", definition=None)  # type: ignore[arg-type]  # NOT NULL in SQLite
    with pytest.raises(sqlite3.IntegrityError):
        glossary.terms.replace_all([_term(), broken], actor="cli", platform="cli", replace=True)
    assert glossary.export_yaml() == before
    assert glossary.terms.get("gizmo") is None


def test_senses_share_a_name_and_ids_stay_unique(glossary: Glossary) -> None:
    assert sorted(t.id for t in glossary.terms.by_name("pr")) == ["pr-public-relations", "pr-pull-request"]
    assert glossary.terms.unique_id("PR") == "pr"
    glossary.terms.save(_term("pr", "Press release."), actor="a", platform="cli")
    assert glossary.terms.unique_id("PR") == "pr-2"


def test_keys_stored_before_letters_without_accents_were_read_are_migrated(db_path: Path) -> None:
    old = Glossary(db_path)
    old.terms.save(Term("kroner", "Øre", "A hundredth of a Danish or Norwegian krone."), actor="a", platform="cli")
    old.connections.db.execute("update terms set term_key = 're' where id = 'kroner'")  # "Ø" dropped, as before
    old.connections.db.execute("delete from _sqlite_migrations where name = '015_term_key_own_letters'")
    old.close()
    reopened = Glossary(db_path)
    try:
        assert [t.id for t in reopened.terms.by_name("øre")] == ["kroner"]
        assert reopened.lookup("hva er øre?").matches[0].id == "kroner"
    finally:
        reopened.close()


def test_keys_stored_before_and_meant_ampersand_are_migrated(db_path: Path) -> None:
    old = Glossary(db_path)
    old.connections.db.execute("update terms set term_key = 'pl' where id = 'p-and-l'")  # the key before '&' = 'and'
    old.connections.db.execute("delete from _sqlite_migrations where name = '007_term_key_ampersand'")
    old.close()
    reopened = Glossary(db_path)
    try:
        assert [t.id for t in reopened.terms.by_name("P and L")] == ["p-and-l"]
    finally:
        reopened.close()
