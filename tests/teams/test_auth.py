"""Who may POST to /api/messages: a Bot Framework token when an app id is set, nobody when Teams is off."""

from __future__ import annotations

import logging

import pytest

from bot.config import BotConfig
from glossary.service import Glossary
from tests.fakes.connector import FakeConnector
from tests.teams import activities
from tests.teams.conftest import post, start

APP_ID = "3f1c2b7a-5d6e-4f80-9a1b-2c3d4e5f6a7b"
PASSWORD = "Zq8~not-a-real-password.Xy12"


def _nothing_changed(glossary: Glossary, connector: FakeConnector) -> None:
    db = glossary.connections.db
    assert db.execute("select count(*) from conversations").fetchone()[0] == 0
    assert db.execute("select count(*) from queries").fetchone()[0] == 0
    assert connector.calls == []


@pytest.mark.parametrize("authorization", [None, "Bearer not.a.jwt", "Basic dXNlcjpwYXNz"])
async def test_with_an_app_id_a_request_without_a_valid_token_gets_401(
        glossary: Glossary, config: BotConfig, connector: FakeConnector, authorization: str | None,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    client = await start(glossary, config, {"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": PASSWORD,
                                            "JARGON_TEAMS_DEV": "1"})  # the dev flag cannot switch auth off
    try:
        headers = {"Authorization": authorization} if authorization else {}
        for activity in (activities.personal_message(connector.url, "what is SLA?"),
                         activities.search_invoke(connector.url, "SLA")):
            status, body = await post(client, activity, **headers)
            assert status == 401 and "token" in body["error"]
        _nothing_changed(glossary, connector)
        health = await client.get("/healthz")
        assert health.status == 200
    finally:
        await client.close()
    assert PASSWORD not in caplog.text


async def test_without_an_app_id_teams_is_off(glossary: Glossary, config: BotConfig,
                                              connector: FakeConnector) -> None:
    client = await start(glossary, config, {})
    try:
        status, body = await post(client, activities.personal_message(connector.url, "what is SLA?"))
        assert status == 503 and "MicrosoftAppId" in body["error"] and "JARGON_TEAMS_DEV" in body["error"]
        _nothing_changed(glossary, connector)
    finally:
        await client.close()


async def test_dev_mode_warns_loudly(glossary: Glossary, config: BotConfig, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    client = await start(glossary, config, {"JARGON_TEAMS_DEV": "1"})
    await client.close()
    assert any(r.levelno == logging.WARNING and "UNAUTHENTICATED" in r.getMessage() for r in caplog.records)


async def test_incomplete_single_tenant_settings_turn_teams_off_without_leaking(
        glossary: Glossary, config: BotConfig, connector: FakeConnector, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    env = {"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": PASSWORD, "MicrosoftAppType": "SingleTenant"}
    client = await start(glossary, config, env)
    try:
        status, body = await post(client, activities.personal_message(connector.url, "SLA"))
        assert status == 503 and "MicrosoftAppTenantId" in body["error"]
    finally:
        await client.close()
    assert "MicrosoftAppTenantId" in caplog.text and PASSWORD not in caplog.text


async def test_bad_requests_get_4xx_and_change_nothing(server, glossary: Glossary, connector: FakeConnector) -> None:
    response = await server.post("/api/messages", data=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status == 400
    response = await server.post("/api/messages", data=b"text=SLA", headers={"Content-Type": "text/plain"})
    assert response.status == 415
    status, _ = await post(server, [1, 2, 3])
    assert status == 400
    no_type = activities.personal_message(connector.url, "SLA")
    del no_type["type"]
    status, _ = await post(server, no_type)
    assert status == 400
    no_url = activities.personal_message(connector.url, "SLA")
    del no_url["serviceUrl"]
    status, _ = await post(server, no_url)
    assert status == 400
    response = await server.post("/api/messages", data=b"{" + b" " * (2 * 1024 * 1024) + b"}",
                                 headers={"Content-Type": "application/json"})
    assert response.status == 413
    _nothing_changed(glossary, connector)


def test_the_password_never_shows_in_errors_or_reprs() -> None:
    from adapters.teams.settings import TeamsSettings, safe_error

    settings = TeamsSettings.from_env({"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": PASSWORD})
    assert PASSWORD not in repr(settings) and PASSWORD not in str(settings)
    assert PASSWORD not in safe_error(RuntimeError(f"token request with secret {PASSWORD} failed"))
