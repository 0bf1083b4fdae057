"""The real aiohttp app (adapters.server.app.create_app) on 127.0.0.1, with the fake Bot Connector."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from adapters.server.app import create_app
from bot.config import BotConfig
from glossary.service import Glossary
from tests.fakes.connector import FakeConnector
from tests.fakes.teams_limits import invoke_problems

DEV_ENV = {"JARGON_TEAMS_DEV": "1"}


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    async with FakeConnector() as fake:
        yield fake


async def start(glossary: Glossary, config: BotConfig, env: dict[str, str]) -> TestClient:
    client = TestClient(TestServer(create_app(glossary, config, env=env)))
    await client.start_server()
    return client


@pytest.fixture
async def server(glossary: Glossary, config: BotConfig) -> AsyncIterator[TestClient]:
    """The server in Teams dev mode (no app id: no authentication, like the Bot Framework Emulator)."""
    client = await start(glossary, config, DEV_ENV)
    yield client
    await client.close()


async def post(client: TestClient, activity: dict[str, Any], **headers: str) -> tuple[int, Any]:
    """POST one activity to /api/messages; returns (status, JSON body or None)."""
    response = await client.post("/api/messages", json=activity, headers=headers)
    body = await response.json() if response.content_type == "application/json" else None
    if response.status == 200 and activity.get("type") == "invoke":  # cards answered in the HTTP response
        problems = invoke_problems(body)
        assert not problems, "the bot answered an invoke with cards Teams would refuse:\n" + "\n".join(problems)
    return response.status, body
