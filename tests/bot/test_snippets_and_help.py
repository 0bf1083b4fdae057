"""Issue 16: snippets end at a real sentence end or a word, and help speaks good English on every platform."""

from __future__ import annotations

import pytest

from bot.core import Bot
from bot.curation import shorten
from glossary.models import Term
from tests.conftest import say


@pytest.mark.parametrize(("definition", "first"), [
    ("Availability of 99.999%, i.e. about five minutes of downtime a year. Costly.",
     "Availability of 99.999%, i.e. about five minutes of downtime a year"),
    ("Paid by the client, e.g. a retainer. Then more.", "Paid by the client, e.g. a retainer"),
    ("Made in the U.S. by Acme. Second.", "Made in the U.S. by Acme"),
    ("Version 2.0 is out. Next.", "Version 2.0 is out"),
    ("A plan; more detail", "A plan"),
    ("No stop at all.", "No stop at all"),
])
def test_the_first_sentence_does_not_end_at_an_abbreviation(definition: str, first: str) -> None:
    assert Term("x", "x", definition).short_definition == first


def test_shorten_cuts_at_a_word_with_an_ellipsis() -> None:
    text = "Availability of 99.999 percent, that is about five minutes of downtime a year"
    short = shorten(text, 40)
    assert short == "Availability of 99.999 percent, that is…" and len(short) <= 40
    assert shorten("x" * 50, 10) == "x" * 9 + "…"  # one long word is still cut
    assert shorten("short", 40) == "short"


def test_search_snippets_keep_whole_words(bot: Bot) -> None:
    [reply] = say(bot, "glossary search customer")
    for item in reply.items:
        assert not item.text.endswith(("i.e", "e.g")), item.text
        if item.text.endswith("…"):
            assert item.text[-2] != " "


@pytest.mark.parametrize(("user", "role"), [("UADMIN", "an admin"), ("U1", "a member")])
def test_help_names_the_role_with_the_right_article(bot: Bot, user: str, role: str) -> None:
    [reply] = say(bot, "glossary help", user=user, platform="slack")
    assert f"You are {role}." in reply.text


def test_a_refusal_says_a_member(bot: Bot) -> None:
    [reply] = say(bot, "glossary remove SLA", user="U1", platform="slack")
    assert "(you are a member)" in reply.text
