"""adapters/teams/clients.py: Bot Connector clients built once and sent with aiohttp, same wire format."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, Attachment, HeroCard
from botframework.connector import models
from botframework.connector.auth import (
    AppCredentials,
    AuthenticationConstants,
    ClaimsIdentity,
    ServiceClientCredentialsFactory,
)
from msrest import Serializer

from adapters.teams import render as render_teams
from adapters.teams.clients import CachedAuthentication, LeanBodySerializer
from adapters.teams.cloud import create_adapter
from adapters.teams.connector_http import ConnectorHttp
from adapters.teams.proactive import send_proactive
from adapters.teams.settings import TeamsSettings
from bot.messages import Button, Reply
from tests.fakes.connector import FakeConnector

APP_ID = "11111111-2222-3333-4444-555555555555"
TOKEN = "test-token-7f3a9c"
MODELS = {k: v for k, v in models.__dict__.items() if isinstance(v, type)}


class FixedToken(AppCredentials):
    """Credentials whose identity provider is this test: no MSAL, no network. Notes the calling thread."""

    threads: list[str] = []

    def get_access_token(self, force_refresh: bool = False) -> str:
        FixedToken.threads.append(threading.current_thread().name)
        return TOKEN


class FixedTokenFactory(ServiceClientCredentialsFactory):
    async def is_valid_app_id(self, app_id: str) -> bool:
        return app_id == APP_ID

    async def is_authentication_disabled(self) -> bool:
        return False

    async def create_credentials(self, app_id: str, oauth_scope: str, login_endpoint: str,
                                 validate_authority: bool) -> AppCredentials:
        return FixedToken(app_id=app_id, oauth_scope=oauth_scope)


def _card_reply() -> Reply:
    return Reply(text="**SLA** means Service Level Agreement.", title="SLA", body=["An uptime promise.", "x < y"],
                 actions=[Button("Helpful", "feedback", {"term_id": "sla", "helpful": True})])


def _activity(reply: Reply) -> Activity:
    attachment = render_teams.attachment(reply)
    return Activity(type="message", summary=render_teams.summary(reply),
                    attachments=[Attachment(content_type=attachment["contentType"], content=attachment["content"])])


async def _lifespan(http: ConnectorHttp) -> Any:
    lifespan = http.lifespan()
    await lifespan.__anext__()
    return lifespan


async def test_a_bearer_token_is_sent_and_fetched_off_the_event_loop() -> None:
    http = ConnectorHttp()
    lifespan = await _lifespan(http)
    settings = TeamsSettings(APP_ID, "not-used-by-the-fixed-token")
    auth = CachedAuthentication(ConfigurationBotFrameworkAuthentication(
        settings, credentials_factory=FixedTokenFactory()), http)
    claims = ClaimsIdentity({AuthenticationConstants.AUDIENCE_CLAIM: APP_ID,
                             AuthenticationConstants.APP_ID_CLAIM: APP_ID}, True)
    try:
        async with FakeConnector() as connector:
            factory = auth.create_connector_factory(claims)
            client = await factory.create(connector.url, AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE)
            again = await auth.create_connector_factory(claims).create(
                connector.url, AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE)
            sent = await client.conversations.send_to_conversation("a:chat-1", _activity(_card_reply()))
    finally:
        await lifespan.aclose()
    assert again is client  # built once per (app id, serviceUrl, audience)
    [call] = connector.sent()
    assert call.headers["Authorization"] == f"Bearer {TOKEN}"
    assert sent.id == "activity-1"
    assert "Service Level Agreement" in str(call.card)
    assert FixedToken.threads and threading.main_thread().name not in FixedToken.threads


async def test_replies_do_not_wait_for_a_worker_thread() -> None:
    """Replies no longer queue behind database work: they need no thread from the default pool."""
    http = ConnectorHttp()
    lifespan = await _lifespan(http)
    adapter = create_adapter(TeamsSettings(dev=True), http)
    loop = asyncio.get_running_loop()
    busy = ThreadPoolExecutor(1)
    release = threading.Event()
    loop.set_default_executor(busy)
    busy.submit(release.wait, 10)  # the only worker is taken, as by a long database job
    try:
        async with FakeConnector() as connector:
            reference = {"serviceUrl": connector.url, "channelId": "msteams", "bot": {"id": "28:bot"},
                         "conversation": {"id": "a:chat-2", "conversationType": "personal"}}
            message_id = await asyncio.wait_for(
                send_proactive(reference, _card_reply(), app_id="", adapter=adapter), 5)
    finally:
        release.set()
        await lifespan.aclose()
    assert message_id == "activity-1"
    assert [c.conversation for c in connector.sent()] == ["a:chat-2"]


def test_the_lean_serializer_sends_exactly_what_msrest_sends() -> None:
    activity = _activity(_card_reply())
    activity.conversation = models.ConversationAccount(id="a:chat", tenant_id="t1")
    activity.recipient, activity.from_property = models.ChannelAccount(id="29:u"), models.ChannelAccount(id="28:b")
    expected = Serializer(MODELS).body(activity, "Activity")
    assert LeanBodySerializer(MODELS).body(activity, "Activity") == expected
    assert activity.attachments[0].content["type"] == "AdaptiveCard"  # the activity itself is left as it was


def test_content_that_is_a_model_takes_msrest_path() -> None:
    card = HeroCard(title="SLA", text="Service Level Agreement")
    activity = Activity(type="message", attachments=[
        Attachment(content_type="application/vnd.microsoft.card.hero", content=card)])
    assert LeanBodySerializer(MODELS).body(activity, "Activity") == Serializer(MODELS).body(activity, "Activity")
