"""Microsoft Teams: the activity handler that turns Teams activities into bot core calls.

It translates and delivers; the bot core decides. Pure helpers live in adapters/teams/activity.py
(activity -> message), render.py (reply -> card) and refs.py (stored conversation references);
proactive sends in proactive.py, messaging-extension invokes in invoke.py, the HTTP endpoint in
endpoint.py. botbuilder is imported only inside adapters/teams/: moving to the Microsoft 365
Agents SDK should touch this package alone.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.core.teams import TeamsActivityHandler, TeamsInfo
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import ActivityTypes

from adapters.teams import refs as teams_refs
from adapters.teams import render as render_teams
from adapters.teams.activity import (
    bot_added,
    bot_removed,
    conversation_kind,
    conversation_of,
    incoming,
    is_addressed,
    mentions,
    raw,
    reference_of,
    user_of,
)
from adapters.teams.files import FilePolicy, attachment_fetcher
from adapters.teams.invoke import invoke_response
from adapters.teams.proactive import card_activity, send_proactive, send_to_user
from adapters.teams.settings import TeamsDeliveryError, safe_error
from bot.commands.help import short_help
from bot.core import Bot
from bot.messages import Action, Conversation, Reply, User

log = logging.getLogger(__name__)

_SAVED_TYPES = {ActivityTypes.message, ActivityTypes.conversation_update, ActivityTypes.installation_update}


class JargonTeamsBot(TeamsActivityHandler):
    """Turns Teams activities into bot core calls and the core's replies into cards."""

    def __init__(self, bot: Bot, adapter: CloudAdapter, app_id: str, files: FilePolicy | None = None) -> None:
        self.bot = bot
        self.adapter = adapter
        self.app_id = app_id
        self.files = files or FilePolicy()

    async def on_turn(self, turn_context: TurnContext) -> None:
        if turn_context.activity.type in _SAVED_TYPES and turn_context.activity.conversation:
            await self._remember(turn_context)
        await super().on_turn(turn_context)

    # -- messages ----------------------------------------------------------------
    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        data = raw(activity)
        clicked = render_teams.action_from_value(activity.value)
        if clicked is not None:
            action = Action(clicked[0], clicked[1], user_of(data), conversation_of(data))
            replies = await asyncio.to_thread(self.bot.act, action)
        elif not (activity.text or "").strip():
            return
        elif not is_addressed(data):  # a channel message not for the bot (watch mode)
            replies = await asyncio.to_thread(self.bot.observe, incoming(data))
        else:
            message = incoming(data, await self._aad_ids(turn_context, data))
            # `glossary import` with a YAML file: fetched only if the core's import asks, after its role check
            message.fetch_attachment = attachment_fetcher(data, self.files, asyncio.get_running_loop())
            replies = await asyncio.to_thread(self.bot.handle, message)
        await self.deliver(turn_context, replies)

    async def on_conversation_update_activity(self, turn_context: TurnContext) -> None:
        """Welcome on install; forget the conversation on removal. No member look-ups (the SDK's default)."""
        data = raw(turn_context.activity)
        if bot_added(data):
            welcome = short_help()
            welcome.title, welcome.private = f"Hi, I'm {self.bot.config.bot_name}", False
            await self.deliver(turn_context, [welcome])
        elif bot_removed(data):
            await self.on_installation_update_remove(turn_context)

    async def on_installation_update_remove(self, turn_context: TurnContext) -> None:
        """Uninstalled: nothing can be posted there any more, so notices and digests must not try."""
        await asyncio.to_thread(teams_refs.forget, self.bot.glossary, turn_context.activity.conversation.id)

    # -- invokes (messaging extension): adapters/teams/invoke.py --------------------
    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        response = await invoke_response(self, turn_context)
        return response if response is not None else await super().on_invoke_activity(turn_context)

    # -- delivery -----------------------------------------------------------------
    async def deliver(self, turn_context: TurnContext, replies: list[Reply]) -> None:
        """Each reply where it belongs; one failed delivery is logged and does not stop the others."""
        activity = turn_context.activity
        for reply in replies:
            try:
                if reply.to is not None:
                    await self.notify(reply.to, reply)
                elif reply.replace_original and activity.reply_to_id and activity.type == ActivityTypes.message:
                    update = card_activity(reply)
                    update.id = activity.reply_to_id
                    await turn_context.update_activity(update)
                elif reply.private and conversation_kind(raw(activity)) != "dm":
                    await self._private(turn_context, reply)
                else:
                    await turn_context.send_activity(card_activity(reply))
            except Exception as exc:
                log.error("could not deliver a Teams reply: %s", safe_error(exc))

    async def _private(self, turn_context: TurnContext, reply: Reply) -> None:
        """Only the asker should see it: their 1:1 chat with the bot, else (not installed) the thread."""
        reference = reference_of(raw(turn_context.activity))
        try:
            await self._to_user(user_of(raw(turn_context.activity)).id, reply, fallback=reference)
        except TeamsDeliveryError as exc:
            log.info("no private chat with the user (%s); answering in the thread", exc)
            await turn_context.send_activity(card_activity(reply))

    async def notify(self, target: User | Conversation, reply: Reply) -> None:
        """A notice for someone or somewhere else, through a stored conversation reference."""
        if target.platform != "teams":
            log.warning("a %s notice cannot be sent from the Teams adapter", target.platform)
            return
        if isinstance(target, User):
            await self._to_user(target.id, reply)
            return
        reference = await asyncio.to_thread(teams_refs.reference_for, self.bot.glossary, target.key)
        if reference is None:
            log.warning("no stored Teams conversation for a notice (the bot was never there)")
            return
        await send_proactive(reference, reply, app_id=self.app_id, adapter=self.adapter)

    async def _to_user(self, user_id: str, reply: Reply, fallback: dict[str, Any] | None = None) -> None:
        await send_to_user(self.bot.glossary, user_id, reply, app_id=self.app_id, adapter=self.adapter,
                           fallback=fallback)

    # -- helpers -------------------------------------------------------------------
    async def _remember(self, turn_context: TurnContext) -> None:
        data = raw(turn_context.activity)
        try:
            await asyncio.to_thread(teams_refs.remember, self.bot.glossary, reference_of(data),
                                    conversation_kind(data))
        except Exception as exc:  # the reply matters more than the bookkeeping
            log.error("could not save the Teams conversation reference: %s", safe_error(exc))

    async def _aad_ids(self, turn_context: TurnContext, data: dict[str, Any]) -> dict[str, str]:
        """Teams ids of other people @mentioned -> their AAD object ids (for `curator add @user`)."""
        bot_id = (data.get("recipient") or {}).get("id")
        people: dict[str, str] = {}  # a look-up that fails leaves the Teams id: better than nothing
        for mention in mentions(data):
            if mention.id and mention.id != bot_id and mention.id not in people:
                try:
                    member = await TeamsInfo.get_member(turn_context, mention.id)
                    if member.aad_object_id:
                        people[mention.id] = member.aad_object_id
                except Exception as exc:
                    log.info("could not look up a mentioned member: %s", safe_error(exc))
        return people
