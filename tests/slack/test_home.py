"""bot/home.py: the App Home content, platform-free, from real data in a real database."""

from __future__ import annotations

from bot.core import Bot
from bot.home import home_replies
from bot.messages import User
from glossary.models import Term
from tests.conftest import say


def _page(bot: Bot, user: str) -> dict[str, object]:
    return {r.title: r for r in home_replies(bot.glossary, bot.config, User("slack", user))}


def test_member_sees_how_to_ask_most_asked_and_recently_added(bot: Bot) -> None:
    for text in ("what is SLA", "SLA?", "define EBITDA"):
        say(bot, text, user="U1", platform="slack")
    bot.glossary.terms.save(Term("okr-x", "OKRX", "Objectives and key results, extended."), actor="slack:U7",
                            platform="slack")
    page = _page(bot, "U1")
    assert list(page) == ["How to ask", "Most asked this week", "Recently added"]
    top = page["Most asked this week"]
    assert [(i.label, i.text) for i in top.items] == [("SLA", "asked 2×"), ("EBITDA", "asked 1×")]
    assert top.items[0].buttons[0].action == "lookup" and top.items[0].buttons[0].value == {"term_id": "sla"}
    recent = page["Recently added"]
    assert [i.label for i in recent.items] == ["OKRX"] and "added by U7" in recent.items[0].text


def test_quiet_week_and_only_starter_terms_say_so(bot: Bot) -> None:
    page = _page(bot, "U1")
    assert "nobody has asked anything yet" in page["Most asked this week"].text
    assert "only the starter glossary" in page["Recently added"].text


def test_curators_also_see_pending_suggestions_and_unanswered_questions(bot: Bot) -> None:
    say(bot, "what is flibbertigibbet", user="U1", platform="slack")
    say(bot, "flibbertigibbet?", user="U2", platform="slack")
    say(bot, "glossary suggest Zorp = Our internal deploy tool.", user="U3", platform="slack")
    page = _page(bot, "UADMIN")
    pending = page["Suggestions waiting for review"]
    assert len(pending.items) == 1 and "Zorp" in pending.items[0].label
    assert [b.action for b in pending.items[0].buttons] == ["approve_suggestion", "reject_suggestion"]
    unanswered = page["Unanswered this week"]
    assert [(i.label, i.text) for i in unanswered.items] == [("“flibbertigibbet”", "asked 2×")]
    assert unanswered.items[0].buttons[0].label == "Define it"


def test_a_question_defined_since_drops_off_the_unanswered_list(bot: Bot) -> None:
    say(bot, "what is flibbertigibbet", user="U1", platform="slack")
    bot.glossary.terms.save(Term("flibbertigibbet", "flibbertigibbet", "A chatty person."), actor="slack:UADMIN",
                            platform="slack")
    assert _page(bot, "UADMIN")["Unanswered this week"].items == []
