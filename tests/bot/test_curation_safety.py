"""No lost updates, no unsafe text, and imports that are all or nothing."""

from __future__ import annotations

import threading

import pytest

from bot.core import Bot
from glossary import yaml_io
from glossary.service import Glossary
from tests.bot.curation_support import button, click, make_curator, private, send, state, submit
from tests.conftest import SHARED_DATA


def test_two_edits_from_the_same_old_revision_the_second_is_refused(bot: Bot, glossary: Glossary) -> None:
    make_curator(glossary, "ann")
    make_curator(glossary, "bob")
    answer = send(bot, "what is SLA?", user="ann")[0]
    ann_form = private(click(bot, button(answer, "Suggest an edit"), user="ann"))
    bob_form = private(click(bot, button(answer, "Suggest an edit"), user="bob"))
    assert ann_form.form.hidden["base_revision"] == bob_form.form.hidden["base_revision"] == 1
    assert "Updated SLA (revision #2)" in private(submit(bot, ann_form, {"definition": "Ann's version."},
                                                         user="ann")).text
    before = state(glossary)
    refused = private(submit(bot, bob_form, {"definition": "Bob's version."}, user="bob"))
    assert "SLA changed since you opened it (you edited revision #1, it is now #2). Nothing was saved" in refused.text
    assert state(glossary) == before
    assert glossary.terms.get("sla").definition == "Ann's version."
    reopened = private(click(bot, button(refused, "Open SLA again"), user="bob"))
    assert reopened.form.hidden["base_revision"] == 2 and reopened.form.fields[0].value == "Ann's version."
    private(submit(bot, reopened, {"definition": "Bob's version, on top of Ann's."}, user="bob"))
    assert [r["after"]["definition"] for r in glossary.terms.history("sla")[1:]] == [
        "Ann's version.", "Bob's version, on top of Ann's."]


def test_concurrent_form_submissions_from_one_revision_exactly_one_wins(bot: Bot, glossary: Glossary) -> None:
    editors = [f"ed{i}" for i in range(6)]
    for name in editors:
        make_curator(glossary, name)
    forms = {name: private(click(bot, "term_form", {"term_id": "kpi"}, user=name)) for name in editors}
    barrier = threading.Barrier(len(editors))
    outcome: dict[str, str] = {}

    def edit(name: str) -> None:
        barrier.wait()
        outcome[name] = private(submit(bot, forms[name], {"definition": f"Version of {name}."}, user=name)).text

    threads = [threading.Thread(target=edit, args=(n,)) for n in editors]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [n for n, text in outcome.items() if "Updated KPI" in text]
    assert len(winners) == 1
    assert all("changed since you opened it" in text for n, text in outcome.items() if n not in winners)
    term = glossary.terms.get("kpi")
    assert (term.definition, term.revision) == (f"Version of {winners[0]}.", 2)
    assert len(glossary.terms.history("kpi")) == 2


MARKUP = [
    ("Tell <!channel> and <!here|here> about it.", "Tell @channel and @here about it."),
    ("Ask <@U0123|ann> or <@U0456>.", "Ask @ann or @U0456."),
    ("See <https://example.com/doc|the doc> in <#C1|general>.", "See the doc (https://example.com/doc) in #general."),
    ("Typed &lt;!everyone&gt; on purpose &amp; more.", "Typed @everyone on purpose & more."),
    ("Ask <at>Ann Lee</at> in Teams.", "Ask @Ann Lee in Teams."),
    ("Robert'); DROP TABLE terms;-- is a name.", "Robert'); DROP TABLE terms;-- is a name."),
    ("<script>alert(1)</script> stays text.", "<script>alert(1)</script> stays text."),
    ("Emoji 🚀 and accents é are fine.", "Emoji 🚀 and accents é are fine."),
]


def test_markup_and_injection_are_stored_as_harmless_text(bot: Bot, glossary: Glossary) -> None:
    for typed, stored in MARKUP:
        private(send(bot, f"glossary edit SLA = {typed}"))
        assert glossary.terms.get("sla").definition == stored
        answer = send(bot, "SLA?", user="asker")[0]
        assert stored in answer.text and "<!" not in answer.text and "<@" not in answer.text
    assert glossary.connections.db["terms"].exists()
    assert len(glossary.terms.history("sla")) == len(MARKUP) + 1
    assert yaml_io.parse(glossary.export_yaml())  # every export imports again


BAD_INPUT = [
    ("glossary edit SLA = bell\x07 char", "control characters"),
    ("glossary edit SLA = hidden \u202egnp.exe", "text-direction"),
    ("glossary edit SLA = " + "x" * 1001, "1,001 characters long; the limit is 1,000"),
    ("glossary add " + "T" * 121 + " = too long a name", "term is 121 characters long; the limit is 120"),
    ("glossary add !!! = punctuation only", "needs at least one letter or digit"),
    ("glossary add Empty =    ", "Usage: glossary add TERM = DEFINITION"),
    ("glossary add " + "x" * 39_000, "Usage: glossary add TERM = DEFINITION"),
    ("glossary example SLA = " + "e" * 501, "example is 501 characters long"),
    ("glossary tag SLA = " + ", ".join(f"t{i}" for i in range(21)), "21 tags; the limit is 20"),
]


