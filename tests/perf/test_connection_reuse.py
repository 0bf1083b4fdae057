"""Replies reuse connections: no new session, client or TCP connection per answer (docs/load.md).

Each test counts the distinct client ports the fake platform saw: a reused keep-alive connection
shows up as one port, a session per call as one port per reply.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import web

from bot.config import BotConfig
from glossary.service import Glossary
from tests.fakes import FakeSlackAPI
from tests.fakes.connector import FakeConnector
from tests.slack.conftest import BOT_TOKEN, SECRET, SlackServer
from tests.teams import activities as teams
from tests.teams.conftest import DEV_ENV, post, start


class PortRecorder:
    """A response_url target on 127.0.0.1 (own loop, own thread) that notes each caller's port."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, bytes]] = []
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def _hook(self, request: web.Request) -> web.Response:
        self.calls.append((request.transport.get_extra_info("peername")[1], await request.read()))
        return web.Response(text="ok")

    def __enter__(self) -> PortRecorder:
        ready = threading.Event()

        async def boot() -> None:
            app = web.Application()
            app.router.add_post("/hook/{n}", self._hook)
            self._runner = web.AppRunner(app, access_log=None)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
            ready.set()

        threading.Thread(target=lambda: (self._loop.run_until_complete(boot()), self._loop.run_forever()),
                         daemon=True).start()
        assert ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)  # type: ignore[union-attr]
        self._loop.call_soon_threadsafe(self._loop.stop)

    def wait(self, count: int, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while len(self.calls) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(self.calls) >= count, self.calls


@pytest.fixture
def slack_server(glossary: Glossary, config: BotConfig) -> Iterator[tuple[SlackServer, PortRecorder]]:
    with FakeSlackAPI() as api, PortRecorder() as hooks:
        server = SlackServer(glossary, config, {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET,
                                                "SLACK_API_URL": api.url}).start()
        yield server, hooks
        server.stop()


def test_slash_answers_share_one_connection_to_slack(slack_server: tuple[SlackServer, PortRecorder]) -> None:
    server, hooks = slack_server
    for n, question in enumerate(["SLA", "EBITDA", "churn", "what is an API", "KPI"]):
        status, _ = server.command("/whatis", question, response_url=f"{hooks.url}/hook/{n}")
        assert status == 200
        hooks.wait(n + 1)
    bodies = [body for _, body in hooks.calls]
    assert b"Service Level Agreement" in bodies[0] or b"SLA" in bodies[0]
    assert len({port for port, _ in hooks.calls}) == 1  # slack_sdk's default was a new session per answer


class PortConnector(FakeConnector):
    """The fake Bot Connector, also noting which client port each call came from."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.ports: list[int] = []

    async def _record(self, request: web.Request) -> Any:
        self.ports.append(request.transport.get_extra_info("peername")[1])
        return await super()._record(request)


async def test_teams_replies_share_one_connection_and_one_client(glossary: Glossary, config: BotConfig) -> None:
    async with PortConnector() as connector:
        client = await start(glossary, config, DEV_ENV)
        try:
            for n, question in enumerate(["what does SLA mean?", "EBITDA?", "churn"]):
                activity = teams.personal_message(connector.url, question, conversation_id=f"a:chat-{n}")
                assert (await post(client, activity))[0] in (200, 201)
            from adapters.teams.endpoint import TEAMS_KEY

            auth = client.server.app[TEAMS_KEY].adapter.bot_framework_authentication
            connectors = [key for key in auth.cache._items if key[0] == "connector"]
        finally:
            await client.close()
    assert len(connector.sent()) == 3
    assert "SLA" in str(connector.sent()[0].card)
    assert len(set(connector.ports)) == 1  # msrest's default: requests in a thread, a session per turn
    assert len(connectors) == 1  # one ConnectorClient for the serviceUrl, not one per activity
