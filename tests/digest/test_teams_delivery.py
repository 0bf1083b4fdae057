"""The digest as a proactive Adaptive Card in a Teams channel, against the fake Bot Connector.

Also: one platform's outage does not stop the other (Slack still gets its post).
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from adapters.digest_send import send_digest
from bot.config import BotConfig
from bot.core import Bot
from glossary.clock import iso
from glossary.digest_delivery import MAX_FAILURES, Deliveries
from glossary.service import Glossary
from tests.conftest import FixedClock, say
from tests.digest.conftest import MONDAY, at
from tests.fakes.connector import FakeConnector, card_actions, card_texts, closed_port_url
from tests.fakes.slack_api import FakeSlackAPI

CHANNEL = "19:digest@thread.tacv2"
CONFIG = BotConfig(timezone="UTC")


@pytest.fixture(autouse=True)
def _no_teams_app_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MicrosoftAppId", raising=False)
    monkeypatch.delenv("MicrosoftAppPassword", raising=False)


def subscribe_teams(g: Glossary, clock: FixedClock, bot: Bot, service_url: str) -> None:
    """The Teams adapter saved the channel's reference when it saw it; an admin then subscribes it."""
    clock.now = at(17)
    reference = {"serviceUrl": service_url, "channelId": "msteams", "bot": {"id": "28:jargon", "name": "Jargon Bot"},
                 "conversation": {"id": CHANNEL, "conversationType": "channel", "tenantId": "tenant-1"}}
    with g.connections.write() as db:
        db["conversations"].insert({"key": f"teams:{CHANNEL}", "platform": "teams", "channel": CHANNEL,
                                    "kind": "channel", "reference": json.dumps(reference), "seen_at": iso(at(17))},
                                   replace=True)
    [reply] = say(bot, "glossary digest here", user="aad-admin", platform="teams", channel=CHANNEL, kind="channel")
    assert "will get the weekly jargon digest" in reply.text
    clock.now = MONDAY + timedelta(hours=1)


async def test_digest_is_a_new_channel_post_with_an_adaptive_card(week_glossary, week_bot) -> None:  # noqa: ANN001
    g, clock = week_glossary
    async with FakeConnector() as connector:
        subscribe_teams(g, clock, week_bot, connector.url)
        report = await send_digest(g, CONFIG, {"JARGON_TEAMS_DEV": "1"})
        assert report.sent == [f"teams:{CHANNEL}"], report
        [call] = connector.sent()
        again = await send_digest(g, CONFIG, {"JARGON_TEAMS_DEV": "1"})
        assert again.sent == [] and len(connector.sent()) == 1
    assert call.kind == "create"  # a new thread in the channel, not a reply to an old message
    assert call.body["channelData"]["channel"]["id"] == CHANNEL
    texts = card_texts(call.card)
    assert "Jargon digest · 16–22 Nov 2026" in texts
    shown = "\n".join(texts)
    assert "9 questions (+5)" in shown and "44% answered (−31 pts)" in shown and "“NPS”" in shown
    assert [a["title"] for a in card_actions(call.card)] == ["Define it", "Define it"]


async def test_removed_bot_goes_inactive_after_repeated_403(week_glossary, week_bot) -> None:  # noqa: ANN001
    g, clock = week_glossary
    async with FakeConnector(fail_status=403) as connector:
        subscribe_teams(g, clock, week_bot, connector.url)
        for _ in range(MAX_FAILURES):
            report = await send_digest(g, CONFIG, {"JARGON_TEAMS_DEV": "1"})
            assert report.failed == [f"teams:{CHANNEL}"]
            clock.now += timedelta(hours=3)  # past every retry delay
        assert report.deactivated == [f"teams:{CHANNEL}"]
        sub = Deliveries(g).get("teams", CHANNEL)
        assert sub is not None and not sub.active and "403" in (sub.last_error or "")


async def test_connector_down_does_not_stop_slack(week_glossary, week_bot, caplog) -> None:  # noqa: ANN001
    g, clock = week_glossary
    subscribe_teams(g, clock, week_bot, closed_port_url())
    clock.now = at(17)
    say(week_bot, "glossary digest here", user="UADMIN", platform="slack", channel="C1", kind="channel")
    clock.now = MONDAY + timedelta(hours=1)
    with FakeSlackAPI() as slack:
        env = {"JARGON_TEAMS_DEV": "1", "SLACK_BOT_TOKEN": "xoxb-t", "SLACK_API_URL": slack.url}
        report = await send_digest(g, CONFIG, env)
        assert report.sent == ["slack:C1"] and report.failed == [f"teams:{CHANNEL}"]
        assert [c.params["channel"] for c in slack.calls_to("chat.postMessage")] == ["C1", "UOWN"]  # + reminder
    assert "not delivered" in caplog.text
    sub = Deliveries(g).get("teams", CHANNEL)
    assert sub is not None and sub.active  # a transient outage never deactivates a channel
    # the connector comes back: the retry delivers it, Slack is not posted twice
    async with FakeConnector() as connector:
        with g.connections.write() as db:
            db.execute("update subscriptions set reference = json_set(reference, '$.serviceUrl', ?)",
                       [connector.url])
        clock.now += timedelta(minutes=11)
        report = await send_digest(g, CONFIG, env | {"SLACK_API_URL": closed_port_url()})
        assert report.sent == [f"teams:{CHANNEL}"] and report.skipped == ["slack:C1"]
        assert len(connector.sent()) == 1


