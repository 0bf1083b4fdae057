"""Teams activity JSON -> the bot's platform-free types. Pure functions over dicts, no SDK.

The Teams adapter serialises each incoming activity (camelCase JSON, as Teams sent it) and
hands it here, so these rules are testable without botbuilder.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.messages import UNVERIFIED, Conversation, ConversationKind, IncomingMessage, User

if TYPE_CHECKING:
    from botbuilder.schema import Activity

PLATFORM = "teams"
_KINDS: dict[str, ConversationKind] = {"personal": "dm", "channel": "channel", "groupChat": "group"}
_THREAD = re.compile(r";messageid=(?P<id>[^;]+)")
_LEADING_AT = re.compile(r"^\s*<at>[^<]*</at>", re.I)
# Formatting tags Teams may put in a message's text; anything else (a typed "<x>") is content.
_FORMATTING = re.compile(r"</?(?:p|div|span|br|strong|b|em|i|u|s|strike|code|pre|ul|ol|li|blockquote|h[1-6]|a)"
                         r"(?:\s[^>]*)?/?>", re.I)
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote|pre)>", re.I)
_ANY_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\u00a0]+")
RAW_JSON = "_jargon_raw_json"  # the request JSON, kept on the Activity: msrest drops entity details and tenantId


@dataclass(frozen=True)
class Mention:
    text: str  # as it appears in the message: "<at>Jargon Bot</at>"
    id: str
    name: str


def channel_id(conversation_id: str) -> str:
    """'19:abc@thread.tacv2;messageid=123' -> '19:abc@thread.tacv2' (the channel, not the thread)."""
    return _THREAD.sub("", conversation_id or "")


def conversation_kind(activity: dict[str, Any]) -> ConversationKind:
    conv = activity.get("conversation") or {}
    kind = _KINDS.get(str(conv.get("conversationType") or ""))
    if kind is None:
        kind = "group" if conv.get("isGroup") else "dm"
    return kind


def user_of(activity: dict[str, Any]) -> User:
    """The sender, by Entra (AAD) object id: the id admins know (JARGON_ADMINS=teams:<aad id>).

    Roles come from `aadObjectId` alone. `from.id` is chosen by the client on some channels
    (Direct Line, Web Chat), so a sender without an object id gets an `unverified:` id that no
    admin or curator entry can match: a plain member.
    """
    sender = activity.get("from") or {}
    aad = str(sender.get("aadObjectId") or "").strip()
    user_id = aad or f"{UNVERIFIED}{sender.get('id') or 'unknown'}"
    return User(PLATFORM, user_id, str(sender.get("name") or ""))


def tenant_ids(activity: dict[str, Any]) -> set[str]:
    """Every tenant the activity names (conversation.tenantId, channelData.tenant.id), lower-cased."""
    def field(parent: Any, key: str) -> Any:  # any shape may arrive: never raise on it
        return parent.get(key) if isinstance(parent, dict) else None

    found = {field(activity.get("conversation"), "tenantId"), field(field(activity.get("channelData"), "tenant"), "id")}
    return {str(t).strip().lower() for t in found if t and str(t).strip()}


def conversation_of(activity: dict[str, Any]) -> Conversation:
    conv_id = str((activity.get("conversation") or {}).get("id") or "")
    kind = conversation_kind(activity)
    thread = None
    if kind == "channel":
        found = _THREAD.search(conv_id)
        thread = found.group("id") if found else activity.get("replyToId") or activity.get("id")
    return Conversation(PLATFORM, channel_id(conv_id), kind, thread)


def mentions(activity: dict[str, Any]) -> list[Mention]:
    found = []
    for entity in activity.get("entities") or []:
        if isinstance(entity, dict) and entity.get("type") == "mention":
            who = entity.get("mentioned") or {}
            found.append(Mention(str(entity.get("text") or ""), str(who.get("id") or ""), str(who.get("name") or "")))
    return found


def is_addressed(activity: dict[str, Any]) -> bool:
    """In a personal chat every message is for the bot; elsewhere only an @mention of it."""
    if conversation_kind(activity) == "dm":
        return True
    bot_id = (activity.get("recipient") or {}).get("id")
    if any(m.id == bot_id for m in mentions(activity)):
        return True
    return bool(_LEADING_AT.match(activity.get("text") or "")) and not mentions(activity)


def message_text(activity: dict[str, Any]) -> str:
    """The text the user typed, minus the bot's own <at>…</at> mention and nothing else.

    botbuilder's `remove_recipient_mention` deletes the bot's name everywhere ("<at>WhatIs</at>
    WhatIs the SLA?" loses both); here only the mention tag goes. Other people's mentions stay
    as `<at>Name</at>`: the command grammar resolves them with `IncomingMessage.mentions`.
    """
    text = str(activity.get("text") or "")
    bot_id = (activity.get("recipient") or {}).get("id")
    found = mentions(activity)
    for mention in found:
        if mention.id == bot_id and mention.text and mention.text in text:
            text = text.replace(mention.text, " ", 1)
    if not found:  # the Emulator and some clients send the tag without an entity
        text = _LEADING_AT.sub(" ", text, count=1)
    text = html.unescape(_FORMATTING.sub(lambda m: "\n" if _BLOCK_END.fullmatch(m.group(0)) else "", text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines()).strip()


def mentioned_people(activity: dict[str, Any], aad_ids: dict[str, str] | None = None) -> list[User]:
    """Everyone @mentioned except the bot, by AAD object id. Without one (the look-up failed) the id is
    `unverified:<Teams id>`, which the command grammar refuses: a Teams id would never match a role."""
    bot_id = (activity.get("recipient") or {}).get("id")
    people: dict[str, User] = {}
    for mention in mentions(activity):
        if mention.id and mention.id != bot_id and mention.id not in people:
            aad = (aad_ids or {}).get(mention.id)
            people[mention.id] = User(PLATFORM, aad or f"{UNVERIFIED}{mention.id}", mention.name)
    return list(people.values())


def html_to_text(content: str) -> str:
    """A message body as Teams stores it (HTML) -> plain text; a mention keeps the name."""
    text = _BLOCK_END.sub("\n", content or "")
    text = html.unescape(_ANY_TAG.sub("", text))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines() if line.strip())


def incoming(activity: dict[str, Any], aad_ids: dict[str, str] | None = None) -> IncomingMessage:
    """A Teams message -> the platform-free message the bot core handles."""
    kind = conversation_kind(activity)
    return IncomingMessage(message_text(activity), user_of(activity), conversation_of(activity),
                           via="dm" if kind == "dm" else "mention", mentions=mentioned_people(activity, aad_ids),
                           message_id=str(activity["id"]) if activity.get("id") else None)


def payload_text(value: dict[str, Any]) -> str:
    """The text of the message a message action was started on ("Explain jargon")."""
    payload = value.get("messagePayload") or {}
    body = payload.get("body") or {}
    content = str(body.get("content") or "")
    if str(body.get("contentType") or "html").lower() == "html":
        return html_to_text(content)
    return content.strip()


def search_query(value: dict[str, Any]) -> tuple[str, bool]:
    """(query text, initial run) from a messaging extension search invoke."""
    text, initial = "", False
    for param in value.get("parameters") or []:
        if not isinstance(param, dict):
            continue
        if param.get("name") == "initialRun":
            initial = str(param.get("value")).lower() == "true"
        elif isinstance(param.get("value"), str):
            text = param["value"]
    return text.strip(), initial and not text.strip()


def reference_of(activity: dict[str, Any]) -> dict[str, Any]:
    """What `TurnContext.get_conversation_reference` keeps, from the JSON as Teams sent it.

    botbuilder's models drop the conversation's `tenantId` (they expect `tenantID`); a 1:1
    chat cannot be created without it, so the reference is built from the raw JSON.
    """
    conversation = dict(activity.get("conversation") or {})
    tenant = conversation.get("tenantId") or ((activity.get("channelData") or {}).get("tenant") or {}).get("id")
    if tenant:
        conversation["tenantId"] = tenant
    reference = {"user": activity.get("from"), "bot": activity.get("recipient"), "conversation": conversation,
                 "channelId": activity.get("channelId"), "locale": activity.get("locale"),
                 "serviceUrl": activity.get("serviceUrl")}
    return {k: v for k, v in reference.items() if v}


def bot_added(activity: dict[str, Any]) -> bool:
    bot_id = (activity.get("recipient") or {}).get("id")
    return any((m or {}).get("id") == bot_id for m in activity.get("membersAdded") or [])


def bot_removed(activity: dict[str, Any]) -> bool:
    bot_id = (activity.get("recipient") or {}).get("id")
    return any((m or {}).get("id") == bot_id for m in activity.get("membersRemoved") or [])


def raw(activity: Activity) -> dict[str, Any]:
    """The activity as Teams sent it (mention entities intact), else as botbuilder re-serialises it."""
    return getattr(activity, RAW_JSON, None) or activity.serialize()
