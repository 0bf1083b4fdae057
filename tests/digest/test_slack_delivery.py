"""`jargon digest --send` to Slack channels through the real slack_sdk, against the fake Web API."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from adapters.digest_send import SendReport, run_cli, send_digest
from bot.config import BotConfig
from bot.core import Bot
from glossary.digest_delivery import MAX_FAILURES, Deliveries
from glossary.service import Glossary
from tests.conftest import FixedClock, say
from tests.digest.conftest import MONDAY, at
from tests.fakes.connector import closed_port_url
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.conftest import SlackServer, button_payload

CHANNELS = ("C1", "C2", "C3")


@pytest.fixture
def subscribed(week_glossary: tuple[Glossary, FixedClock], week_bot: Bot) -> tuple[Glossary, FixedClock]:
    """Three Slack channels subscribed by an admin during the reported week, through the chat command."""
    g, clock = week_glossary
    clock.now = at(17)
    for channel in CHANNELS:
        [reply] = say(week_bot, "glossary digest here", user="UADMIN", platform="slack", channel=channel,
                      kind="channel")
        assert "weekly jargon digest every Monday at 09:00 (UTC)" in reply.text
    clock.now = MONDAY + timedelta(hours=1)
    return g, clock


def send(g: Glossary, env: dict[str, str], **kw: object) -> SendReport:
    return asyncio.run(send_digest(g, BotConfig(timezone="UTC"), env, **kw))  # type: ignore[arg-type]


def channel_posts(slack_api: FakeSlackAPI) -> list:
    """chat.postMessage calls to channels (owners' review reminders go to user ids, U…)."""
    return [c for c in slack_api.calls_to("chat.postMessage") if c.params["channel"].startswith("C")]


def posts_by_channel(slack_api: FakeSlackAPI) -> dict[str, int]:
    """chat.postMessage calls per channel, failed attempts included."""
    counts = {c: 0 for c in CHANNELS}
    for call in channel_posts(slack_api):
        counts[call.params["channel"]] += 1
    return counts


def test_posts_block_kit_once_per_channel_and_never_twice(subscribed, slack_env, slack_api) -> None:  # noqa: ANN001
    g, _ = subscribed
    report = send(g, slack_env)
    assert report.sent == ["slack:C1", "slack:C2", "slack:C3"] and report.failed == []
    posts = channel_posts(slack_api)
    assert sorted(p.params["channel"] for p in posts) == list(CHANNELS)
    post = posts[0]
    assert post.headers["Authorization"] == f"Bearer {slack_env['SLACK_BOT_TOKEN']}"
    assert post.blocks[0]["type"] == "header" and post.blocks[0]["text"]["text"] == "Jargon digest · 16–22 Nov 2026"
    seen = post.all_text()
    assert "9 questions (+5)" in seen and "44% answered (−31 pts)" in seen and "“NPS”" in seen
    assert "Jargon digest · 16–22 Nov 2026" in post.text  # the notification / screen-reader fallback
    buttons = [e for b in post.blocks if b["type"] == "actions" for e in b["elements"]]
    assert [b["text"]["text"] for b in buttons] == ["Define it", "Define it"]
    # a second run (cron after the built-in schedule, or another web process) posts nothing
    again = send(g, slack_env)
    assert again.sent == [] and again.skipped == ["slack:C1", "slack:C2", "slack:C3"]
    assert posts_by_channel(slack_api) == {"C1": 1, "C2": 1, "C3": 1}
    # --force overrides
    assert send(g, slack_env, force=True).sent == ["slack:C1", "slack:C2", "slack:C3"]
    assert posts_by_channel(slack_api) == {"C1": 2, "C2": 2, "C3": 2}


def test_a_failed_channel_does_not_stop_the_others_and_is_retried_later(subscribed, slack_env, slack_api) -> None:  # noqa: ANN001
    g, clock = subscribed
    slack_api.error("chat.postMessage", "fatal_error")  # the first post (C1) fails
    report = send(g, slack_env)
    assert report.failed == ["slack:C1"] and report.sent == ["slack:C2", "slack:C3"]
    assert send(g, slack_env).sent == []  # too soon to retry: nothing is posted twice
    clock.now += timedelta(minutes=11)
    report = send(g, slack_env)
    assert report.sent == ["slack:C1"] and report.skipped == ["slack:C2", "slack:C3"]
    assert posts_by_channel(slack_api) == {"C1": 2, "C2": 1, "C3": 1}  # C1: the failed attempt, then the post
    sub = Deliveries(g).get("slack", "C1")
    assert sub is not None and sub.active and sub.failures == 0 and sub.last_error is None


def test_retries_back_off(subscribed, slack_env, slack_api) -> None:  # noqa: ANN001
    g, clock = subscribed
    slack_api.error("chat.postMessage", "fatal_error")
    send(g, slack_env)  # C1 fails (attempt 1); C2 and C3 are sent
    clock.now += timedelta(minutes=11)
    slack_api.error("chat.postMessage", "fatal_error")
    assert send(g, slack_env).failed == ["slack:C1"]  # attempt 2 fails too
    clock.now += timedelta(minutes=11)
    assert send(g, slack_env).skipped == ["slack:C1", "slack:C2", "slack:C3"]  # now it waits 20 minutes
    clock.now += timedelta(minutes=10)
    assert send(g, slack_env).sent == ["slack:C1"]


def test_rate_limit_is_retried_after_retry_after(subscribed, slack_env, slack_api) -> None:  # noqa: ANN001
    g, _ = subscribed
    slack_api.fail("chat.postMessage", 429, retry_after=0)
    report = send(g, slack_env)
    assert report.sent == ["slack:C1", "slack:C2", "slack:C3"]
    statuses = [c.status for c in channel_posts(slack_api)]
    assert statuses == [429, 200, 200, 200]


def test_a_channel_the_bot_left_goes_inactive_and_admins_see_it(subscribed, slack_env, slack_api, week_bot) -> None:  # noqa: ANN001
    g, clock = subscribed
    for attempt in range(MAX_FAILURES):
        slack_api.error("chat.postMessage", "not_in_channel")
        report = send(g, slack_env)
        assert report.failed == ["slack:C1"]
        assert report.deactivated == (["slack:C1"] if attempt == MAX_FAILURES - 1 else [])
        clock.now += timedelta(hours=3)  # past every retry delay
    assert posts_by_channel(slack_api) == {"C1": MAX_FAILURES, "C2": 1, "C3": 1}
    assert send(g, slack_env).sent == []  # inactive: not tried again
    [status] = say(week_bot, "glossary digest status", user="UADMIN", platform="slack", channel="C2")
    assert status.private
    assert "1 inactive" in status.text
    assert "slack C1: INACTIVE after 3 failed sends, last sent never, last error: Slack said not_in_channel" \
        in status.text
    assert "slack C2: active, last sent 2026-W47" in status.text
    # once the bot is back, re-subscribing reactivates the channel
    say(week_bot, "glossary digest here", user="UADMIN", platform="slack", channel="C1", kind="channel")
    clock.now += timedelta(minutes=11)
    assert send(g, slack_env, force=True).sent == ["slack:C1", "slack:C2", "slack:C3"]


def test_slack_unreachable_is_logged_and_retried(subscribed, caplog) -> None:  # noqa: ANN001
    g, _ = subscribed
    for channel in ("C2", "C3"):  # one channel is enough; each waits out the connection retries
        Deliveries(g).unsubscribe("slack", channel)
    env = {"SLACK_BOT_TOKEN": "xoxb-secret-value", "SLACK_API_URL": closed_port_url()}
    report = send(g, env)
    assert report.failed == ["slack:C1"] and report.deactivated == []
    assert "cannot reach Slack" in caplog.text and "xoxb-secret-value" not in caplog.text
    assert all(s.active for s in Deliveries(g).all())


def test_no_slack_token_leaves_the_week_unclaimed(subscribed, slack_env, slack_api) -> None:  # noqa: ANN001
    g, _ = subscribed
    report = send(g, {})
    assert report.not_configured == ["slack:C1", "slack:C2", "slack:C3"] and report.sent == []
    assert send(g, slack_env).sent == ["slack:C1", "slack:C2", "slack:C3"]  # goes out once configured


def test_cli_send_prints_a_summary_and_exit_code(subscribed, slack_env, slack_api, capsys) -> None:  # noqa: ANN001
    g, _ = subscribed
    slack_api.error("chat.postMessage", "fatal_error")
    assert run_cli(g, send=True, env=slack_env) == 1
    assert "Digest 2026-W47: 2 sent, 0 already done, 1 failed (retried later), 1 owners reminded" in \
        capsys.readouterr().out
    assert run_cli(g, send=False) == 0
    out = capsys.readouterr().out
    assert out.startswith("== Jargon digest · 16–22 Nov 2026") and "[1]" not in out
    assert run_cli(g, send=False, week_key="2026-W99") == 2


def test_define_it_on_the_posted_digest_opens_the_add_modal(subscribed, slack_env, slack_api,  # noqa: ANN001
                                                             utc_config) -> None:  # noqa: ANN001
    """The curator's click on the real Block Kit button, over signed HTTP, opens a modal pre-filled."""
    g, _ = subscribed
    send(g, slack_env)
    post = slack_api.calls_to("chat.postMessage")[0]
    define = [e for b in post.blocks if b["type"] == "actions" for e in b["elements"]][0]  # the first: NPS
    assert define["text"]["text"] == "Define it"
    server = SlackServer(g, utc_config, slack_env).start()
    try:
        payload = button_payload(slack_api, define, ephemeral=False, message={"ts": "1.2", "blocks": post.blocks},
                                 user="UADMIN")
        status, _ = server.interact(payload)
        assert status == 200
        [opened] = slack_api.wait_for("views.open")
    finally:
        server.stop()
    assert opened.params["view"]["title"]["text"] == "Add NPS"
