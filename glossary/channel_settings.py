"""Per-channel settings (table channel_settings): one JSON object per conversation key.

Used for the context tags that pick a term's sense (`glossary context`), and for
watch mode (`glossary watch`): on/off, its cooldown, and the threads muted in it.
Every change is a read-modify-write inside one BEGIN IMMEDIATE transaction, so two
processes changing the same channel cannot lose each other's update.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from glossary.db import Connections

Settings = dict[str, Any]


def get(connections: Connections, channel: str) -> Settings:
    row = connections.db.execute("select settings from channel_settings where channel = ?", [channel]).fetchone()
    if not row or not row[0]:
        return {}
    try:
        data = json.loads(row[0])
    except ValueError:
        return {}  # a damaged row must not break the channel: it reads as defaults
    return data if isinstance(data, dict) else {}


def update(connections: Connections, channel: str, change: Callable[[Settings], None]) -> Settings:
    """Apply `change` to the channel's settings in place and save them; returns the new settings."""
    with connections.write() as db:
        settings = get(connections, channel)
        change(settings)
        db.execute("insert into channel_settings (channel, settings) values (?, ?) "
                   "on conflict(channel) do update set settings = excluded.settings",
                   [channel, json.dumps(settings, ensure_ascii=False, sort_keys=True)])
    return settings


def context_tags(connections: Connections, channel: str) -> list[str]:
    """The channel's default tags: they pick the sense of 'PR' or 'AR' when the message doesn't."""
    tags = get(connections, channel).get("context_tags") or []
    return [str(t) for t in tags if isinstance(t, str)]