def test_bad_input_is_refused_clearly_and_changes_nothing(bot: Bot, glossary: Glossary) -> None:
    before = state(glossary)
    for line, reason in BAD_INPUT:
        reply = private(send(bot, line))
        assert reply.kind == "error" and reason in reply.text, (line[:40], reply.text)
        assert "Nothing was" in reply.text or reply.text.startswith("Usage"), reply.text
    assert state(glossary) == before


def test_a_definition_of_exactly_the_limit_is_accepted(bot: Bot, glossary: Glossary) -> None:
    private(send(bot, "glossary edit SLA = " + "y" * yaml_io.MAX_DEFINITION))
    assert len(glossary.terms.get("sla").definition) == yaml_io.MAX_DEFINITION


def test_an_alias_that_names_another_term_is_refused(bot: Bot, glossary: Glossary) -> None:
    before = state(glossary)
    assert "already names KPI" in private(send(bot, "glossary alias KPI = SLA")).text
    form = private(click(bot, "term_form", {"term_id": "sla"}))
    assert "already names" in private(submit(bot, form, {"aliases": "service level agreement, SLO"})).text
    assert state(glossary) == before


def test_export_then_import_through_chat(bot: Bot, glossary: Glossary) -> None:
    exported = private(send(bot, "glossary export", user="anyone"))
    name, text = exported.file
    assert name == "glossary.yaml" and len(yaml_io.parse(text)) == glossary.terms.count()
    changed = text.replace("A written promise, usually part of a contract", "An imported promise", 1)
    changed += "- id: widgetry\n  term: Widgetry\n  definition: Making widgets.\n"
    make_curator(glossary)
    reply = private(send(bot, "glossary import", user="cura", attachment=changed.encode()))
    assert "Imported: 1 created, 1 updated" in reply.text
    assert glossary.terms.get("sla").definition.startswith("An imported promise")
    assert glossary.terms.history("widgetry")[0]["actor"] == "console:cura"
    no_file = private(send(bot, "glossary import", user="cura")).text
    assert "Attach a YAML file (the format “glossary export” gives) to a direct message" in no_file
    assert "Only admins can replace" in private(send(bot, "glossary import replace", user="cura",
                                                     attachment=changed.encode())).text


def test_an_invalid_import_leaves_the_glossary_untouched(bot: Bot, glossary: Glossary) -> None:
    before = state(glossary)
    bad = ("terms:\n- term: Good one\n  definition: Fine.\n- term: Bad one\n  definition: Fine too.\n"
           "  colour: blue\n")
    reply = private(send(bot, "glossary import", attachment=bad.encode()))
    assert reply.text.startswith("Nothing was imported: entry 2 ('Bad one'): unknown field(s) colour")
    assert "Nothing was imported: the file is not UTF-8" in private(send(bot, "glossary import",
                                                                          attachment=b"\xff\xfe")).text
    assert state(glossary) == before


def test_an_import_that_fails_halfway_through_writing_leaves_the_glossary_untouched(bot: Bot,
                                                                                    glossary: Glossary) -> None:
    """The file is valid; the database refuses the third write. The first two must not stay."""
    glossary.connections.db.execute(
        "create trigger refuse_boom before insert on terms when new.id = 'boom' "
        "begin select raise(abort, 'disk full'); end")
    before = state(glossary)
    good = "".join(f"- term: Fresh {i}\n  definition: Fresh term {i}.\n" for i in range(2))
    data = ("terms:\n" + good + "- id: boom\n  term: Boom\n  definition: Fails to write.\n").encode()
    reply = private(send(bot, "glossary import", attachment=data))
    assert reply.text == "Nothing was imported: the glossary could not be saved. Please try again later."
    assert state(glossary) == before
    assert glossary.terms.by_name("fresh 0") == []


def test_a_real_public_glossary_imports_through_chat(bot: Bot, glossary: Glossary) -> None:
    """Terms from the CNCF glossary (shared test data, read at test time), as a curator would upload them."""
    folder = SHARED_DATA / "cncf-glossary" / "en"
    if not folder.is_dir():
        pytest.skip("shared data not available")
    entries = []
    for path in sorted(folder.glob("*.md"))[:25]:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        title = next((ln.split(":", 1)[1].strip().strip("'\"") for ln in lines if ln.startswith("title:")), "")
        body = next((ln for ln in lines if ln and not ln.startswith(("#", "-", "title", "status", "category",
                                                                    "tags", "---"))), "")
        if title and body:
            entries.append({"term": title, "definition": body[: yaml_io.MAX_DEFINITION], "tags": ["cncf"]})
    assert len(entries) >= 10
    for entry in entries:
        entry["id"] = "cncf-" + entry["term"].lower().replace(" ", "-").replace("(", "").replace(")", "")
    text = yaml_io.dump([yaml_io.validate_entry(e, i) for i, e in enumerate(entries)])
    reply = private(send(bot, "glossary import", attachment=text.encode()))
    assert f"Imported: {len(entries)} created" in reply.text
    listed = private(send(bot, "glossary list cncf"))
    assert f"{len(entries)} terms tagged “cncf”" in listed.text
