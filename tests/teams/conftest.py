"""The real aiohttp app (adapters.server.create_app) on 127.0.0.1, with the fake Bot Connector."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from adapters.server import create_app
from bot.config import BotConfig
from glossary.service import Glossary
from tests.conftest import FixedClock
from tests.fakes.connector import FakeConnector

DEV_ENV = {"JARGON_TEAMS_DEV": "1"}


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The starter glossary, seeded once: each test gets a copy instead of seeding again (0.5 s each)."""
    path = tmp_path_factory.mktemp("teams-seed") / "seed.db"
    Glossary(path, clock=FixedClock()).close()  # closing checkpoints the WAL into the file
    return path


@pytest.fixture
def glossary(db_path: Path, clock: FixedClock, seeded_db: Path) -> Iterator[Glossary]:
    """Same as the shared fixture (a real SQLite file with the starter glossary), only faster."""
    shutil.copyfile(seeded_db, db_path)
    g = Glossary(db_path, clock=clock)
    yield g
    g.close()


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
    return response.status, body
