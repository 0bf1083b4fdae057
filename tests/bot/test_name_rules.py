"""Command text typed into a form field is not a name, and a sentence is not a tag: the same rule
(glossary/name_rules.py) on forms, chat commands and YAML import, with a clear error and nothing saved."""

from __future__ import annotations

import pytest

from bot.core import Bot
from glossary import yaml_io
from glossary.service import Glossary
from tests.bot.curation_support import click, private, send, state, submit

COMMAND = "glossary add SLA = duplicate"
SENTENCE = "note: this one = the old tag"


def _add_form(bot: Bot, name: str = "Widgetry"):  # noqa: ANN202 - a Reply with a form
    form = private(click(bot, "term_form", {"term": name}))
    assert form.form is not None and form.form.hidden.get("mode") == "add", form.text
    return form


@pytest.mark.parametrize(("field", "value", "label", "says"), [
    ("aliases", COMMAND, "Other names", "looks like a command"),
    ("aliases", "SLA = duplicate", "Other names", "contains “=”"),
    ("related", COMMAND, "Related terms", "looks like a command"),
    ("tags", SENTENCE, "Tags", "is not a tag"),
    ("tags", "data science", "Tags", "is not a tag"),
])
def test_the_add_form_refuses_command_text_and_sentences_naming_the_field(bot: Bot, glossary: Glossary, field: str,
                                                                        value: str, label: str, says: str) -> None:
    before = state(glossary)
    reply = private(submit(bot, _add_form(bot), {"definition": "Making gizmos at scale.", field: value}))
    assert reply.kind == "error" and reply.text.startswith(f"{label}: “") and says in reply.text, reply.text
    assert "Nothing was saved" in reply.text
    assert state(glossary) == before and not glossary.terms.by_name("Widgetry")


def test_the_add_form_still_takes_plain_names_and_tags(bot: Bot, glossary: Glossary) -> None:
    submit(bot, _add_form(bot), {"definition": "Making gizmos at scale.", "aliases": "gizmo making, widget ops",
                                 "tags": "manufacturing, data-science, ml_ops", "related": "SLA"})
    [term] = glossary.terms.by_name("Widgetry")
    assert (term.aliases, term.tags) == (["gizmo making", "widget ops"], ["manufacturing", "data-science", "ml_ops"])


@pytest.mark.parametrize(("command", "says"), [
    ("glossary alias glossary add thing = SLA", "Other names: “glossary add thing” looks like a command"),
    ("glossary add glossary thing = a thing", "Term: “glossary thing” looks like a command"),
    ("glossary tag SLA = it, see: x = y", "Tags: “see: x = y” is not a tag"),
    ("glossary related SLA = a = b", "Related terms: “a = b” contains “=”"),
])
def test_chat_commands_follow_the_same_rule(bot: Bot, glossary: Glossary, command: str, says: str) -> None:
    before = state(glossary)
    reply = private(send(bot, command))
    assert says in reply.text and "Nothing was saved" in reply.text, reply.text
    assert state(glossary) == before


def test_an_import_follows_the_same_rule_and_imports_nothing(bot: Bot, glossary: Glossary) -> None:
    before = state(glossary)
    text = (f"terms:\n  - {{term: Fine, definition: ok}}\n"
            f"  - {{term: Widgetry, definition: gizmos, aliases: ['{COMMAND}']}}\n")
    with pytest.raises(yaml_io.GlossaryFormatError, match=r"entry 2 \('Widgetry'\): field 'aliases\[0\]': "
                       r"“glossary add SLA = duplicate” looks like a command"):
        glossary.import_yaml(text)
    reply = private(send(bot, "glossary import", attachment=text.encode()))
    assert "aliases[0]" in reply.text and "looks like a command" in reply.text, reply.text
    bad_tag = "terms:\n  - {term: Widgetry, definition: gizmos, tags: ['a: b = c']}\n"
    with pytest.raises(yaml_io.GlossaryFormatError, match=r"field 'tags\[0\]': “a: b = c” is not a tag"):
        glossary.import_yaml(bad_tag)
    assert state(glossary) == before
