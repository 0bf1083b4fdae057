"""Microsoft Teams: POST /api/messages through botbuilder's CloudAdapter, and proactive sends.

The ONLY module that imports botbuilder (archived upstream): moving to the Microsoft 365
Agents SDK should touch this file alone. It translates and delivers; the bot core decides.
Pure helpers live in teams_activity (activity -> message), render_teams (reply -> card) and
teams_refs (stored conversation references).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import jwt
import requests
from aiohttp import web
from botbuilder.core import InvokeResponse, TurnContext, serializer_helper
from botbuilder.core.teams import TeamsActivityHandler, TeamsInfo
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import (
    Activity,
    ActivityTypes,
    Attachment,
    ChannelAccount,
    ConversationParameters,
    ConversationReference,
)
from msrest.serialization import Model

from adapters import render_teams, teams_refs
from adapters.teams_activity import (
    bot_added,
    bot_removed,
    conversation_kind,
    conversation_of,
    incoming,
    is_addressed,
    mentions,
    payload_text,
    reference_of,
    search_query,
    user_of,
)
from adapters.teams_clients import CachedAuthentication, ConnectorHttp, fetch_signing_keys_off_loop
from adapters.teams_files import first_file
from adapters.teams_package import add_pages
from adapters.teams_settings import ROUTE, TeamsDeliveryError, TeamsSettings, safe_error, status_of
from bot.answers import term_reply
from bot.commands.help import short_help
from bot.core import Bot
from bot.messages import Action, Conversation, Reply, User

log = logging.getLogger(__name__)

EXPLAIN_TITLE = "Explain jargon"
_SAVED_TYPES = {ActivityTypes.message, ActivityTypes.conversation_update, ActivityTypes.installation_update}
_RAW = "_jargon_raw_json"  # the request JSON, kept on the Activity: msrest drops entity details and tenantId


def raw(activity: Activity) -> dict[str, Any]:
    """The activity as Teams sent it (mention entities intact), else as botbuilder re-serialises it."""
    return getattr(activity, _RAW, None) or activity.serialize()


def create_adapter(settings: TeamsSettings, http: ConnectorHttp | None = None) -> CloudAdapter:
    """A CloudAdapter: authentication is on exactly when an app id is set; clients reused across turns
    (adapters/teams_clients.py), sending over `http`'s aiohttp session while it runs (the server)."""
    adapter = CloudAdapter(CachedAuthentication(ConfigurationBotFrameworkAuthentication(settings), http))

    async def on_error(context: TurnContext, error: Exception) -> None:
        log.error("Teams %s activity failed: %s", context.activity.type, safe_error(error))

    adapter.on_turn_error = on_error
    return adapter


_shared: dict[str, Any] = {}


def shared_adapter() -> tuple[CloudAdapter, str]:
    """(adapter, app id) for sends outside a request (`jargon digest --send`): the server's, else from env."""
    if "adapter" not in _shared:
        settings = TeamsSettings.from_env(os.environ)
        _shared.update(adapter=create_adapter(settings), app_id=settings.APP_ID)
    return _shared["adapter"], _shared["app_id"]


async def _forget_shared(adapter: CloudAdapter) -> None:
    """A stopped server's adapter (and its closed session) must not serve later sends in this process."""
    if _shared.get("adapter") is adapter:
        _shared.clear()


def _activity(reply: Reply) -> Activity:
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
                ctx, _activity(reply), ref.conversation.id, bot_app_id=bot_app_id)
            return new_id or ""
        response = await ctx.send_activity(_activity(reply))
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
        response = await ctx.send_activity(_activity(reply))
        conversation = {"id": ctx.activity.conversation.id, "conversationType": "personal", "tenantId": tenant}
        personal = {**ref, "conversation": {k: v for k, v in conversation.items() if v}}
        await asyncio.to_thread(teams_refs.remember, glossary, personal, "dm")
        return response.id if response else ""

    return await _run_proactive(lambda cb: adapter.create_conversation(
        app_id, cb, params, ref.get("channelId") or "msteams", ref["serviceUrl"]), send)


async def send_to_user(glossary: Any, user_id: str, reply: Reply, *, app_id: str,
                       adapter: CloudAdapter | None = None, fallback: dict[str, Any] | None = None) -> bool:
    """A private message to one person: their 1:1 chat, opened from any conversation they were seen in.

    Returns False when they never talked to the bot (there is no way to reach them yet).
    """
    adapter = adapter or shared_adapter()[0]
    reference, personal = await asyncio.to_thread(teams_refs.reference_for_user, glossary, user_id)
    if reference is not None and personal:
        await send_proactive(reference, reply, app_id=app_id, adapter=adapter)
        return True
    reference = fallback or reference
    if reference is None:
        log.warning("cannot reach a Teams user privately: they have not talked to the bot yet")
        return False
    await send_private(adapter, reference, reply, app_id=app_id, glossary=glossary)
    return True


