"""Who a command names: `<@U123|ann>` in Slack, `<at>Ann</at>` in Teams, or a literal `teams:<id>`.

Only ids are trusted, never display names: two people can share a name. The platform
of a mention is the platform of the person typing it.
"""

from __future__ import annotations

import re

from bot.messages import UNVERIFIED, User

PLATFORMS = ("slack", "teams", "console")
# Anchored and possessive: each reads the text once, whatever it holds.
_SLACK = re.compile(r"^<@([A-Z0-9]++)(?:\|([^<>]*+))?>$", re.I)
_TEAMS = re.compile(r"^<at>((?:(?!</?at>).)*+)</at>$", re.I | re.S)
MAX_MENTION_CHARS = 300  # a mention, id or name is short; longer text names nobody
_LITERAL = re.compile(r"^(slack|teams|console):([A-Za-z0-9._:@-]{1,100})$")
_CONSOLE = re.compile(r"^@?([A-Za-z0-9._-]{1,64})$")


class UnknownMention(ValueError):
    """The text names nobody we can identify; the message says how to name someone."""


def parse_user(text: str, acting: User, mentions: list[User] | None = None) -> User:
    """One person named in a command -> their User (platform and id)."""
    text = text.strip()[:MAX_MENTION_CHARS]
    literal = _LITERAL.match(text)
    if literal and not literal.group(2).startswith(UNVERIFIED):
        return User(literal.group(1), literal.group(2))
    if acting.platform == "slack":
        slack = _SLACK.match(text)
        if slack:
            return User("slack", slack.group(1).upper(), slack.group(2) or "")
    if acting.platform == "teams":
        teams = _TEAMS.match(text)
        if teams:
            return _teams_mention(teams.group(1).strip(), mentions or [])
    if acting.platform == "console":
        console = _CONSOLE.match(text)
        if console:
            return User("console", console.group(1))
    raise UnknownMention(_how_to_name(acting.platform, text))


def _teams_mention(name: str, mentions: list[User]) -> User:
    people = [m for m in mentions if m.platform == "teams"]
    named = [m for m in people if m.name.strip().casefold() == name.casefold()]
    found = named[0] if len(named) == 1 else people[0] if not named and len(people) == 1 else None
    if found is not None and found.id.startswith(UNVERIFIED):
        raise UnknownMention(f"I couldn't look up who “{name[:60]}” is in Teams just now. Try again, or write "
                             "their id as teams:<AAD object id>.")
    if found is not None:
        return found
    raise UnknownMention(f"I couldn't tell which person “{name[:60]}” is. Mention them with @ from the list "
                         "Teams offers, or write their id as teams:<AAD object id>.")


def _how_to_name(platform: str, text: str) -> str:
    shown = text[:60] or "nobody"
    if platform == "slack":
        return (f"I can't tell who “{shown}” is. Mention the person with @ and pick them from the list, "
                "so Slack sends their id (or write slack:U123).")
    if platform == "teams":
        return f"I can't tell who “{shown}” is. @mention the person, or write teams:<AAD object id>."
    return f"I can't tell who “{shown}” is. Write a user id such as slack:U123 or teams:<AAD object id>."
