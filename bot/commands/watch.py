"""Watch mode, opt-in per channel: a threaded "Terms in this message" under jargon-heavy messages.

`glossary watch on [MINUTES]` (curators) turns it on; the bot then replies, in the
message's thread, to channel messages with at least two glossary terms, at most once
per cooldown (10 minutes by default) per channel. "Mute in this thread" stops it in
that thread. A DM is watched only if someone turned it on there.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.commands.explain import find_terms
from bot.commands.help import is_role_refused
from bot.commands.registry import action, command
from bot.context import Context
from bot.explain_view import button_value, distinct, explain_reply
from bot.limits import explain_cut
from bot.messages import Action, Button, Reply
from bot.roles import Role
from glossary import channel_settings
from glossary.clock import iso

MIN_TERMS = 2
DEFAULT_COOLDOWN_MINUTES = 10
MAX_COOLDOWN_MINUTES = 24 * 60
MAX_MUTED_THREADS = 500
TITLE = "Terms in this message"


def _cooldown(settings: channel_settings.Settings) -> timedelta:
    minutes = settings.get("watch_cooldown_minutes", DEFAULT_COOLDOWN_MINUTES)
    return timedelta(minutes=minutes if isinstance(minutes, int) else DEFAULT_COOLDOWN_MINUTES)


def _cooling(settings: channel_settings.Settings, now: datetime) -> bool:
    last = settings.get("watch_last_at")
    try:
        return bool(last) and now - datetime.fromisoformat(str(last)) < _cooldown(settings)
    except ValueError:
        return False


@command("watch", "watch [on [MINUTES]|off]", "Watch mode: in this channel, list the terms of messages with two "
         "or more glossary terms in a thread reply, at most once per MINUTES (curators).")
def watch_command(ctx: Context, args: str) -> list[Reply]:
    words = args.lower().split()
    key = ctx.conversation.key
    if not words or words[0] == "status":
        settings = channel_settings.get(ctx.glossary.connections, key)
        state = (f"on (at most one reply every {int(_cooldown(settings).total_seconds() // 60)} minutes)"
                 if settings.get("watch") else "off")
        return [Reply(text=f"Watch mode is {state} here. Curators switch it with “glossary watch on” or "
                           "“glossary watch off”.", kind="notice", private=True)]
    minutes = words[1] if len(words) > 1 else None
    if words[0] not in ("on", "off") or (minutes is not None and (words[0] == "off" or not minutes.isdigit()
                                                                   or int(minutes) > MAX_COOLDOWN_MINUTES)):
        return [Reply(text="Usage: “glossary watch on”, “glossary watch on 30” (minutes between replies, up to "
                           f"{MAX_COOLDOWN_MINUTES}), or “glossary watch off”.", kind="error", private=True)]
    refused = is_role_refused(ctx, Role.CURATOR, False)
    if refused is not None:
        return [refused]
    on = words[0] == "on"

    def change(settings: channel_settings.Settings) -> None:
        settings.update(watch=on, watch_by=ctx.actor)
        if minutes is not None:
            settings["watch_cooldown_minutes"] = int(minutes)

    settings = channel_settings.update(ctx.glossary.connections, key, change)
    if not on:
        return [Reply(text="Watch mode is off here. Anyone can still ask me to “explain” a message.", kind="notice")]
    every = int(_cooldown(settings).total_seconds() // 60)
    return [Reply(text=f"Watch mode is on here: when a message has {MIN_TERMS} or more glossary terms, I'll list them "
                       f"in its thread, at most once every {every} minutes. “Mute in this thread” stops me in a "
                       "thread; “glossary watch off” stops me here.", kind="notice")]


@action("watch_message")
def watch_message(ctx: Context, act: Action) -> list[Reply]:
    """A channel message not addressed to the bot. Usually there is nothing to say."""
    connections, key, thread = ctx.glossary.connections, ctx.conversation.key, ctx.conversation.thread
    settings = channel_settings.get(connections, key)
    now = ctx.glossary.clock()
    if not settings.get("watch") or (thread and thread in settings.get("watch_muted", [])) or _cooling(settings, now):
        return []
    text = explain_cut(str(act.value.get("text") or ""))[0]
    found = find_terms(ctx, text)
    if len(distinct(found)) < MIN_TERMS:
        return []
    claimed = []

    def claim(current: channel_settings.Settings) -> None:  # another process may have replied meanwhile
        if current.get("watch") and not _cooling(current, now):
            current["watch_last_at"] = iso(now)
            claimed.append(True)

    channel_settings.update(connections, key, claim)
    if not claimed:
        return []
    reply = explain_reply(text, found, button_value(connections, text, now), title=TITLE, private=False)
    reply.actions.append(Button("Mute in this thread", "watch_mute", {"thread": thread} if thread else {}))
    return [reply]


@action("watch_mute")
def watch_mute(ctx: Context, act: Action) -> list[Reply]:
    """One click: no more watch-mode replies in this thread."""
    thread = str(act.value.get("thread") or ctx.conversation.thread or "")
    if not thread:
        return [Reply(text="I can only mute watch mode inside a thread.", kind="error", private=True)]

    def mute(settings: channel_settings.Settings) -> None:
        muted = [t for t in settings.get("watch_muted", []) if t != thread] + [thread]
        settings["watch_muted"] = muted[-MAX_MUTED_THREADS:]

    channel_settings.update(ctx.glossary.connections, ctx.conversation.key, mute)
    return [Reply(text="Muted: I won't list terms in this thread again.", kind="notice", private=True)]