async def test_subscribe_over_teams_http_then_the_digest_arrives(week_glossary) -> None:  # noqa: ANN001
    """A real channel @mention through /api/messages saves the reference; the digest uses it."""
    from tests.teams.activities import ANA, CHANNEL_ID, channel_message
    from tests.teams.conftest import DEV_ENV, post, start

    g, clock = week_glossary
    config = BotConfig(admins=frozenset({f"teams:{ANA['aadObjectId']}"}), timezone="UTC", digest_schedule="off")
    clock.now = at(22)
    async with FakeConnector() as connector:
        client = await start(g, config, DEV_ENV)
        try:
            status, _ = await post(client, channel_message(connector.url, "glossary digest here"))
            assert status in (200, 201)
            await connector.wait_for(lambda calls: any("will get the weekly jargon digest" in " ".join(
                card_texts(c.activity)) + str(c.activity.get("text")) for c in calls))
            sub = Deliveries(g).get("teams", CHANNEL_ID)
            assert sub is not None and sub.reference["serviceUrl"] == connector.url
            clock.now = MONDAY + timedelta(hours=1)
            report = await send_digest(g, config, DEV_ENV)
            assert report.sent == [f"teams:{CHANNEL_ID}"]
            digest = [c for c in connector.sent() if "Jargon digest · 16–22 Nov 2026" in card_texts(c.activity)]
            assert len(digest) == 1 and digest[0].kind == "create"
            status, _ = await post(client, channel_message(connector.url, "glossary digest off"))
            assert status in (200, 201) and Deliveries(g).all() == []
        finally:
            await client.close()


async def test_a_tenant_removed_from_the_allow_list_gets_no_digest(week_glossary, week_bot) -> None:  # noqa: ANN001
    g, clock = week_glossary
    async with FakeConnector() as connector:
        subscribe_teams(g, clock, week_bot, connector.url)  # tenant-1 subscribed while it was allowed
        report = await send_digest(g, CONFIG, {"JARGON_TEAMS_DEV": "1", "JARGON_TEAMS_TENANTS": "tenant-2"})
        assert report.failed == [f"teams:{CHANNEL}"] and connector.sent() == []
        sub = Deliveries(g).get("teams", CHANNEL)
        assert sub is not None and sub.active and "no longer allowed" in (sub.last_error or "")
        clock.now += timedelta(hours=3)  # the admin allows the tenant again: the digest goes out
        again = await send_digest(g, CONFIG, {"JARGON_TEAMS_DEV": "1", "JARGON_TEAMS_TENANTS": "tenant-1"})
        assert again.sent == [f"teams:{CHANNEL}"] and len(connector.sent()) == 1


async def test_a_person_in_a_tenant_no_longer_allowed_gets_no_private_notice(week_glossary) -> None:  # noqa: ANN001
    from adapters.teams.proactive import send_to_user
    from bot.messages import Reply

    g, clock = week_glossary
    async with FakeConnector() as connector:
        reference = {"serviceUrl": connector.url, "channelId": "msteams", "bot": {"id": "28:jargon"},
                     "user": {"id": "29:ann", "aadObjectId": "aad-ann"},
                     "conversation": {"id": "a:dm-ann", "conversationType": "personal", "tenantId": "tenant-1"}}
        with g.connections.write() as db:
            db["conversations"].insert({"key": "teams:a:dm-ann", "platform": "teams", "channel": "a:dm-ann",
                                        "kind": "dm", "reference": json.dumps(reference), "seen_at": iso(at(17))},
                                       replace=True)
        notice = Reply(kind="notice", title="Terms to review", text="3 of your terms are due for review.")
        assert await send_to_user(g, "aad-ann", notice, app_id="", tenants=frozenset({"tenant-2"})) is False
        assert connector.sent() == []
        assert await send_to_user(g, "aad-ann", notice, app_id="", tenants=frozenset({"tenant-1"})) is True
        assert len(connector.sent()) == 1
