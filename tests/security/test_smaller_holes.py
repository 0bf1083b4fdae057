"""Issue 12, item 5: one vote per person, YAML that hides nothing, list caps on import, edits that say
which revision they were made on."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core import Bot
from bot.forms import term_form
from glossary.digest_data import collect
from glossary.digest_week import Week, zone
from glossary.migrations import migrations
from glossary.service import Glossary
from glossary.yaml_io import GlossaryFormatError, parse
from tests.bot.curation_support import click, private, send, submit
from tests.conftest import FixedClock


def _votes(glossary: Glossary) -> list[tuple]:
    return glossary.connections.db.execute('select term_id, "user", helpful from feedback order by id').fetchall()


def test_fifty_helpful_clicks_by_one_person_are_one_vote_the_latest(bot: Bot, glossary: Glossary,
                                                                    clock: FixedClock) -> None:
    for _ in range(50):
        click(bot, "feedback", {"term_id": "sla", "helpful": True}, user="ann")
    click(bot, "feedback", {"term_id": "sla", "helpful": True}, user="bob")
    assert _votes(glossary) == [("sla", "console:ann", 1), ("sla", "console:bob", 1)]
    clock.now += timedelta(minutes=5)
    click(bot, "feedback", {"term_id": "sla", "helpful": False}, user="ann")  # changed her mind: the latest counts
    assert sorted(_votes(glossary)) == [("sla", "console:ann", 0), ("sla", "console:bob", 1)]
    clock.now += timedelta(days=7)
    week = Week.last_complete(clock.now, zone("UTC"))
    assert collect(glossary, week).this.helpful == 1, "the digest counts people, not clicks"


def test_the_migration_keeps_only_each_persons_latest_vote(tmp_path) -> None:  # noqa: ANN001
    from sqlite_utils import Database

    db = Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="012_one_vote_per_user")
    for i, helpful in enumerate([1, 1, 1, 0]):
        db["feedback"].insert({"at": f"2026-11-0{i + 1}", "term_id": "sla", "helpful": helpful, "user": "slack:U1",
                               "platform": "slack", "query": ""})
    db["feedback"].insert({"at": "2026-11-01", "term_id": "sla", "helpful": 1, "user": "slack:U2"})
    migrations.apply(db)
    assert db.execute('select "user", helpful from feedback order by "user"').fetchall() == [("slack:U1", 0),
                                                                                          ("slack:U2", 1)]


@pytest.mark.parametrize("text,message", [
    ("terms:\n  - term: SLA\n    definition: Reviewed text.\n    definition: Hidden text.\n",
     "entry 1 ('SLA'): field 'definition' is written twice (again at line 4)"),
    ("terms:\n  - term: A\n    definition: a\n  - definition: b\n    term: B\n    tags: [x]\n    tags: [y]\n",
     "entry 2 ('B'): field 'tags' is written twice"),
    ("terms: []\nterms:\n  - term: A\n    definition: a\n", "field 'terms' is written twice"),
])
def test_a_yaml_key_written_twice_is_refused_naming_the_entry(text: str, message: str) -> None:
    with pytest.raises(GlossaryFormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse(text)


@pytest.mark.parametrize("field,count,limit", [("aliases", 50_000, 20), ("tags", 21, 20), ("related", 21, 20),
                                               ("examples", 6, 5)])
def test_every_list_on_import_has_the_chat_cap_naming_entry_and_field(bot: Bot, glossary: Glossary, field: str,
                                                                       count: int, limit: int) -> None:
    items = ", ".join(f"x{i}" for i in range(count))
    text = f"terms:\n  - term: A\n    definition: a\n  - term: Big\n    definition: b\n    {field}: [{items}]\n"
    with pytest.raises(GlossaryFormatError, match=rf"entry 2 \('Big'\): field '{field}' has {count:,} items; "
                                                  rf"the limit is {limit}"):
        parse(text)
    before = glossary.terms.count()
    reply = private(send(bot, "glossary import", attachment=text.encode()))
    assert "Nothing was imported" in reply.text and f"'{field}'" in reply.text
    assert glossary.terms.count() == before


@pytest.mark.parametrize("base", [None, "", "two"])
def test_an_edit_that_does_not_say_its_revision_is_refused(bot: Bot, glossary: Glossary, base: object) -> None:
    before = glossary.terms.get("sla")
    form = private(click(bot, "term_form", {"term_id": "sla"}))
    values = {"definition": "Edited without a revision."}
    hidden = dict(form.form.hidden)
    if base is None:
        hidden.pop("base_revision")
    else:
        hidden["base_revision"] = base
    form.form.hidden = hidden
    reply = private(submit(bot, form, values))
    assert reply.kind == "error" and "which version" in reply.text and "Nothing was saved" in reply.text
    assert glossary.terms.get("sla") == before
    assert private(submit(bot, private(click(bot, "term_form", {"term_id": "sla"})), values)).kind != "error"
    assert glossary.terms.get("sla").definition == "Edited without a revision."
    assert term_form("edit", before).hidden["base_revision"] == before.revision
