"""The Slack app on slack-bolt (async): POST /slack/events in HTTP mode, and Socket Mode when configured.

Environment (secrets are read here and never logged):
- SLACK_BOT_TOKEN (xoxb-...) and SLACK_SIGNING_SECRET: HTTP mode, events at POST /slack/events.
- SLACK_APP_TOKEN (xapp-...) as well: Socket Mode (no public URL), started with the web server.
- SLACK_API_URL: the Web API base URL (default Slack's own); tests point it at a fake server.
- SLACK_API_TIMEOUT: seconds one Web API call may take (default 10); retries: adapters.slack.retry.

The bolt App is built in `setup()`, never at import time; it calls auth.test lazily, on the first
request. Every request's signature is checked before anything else happens (401, nothing stored),
and a slash command or click whose exact signed request was already seen is a replay (401):
Slack sends each one once, with a fresh trigger_id. Events are deduplicated on event_id instead.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.dedupe import EventClaims
from adapters.slack.delivery import post_reply
from adapters.slack.files import Downloader
from adapters.slack.listeners import Listeners
from adapters.slack.retry import quiet_logger, retry_handlers
from bot.core import Bot

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
FORM = "application/x-www-form-urlencoded"  # slash commands and interactivity; events are JSON
JSON = "application/json"
API_TIMEOUT_SECONDS = 10
DRAIN_SECONDS = 6.0  # in-flight answers get this long at shutdown (the whole stop must fit in 10 s)
SOCKET_RETRY_SECONDS = (2, 5, 15, 30, 60)

__all__ = ["EVENTS_PATH", "SlackRuntime", "SlackSettings", "post_reply", "setup"]


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str = field(default="", repr=False)
    signing_secret: str = field(default="", repr=False)
    app_token: str = field(default="", repr=False)
    api_url: str | None = None
    api_timeout: float = API_TIMEOUT_SECONDS

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> SlackSettings:
        api_url = (env.get("SLACK_API_URL") or "").strip() or None
        if api_url and not api_url.endswith("/"):
            api_url += "/"  # slack_sdk joins base_url + method: the trailing slash matters
        try:
            timeout = float(env.get("SLACK_API_TIMEOUT") or API_TIMEOUT_SECONDS)
        except ValueError:
            log.warning("SLACK_API_TIMEOUT is not a number; using %s s", API_TIMEOUT_SECONDS)
            timeout = API_TIMEOUT_SECONDS
        return cls(bot_token=(env.get("SLACK_BOT_TOKEN") or "").strip(),
                   signing_secret=(env.get("SLACK_SIGNING_SECRET") or "").strip(),
                   app_token=(env.get("SLACK_APP_TOKEN") or "").strip(), api_url=api_url,
                   api_timeout=timeout if timeout > 0 else API_TIMEOUT_SECONDS)

    @property
    def http_mode(self) -> bool:
        return bool(self.bot_token and self.signing_secret)

    @property
    def socket_mode(self) -> bool:
        return bool(self.bot_token and self.app_token)


def web_client(settings: SlackSettings) -> AsyncWebClient:
    """The Web API client: SLACK_API_URL, a timeout, and bounded, quiet retries (adapters.slack.retry)."""
    kwargs = {"base_url": settings.api_url} if settings.api_url else {}
    return AsyncWebClient(token=settings.bot_token, timeout=settings.api_timeout, retry_handlers=retry_handlers(),
                          logger=quiet_logger(), **kwargs)


class SlackRuntime:
    """One bolt app plus what it needs at run time: the HTTP route, Socket Mode, and draining."""

    def __init__(self, bot: Bot, settings: SlackSettings) -> None:
        self.settings = settings
        self.client = web_client(settings)
        self.verifier = SignatureVerifier(settings.signing_secret) if settings.signing_secret else None
        self.bolt = AsyncApp(client=self.client, signing_secret=settings.signing_secret or None,
                             logger=logging.getLogger("adapters.slack.bolt"),
                             request_verification_enabled=False)  # handle_http verified it already
        self.listeners = Listeners(bot, EventClaims(bot.glossary), Downloader(settings.bot_token, settings.api_url))
        self.listeners.register(self.bolt)
        self.socket: AsyncSocketModeHandler | None = None

    # -- HTTP mode -----------------------------------------------------------------
    async def handle_http(self, request: web.Request) -> web.Response:
        """Verify, parse, dispatch. Forged or stale: 401. Malformed: 400. Never a 500 with a traceback."""
        raw = await request.read()
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        if not self._signed(raw, timestamp, signature):
            return web.json_response({"error": "invalid or stale signature"}, status=401)
        if request.content_type not in (FORM, JSON):  # Slack sends nothing else; nothing is stored
            return web.json_response({"error": "unsupported content type"}, status=415)
        if not await self._first_use(signature):  # the signature covers the body, never the header
            if request.content_type == JSON:  # a duplicate delivery: acked, dropped (Slack would retry a 4xx)
                return web.json_response({"ok": True, "duplicate": True})
            log.warning("refused a replayed Slack request (same signature seen before)")
            return web.json_response({"error": "replayed request"}, status=401)
        try:
            body = raw.decode("utf-8")
            bolt_request = AsyncBoltRequest(body=body, query=request.query_string,
                                            headers={k: v for k, v in request.headers.items()})
            if not isinstance(bolt_request.body, dict):
                raise ValueError("not an object")
        except (ValueError, TypeError, AttributeError, KeyError, IndexError):
            return web.json_response({"error": "malformed request"}, status=400)
        response = await self.bolt.async_dispatch(bolt_request)
        if response.status >= 500:  # bolt could not make sense of a payload: the client's problem
            return web.json_response({"error": "request could not be processed"}, status=400)
        return await to_aiohttp_response(response)

    def _signed(self, raw: bytes, timestamp: str, signature: str) -> bool:
        """Slack's v0 HMAC over the raw body, with a timestamp at most 5 minutes off."""
        try:
            return self.verifier is not None and self.verifier.is_valid(raw, timestamp, signature)
        except (ValueError, TypeError):  # a timestamp that is not a number, a body that is not UTF-8
            return False

    async def _first_use(self, signature: str) -> bool:
        """Claim the signature in the same table as event ids (shared by every process on the database)."""
        try:
            return await asyncio.to_thread(self.listeners.claims.claim, "sig:" + signature)
        except Exception as exc:  # a database hiccup must not stop answering
            log.warning("replay check unavailable: %s", type(exc).__name__)
            return True

    # -- outgoing HTTP ---------------------------------------------------------------
    async def http_session(self, app: web.Application) -> AsyncIterator[None]:
        """aiohttp cleanup context: one pooled keep-alive session for every Web API and response_url call.

        Without it slack_sdk opens a new session, hence a new TCP/TLS connection, for every call.
        No cookie jar: nothing from one Slack host should ride along to another.
        """
        session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.settings.api_timeout),
                                        cookie_jar=aiohttp.DummyCookieJar())
        self.client.session = session
        try:
            yield
        finally:
            self.client.session = None  # anything sent after shutdown gets its own session again
            await session.close()

    # -- Socket Mode -----------------------------------------------------------------
    async def socket_mode(self, app: web.Application) -> AsyncIterator[None]:
        """aiohttp cleanup context: connect in the background (retrying), close on shutdown."""
        task = asyncio.create_task(self._connect_forever())
        yield
        task.cancel()
        if self.socket is not None:
            try:
                await asyncio.wait_for(self.socket.close_async(), 1.5)
            except Exception as exc:  # closing a dead socket must not block the shutdown
                log.info("Socket Mode close: %s", type(exc).__name__)

    async def _connect_forever(self) -> None:
        for attempt in range(10_000):
            try:
                self.socket = AsyncSocketModeHandler(self.bolt, self.settings.app_token, web_client=self.client)
                await self.socket.connect_async()
                log.info("Slack Socket Mode connected")
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # Slack unreachable: the web server (and /healthz) stays up
                wait = SOCKET_RETRY_SECONDS[min(attempt, len(SOCKET_RETRY_SECONDS) - 1)]
                log.warning("Slack Socket Mode could not connect (%s); retrying in %s s", type(exc).__name__, wait)
                await asyncio.sleep(wait)

    # -- shutdown -----------------------------------------------------------------------
    async def drain(self, app: web.Application | None = None) -> None:
        """Let answers already acked reach Slack before the process exits."""
        if not await self.listeners.inflight.wait(DRAIN_SECONDS):
            log.warning("shutdown: %s Slack answers still running were dropped", self.listeners.inflight.count)


SLACK_KEY = web.AppKey("slack", SlackRuntime)


def setup(app: web.Application, bot: Bot, env: Mapping[str, str]) -> SlackRuntime | None:
    """Add Slack to the server when its settings are present. Logs which mode, never a secret."""
    settings = SlackSettings.from_env(env)
    if not settings.bot_token:
        log.info("Slack is off (SLACK_BOT_TOKEN is not set)")
        return None
    if not (settings.http_mode or settings.socket_mode):
        log.warning("Slack is off: SLACK_BOT_TOKEN is set, but neither SLACK_SIGNING_SECRET (HTTP mode) "
                    "nor SLACK_APP_TOKEN (Socket Mode)")
        return None
    runtime = SlackRuntime(bot, settings)
    app[SLACK_KEY] = runtime
    app.cleanup_ctx.append(runtime.http_session)
    if settings.http_mode:
        app.router.add_post(EVENTS_PATH, runtime.handle_http)
        log.info("Slack HTTP mode: events at POST %s", EVENTS_PATH)
    if settings.socket_mode:
        app.cleanup_ctx.append(runtime.socket_mode)
        log.info("Slack Socket Mode: connecting with the app token")
    app.on_shutdown.append(runtime.drain)
    return runtime
