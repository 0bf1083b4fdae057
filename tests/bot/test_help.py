"""Help is generated from the command table and shows exactly what the user may run."""

from __future__ import annotations

from bot.config import BotConfig
from bot.core import Bot
from tests.conftest import say


def _help_text(bot: Bot, user: str) -> str:
    return say(bot, "glossary help", user=user, platform="slack")[0].text


def test_members_see_only_what_they_may_run(glossary) -> None:  # noqa: ANN001
    text = _help_text(Bot(glossary, BotConfig()), "UMEMBER")
    assert "glossary suggest" in text and "glossary edit" not in text


def test_open_editing_shows_edit_commands_to_everyone(glossary) -> None:  # noqa: ANN001
    text = _help_text(Bot(glossary, BotConfig(open_editing=True)), "UMEMBER")
    assert "glossary edit" in text and "glossary add" in text
    assert "glossary curator" not in text, "managing curators stays with admins"
