"""Slack tests: the real aiohttp app from `create_app` on 127.0.0.1, signed requests, a fake Web API."""

from __future__ import annotations

import asyncio
import copy
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, unquote_plus, urlencode

import pytest
from aiohttp import web
from slack_sdk.signature import SignatureVerifier

from adapters.server.app import create_app
from bot.config import BotConfig
from glossary.service import Glossary
from tests.conftest import FIXTURES
from tests.fakes import FakeSlackAPI

SECRET = "test-signing-secret-8f2b61"
BOT_TOKEN = "xoxb-test-bot-token-3c9d77"
APP_TOKEN = "xapp-test-app-token-5e1a42"
SLACK_FIXTURES = FIXTURES / "slack"


def fixture(name: str) -> dict[str, Any]:
    """A recorded payload shape (see tests/fixtures/slack/README.md), deep-copied for editing."""
    return copy.deepcopy(json.loads((SLACK_FIXTURES / name).read_text(encoding="utf-8")))


_triggers = iter(range(1, 1_000_000_000))


class SlackClient:
    """Sends requests signed like Slack's to a server at `url`."""

    def __init__(self, url: str) -> None:
        self._url = url

    @property
    def url(self) -> str:
        return self._url

    # -- raw requests ----------------------------------------------------------------
    def post(self, body: str | bytes, content_type: str, *, timestamp: str | None = None, secret: str = SECRET,
             signature: str | None = None, headers: dict[str, str] | None = None,
             path: str = "/slack/events") -> tuple[int, str]:
        raw = body.encode("utf-8") if isinstance(body, str) else body
        ts = timestamp or str(int(time.time()))
        if signature is None:
            signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=raw.decode("utf-8", "replace"))
        request = urllib.request.Request(self.url + path, data=raw, method="POST", headers={
            "Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature or "",
            **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    # -- Slack's three kinds of requests --------------------------------------------
    def event(self, payload: dict[str, Any], **kwargs: Any) -> tuple[int, str]:
        """An Events API delivery (JSON)."""
        return self.post(json.dumps(payload), "application/json", **kwargs)

    def command(self, command: str, text: str, *, user: str = "W111", channel: str = "C111",
                response_url: str = "", **kwargs: Any) -> tuple[int, str]:
        """A slash command (form body), shaped like tests/fixtures/slack/slash_command.txt."""
        fields = dict(pair.split("=", 1) for pair in (SLACK_FIXTURES / "slash_command.txt").read_text().strip()
                      .split("&"))
        form = {k: unquote_plus(v) for k, v in fields.items()}
        form.update(command=command, text=text, user_id=user, channel_id=channel, response_url=response_url,
                    trigger_id=f"{next(_triggers)}.111.xxx")  # Slack's are unique: same body twice is a replay
        return self.post(urlencode(form), "application/x-www-form-urlencoded", **kwargs)

    def interact(self, payload: dict[str, Any], **kwargs: Any) -> tuple[int, str]:
        """Interactivity (form body with payload=<json>): shortcuts, buttons, modal submissions."""
        return self.post("payload=" + quote(json.dumps(payload)), "application/x-www-form-urlencoded", **kwargs)



class SlackServer(SlackClient):
    """`create_app(...)` served in a thread, with the signed-request helpers of SlackClient."""

    def __init__(self, glossary: Glossary, config: BotConfig, env: dict[str, str], port: int = 0) -> None:
        self.glossary = glossary
        self.config = config
        self.env = env
        self.port = port  # 0: any free port
        self.app: web.Application | None = None
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.events = 0

    def start(self) -> SlackServer:
        ready = threading.Event()

        async def boot() -> None:
            self.app = create_app(self.glossary, self.config, self.env)
            self._runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=2)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", self.port)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(boot())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name="slack-app-under-test", daemon=True)
        self._thread.start()
        assert ready.wait(10), "app did not start"
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(15)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)
        self._loop.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

@pytest.fixture
def slack_api() -> Iterator[FakeSlackAPI]:
    with FakeSlackAPI() as api:
        yield api


@pytest.fixture
def slack_env(slack_api: FakeSlackAPI) -> dict[str, str]:
    return {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack_api.url}


@pytest.fixture
def server(glossary: Glossary, config: BotConfig, slack_env: dict[str, str]) -> Iterator[SlackServer]:
    app = SlackServer(glossary, config, slack_env).start()
    yield app
    app.stop()


_counter = iter(range(1, 1_000_000))


def event_payload(name: str, **event: Any) -> dict[str, Any]:
    """A fixture event with fields overridden and a fresh event_id (Slack's are unique)."""
    payload = fixture(name)
    payload["event"].update(event)
    payload["event_id"] = f"Ev{next(_counter):06d}"
    return payload


def button_payload(api: FakeSlackAPI, button: dict[str, Any], *, ephemeral: bool = True,
                   message: dict[str, Any] | None = None, user: str = "W111") -> dict[str, Any]:
    """A block_actions click on `button` (a Block Kit element the bot sent)."""
    payload = fixture("block_actions.json")
    payload["actions"][0].update(action_id=button["action_id"], value=button["value"], text=button["text"])
    payload["container"]["is_ephemeral"] = ephemeral
    payload["response_url"] = api.response_url("click")
    payload["user"]["id"] = user
    if message is not None:
        payload["message"] = message
    return payload


def buttons(blocks: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The buttons of a message by label."""
    return {e["text"]["text"]: e for b in blocks if b.get("type") == "actions" for e in b["elements"]}
