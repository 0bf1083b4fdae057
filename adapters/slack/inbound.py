"""Slack payloads -> the bot's platform-free types. Pure functions: no network, no decisions.

Shapes follow Slack's documented payloads (the same ones bolt-python's tests use): events
(`app_mention`, `message`), slash commands (form fields), and interactivity (`block_actions`,
`message_action`, `view_submission`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from bot.limits import MAX_INPUT_CHARS
from bot.messages import Action, Conversation, IncomingMessage, User, Via

PLATFORM = "slack"
_MENTION = re.compile(r"<@([UW][A-Z0-9]++)(?:\|([^<>]*+))?>")  # linear: a scan stops at the next "<"
#: Message subtypes that are still a person talking (everything else: edits, joins, bots... is ignored).
HUMAN_SUBTYPES = {None, "", "file_share", "thread_broadcast"}


@dataclass(frozen=True)
class Origin:
    """Where a turn came from, so its replies can go back there."""

    user: str
    channel: str | None = None
    thread_ts: str | None = None
    is_dm: bool = False
    response_url: str | None = None
    trigger_id: str | None = None
    ephemeral: bool = False  # the message clicked was only visible to this user


def is_from_bot(event: dict[str, Any], bot_user_id: str | None) -> bool:
    """Bots (this one included) never get an answer: two bots must not talk forever."""
    return bool(event.get("bot_id") or event.get("subtype") == "bot_message" or event.get("bot_profile")
                or (bot_user_id and event.get("user") == bot_user_id))


def is_human_message(event: dict[str, Any], bot_user_id: str | None) -> bool:
    return (not is_from_bot(event, bot_user_id) and event.get("subtype") in HUMAN_SUBTYPES
            and isinstance(event.get("user"), str) and isinstance(event.get("channel"), str))


def mentions(text: str, bot_user_id: str | None) -> list[User]:
    """People @mentioned in the text (`<@U123|name>`), the bot excluded."""
    found: dict[str, User] = {}
    for user_id, name in _MENTION.findall(text or ""):
        if user_id != bot_user_id:
            found.setdefault(user_id, User(PLATFORM, user_id, name or ""))
    return list(found.values())


def clean_text(text: str, bot_user_id: str | None) -> str:
    """Drop the bot's own @mention and Slack's HTML escaping; keep other markup for the engine to skip."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^<>]*+)?>", " ", text)
    return html.unescape(text).strip()


def mentions_bot(text: str, bot_user_id: str | None) -> bool:
    return bool(bot_user_id) and f"<@{bot_user_id}" in (text or "")


def conversation_kind(channel_type: str | None, channel_id: str | None) -> str:
    if channel_type == "im" or (channel_type is None and (channel_id or "").startswith("D")):
        return "dm"
    if channel_type in ("mpim", "group") or (channel_type is None and (channel_id or "").startswith("G")):
        return "group"
    return "channel"


def message_from_event(event: dict[str, Any], *, via: Via, bot_user_id: str | None,
                       parent_text: str | None = None, attachment: bytes | None = None) -> IncomingMessage:
    """An `app_mention` or `message` event."""
    raw = str(event.get("text") or "")[:MAX_INPUT_CHARS]  # cut before any pattern reads it
    channel = str(event["channel"])
    thread = event.get("thread_ts") if event.get("thread_ts") != event.get("ts") else None
    conversation = Conversation(PLATFORM, channel, conversation_kind(event.get("channel_type"), channel),  # type: ignore[arg-type]
                                thread=thread)
    return IncomingMessage(clean_text(raw, bot_user_id), User(PLATFORM, str(event["user"])), conversation, via=via,
                           parent_text=parent_text, attachment=attachment, mentions=mentions(raw, bot_user_id),
                           message_id=str(event["ts"]) if event.get("ts") else None)


def event_origin(event: dict[str, Any]) -> Origin:
    """Replies to a message go in its thread (the thread it is in, or a new one under it); DMs stay flat."""
    channel = str(event.get("channel"))
    is_dm = conversation_kind(event.get("channel_type"), channel) == "dm"
    thread = event.get("thread_ts") or (None if is_dm else event.get("ts"))
    return Origin(user=str(event.get("user")), channel=channel, thread_ts=thread, is_dm=is_dm)


def message_from_command(body: dict[str, Any], text: str) -> IncomingMessage:
    """A slash command; `text` is what the bot should read (the adapter prefixes 'glossary' for /glossary)."""
    channel = str(body.get("channel_id") or "")
    user = User(PLATFORM, str(body.get("user_id")), str(body.get("user_name") or ""))
    kind = conversation_kind(None, channel) if body.get("channel_name") != "directmessage" else "dm"
    conversation = Conversation(PLATFORM, channel, kind)  # type: ignore[arg-type]
    return IncomingMessage(html.unescape(text).strip(), user, conversation, via="slash",
                           mentions=mentions(str(body.get("text") or ""), None))


def command_origin(body: dict[str, Any]) -> Origin:
    return Origin(user=str(body.get("user_id")), channel=body.get("channel_id"),
                  response_url=body.get("response_url"), trigger_id=body.get("trigger_id"), ephemeral=True,
                  is_dm=body.get("channel_name") == "directmessage")


def _user(body: dict[str, Any]) -> User:
    user = body.get("user") or {}
    return User(PLATFORM, str(user.get("id")), str(user.get("name") or user.get("username") or ""))


def interaction_conversation(body: dict[str, Any]) -> Conversation:
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    if not channel:  # the Home tab or a modal: the user's own space
        return Conversation(PLATFORM, str((body.get("user") or {}).get("id")), "dm")
    message = body.get("message") or {}
    thread = message.get("thread_ts") or message.get("ts")
    return Conversation(PLATFORM, str(channel), conversation_kind(None, str(channel)),  # type: ignore[arg-type]
                        thread=thread)


def interaction_origin(body: dict[str, Any]) -> Origin:
    """A click or shortcut: private replies go through response_url when Slack gave one."""
    conversation = interaction_conversation(body)
    in_channel = bool((body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id"))
    return Origin(user=str((body.get("user") or {}).get("id")), channel=conversation.id if in_channel else None,
                  thread_ts=conversation.thread if in_channel else None, is_dm=conversation.kind == "dm",
                  response_url=body.get("response_url"), trigger_id=body.get("trigger_id"),
                  ephemeral=bool((body.get("container") or {}).get("is_ephemeral")))


def action_from_click(body: dict[str, Any], name: str, value: dict[str, Any]) -> Action:
    return Action(name, value, _user(body), interaction_conversation(body))


def shortcut_text(body: dict[str, Any]) -> str:
    """The text of the message a message shortcut was used on."""
    return html.unescape(str((body.get("message") or {}).get("text") or ""))


def submission_action(body: dict[str, Any], name: str, values: dict[str, Any],
                      context: dict[str, Any]) -> Action:
    """A modal submission; the conversation is the one the form was opened from (kept in private_metadata)."""
    user = _user(body)
    channel = context.get("c")
    conversation = (Conversation(PLATFORM, str(channel), conversation_kind(None, str(channel)),  # type: ignore[arg-type]
                                 thread=context.get("t")) if channel else Conversation(PLATFORM, user.id, "dm"))
    return Action(name, values, user, conversation)


def submission_origin(body: dict[str, Any], context: dict[str, Any]) -> Origin:
    channel = context.get("c")
    return Origin(user=str((body.get("user") or {}).get("id")), channel=channel, thread_ts=context.get("t"),
                  is_dm=conversation_kind(None, channel) == "dm" if channel else False)
