"""`jargon serve` posts the digest itself on JARGON_DIGEST_SCHEDULE; subscribing over real Slack HTTP.

The server under test is the real `create_app` (tests/slack/conftest.py's SlackServer) with a
schedule tick of 50 ms instead of a minute, and the glossary clock moved by hand.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.config import BotConfig
from glossary.digest_delivery import Deliveries
from glossary.digest_week import Schedule, Week, zone
from glossary.service import Glossary
from tests.conftest import FixedClock
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.conftest import BOT_TOKEN, SECRET, SlackServer

SUNDAY_NOON = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)
MONDAY_0859 = datetime(2026, 11, 23, 8, 59, tzinfo=timezone.utc)
MONDAY_0900 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
TICK = "0.05"


def test_schedule_parsing_and_due_time_in_the_configured_zone() -> None:
    paris = zone("Europe/Paris")
    schedule = Schedule.parse("mon 09:00")
    assert schedule.describe() == "every Monday at 09:00"
    due = schedule.due_at(MONDAY_0900, paris)
    assert due is not None and due.astimezone(timezone.utc) == datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)
    assert schedule.is_due(MONDAY_0859, paris) and not schedule.is_due(MONDAY_0859, zone("UTC"))
    assert Schedule.parse("Friday 17:30").due_at(MONDAY_0900, zone("UTC")) == datetime(
        2026, 11, 27, 17, 30, tzinfo=zone("UTC"))
    assert Schedule.parse("off").due_at(MONDAY_0900, paris) is None
    for bad in ("monday", "mon 9", "someday 09:00", "mon 24:00"):
        with pytest.raises(ValueError, match="JARGON_DIGEST_SCHEDULE"):
            Schedule.parse(bad)
    with pytest.raises(ValueError, match="JARGON_TIMEZONE"):
        zone("Mars/Olympus")
    assert Week.last_complete(MONDAY_0900, paris).key == "2026-W47"


def digests(api: FakeSlackAPI) -> list[str]:
    """Channels that received a digest post (not the command's own answers)."""
    return [c.params["channel"] for c in api.calls_to("chat.postMessage") if "Jargon digest" in c.all_text()]


def wait_until(predicate, timeout: float = 5.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def start(db_path: Path, clock: FixedClock, api: FakeSlackAPI, config: BotConfig) -> SlackServer:
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": api.url,
           "JARGON_DIGEST_TICK_SECONDS": TICK}
    return SlackServer(Glossary(db_path, clock=clock), config, env).start()


def test_serve_posts_on_schedule_once_even_with_two_web_processes(db_path: Path, slack_api: FakeSlackAPI,
                                                                    config: BotConfig) -> None:
    clock = FixedClock(SUNDAY_NOON)
    servers = [start(db_path, clock, slack_api, config) for _ in range(2)]  # two "web processes", one database
    try:
        status, _ = servers[0].command("/glossary", "digest here", user="UADMIN", channel="CDIGEST",
                                       response_url=slack_api.response_url("sub"))
        assert status == 200
        wait_until(lambda: Deliveries(servers[1].glossary).get("slack", "CDIGEST") is not None)
        confirmed = "will get the weekly jargon digest every Monday at 09:00 (UTC)"
        wait_until(lambda: any(confirmed in c.all_text() and c.params.get("channel") == "CDIGEST"
                               for c in slack_api.calls_to("chat.postMessage")))  # said in the channel
        clock.now = MONDAY_0859
        time.sleep(0.3)  # several ticks: not due yet
        assert digests(slack_api) == []
        clock.now = MONDAY_0900
        wait_until(lambda: digests(slack_api) == ["CDIGEST"])
        time.sleep(0.4)  # many more ticks in both processes: still one post
        assert digests(slack_api) == ["CDIGEST"]
        [post] = [c for c in slack_api.calls_to("chat.postMessage") if "Jargon digest" in c.all_text()]
        assert "16–22 Nov 2026" in post.all_text()
        # unsubscribing over HTTP stops it
        servers[1].command("/glossary", "digest off", user="UADMIN", channel="CDIGEST",
                           response_url=slack_api.response_url("off"))
        wait_until(lambda: Deliveries(servers[0].glossary).all() == [])
    finally:
        for server in servers:
            server.stop()
            server.glossary.close()


def test_schedule_off_means_cron_only(db_path: Path, slack_api: FakeSlackAPI) -> None:
    clock = FixedClock(SUNDAY_NOON)
    server = start(db_path, clock, slack_api, BotConfig(admins=frozenset({"slack:UADMIN"}), digest_schedule="off"))
    try:
        Deliveries(server.glossary).subscribe("slack", "CDIGEST", by="slack:UADMIN")
        clock.now = MONDAY_0900
        time.sleep(0.3)
        assert digests(slack_api) == []
    finally:
        server.stop()
        server.glossary.close()
