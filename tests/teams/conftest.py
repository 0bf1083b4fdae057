"""The real aiohttp app (adapters.server.app.create_app) on 127.0.0.1, with the fake Bot Connector."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from botframework.connector.auth import ChannelValidation, MicrosoftAppCredentials

from adapters.server.app import create_app
from bot.config import BotConfig
from glossary.service import Glossary
from tests.fakes.connector import FakeConnector
from tests.fakes.teams_limits import invoke_problems
from tests.ops.bot_framework_keys import SigningKeys

DEV_ENV = {"JARGON_TEAMS_DEV": "1"}
APP_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
AUTH_ENV = {"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "Kx8~teams-test-password.Qq1"}
CHANNELS = ("msteams", "directline", "webchat", "emulator", "slack")


@pytest.fixture
def signing_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[SigningKeys]:
    """Authentication on, for real: our own Bot Framework signing key (endorsed for several channels, like
    Microsoft's) checks incoming tokens; replies get a stand-in outgoing token (the real one comes from
    login.microsoftonline.com)."""
    with SigningKeys(endorsements=CHANNELS) as keys:
        monkeypatch.setattr(ChannelValidation, "open_id_metadata_endpoint", keys.metadata_url)
        monkeypatch.setattr(MicrosoftAppCredentials, "get_access_token", lambda self, force_refresh=False: "t0k")
        yield keys


def signed(keys: SigningKeys, url: str) -> dict[str, str]:
    """The Authorization header of a valid Bot Connector token for activities with this serviceUrl."""
    return {"Authorization": f"Bearer {keys.sign(audience=APP_ID, service_url=url)}"}


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
