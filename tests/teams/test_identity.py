"""Who the Teams endpoint serves and who a sender is: only Microsoft Teams, only allowed tenants, roles by
Entra object id alone. Tokens are signed for real (tests/ops/bot_framework_keys.py), so the refusals
below come after a token that passes every check.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.config import BotConfig
from bot.roles import curators
from glossary.service import Glossary
from tests.fakes.connector import FakeConnector, card_texts
from tests.ops.bot_framework_keys import SigningKeys
from tests.teams import activities
from tests.teams.conftest import AUTH_ENV, CHANNELS, post, signed, start

OTHER_TENANT = "0badc0de-0000-4000-8000-00000000beef"
ADMIN_AAD = "aad-admin"  # the conftest config has JARGON_ADMINS=teams:aad-admin
EDIT = "glossary edit SLA = Hacked: whatever the attacker wants."


async def _authed(glossary: Glossary, config: BotConfig, **env: str) -> AsyncIterator[TestClient]:
    client = await start(glossary, config, {**AUTH_ENV, **env})
    yield client
    await client.close()


@pytest.fixture
async def authed(glossary: Glossary, config: BotConfig, signing_keys: SigningKeys) -> AsyncIterator[TestClient]:
    async for client in _authed(glossary, config):
        yield client


@pytest.fixture
async def one_tenant(glossary: Glossary, config: BotConfig, signing_keys: SigningKeys) -> AsyncIterator[TestClient]:
    """A multi-tenant app that serves only the tests' tenant and one more (JARGON_TEAMS_TENANTS)."""
    async for client in _authed(glossary, config, JARGON_TEAMS_TENANTS=f" {activities.TENANT.upper()} ,x-tenant"):
        yield client


def _stored(glossary: Glossary) -> tuple[int, int]:
    db = glossary.connections.db
    return (db.execute("select count(*) from queries").fetchone()[0],
            db.execute("select count(*) from conversations").fetchone()[0])


def _sla(glossary: Glossary) -> str:
    return glossary.term(glossary.lookup("SLA").matches[0].id).definition


def _in_tenant(activity: dict[str, Any], tenant: str | None, *, channel_data: str | None = None) -> dict[str, Any]:
    activity["conversation"].pop("tenantId", None)
    activity["channelData"].pop("tenant", None)
    if tenant:
        activity["conversation"]["tenantId"] = tenant
    if channel_data or tenant:
        activity["channelData"]["tenant"] = {"id": channel_data or tenant}
    return activity


async def test_a_signed_directline_activity_with_an_admins_from_id_cannot_edit(
        authed: TestClient, signing_keys: SigningKeys, connector: FakeConnector, glossary: Glossary) -> None:
    """Direct Line clients choose their own from.id: this one picked the admin's. Refused, nothing stored."""
    before = _sla(glossary)
    for channel in CHANNELS[1:]:
        activity = activities.personal_message(connector.url, EDIT, user={"id": ADMIN_AAD, "name": "Ada Admin"})
        activity["channelId"] = channel
        status, body = await post(authed, activity, **signed(signing_keys, connector.url))
        assert status == 403 and "only serves Microsoft Teams" in body["error"], (channel, status, body)
    assert _sla(glossary) == before
    assert _stored(glossary) == (0, 0) and connector.calls == []


async def test_roles_come_from_the_entra_object_id_never_from_from_id(
        authed: TestClient, signing_keys: SigningKeys, connector: FakeConnector, glossary: Glossary) -> None:
    before = _sla(glossary)
    spoofed = activities.personal_message(connector.url, EDIT, user={"id": ADMIN_AAD, "name": "Ada Admin"})
    status, _ = await post(authed, spoofed, **signed(signing_keys, connector.url))
    assert status in (200, 201)
    [refusal] = connector.sent()
    assert any("only curators can do that (you are a member)" in t for t in card_texts(refusal.card))
    assert _sla(glossary) == before
    admin = activities.personal_message(connector.url, EDIT, user={"id": "29:1ada", "name": "Ada Admin",
                                                                   "aadObjectId": ADMIN_AAD})
    await post(authed, admin, **signed(signing_keys, connector.url))
    assert _sla(glossary).startswith("Hacked"), "the same edit from the admin's object id goes through"


