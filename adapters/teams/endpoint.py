"""POST /api/messages: the Teams HTTP endpoint, run through botbuilder's CloudAdapter."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

import jwt
import requests
from aiohttp import web
from botbuilder.core import TurnContext, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity
from msrest.serialization import Model

from adapters.teams.activity import RAW_JSON
from adapters.teams.cloud import create_adapter, forget_shared, share
from adapters.teams.connector_http import ConnectorHttp
from adapters.teams.files import FilePolicy
from adapters.teams.gate import Gate
from adapters.teams.handler import JargonTeamsBot
from adapters.teams.package import add_pages
from adapters.teams.settings import ROUTE, TeamsSettings
from adapters.teams.signing_keys import fetch_signing_keys_off_loop
from bot.core import Bot

log = logging.getLogger(__name__)


@dataclass
class TeamsEndpoint:
    adapter: CloudAdapter | None
    handler: JargonTeamsBot | None
    off_reason: str = ""
    gate: Gate = field(default_factory=Gate)


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
        setattr(activity, RAW_JSON, body)
    except Exception:  # msrest raises DeserializationError and friends
        return _problem(400, "the body is not a valid activity")
    if not activity.type or not activity.service_url or not activity.conversation:
        return _problem(400, "the activity has no type, serviceUrl or conversation")
    handler, turn = endpoint.handler, {"started": False, "refused": None}

    async def logic(context: TurnContext) -> None:
        turn["started"] = True
        turn["refused"] = endpoint.gate.refusal(body)  # after the token check, before anything is stored
        if turn["refused"] is None:
            await handler.on_turn(context)

    try:
        invoke = await endpoint.adapter.process_activity(request.headers.get("Authorization", ""), activity, logic)
    except Exception as exc:  # before the turn, only the token check can fail: refuse, never a 500
        if turn["started"]:
            raise
        return _refused(exc)
    if turn["refused"] is not None:  # another channel or tenant: 403, nothing stored, nothing sent
        log.info("refused a Teams activity: %s", turn["refused"])
        return _problem(403, turn["refused"])
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
        files = FilePolicy.from_env(env, dev=settings.unauthenticated)
        endpoint.adapter, endpoint.handler = adapter, JargonTeamsBot(bot, adapter, settings.APP_ID, files)
        endpoint.gate = Gate(settings.allowed_tenants, emulator=settings.unauthenticated)
        share(adapter, settings.APP_ID)
        app.on_cleanup.append(lambda _app: forget_shared(adapter))
    app[TEAMS_KEY] = endpoint
    app.router.add_post(ROUTE, messages)
    add_pages(app, bot.config)  # the manifest's privacy and terms links