class JargonTeamsBot(TeamsActivityHandler):
    """Turns Teams activities into bot core calls and the core's replies into cards."""

    def __init__(self, bot: Bot, adapter: CloudAdapter, app_id: str) -> None:
        self.bot = bot
        self.adapter = adapter
        self.app_id = app_id

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
            message.attachment = await first_file(data)  # `glossary import` with a YAML file
            replies = await asyncio.to_thread(self.bot.handle, message)
        await self._deliver(turn_context, replies)

    async def on_conversation_update_activity(self, turn_context: TurnContext) -> None:
        """Welcome on install; forget the conversation on removal. No member look-ups (the SDK's default)."""
        data = raw(turn_context.activity)
        if bot_added(data):
            welcome = short_help()
            welcome.title, welcome.private = f"Hi, I'm {self.bot.config.bot_name}", False
            await self._deliver(turn_context, [welcome])
        elif bot_removed(data):
            await self.on_installation_update_remove(turn_context)

    async def on_installation_update_remove(self, turn_context: TurnContext) -> None:
        """Uninstalled: nothing can be posted there any more, so notices and digests must not try."""
        await asyncio.to_thread(teams_refs.forget, self.bot.glossary, turn_context.activity.conversation.id)

    # -- invokes (messaging extension) ---------------------------------------------
    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        name = turn_context.activity.name
        try:
            if name == "composeExtension/query":
                return InvokeResponse(status=HTTPStatus.OK, body=await self._search(turn_context))
            if name in ("composeExtension/fetchTask", "composeExtension/submitAction"):
                return InvokeResponse(status=HTTPStatus.OK, body=await self._explain(turn_context))
        except Exception as exc:  # answer 200 with a message: Teams shows it instead of "app unreachable"
            log.error("Teams %s failed: %s", name, safe_error(exc))
            return InvokeResponse(status=HTTPStatus.OK, body=render_teams.search_message(
                "Sorry, something went wrong on my side. Please try again."))
        return await super().on_invoke_activity(turn_context)

    async def _search(self, turn_context: TurnContext) -> dict[str, Any]:
        query, _initial = search_query(turn_context.activity.value or {})
        if not query:
            return render_teams.search_message("Type a term to look up, for example “SLA” or “churn”.")
        glossary = self.bot.glossary
        result = await asyncio.to_thread(glossary.lookup, query[:200])
        terms = glossary.matcher.terms
        replies = [term_reply(terms[m.id], query=query) for m in result.matches if m.id in terms]
        if not replies:
            return render_teams.search_message(f"No glossary term matches “{query[:60]}”.")
        return render_teams.search_results(replies)

    async def _explain(self, turn_context: TurnContext) -> dict[str, Any]:
        """"Explain jargon" on a message: the core's explanation, in a dialog only the user sees."""
        value = turn_context.activity.value or {}
        data = raw(turn_context.activity)
        clicked = render_teams.action_from_value(value)  # a button inside our dialog
        if clicked is None:
            text = payload_text(value)
            if not text:
                return render_teams.dialog(Reply("That message has no text to explain."), EXPLAIN_TITLE)
            clicked = ("explain_text", {"text": text})
        replies = await asyncio.to_thread(
            self.bot.act, Action(clicked[0], clicked[1], user_of(data), conversation_of(data)))
        await self._deliver(turn_context, [r for r in replies if r.to is not None])
        shown = [r for r in replies if r.to is None] or [Reply("Done.")]
        return render_teams.dialog(shown, EXPLAIN_TITLE)

    # -- delivery -----------------------------------------------------------------
    async def _deliver(self, turn_context: TurnContext, replies: list[Reply]) -> None:
        """Each reply where it belongs; one failed delivery is logged and does not stop the others."""
        activity = turn_context.activity
        for reply in replies:
            try:
                if reply.to is not None:
                    await self.notify(reply.to, reply)
                elif reply.replace_original and activity.reply_to_id and activity.type == ActivityTypes.message:
                    update = _activity(reply)
                    update.id = activity.reply_to_id
                    await turn_context.update_activity(update)
                elif reply.private and conversation_kind(raw(activity)) != "dm":
                    await self._private(turn_context, reply)
                else:
                    await turn_context.send_activity(_activity(reply))
            except Exception as exc:
                log.error("could not deliver a Teams reply: %s", safe_error(exc))

    async def _private(self, turn_context: TurnContext, reply: Reply) -> None:
        """Only the asker should see it: their 1:1 chat with the bot, else (not installed) the thread."""
        reference = reference_of(raw(turn_context.activity))
        try:
            await self._to_user(user_of(raw(turn_context.activity)).id, reply, fallback=reference)
        except TeamsDeliveryError as exc:
            log.info("no private chat with the user (%s); answering in the thread", exc)
            await turn_context.send_activity(_activity(reply))

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


