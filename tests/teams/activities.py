"""Realistic Teams activities, shaped like what the Bot Connector POSTs to /api/messages.

Ids follow Teams' forms: users `29:...` with an `aadObjectId`, the bot `28:<app id>`, channel
conversations `19:...@thread.tacv2;messageid=...`, personal chats `a:...`.
"""

from __future__ import annotations

import itertools
from typing import Any

BOT_ID = "28:00000000-0000-0000-0000-00000000b0t1"
BOT_NAME = "Jargon Bot"
TENANT = "72f988bf-0000-0000-0000-2d7cd011db47"
TEAM_ID = "19:Kf9mZ0T7rXbq1-team@thread.tacv2"
CHANNEL_ID = "19:a3c0f0e6d1b84c2c9c5c7e0c2b1d4e5f@thread.tacv2"
PERSONAL_ID = "a:1Xq3Kz0b-personal-chat-with-ana"
ANA = {"id": "29:1ana-teams-id", "name": "Ana Lopez", "aadObjectId": "6b1d0f3e-ana0-aad0-0000-000000000001"}
BEN = {"id": "29:1ben-teams-id", "name": "Ben Okafor", "aadObjectId": "6b1d0f3e-ben0-aad0-0000-000000000002"}
_ids = itertools.count(1_732_356_000_000)


def _client_info() -> dict[str, Any]:
    return {"type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web",
            "timezone": "Europe/Paris"}


def _base(service_url: str, user: dict[str, Any], conversation: dict[str, Any], channel_data: dict[str, Any],
          bot_name: str = BOT_NAME) -> dict[str, Any]:
    return {
        "id": str(next(_ids)),
        "timestamp": "2026-11-23T10:00:00.123Z",
        "localTimestamp": "2026-11-23T11:00:00.123+01:00",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": dict(user),
        "conversation": conversation,
        "recipient": {"id": BOT_ID, "name": bot_name},
        "channelData": channel_data,
        "locale": "en-US",
        "localTimezone": "Europe/Paris",
    }


def _personal_conversation(conversation_id: str = PERSONAL_ID) -> dict[str, Any]:
    return {"conversationType": "personal", "tenantId": TENANT, "id": conversation_id}


def _channel_conversation(root: str) -> dict[str, Any]:
    return {"isGroup": True, "conversationType": "channel", "tenantId": TENANT,
            "id": f"{CHANNEL_ID};messageid={root}"}


def _channel_data() -> dict[str, Any]:
    return {"teamsChannelId": CHANNEL_ID, "teamsTeamId": TEAM_ID, "channel": {"id": CHANNEL_ID},
            "team": {"id": TEAM_ID}, "tenant": {"id": TENANT}}


def personal_message(service_url: str, text: str, user: dict[str, Any] = ANA,
                     conversation_id: str = PERSONAL_ID) -> dict[str, Any]:
    activity = _base(service_url, user, _personal_conversation(conversation_id), {"tenant": {"id": TENANT}})
    activity.update(type="message", text=text, textFormat="plain", entities=[_client_info()],
                    attachments=[{"contentType": "text/html", "content": f"<p>{text}</p>"}])
    return activity


def channel_message(service_url: str, text: str, *, bot_name: str = BOT_NAME, user: dict[str, Any] = ANA,
                    others: list[dict[str, Any]] | None = None, root: str | None = None) -> dict[str, Any]:
    """A message @mentioning the bot: "<at>Name</at>" in the text and a mention entity, like Teams."""
    activity = _base(service_url, user, {}, _channel_data(), bot_name)
    activity["conversation"] = _channel_conversation(root or activity["id"])
    mention = f"<at>{bot_name}</at>"
    entities = [{"type": "mention", "text": mention, "mentioned": {"id": BOT_ID, "name": bot_name}}]
    for other in others or []:
        entities.append({"type": "mention", "text": f"<at>{other['name']}</at>",
                         "mentioned": {"id": other["id"], "name": other["name"]}})
    activity.update(type="message", text=f"{mention} {text}", textFormat="plain",
                    entities=entities + [_client_info()],
                    attachments=[{"contentType": "text/html", "content": f"<div>{mention} {text}</div>"}])
    return activity


