"""Teams conversation references in the `conversations` table, for messages the bot starts itself.

A reference (serviceUrl, conversation, bot, user, tenant) is what the Bot Connector needs to
post into a conversation later: the digest, a notice to curators, a private reply. It is saved
for every conversation the bot sees and refreshed when it changes (the serviceUrl can move).
Stored as JSON without the activity id, so a later post starts a new message instead of
replying to an old one.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from adapters.teams.activity import PLATFORM, channel_id
from bot.messages import ConversationKind
from glossary.clock import iso
from glossary.service import Glossary

REFRESH_AFTER = timedelta(hours=1)  # an unchanged reference is rewritten at most this often


def key_of(conversation_id: str) -> str:
    """The row key: the same as `Conversation.key` of the bot's platform-free conversation."""
    return f"{PLATFORM}:{channel_id(conversation_id)}"


def normalised(reference: dict[str, Any]) -> dict[str, Any]:
    """The channel (not the thread) and no activity id: a later post is a new message."""
    ref = {k: v for k, v in reference.items() if k != "activityId" and v is not None}
    conv = dict(ref.get("conversation") or {})
    conv["id"] = channel_id(str(conv.get("id") or ""))
    ref["conversation"] = conv
    return ref


def remember(glossary: Glossary, reference: dict[str, Any], kind: ConversationKind) -> bool:
    """Save or refresh one reference. Returns whether the row was written."""
    ref = normalised(reference)
    conv_id = ref["conversation"]["id"]
    if not conv_id or not ref.get("serviceUrl"):
        return False
    key = key_of(conv_id)
    text = json.dumps(ref, sort_keys=True, ensure_ascii=False)
    now = glossary.clock()
    row = glossary.connections.db.execute("select reference, seen_at from conversations where key = ?",
                                          [key]).fetchone()
    if row and row[0] == text and row[1] and datetime.fromisoformat(row[1]) > now - REFRESH_AFTER:
        return False
    glossary.connections.write_one(  # runs on every new conversation: one statement, one call into SQLite
        "insert or replace into conversations (key, platform, channel, kind, reference, seen_at) "
        "values (?, ?, ?, ?, ?, ?)", [key, PLATFORM, conv_id, kind, text, iso(now)])
    return True


def forget(glossary: Glossary, conversation_id: str) -> None:
    """The bot was removed from a conversation: nothing can be posted there any more."""
    with glossary.connections.write() as db:
        db.execute("delete from conversations where key = ?", [key_of(conversation_id)])


def reference_for(glossary: Glossary, conversation_key: str) -> dict[str, Any] | None:
    """The stored reference of a conversation, by `Conversation.key` ('teams:19:...')."""
    row = glossary.connections.db.execute("select reference from conversations where key = ?",
                                          [conversation_key]).fetchone()
    return json.loads(row[0]) if row else None


def reference_for_user(glossary: Glossary, user_id: str) -> tuple[dict[str, Any] | None, bool]:
    """Where to reach a person privately: (reference, is_personal_chat).

    Their personal chat with the bot if there is one; else any conversation they spoke in,
    from which a new 1:1 chat can be created (their Teams id, tenant and serviceUrl are in it).
    """
    rows = glossary.connections.db.execute(
        "select reference, kind from conversations where platform = ? and "
        "(json_extract(reference, '$.user.aadObjectId') = ? or json_extract(reference, '$.user.id') = ?) "
        "order by kind = 'dm' desc, seen_at desc limit 1", [PLATFORM, user_id, user_id]).fetchall()
    if not rows:
        return None, False
    return json.loads(rows[0][0]), rows[0][1] == "dm"
