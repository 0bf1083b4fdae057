"""Teams under faults and attack, over real HTTP into create_app.

- The Bot Connector refuses connections: each turn fails cleanly with one log line, and the
  server stays healthy.
- Tokens: missing, expired, wrong audience, wrong issuer, wrong key, unknown key, unsigned, or
  minted for another serviceUrl are all refused (401) and nothing is stored, while a token
  signed correctly (our own key, served as the Bot Framework's OpenID metadata on 127.0.0.1)
  is accepted: the 401s come from the real checks, not from a server that refuses everything.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator

import pytest
from aiohttp.test_utils import TestClient
from botframework.connector.auth import ChannelValidation

from bot.config import BotConfig
from glossary.service import Glossary
from tests.fakes.connector import FakeConnector, closed_port_url
from tests.ops.bot_framework_keys import SigningKeys, new_key, unsigned
from tests.teams import activities
from tests.teams.conftest import DEV_ENV, post, start

APP_ID = "5d6c1f3e-7a8b-4c9d-8e0f-1a2b3c4d5e6f"
PASSWORD = "Qx7~ops-test-password.Zz9"
AUTH_ENV = {"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": PASSWORD}


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    async with FakeConnector() as fake:
        yield fake


def _problems(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


def _count(glossary: Glossary, table: str) -> int:
    return glossary.connections.db.execute(f"select count(*) from {table}").fetchone()[0]  # noqa: S608


# -- the connector is down ------------------------------------------------------------------------------
async def test_a_refusing_connector_fails_each_turn_cleanly_with_one_log_line(
        glossary: Glossary, config: BotConfig, connector: FakeConnector, caplog: pytest.LogCaptureFixture) -> None:
    client = await start(glossary, config, DEV_ENV)
    try:
        caplog.clear()  # the dev-mode warning at start-up is not a failure
        caplog.set_level(logging.INFO)
        dead = closed_port_url()
        turns = [activities.personal_message(dead, "what is SLA?"),
                 activities.channel_message(dead, "what is KPI?"),
                 activities.personal_message(dead, "churn")]
        for activity in turns:
            started = time.monotonic()
            status, body = await post(client, activity)
            assert status in (200, 201), body
            assert time.monotonic() - started < 3, "no long retry loop against a dead connector"
        problems = _problems(caplog)
        assert len(problems) == len(turns), [r.getMessage() for r in problems]
        assert all("could not deliver a Teams reply" in r.getMessage() and not r.exc_info for r in problems)
        assert _count(glossary, "queries") == 3, "the questions were handled; only the replies were lost"

        health = await client.get("/healthz")
        assert health.status == 200 and (await health.json())["ok"] is True
        status, _ = await post(client, activities.personal_message(connector.url, "what is SLA?"))
        assert status in (200, 201) and len(connector.sent()) == 1  # the next turn is served normally
        assert any("SLA" in t for t in _card_texts(connector))
    finally:
        await client.close()


def _card_texts(connector: FakeConnector) -> list[str]:
    from tests.fakes.connector import card_texts

    return [t for call in connector.sent() for t in card_texts(call.cards)]


# -- tokens ---------------------------------------------------------------------------------------------
@pytest.fixture
def signing_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[SigningKeys]:
    """botframework-connector's documented hook for the channel's OpenID metadata, pointed at 127.0.0.1."""
    with SigningKeys() as keys:
        monkeypatch.setattr(ChannelValidation, "open_id_metadata_endpoint", keys.metadata_url)
        yield keys


@pytest.fixture
async def authed(glossary: Glossary, config: BotConfig, signing_keys: SigningKeys) -> AsyncIterator[TestClient]:
    client = await start(glossary, config, AUTH_ENV)
    yield client
    await client.close()


def _member_joined(service_url: str) -> dict:
    """conversationUpdate: someone (not the bot) joined. Accepted, it stores the conversation and sends nothing."""
    activity = activities.bot_installed(service_url)
    activity["membersAdded"] = [{"id": activities.BEN["id"]}]
    return activity


async def test_a_correctly_signed_token_is_accepted(authed: TestClient, signing_keys: SigningKeys,
                                                    connector: FakeConnector, glossary: Glossary) -> None:
    token = signing_keys.sign(audience=APP_ID, service_url=connector.url)
    status, body = await post(authed, activities.search_invoke(connector.url, "SLA"), Authorization=f"Bearer {token}")
    assert status == 200 and body["composeExtension"]["attachments"], body
    status, _ = await post(authed, _member_joined(connector.url), Authorization=f"Bearer {token}")
    assert status in (200, 201) and _count(glossary, "conversations") == 1
    assert signing_keys.requests >= 2, "the keys came from our metadata server"


TOKENS = {
    "missing": lambda keys, url: None,
    "expired": lambda keys, url: keys.sign(audience=APP_ID, service_url=url, expires_in=-600),
    "wrong audience": lambda keys, url: keys.sign(audience="another-bots-app-id", service_url=url),
    "wrong issuer": lambda keys, url: keys.sign(audience=APP_ID, service_url=url, issuer="https://evil.example"),
    "wrong signing key": lambda keys, url: keys.sign(audience=APP_ID, service_url=url, key=new_key()),
    "unknown key id": lambda keys, url: keys.sign(audience=APP_ID, service_url=url, kid="not-a-published-key"),
    "another serviceUrl": lambda keys, url: keys.sign(audience=APP_ID, service_url="https://evil.example/"),
    "unsigned (alg none)": lambda keys, url: unsigned(audience=APP_ID, service_url=url),
}


@pytest.mark.parametrize("how", list(TOKENS))
async def test_bad_tokens_are_refused_and_nothing_is_stored(authed: TestClient, signing_keys: SigningKeys,
                                                           connector: FakeConnector, glossary: Glossary, how: str,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    token = TOKENS[how](signing_keys, connector.url)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    for activity in (activities.personal_message(connector.url, "what is SLA?"), _member_joined(connector.url),
                     activities.search_invoke(connector.url, "SLA")):
        status, body = await post(authed, activity, **headers)
        assert status == 401 and "token" in body["error"], (how, status, body)
    assert (_count(glossary, "queries"), _count(glossary, "conversations")) == (0, 0)
    assert connector.calls == []
    assert (await authed.get("/healthz")).status == 200
    assert PASSWORD not in caplog.text and (token is None or token not in caplog.text)
