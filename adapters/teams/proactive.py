"""Proactive Teams sends: a card into a stored conversation, a new channel post, a 1:1 chat.

Outside a request (notices, the digest) the adapter is the running server's, else one built
from the environment (adapters/teams/cloud.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsInfo
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    Attachment,
    ChannelAccount,
    ConversationParameters,
    ConversationReference,
)

from adapters.teams import refs as teams_refs
from adapters.teams import render as render_teams
from adapters.teams.cloud import shared_adapter
from adapters.teams.gate import reference_refusal
from adapters.teams.settings import TeamsDeliveryError, safe_error, status_of
from bot.messages import Reply

log = logging.getLogger(__name__)


def card_activity(reply: Reply) -> Activity:
    """A message activity carrying the reply's card."""
    attachment = render_teams.attachment(reply)
    return Activity(type=ActivityTypes.message, summary=render_teams.summary(reply),
                    attachments=[Attachment(content_type=attachment["contentType"], content=attachment["content"])])


async def _no_reply_to(_ctx: TurnContext, activities: list[Activity], next_send: Callable[[], Awaitable]) -> Any:
    """A proactive message is a new message, not a reply to the continuation's made-up id."""
    for activity in activities:
        activity.reply_to_id = None
    return await next_send()


async def _run_proactive(start: Callable[[Callable[[TurnContext], Awaitable]], Awaitable],
                         send: Callable[[TurnContext], Awaitable[str]]) -> str:
    """Run `send` inside a proactive turn; its failure is raised here (the adapter would swallow it)."""
    outcome: dict[str, Any] = {}

    async def callback(ctx: TurnContext) -> None:
        try:
            ctx.on_send_activities(_no_reply_to)
            outcome["id"] = await send(ctx)
        except Exception as exc:  # re-raised below, outside the adapter's error handler
            outcome["error"] = exc

    await start(callback)
    if "error" in outcome:
        error = outcome["error"]
        raise TeamsDeliveryError(safe_error(error), status_of(error)) from error
    return outcome.get("id", "")


async def send_proactive(reference: dict[str, Any], reply: Reply, *, app_id: str, new_channel_post: bool = False,
                         adapter: CloudAdapter | None = None) -> str:
    """Post `reply` to a stored conversation; returns the new message id, raises TeamsDeliveryError.

    `new_channel_post` starts a new thread in a Teams channel (the digest) instead of posting
    into the conversation the reference names.
    """
    adapter = adapter or shared_adapter()[0]
    ref = ConversationReference().deserialize(teams_refs.normalised(reference))
    bot_app_id = app_id or (ref.bot.id if ref.bot else "") or "jargon-dev"  # TeamsInfo needs a non-empty one

    async def send(ctx: TurnContext) -> str:
        if new_channel_post:
            _, new_id = await TeamsInfo.send_message_to_teams_channel(
                ctx, card_activity(reply), ref.conversation.id, bot_app_id=bot_app_id)
            return new_id or ""
        response = await ctx.send_activity(card_activity(reply))
        return response.id if response else ""

    return await _run_proactive(lambda cb: adapter.continue_conversation(ref, cb, app_id), send)


async def send_private(adapter: CloudAdapter, reference: dict[str, Any], reply: Reply, *, app_id: str,
                       glossary: Any) -> str:
    """Create (or reopen) the 1:1 chat with the reference's user, post there, and remember it."""
    ref = teams_refs.normalised(reference)
    user, tenant = ref.get("user") or {}, (ref.get("conversation") or {}).get("tenantId")
    params = ConversationParameters(is_group=False, bot=ChannelAccount().deserialize(ref.get("bot") or {}),
                                    members=[ChannelAccount(id=user.get("id"))], tenant_id=tenant,
                                    channel_data={"tenant": {"id": tenant}} if tenant else None)

    async def send(ctx: TurnContext) -> str:
        response = await ctx.send_activity(card_activity(reply))
        conversation = {"id": ctx.activity.conversation.id, "conversationType": "personal", "tenantId": tenant}
        personal = {**ref, "conversation": {k: v for k, v in conversation.items() if v}}
        await asyncio.to_thread(teams_refs.remember, glossary, personal, "dm")
        return response.id if response else ""

    return await _run_proactive(lambda cb: adapter.create_conversation(
        app_id, cb, params, ref.get("channelId") or "msteams", ref["serviceUrl"]), send)


async def send_to_user(glossary: Any, user_id: str, reply: Reply, *, app_id: str,
                       adapter: CloudAdapter | None = None, fallback: dict[str, Any] | None = None,
                       tenants: frozenset[str] = frozenset()) -> bool:
    """A private message to one person: their 1:1 chat, opened from any conversation they were seen in.

    Returns False when they never talked to the bot (there is no way to reach them yet), or when their
    tenant is no longer in `tenants` (the allow-list; empty: any tenant).
    """
    reference, personal = await asyncio.to_thread(teams_refs.reference_for_user, glossary, user_id)
    if reference is not None and reference_refusal(reference, tenants) is not None:
        log.warning("not sending to a Teams user: their tenant is no longer allowed")
        return False
    adapter = adapter or shared_adapter()[0]
    if reference is not None and personal:
        await send_proactive(reference, reply, app_id=app_id, adapter=adapter)
        return True
    reference = fallback or reference
    if reference is None:
        log.warning("cannot reach a Teams user privately: they have not talked to the bot yet")
        return False
    await send_private(adapter, reference, reply, app_id=app_id, glossary=glossary)
    return True
