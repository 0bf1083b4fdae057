"""Pleasantries get a friendly reply and are not logged as unanswered questions."""

from __future__ import annotations

import pytest

from tests.conftest import say


@pytest.mark.parametrize("text", ["thanks!", "Thank you so much", "thx", "cheers", "ok", "hello", "Hi there!",
                                  "good morning"])
def test_pleasantries_are_answered_kindly_and_not_logged(bot, text: str) -> None:  # noqa: ANN001
    replies = say(bot, text)
    assert replies[0].kind in {"notice", "help"}
    assert "don't know" not in replies[0].text
    assert bot.glossary.connections.db.execute("select count(*) from queries").fetchone()[0] == 0


@pytest.mark.parametrize("text", ["hello world", "ok what is SLA", "thanks for the SLA tip, what is an SLO"])
def test_questions_that_start_politely_are_still_questions(bot, text: str) -> None:  # noqa: ANN001
    assert say(bot, text)[0].kind not in {"notice"}