# -- the HTTP endpoint --------------------------------------------------------------
@dataclass
class TeamsEndpoint:
    adapter: CloudAdapter | None
    handler: JargonTeamsBot | None
    off_reason: str = ""


TEAMS_KEY = web.AppKey("teams", TeamsEndpoint)


def _problem(status: int, message: str) -> web.Response:
    return web.json_response({"ok": False, "error": message}, status=status)


async def messages(request: web.Request) -> web.Response:
    """POST /api/messages. Our own CloudAdapter.process: botbuilder 4.17's fails on dict invoke bodies."""
    endpoint = request.app[TEAMS_KEY]
    if endpoint.adapter is None or endpoint.handler is None:
        return _problem(503, endpoint.off_reason)
    if "application/json" not in request.headers.get("Content-Type", ""):
        return _problem(415, "expected application/json")
    try:
        body = await request.json()
    except ValueError:
        return _problem(400, "the body is not JSON")
    if not isinstance(body, dict):
        return _problem(400, "the body is not an activity")
    try:
        activity = Activity().deserialize(body)
        setattr(activity, _RAW, body)
    except Exception:  # msrest raises DeserializationError and friends
        return _problem(400, "the body is not a valid activity")
    if not activity.type or not activity.service_url or not activity.conversation:
        return _problem(400, "the activity has no type, serviceUrl or conversation")
    handler, turn = endpoint.handler, {"started": False}

    async def logic(context: TurnContext) -> None:
        turn["started"] = True
        await handler.on_turn(context)

    try:
        invoke = await endpoint.adapter.process_activity(request.headers.get("Authorization", ""), activity, logic)
    except Exception as exc:  # before the turn, only the token check can fail: refuse, never a 500
        if turn["started"]:
            raise
        return _refused(exc)
    if invoke is None:
        return web.Response(status=201)
    payload = serializer_helper(invoke.body) if isinstance(invoke.body, Model) else invoke.body
    return web.json_response(payload, status=int(invoke.status))


def _refused(exc: Exception) -> web.Response:
    """No token, a malformed, expired, foreign or forged one (botbuilder raises several types): 401.

    Only when Microsoft's signing keys cannot be fetched is it our problem: 503, and a warning.
    """
    if isinstance(exc, requests.RequestException):
        log.warning("cannot check Teams tokens: the Bot Framework signing keys are unreachable (%s)",
                    type(exc).__name__)
        return _problem(503, "cannot verify Bot Framework tokens right now")
    level = logging.INFO if isinstance(exc, (PermissionError, jwt.PyJWTError)) else logging.WARNING
    log.log(level, "refused a Teams request: %s", type(exc).__name__)
    return _problem(401, "unauthorized: a valid Bot Framework token is required")


def setup(app: web.Application, bot: Bot, env: Mapping[str, str]) -> None:
    """Add POST /api/messages. Without MicrosoftAppId it answers 503, unless JARGON_TEAMS_DEV=1."""
    settings = TeamsSettings.from_env(env)
    endpoint = TeamsEndpoint(None, None, settings.off_reason() or "")
    if not endpoint.off_reason:
        fetch_signing_keys_off_loop()
        http = ConnectorHttp()
        app.cleanup_ctx.append(http.lifespan)  # one pooled session for every reply to the Bot Connector
        adapter = create_adapter(settings, http)
        endpoint.adapter, endpoint.handler = adapter, JargonTeamsBot(bot, adapter, settings.APP_ID)
        _shared.update(adapter=adapter, app_id=settings.APP_ID)
        app.on_cleanup.append(lambda _app: _forget_shared(adapter))
    app[TEAMS_KEY] = endpoint
    app.router.add_post(ROUTE, messages)
    add_pages(app, bot.config)  # the manifest's privacy and terms links