def card_submit(service_url: str, data: dict[str, Any], *, reply_to: str, channel_root: str | None = None,
                user: dict[str, Any] = ANA, inputs: dict[str, str] | None = None) -> dict[str, Any]:
    """An Action.Submit click: a message with `value` (the button's data plus form inputs) and no text."""
    if channel_root:
        activity = _base(service_url, user, _channel_conversation(channel_root), _channel_data())
    else:
        activity = _base(service_url, user, _personal_conversation(), {"tenant": {"id": TENANT}})
    activity.update(type="message", replyToId=reply_to, value={**data, **(inputs or {})},
                    entities=[_client_info()])
    if not channel_root:
        activity["channelData"]["source"] = {"name": "message"}
    return activity


def bot_installed(service_url: str, *, in_team: bool = True) -> dict[str, Any]:
    """conversationUpdate: the bot was added to a team (General channel) or to a personal chat."""
    if in_team:
        conversation = {"isGroup": True, "conversationType": "channel", "tenantId": TENANT, "id": TEAM_ID}
        channel_data = {"team": {"id": TEAM_ID, "name": "Finance & IT"}, "eventType": "teamMemberAdded",
                        "tenant": {"id": TENANT}}
    else:
        conversation = _personal_conversation()
        channel_data = {"tenant": {"id": TENANT}}
    activity = _base(service_url, ANA, conversation, channel_data)
    activity.update(type="conversationUpdate", membersAdded=[{"id": BOT_ID}])
    return activity


def bot_uninstalled(service_url: str) -> dict[str, Any]:
    conversation = {"isGroup": True, "conversationType": "channel", "tenantId": TENANT, "id": TEAM_ID}
    activity = _base(service_url, ANA, conversation, {"team": {"id": TEAM_ID}, "eventType": "teamMemberRemoved",
                                                      "tenant": {"id": TENANT}})
    activity.update(type="conversationUpdate", membersRemoved=[{"id": BOT_ID}])
    return activity


def search_invoke(service_url: str, query: str, *, initial: bool = False) -> dict[str, Any]:
    """composeExtension/query: the user types in the messaging extension's search box."""
    activity = _base(service_url, ANA, _channel_conversation("1732355000000"), _channel_data())
    parameters = [{"name": "initialRun", "value": "true"}] if initial else [{"name": "query", "value": query}]
    activity.update(type="invoke", name="composeExtension/query", entities=[_client_info()],
                    value={"commandId": "searchTerms", "parameters": parameters,
                           "queryOptions": {"skip": 0, "count": 25}})
    return activity


def explain_invoke(service_url: str, message_html: str, *, name: str = "composeExtension/fetchTask",
                   data: dict[str, Any] | None = None) -> dict[str, Any]:
    """The "Explain jargon" message action, started from the "..." menu of a channel message."""
    activity = _base(service_url, ANA, _channel_conversation("1732355000000"), _channel_data())
    value: dict[str, Any] = {
        "commandId": "explainJargon", "commandContext": "message", "context": {"theme": "default"},
        "messagePayload": {
            "id": "1732355000000", "replyToId": None, "createdDateTime": "2026-11-23T09:40:00.000Z",
            "importance": "normal", "locale": "en-us", "messageType": "message",
            "from": {"user": {"id": BEN["aadObjectId"], "displayName": BEN["name"], "userIdentityType": "aadUser"}},
            "body": {"contentType": "html", "content": message_html},
            "attachments": [], "mentions": [], "reactions": [],
        },
    }
    if data is not None:
        value["data"] = data
    activity.update(type="invoke", name=name, value=value, entities=[_client_info()])
    return activity


def installation_update(service_url: str, action: str) -> dict[str, Any]:
    """installationUpdate in a personal chat: the user added ("add") or removed ("remove") the app."""
    activity = _base(service_url, ANA, _personal_conversation(), {"tenant": {"id": TENANT}, "source": None})
    activity.update(type="installationUpdate", action=action)
    return activity


def with_file(activity: dict[str, Any], download_url: str, name: str = "glossary.yaml") -> dict[str, Any]:
    """A file sent in a personal chat: Teams adds a download-info attachment with a pre-signed URL."""
    activity.setdefault("attachments", []).append({
        "contentType": "application/vnd.microsoft.teams.file.download.info", "name": name,
        "contentUrl": f"https://contoso-my.sharepoint.com/personal/ana/Documents/Microsoft Teams Chat Files/{name}",
        "content": {"downloadUrl": download_url, "uniqueId": "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                    "fileType": name.rsplit(".", 1)[-1]}})
    return activity
