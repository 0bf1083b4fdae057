"""Slack display names for the digest: `users.info`, once per person, cached in glossary/people.py.

Only people the digest names (editors, suggesters, owners) are looked up, at most MAX_LOOKUPS
per run, and only while their cached name came from the chat (a handle) or is missing. A
failed lookup leaves the id: the digest still goes out.
"""

from __future__ import annotations

import logging
from typing import Any

from glossary.people import DIRECTORY, People
from glossary.service import Glossary

log = logging.getLogger(__name__)

MAX_LOOKUPS = 50


def display_name(user: dict[str, Any]) -> str:
    """The name Slack shows: the profile's display name, else the real name, else the handle."""
    profile = user.get("profile") or {}
    for name in (profile.get("display_name"), profile.get("real_name"), user.get("real_name"), user.get("name")):
        if isinstance(name, str) and name.strip():
            return name.strip()
    return ""


async def learn_names(client: Any, glossary: Glossary, keys: set[str]) -> int:
    """users.info for each Slack key not yet named from the directory; returns how many names were learned."""
    people = People(glossary)
    todo = sorted(k for k in keys if k.startswith("slack:") and people.source(k) != DIRECTORY)[:MAX_LOOKUPS]
    learned = 0
    for key in todo:
        try:
            response = await client.users_info(user=key.split(":", 1)[1])
        except Exception as exc:  # noqa: BLE001 - a name is a nicety; the digest must go out regardless
            log.info("users.info for %s failed: %s", key, type(exc).__name__)
            continue
        name = display_name(response.get("user") or {})
        learned += bool(name) and people.remember(key, name, source=DIRECTORY)
    return learned
