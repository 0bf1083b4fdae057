"""/healthz checks the database for real, and every response carries a request id. Real HTTP, real SQLite.

A read-only or full database is simulated on the server's own connections (PRAGMA query_only,
PRAGMA max_page_count), which fail exactly like a read-only mount or a full disk do.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

from adapters.server.app import create_app
from bot.config import BotConfig
from glossary.service import Glossary


@pytest.fixture
async def client(glossary: Glossary, config: BotConfig) -> AsyncIterator[TestClient]:
    test_client = TestClient(TestServer(create_app(glossary, config, env={})))
    await test_client.start_server()
    yield test_client
    await test_client.close()


def _on_every_connection(glossary: Glossary, sql: str) -> None:
    """As if the whole database changed under the server: every open connection, the probe's included."""
    for conn in list(glossary.connections._all):
        conn.execute(sql)


async def _health(client: TestClient) -> tuple[int, dict]:
    response = await client.get("/healthz")
    return response.status, await response.json()


async def test_healthy_means_a_write_went_through(client: TestClient, glossary: Glossary, clock) -> None:  # noqa: ANN001
    status, body = await _health(client)
    assert status == 200 and body["ok"] is True and body["database"] == "ok" and body["terms"] > 0
    beat = glossary.connections.db.execute("select value from meta where key = 'heartbeat'").fetchone()[0]
    assert beat.startswith(clock().date().isoformat())


async def test_a_read_only_database_fails_the_health_check_clearly(client: TestClient, glossary: Glossary) -> None:
    assert (await _health(client))[0] == 200
    before = glossary.terms.count()
    _on_every_connection(glossary, "pragma query_only = 1")
    status, body = await _health(client)
    assert status == 503 and body == {"ok": False, "error": "the database is read-only"}
    _on_every_connection(glossary, "pragma query_only = 0")
    assert (await _health(client))[0] == 200, "healthy again once the database is writable"
    assert glossary.terms.count() == before


async def test_a_full_database_fails_the_health_check_clearly(client: TestClient, glossary: Glossary) -> None:
    assert (await _health(client))[0] == 200
    db = glossary.connections.db
    db.execute("vacuum")  # no free pages left inside the file
    pages = db.execute("pragma page_count").fetchone()[0]
    _on_every_connection(glossary, f"pragma max_page_count = {pages}")
    status, body = await _health(client)
    assert status == 503 and body["ok"] is False and "full" in body["error"]
    _on_every_connection(glossary, "pragma max_page_count = 1073741823")
    assert (await _health(client))[0] == 200


async def test_a_long_write_elsewhere_makes_it_busy_not_hung(client: TestClient, glossary: Glossary) -> None:
    assert (await _health(client))[0] == 200
    importer = sqlite3.connect(glossary.path, timeout=1, isolation_level=None)  # like `jargon import`, elsewhere
    try:
        importer.execute("begin immediate")
        started = time.monotonic()
        status, body = await _health(client)
        assert status == 200 and body["database"] == "busy" and time.monotonic() - started < 4
    finally:
        importer.execute("rollback")
        importer.close()


async def test_every_response_carries_a_request_id(client: TestClient) -> None:
    given = await client.get("/healthz", headers={"X-Request-Id": "lb-7f3a.42"})
    assert given.headers["X-Request-Id"] == "lb-7f3a.42"
    made = await client.get("/healthz")
    fresh = await client.get("/healthz")
    assert len(made.headers["X-Request-Id"]) == 32 and made.headers["X-Request-Id"] != fresh.headers["X-Request-Id"]
    forged = await client.get("/healthz", headers={"X-Request-Id": 'x" level=error msg=forged'})
    assert forged.headers["X-Request-Id"] != 'x" level=error msg=forged', "ids that could fake log lines are replaced"
    missing = await client.get("/no-such-page")
    assert missing.status == 404 and missing.headers.get("X-Request-Id")
