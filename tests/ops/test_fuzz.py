"""Hostile input: random unicode, huge strings, markup, null bytes and YAML bombs never escape as exceptions."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import Bot
from bot.messages import Action, Conversation, IncomingMessage, User
from glossary.yaml_io import GlossaryFormatError

MARKUP = st.sampled_from(["<@U123>", "<!channel>", "<at>Jargon Bot</at>", "*bold*", "`code`", "```block```",
                          "&amp;", "&lt;script&gt;", ":thinking_face:", "🤔" * 50, "\x00", "glossary ", "explain:",
                          "<https://example.com|link>", "'; drop table terms; --", "\u202e", "\r\n"])
TEXT = st.lists(st.one_of(st.text(max_size=200), MARKUP), max_size=12).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(text=TEXT)
def test_any_message_gets_replies_and_no_exception(bot: Bot, text: str) -> None:
    for kind in ("dm", "channel"):
        replies = bot.handle(IncomingMessage(text, User("slack", "UFUZZ"), Conversation("slack", "C1", kind)))
        assert replies, "every message gets at least one reply"
        assert all(isinstance(r.text, str) and r.text for r in replies)


@SETTINGS
@given(name=st.text(max_size=30), value=st.dictionaries(st.text(max_size=10), st.text(max_size=50), max_size=4))
def test_any_button_payload_is_handled(bot: Bot, name: str, value: dict) -> None:
    replies = bot.act(Action(name, value, User("teams", "x"), Conversation("teams", "c", "channel")))
    assert all(r.text for r in replies)


def test_huge_message_is_answered(bot: Bot) -> None:
    replies = bot.handle(IncomingMessage("SLA " * 20_000, User("slack", "U1"), Conversation("slack", "D1")))
    assert replies and all(r.text for r in replies)


@SETTINGS
@given(doc=st.one_of(st.text(max_size=500), st.binary(max_size=300),
                     st.lists(MARKUP, max_size=20).map(lambda xs: "terms:\n" + "\n".join(f"  - {x}" for x in xs))))
def test_any_yaml_is_all_or_nothing(glossary, doc) -> None:  # noqa: ANN001
    before = (glossary.terms.version(), glossary.terms.count())
    try:
        glossary.import_yaml(doc, actor="fuzz")
    except GlossaryFormatError as exc:
        assert str(exc)
        assert (glossary.terms.version(), glossary.terms.count()) == before, "a refused import changed nothing"


@pytest.mark.parametrize("bomb", [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nterms: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
    "terms: " + "[" * 5000 + "]" * 5000,
    "!!python/object/apply:os.system ['echo pwned']",
])
def test_yaml_bombs_are_refused_cleanly(glossary, bomb: str) -> None:  # noqa: ANN001
    before = glossary.terms.count()
    with pytest.raises(GlossaryFormatError):
        glossary.import_yaml(bomb)
    assert glossary.terms.count() == before