async def test_another_tenant_is_refused_and_nothing_is_stored(
        one_tenant: TestClient, signing_keys: SigningKeys, connector: FakeConnector, glossary: Glossary) -> None:
    url, headers = connector.url, signed(signing_keys, connector.url)
    refused = [
        _in_tenant(activities.personal_message(url, "what is SLA?"), OTHER_TENANT),
        _in_tenant(activities.channel_message(url, "what is SLA?"), OTHER_TENANT),
        _in_tenant(activities.bot_installed(url), OTHER_TENANT),
        _in_tenant(activities.search_invoke(url, "SLA"), OTHER_TENANT),
        _in_tenant(activities.personal_message(url, "SLA"), activities.TENANT, channel_data=OTHER_TENANT),
        _in_tenant(activities.personal_message(url, "SLA"), None),
        {**_in_tenant(activities.personal_message(url, "SLA"), None), "channelData": "not an object"},
        {**_in_tenant(activities.personal_message(url, "SLA"), None), "channelData": {"tenant": [OTHER_TENANT]}},
    ]
    for activity in refused:
        status, body = await post(one_tenant, activity, **headers)
        assert status == 403 and "tenant" in body["error"], (activity["type"], status, body)
    assert _stored(glossary) == (0, 0) and connector.calls == []
    status, _ = await post(one_tenant, activities.personal_message(url, "what is SLA?"), **headers)
    assert status in (200, 201) and len(connector.sent()) == 1 and _stored(glossary) == (1, 1)


async def test_microsoft_app_tenant_id_alone_limits_the_tenants(glossary: Glossary, config: BotConfig,
                                                                connector: FakeConnector) -> None:
    client = await start(glossary, config, {"JARGON_TEAMS_DEV": "1", "MicrosoftAppTenantId": activities.TENANT})
    try:
        status, _ = await post(client, _in_tenant(activities.personal_message(connector.url, "SLA"), OTHER_TENANT))
        assert status == 403 and _stored(glossary) == (0, 0)
        status, _ = await post(client, activities.personal_message(connector.url, "SLA"))
        assert status in (200, 201) and len(connector.sent()) == 1
    finally:
        await client.close()


@pytest.mark.parametrize(("env", "warned"), [({}, True), ({"JARGON_TEAMS_TENANTS": "t1,t2"}, False),
                                             ({"MicrosoftAppTenantId": activities.TENANT}, False)])
async def test_a_multi_tenant_app_without_an_allow_list_warns_at_start_up(
        glossary: Glossary, config: BotConfig, caplog: pytest.LogCaptureFixture, env: dict, warned: bool) -> None:
    caplog.set_level(logging.WARNING)
    client = await start(glossary, config, {**AUTH_ENV, **env})
    await client.close()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("ANY Microsoft 365 tenant" in w and "JARGON_TEAMS_TENANTS" in w for w in warnings) is warned


async def test_the_emulator_is_served_only_in_unauthenticated_dev_mode(server, connector: FakeConnector) -> None:
    activity = activities.personal_message(connector.url, "SLA", user={"id": "emulator-user", "name": "Me"})
    activity["channelId"] = "emulator"
    status, _ = await post(server, activity)
    assert status in (200, 201) and len(connector.sent()) == 1


async def test_naming_a_colleague_whose_look_up_failed_adds_nobody(server, glossary: Glossary) -> None:
    """Without their object id a Teams id would never match a role: say so instead of storing it."""
    ben = activities.BEN
    admin = {"id": "29:1admin", "name": "Ada Admin", "aadObjectId": ADMIN_AAD}
    async with FakeConnector() as connector:  # no members: the look-up answers 404
        message = activities.channel_message(connector.url, f"glossary curator add <at>{ben['name']}</at>",
                                             user=admin, others=[ben])
        await post(server, message)
        texts = [t for call in connector.sent() for t in card_texts(call.cards)]
    assert any("couldn't look up who" in t for t in texts), texts
    assert not [c for c in curators(glossary) if ben["id"] in c or ben["aadObjectId"] in c]
