"""The bolt listeners: every way a Slack user meets the bot, each acked at once, the work done after.

Each listener turns a payload into the bot's types (slack_inbound), runs the synchronous bot core
in a worker thread (the aiohttp loop never blocks on SQLite), and hands the replies to the Sender.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import replace
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack import inbound as slack_inbound
from adapters.slack import render as render_slack
from adapters.slack.dedupe import EventClaims
from adapters.slack.delivery import Sender
from adapters.slack.files import Downloader
from bot.core import Bot
from bot.forms import parked_form
from bot.home import home_replies
from bot.messages import Action, Reply, User

log = logging.getLogger(__name__)

WHATIS_COMMAND = "/whatis"
GLOSSARY_COMMAND = "/glossary"
EXPLAIN_SHORTCUT = "explain_jargon"
SUBMIT_WAIT_SECONDS = 2.5  # a modal must be answered within Slack's 3 s
HOME_TIPS = ["Type “/whatis SLA” anywhere, mention me in a channel, or send me a direct message."]


class InFlight:
    """Counts work still running after the ack, so a shutdown can wait for it."""

    def __init__(self) -> None:
        self.count = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def __aenter__(self) -> None:
        self.count += 1
        self._idle.clear()

    async def __aexit__(self, *exc: object) -> None:
        self.count -= 1
        if self.count == 0:
            self._idle.set()

    async def wait(self, timeout: float) -> bool:
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
            return True
        except TimeoutError:
            return False


class Listeners:
    def __init__(self, bot: Bot, claims: EventClaims, downloader: Downloader) -> None:
        self.bot = bot
        self.claims = claims
        self.downloader = downloader
        self.inflight = InFlight()

    # -- helpers ---------------------------------------------------------------
    async def _handle(self, msg: Any) -> list[Reply]:
        return await asyncio.to_thread(self.bot.handle, msg)

    async def _act(self, action: Action) -> list[Reply]:
        return await asyncio.to_thread(self.bot.act, action)

    async def _parent_text(self, client: AsyncWebClient, event: dict[str, Any]) -> str | None:
        """The first message of the thread this message is in ("explain" in a thread explains it)."""
        thread = event.get("thread_ts")
        if not thread or thread == event.get("ts"):
            return None
        try:
            found = await client.conversations_replies(channel=event["channel"], ts=thread, limit=1)
            messages = found.get("messages") or []
            return str(messages[0].get("text") or "") if messages else None
        except Exception as exc:  # no history scope, or a network error: explain without the parent
            log.info("could not read the thread parent: %s", type(exc).__name__)
            return None

    # -- middleware ------------------------------------------------------------
    async def dedupe(self, body: dict[str, Any], next: Any) -> BoltResponse | None:  # noqa: A002 - bolt's name
        """A retried event (same event_id) gets a 200 and nothing else."""
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if isinstance(event_id, str) and event_id:
            try:
                first = await asyncio.to_thread(self.claims.claim, event_id)
            except Exception as exc:  # a database hiccup must not stop answering
                log.warning("event dedupe unavailable: %s", type(exc).__name__)
                first = True
            if not first:
                log.info("duplicate Slack event %s ignored", event_id)
                return BoltResponse(status=200, body="")
        await next()
        return None

    # -- commands --------------------------------------------------------------
    async def whatis(self, ack: Any, body: dict[str, Any], client: AsyncWebClient) -> None:
        """/whatis TERM: a private answer with 'Share in channel'. Empty: short help. A sentence: explained."""
        await ack()
        async with self.inflight:
            msg = slack_inbound.message_from_command(body, str(body.get("text") or ""))
            await Sender(client).deliver(await self._handle(msg), slack_inbound.command_origin(body), share=True)

    async def glossary(self, ack: Any, body: dict[str, Any], client: AsyncWebClient) -> None:
        """/glossary ARGS: the command grammar; private replies stay private, the rest is posted."""
        await ack()
        async with self.inflight:
            msg = slack_inbound.message_from_command(body, "glossary " + str(body.get("text") or ""))
            origin = replace(slack_inbound.command_origin(body), ephemeral=False)
            await Sender(client).deliver(await self._handle(msg), origin)

    # -- events ----------------------------------------------------------------
    async def app_mention(self, event: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        """@Jargon Bot in a channel: answered in the thread of the question."""
        bot_user = context.bot_user_id
        if not slack_inbound.is_human_message(event, bot_user):
            return
        async with self.inflight:
            msg = slack_inbound.message_from_event(event, via="mention", bot_user_id=bot_user,
                                                   parent_text=await self._parent_text(client, event))
            await Sender(client).deliver(await self._handle(msg), slack_inbound.event_origin(event))

    async def message(self, event: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        """A DM is a question; a channel message is only watched (mentions come as app_mention)."""
        bot_user = context.bot_user_id
        if not slack_inbound.is_human_message(event, bot_user):
            return
        is_dm = slack_inbound.conversation_kind(event.get("channel_type"), event.get("channel")) == "dm"
        if not is_dm and slack_inbound.mentions_bot(str(event.get("text") or ""), bot_user):
            return
        async with self.inflight:
            origin = slack_inbound.event_origin(event)
            if is_dm:
                attachment = await self.downloader.first_file(event)
                msg = slack_inbound.message_from_event(event, via="dm", bot_user_id=bot_user, attachment=attachment,
                                                       parent_text=await self._parent_text(client, event))
                replies = await self._handle(msg)
            else:
                msg = slack_inbound.message_from_event(event, via="mention", bot_user_id=bot_user)
                replies = await asyncio.to_thread(self.bot.observe, msg)
            await Sender(client).deliver(replies, origin)

    async def app_home_opened(self, event: dict[str, Any], client: AsyncWebClient) -> None:
        if event.get("tab", "home") != "home" or not isinstance(event.get("user"), str):
            return
        async with self.inflight:
            user = User(slack_inbound.PLATFORM, event["user"])
            replies = await asyncio.to_thread(home_replies, self.bot.glossary, self.bot.config, user, tips=HOME_TIPS)
            await client.views_publish(user_id=user.id, view=render_slack.home_view(replies))

    async def ignore_event(self) -> None:
        """Events the bot subscribes to but has nothing to say about: acked, nothing else."""

    async def link_clicked(self, ack: Any) -> None:
        """A URL button ("Open in the glossary"): the browser opens the page; Slack only needs an ack."""
        await ack()

    # -- interactivity -----------------------------------------------------------
    async def explain_shortcut(self, ack: Any, body: dict[str, Any], client: AsyncWebClient) -> None:
        """Message shortcut 'Explain jargon': only the clicker sees the explanation."""
        await ack()
        async with self.inflight:
            action = slack_inbound.action_from_click(body, "explain_text", {"text": slack_inbound.shortcut_text(body)})
            origin = replace(slack_inbound.interaction_origin(body), ephemeral=True)
            await Sender(client).deliver(await self._act(action), origin)

    async def button(self, ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        async with self.inflight:
            origin = slack_inbound.interaction_origin(body)
            sender = Sender(client)
            decoded = render_slack.decode_value(action.get("value"))
            if decoded is None:
                await sender.deliver([Reply(text="That button is no longer supported. Please ask again.",
                                            kind="error", private=True)], origin)
                return
            name, value = decoded
            if name == render_slack.OPEN_FORM_ACTION:
                ref = value.get("ref")
                form = (await asyncio.to_thread(parked_form, self.bot.glossary.connections, ref)
                        if isinstance(ref, str) else render_slack.form_from_button(value))
                if form is None and isinstance(ref, str):
                    await sender.deliver([Reply(text="That form has expired. Please start again.", kind="error",
                                                private=True)], origin)
                    return
                if form is not None and origin.trigger_id:
                    await sender.open_form(form, origin.trigger_id, origin)
                return
            if name == render_slack.SHARE_ACTION:
                replies = await self._act(slack_inbound.action_from_click(body, "share", value))
                await sender.deliver(replies, replace(origin, ephemeral=False), force_public=True)
                return
            replies = await self._act(slack_inbound.action_from_click(body, name, value))
            await sender.deliver(replies, origin, share=origin.ephemeral)

    async def submission(self, ack: Any, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient) -> None:
        """A modal: field errors keep it open (response_action errors); anything else closes it."""
        parsed = render_slack.submitted(view)
        if parsed is None:
            await ack()
            return
        name, hidden, values, context = parsed
        action = slack_inbound.submission_action(body, name, {**values, **hidden}, context)
        async with self.inflight:
            work = asyncio.ensure_future(self._act(action))
            try:
                replies = await asyncio.wait_for(asyncio.shield(work), SUBMIT_WAIT_SECONDS)
            except TimeoutError:
                await ack()
                replies = await work
            else:
                error = next((r for r in replies if r.kind == "error"), None)
                errors = render_slack.field_errors(error, render_slack.field_labels(view)) if error else {}
                if errors:
                    await ack(response_action="errors", errors=errors)
                    return
                if error is not None and len(replies) == 1:
                    await ack(response_action="update", view=render_slack.modal_with_error(view, error.text, values))
                    return
                await ack()
            await Sender(client).deliver(replies, slack_inbound.submission_origin(body, context))

    # -- wiring ------------------------------------------------------------------
    def register(self, app: AsyncApp) -> None:
        app.middleware(self.dedupe)
        app.command(WHATIS_COMMAND)(self.whatis)
        app.command(GLOSSARY_COMMAND)(self.glossary)
        app.event("app_mention")(self.app_mention)
        app.event("message")(self.message)
        app.event("app_home_opened")(self.app_home_opened)
        app.message_shortcut(EXPLAIN_SHORTCUT)(self.explain_shortcut)
        app.action(re.compile("^" + re.escape(render_slack.ACTION_PREFIX)))(self.button)
        app.action(re.compile("^" + re.escape(render_slack.LINK_ACTION)))(self.link_clicked)
        app.view_submission(render_slack.FORM_CALLBACK)(self.submission)
        app.event(re.compile(".*"))(self.ignore_event)
