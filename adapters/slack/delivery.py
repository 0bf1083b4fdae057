"""Sending replies to Slack: where each reply goes (thread, ephemeral, DM, modal, file) and retries.

Rules, in order, for each reply of a turn:
- `reply.to` set: a notice, posted to that user's DM or that channel (thread).
- a form, when the turn has a fresh trigger_id: a modal (views.open); else a button that opens it.
- a file (export): files_upload_v2 to the channel (or the user's DM when private); a snippet if that fails.
- `replace_original` on a click: replaces the clicked message through response_url.
- private (or asked privately): response_url ephemeral, else the DM, else chat.postEphemeral, else a DM.
- public: chat.postMessage in the channel and thread; through response_url if the bot is not in the channel.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from aiohttp import ClientError
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.slack.inbound import PLATFORM, Origin
from adapters.slack.render import fallback, message, modal
from adapters.slack.retry import quiet_logger, retry_handlers
from bot.messages import Conversation, Form, Reply, User

log = logging.getLogger(__name__)

MAX_SNIPPET = 2800


def post_reply(client: Any, channel: str, reply: Reply, thread_ts: str | None = None) -> Any:
    """Post `reply` publicly in `channel` (Block Kit + fallback text; a file is uploaded).

    Works with a sync `WebClient` (returns the response) and an `AsyncWebClient` (await the result),
    so the digest can use it from `jargon digest --send` and from the server alike.
    """
    if reply.file is not None:
        name, content = reply.file
        return client.files_upload_v2(channel=channel, filename=name, title=name, content=content,
                                      initial_comment=fallback(reply), thread_ts=thread_ts)
    return client.chat_postMessage(channel=channel, thread_ts=thread_ts, unfurl_links=False, unfurl_media=False,
                                   **message(reply))


def _error(exc: Exception) -> str:
    """What went wrong, without anything secret (SlackApiError's text can hold the request)."""
    if isinstance(exc, SlackApiError):
        return str(exc.response.get("error", "error")) if exc.response is not None else "error"
    return type(exc).__name__


class Sender:
    """Delivers the replies of one turn back to where the turn came from."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    async def deliver(self, replies: list[Reply], origin: Origin, *, share: bool = False,
                      force_public: bool = False) -> None:
        trigger = origin.trigger_id
        for reply in replies:
            try:
                if reply.to is not None:
                    await self.notice(reply)
                elif reply.form is not None and trigger and await self.open_form(reply.form, trigger, origin):
                    trigger = None  # a trigger_id opens one modal only
                elif reply.file is not None:
                    await self._file(reply, origin)
                else:
                    await self._message(reply, origin, share=share, force_public=force_public)
            except Exception as exc:  # one failed reply must not stop the others, nor leak a token
                expected = isinstance(exc, (SlackApiError, ClientError, TimeoutError))  # Slack down or slow
                log.warning("could not deliver a %s reply to Slack: %s", reply.kind, _error(exc),
                            exc_info=not expected)  # a bug deserves its traceback

    async def notice(self, reply: Reply) -> None:
        """A reply meant for someone else: a DM to a user, or a post in a channel (thread)."""
        to = reply.to
        if to is None or to.platform != PLATFORM:
            log.info("notice for %s not sent from Slack", getattr(to, "platform", None))
            return
        if isinstance(to, User):
            await post_reply(self.client, to.id, replace(reply, to=None))
        elif isinstance(to, Conversation):
            await post_reply(self.client, to.id, replace(reply, to=None), to.thread)

    async def open_form(self, form: Form, trigger_id: str, origin: Origin) -> bool:
        context = {"c": origin.channel, "t": origin.thread_ts} if origin.channel else {}
        try:
            await self.client.views_open(trigger_id=trigger_id, view=modal(form, context=context))
            return True
        except SlackApiError as exc:  # expired trigger (over 3 s): fall back to a button that opens it
            log.info("views.open failed (%s): showing a button instead", _error(exc))
            return False

    async def respond(self, url: str, payload: dict[str, Any]) -> bool:
        """Post to a response_url (ephemeral answers, replacing a clicked message)."""
        response = await AsyncWebhookClient(url, retry_handlers=retry_handlers(), timeout=self.client.timeout,
                                            logger=quiet_logger(), session=self.client.session).send_dict(payload)
        if response.status_code != 200:  # expired (30 min, 5 uses) or refused: the caller falls back
            log.info("response_url post failed with HTTP %s", response.status_code)
        return response.status_code == 200

    async def dm(self, user: str, reply: Reply, *, share: bool = False) -> None:
        await self.client.chat_postMessage(channel=user, unfurl_links=False, **message(reply, share=share))

    async def _message(self, reply: Reply, origin: Origin, *, share: bool, force_public: bool) -> None:
        private = (reply.private or origin.ephemeral) and not force_public
        body = message(reply, share=share and private)
        if reply.replace_original and origin.response_url:
            if await self.respond(origin.response_url, {**body, "replace_original": True}):
                return
        if private:
            await self._private(body, reply, origin, share)
            return
        if origin.channel:
            try:
                await self.client.chat_postMessage(channel=origin.channel, thread_ts=origin.thread_ts,
                                                   unfurl_links=False, **body)
                return
            except SlackApiError as exc:
                if not origin.response_url:
                    raise
                log.info("chat.postMessage failed (%s): answering through response_url", _error(exc))
        if origin.response_url and await self.respond(origin.response_url, {**body, "response_type": "in_channel",
                                                                            "replace_original": False}):
            return
        await self.dm(origin.user, reply)

    async def _private(self, body: dict[str, Any], reply: Reply, origin: Origin, share: bool) -> None:
        if origin.response_url and await self.respond(origin.response_url, {**body, "response_type": "ephemeral",
                                                                            "replace_original": False}):
            return
        if origin.is_dm and origin.channel:
            await self.client.chat_postMessage(channel=origin.channel, thread_ts=origin.thread_ts,
                                               unfurl_links=False, **body)
            return
        if origin.channel:
            try:
                await self.client.chat_postEphemeral(channel=origin.channel, user=origin.user,
                                                     thread_ts=origin.thread_ts, **body)
                return
            except SlackApiError as exc:  # not in the channel: the user's DM is the private place left
                log.info("chat.postEphemeral failed (%s): sending a DM", _error(exc))
        await self.dm(origin.user, reply, share=share)

    async def _file(self, reply: Reply, origin: Origin) -> None:
        assert reply.file is not None
        channel = origin.channel if (origin.channel and (origin.is_dm or not reply.private)) else None
        try:
            if channel is None:
                opened = await self.client.conversations_open(users=origin.user)
                channel = opened["channel"]["id"]
            await post_reply(self.client, channel, reply, origin.thread_ts if channel == origin.channel else None)
        except SlackApiError as exc:
            log.info("file upload failed (%s): sending a snippet", _error(exc))
            name, content = reply.file
            snippet = content if len(content) <= MAX_SNIPPET else content[:MAX_SNIPPET] + "\n…"
            text = f"{reply.text}\n{name}:\n```{snippet}```"
            await self._message(replace(reply, file=None, text=text, body=[*reply.body, f"{name}:\n{snippet}"]),
                                origin, share=False, force_public=False)
