"""Helpers for the curation tests: act as a given person, click buttons, read what is stored."""

from __future__ import annotations

from typing import Any

from bot.core import Bot
from bot.messages import Action, Button, Conversation, IncomingMessage, Reply, User
from bot.roles import set_curator
from glossary.service import Glossary

ADMIN = "admin"  # console:admin is an admin in tests/conftest.py's config
CURATOR = "cura"
MEMBER = "member"


def make_curator(glossary: Glossary, user: str = CURATOR, platform: str = "console") -> str:
    key = f"{platform}:{user}"
    set_curator(glossary, key, enabled=True, by="test")
    return key


def send(bot: Bot, text: str, user: str = ADMIN, platform: str = "console", *, attachment: bytes | None = None,
         mentions: list[User] | None = None) -> list[Reply]:
    msg = IncomingMessage(text, User(platform, user, user.title()), Conversation(platform, "D1", "dm"),
                          via="command", attachment=attachment, mentions=mentions or [])
    return bot.handle(msg)


def click(bot: Bot, button: Button | str, value: dict[str, Any] | None = None, user: str = ADMIN,
          platform: str = "console") -> list[Reply]:
    name, data = (button.action, dict(button.value)) if isinstance(button, Button) else (button, value or {})
    return bot.act(Action(name, data, User(platform, user, user.title()), Conversation(platform, "D1", "dm")))


def submit(bot: Bot, form_reply: Reply, values: dict[str, Any], user: str = ADMIN,
           platform: str = "console") -> list[Reply]:
    """Submit a form the way adapters do: the field values, with the form's hidden values over them."""
    assert form_reply.form is not None, form_reply.text
    filled = {f.name: f.value for f in form_reply.form.fields} | values
    return click(bot, form_reply.form.submit_action, {**filled, **form_reply.form.hidden}, user, platform)


def button(reply: Reply, label_start: str) -> Button:
    everything = list(reply.actions) + list(reply.choices) + [b for i in reply.items for b in i.buttons]
    for b in everything:
        if b.label.startswith(label_start):
            return b
    raise AssertionError(f"no button starting {label_start!r} in {[b.label for b in everything]}")


def private(replies: list[Reply]) -> Reply:
    """The one reply to the person acting (not a notice delivered elsewhere)."""
    mine = [r for r in replies if r.to is None]
    assert len(mine) == 1, [r.text for r in replies]
    return mine[0]


def notices_to(replies: list[Reply]) -> dict[str, Reply]:
    return {r.to.key: r for r in replies if r.to is not None}


def state(glossary: Glossary) -> tuple[list[dict[str, Any]], int, int]:
    """Everything a refused command must leave alone: terms, revision count, suggestion count."""
    db = glossary.connections.db
    terms = list(db.query("select * from terms order by id"))
    revisions = db.execute("select count(*) from revisions").fetchone()[0]
    suggestions = db.execute("select count(*) from suggestions").fetchone()[0]
    return terms, revisions, suggestions
