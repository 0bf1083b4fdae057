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


def _logged(bot) -> int:  # noqa: ANN001
    return bot.glossary.connections.db.execute("select count(*) from queries").fetchone()[0]


@pytest.mark.parametrize(("text", "says"), [
    ("lol", "Glad to hear it"), ("haha", "Glad to hear it"), ("how are you?", "All good"),
    ("who are you", "I'm Jargon Bot: I explain jargon"), ("ok", "👍"), ("k", "👍"), ("bye", "Bye!"),
    ("ok thanks", "You're welcome"), ("okay, thank you!", "You're welcome"),
])
def test_chit_chat_gets_a_friendly_line_and_is_not_logged(bot, text: str, says: str) -> None:  # noqa: ANN001
    [reply] = say(bot, text)
    assert says in reply.text and "don't know" not in reply.text, reply.text
    assert _logged(bot) == 0


def test_ok_alone_is_not_thanked(bot) -> None:  # noqa: ANN001
    assert "welcome" not in say(bot, "ok")[0].text


@pytest.mark.parametrize("text", ["so what", "it", "so", "the", "what", "is it", "the the"])
def test_everyday_words_alone_get_a_hint_and_stay_out_of_the_unanswered_list(bot, text: str) -> None:  # noqa: ANN001
    from bot.digest import build_digest
    from glossary.digest_week import Week, zone

    [reply] = say(bot, text)
    assert reply.kind == "help" and reply.text.startswith("Ask me about a term"), reply.text
    assert "don't know" not in reply.text
    assert _logged(bot) == 0
    say(bot, "flibbertigibbet")  # a real miss is still logged and listed for curators
    clock = bot.glossary.clock
    digest = build_digest(bot.glossary, bot.config, Week.containing(clock(), zone("UTC")))
    assert "“flibbertigibbet”" in digest.text and f"“{text}”" not in digest.text


def test_a_follow_up_made_of_everyday_words_still_answers(bot) -> None:  # noqa: ANN001
    say(bot, "what is SLA?")
    assert "SLA" in say(bot, "what is it?")[0].text


@pytest.mark.parametrize("text", ["@Jargon Bot help", "@Jargon Bot", "@jargon bot: help", "  @JargonBot help!"])
def test_a_typed_bot_name_is_not_part_of_the_question(bot, text: str) -> None:  # noqa: ANN001
    [reply] = say(bot, text)
    assert reply.kind == "help" and "don't know" not in reply.text, reply.text
    assert _logged(bot) == 0


def test_a_typed_bot_name_before_a_question_or_command_is_dropped(bot) -> None:  # noqa: ANN001
    assert say(bot, "@Jargon Bot what is SLA?")[0].text == say(bot, "what is SLA?")[0].text
    assert "you work in finance" in say(bot, "@Jargon Bot glossary me finance")[0].text
    assert [r["text"] for r in bot.glossary.connections.db.query("select text from queries")] == [
        "what is SLA?", "what is SLA?"]
