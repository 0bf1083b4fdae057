"""Privacy: JARGON_LOG_QUESTIONS=0 keeps no question text on any platform path, and
JARGON_LOG_RETENTION_DAYS is applied by `jargon serve` itself (daily) and by `jargon purge`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from adapters.cli.main import main
from adapters.server.app import create_app
from bot.config import BotConfig
from glossary.service import Glossary
from tests.conftest import FixedClock
from tests.fakes import FakeSlackAPI
from tests.fakes.connector import FakeConnector
from tests.ops.conftest import http
from tests.slack.conftest import BOT_TOKEN, SECRET, SlackServer, button_payload, buttons, event_payload, fixture
from tests.teams import activities


@pytest.fixture
def platforms() -> Iterator[tuple[FakeSlackAPI, FakeConnector]]:
    with FakeSlackAPI() as slack_api, FakeConnector.in_thread() as connector:
        yield slack_api, connector


def _every_platform_path(server: SlackServer, slack_api: FakeSlackAPI, connector: FakeConnector) -> None:
    """Ask "SLA" every way a user can, rate the answer, and wait until every reply went out."""
    server.event(event_payload("message_im.json", text="what is SLA?"))
    server.event(event_payload("app_mention.json", text="<@UBOT> what is SLA?"))
    server.command("/whatis", "SLA", response_url=slack_api.response_url("whatis"))
    server.command("/glossary", "SLA", response_url=slack_api.response_url("glossary"))
    shortcut = fixture("message_shortcut.json")
    shortcut["response_url"] = slack_api.response_url("shortcut")
    server.interact(shortcut)
    answer = next(c for c in slack_api.wait_for("response_url", 3) if c.path.endswith("/whatis"))  # any order
    server.interact(button_payload(slack_api, buttons(answer.blocks)["👍 Helpful"]))
    deadline = time.monotonic() + 5  # six answers: DM, mention, /whatis, /glossary, shortcut, thanks
    while len([c for c in slack_api.calls if c.method in ("chat.postMessage", "response_url")]) < 6:
        assert time.monotonic() < deadline, [c.method for c in slack_api.calls]
        time.sleep(0.02)

    def teams(activity: dict) -> None:
        status = http(server.url + "/api/messages", json.dumps(activity).encode(),
                      {"Content-Type": "application/json"})[0]
        assert status in (200, 201)

    teams(activities.personal_message(connector.url, "what is SLA?"))
    teams(activities.channel_message(connector.url, "what is SLA?"))
    teams(activities.search_invoke(connector.url, "SLA"))
    teams(activities.explain_invoke(connector.url, "<p>The SLA for the MVP</p>"))
    assert len(connector.sent()) >= 2


@pytest.mark.parametrize("log_questions", [True, False])
def test_the_question_log_switch_holds_on_every_platform(glossary: Glossary, platforms, log_questions: bool) -> None:  # noqa: ANN001
    slack_api, connector = platforms
    assert glossary.activity.enabled, "opened with logging on: the server's setting must win"
    config = BotConfig(log_questions=log_questions)
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack_api.url,
           "JARGON_TEAMS_DEV": "1"}
    server = SlackServer(glossary, config, env).start()
    try:
        _every_platform_path(server, slack_api, connector)
    finally:
        server.stop()
    db = glossary.connections.db
    questions = [r["text"] for r in db.query("select text from queries")]
    feedback = [(r["term_id"], r["query"]) for r in db.query("select term_id, query from feedback")]
    if log_questions:  # the control: the same paths do log when allowed
        assert len(questions) >= 4 and feedback == [("sla", "SLA")]
    else:
        assert questions == [] and feedback == [("sla", "")], "a rating is kept, the question's text is not"


def test_the_cli_honours_the_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setenv("JARGON_LOG_QUESTIONS", "0")
    db = tmp_path / "cli.db"
    assert main(["--db", str(db), "ask", "SLA"]) == 0
    assert "service level agreement" in capsys.readouterr().out
    assert Glossary(db).connections.db.execute("select count(*) from queries").fetchone()[0] == 0


def _ask_at(glossary: Glossary, clock: FixedClock, days_ago: int, text: str) -> None:
    now = clock.now
    clock.now = now - timedelta(days=days_ago)
    glossary.ask(text, user="slack:U1", platform="slack")
    glossary.activity.record_feedback("sla", True, user=f"slack:U{days_ago}", platform="slack", query=text)
    clock.now = now


def _logged(glossary: Glossary) -> list[str]:
    return [r["text"] for r in glossary.connections.db.query("select text from queries order by id")]


async def _until(predicate, timeout: float = 3.0) -> bool:  # noqa: ANN001
    for _ in range(int(timeout / 0.05)):
        if predicate():
            return True
        await asyncio.sleep(0.05)
    return predicate()


async def test_serve_applies_the_retention_at_start_and_then_every_day(glossary: Glossary, clock: FixedClock,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    _ask_at(glossary, clock, 45, "what is EBITDA")
    _ask_at(glossary, clock, 20, "what is churn")
    _ask_at(glossary, clock, 0, "what is SLA")
    app = create_app(glossary, BotConfig(log_retention_days=30), env={"JARGON_RETENTION_TICK_SECONDS": "0.2"})
    client = TestClient(TestServer(app))
    await client.start_server()
    try:
        assert await _until(lambda: _logged(glossary) == ["what is churn", "what is SLA"]), _logged(glossary)
        assert await _until(lambda: "deleted 1 questions older than 30 days" in caplog.text)
        clock.now += timedelta(days=15)  # a day later, for the server: "churn" is now 35 days old
        assert await _until(lambda: _logged(glossary) == ["what is SLA"]), _logged(glossary)
        queries = [r["query"] for r in glossary.connections.db.query("select query from feedback order by id")]
        assert queries == ["", "", "what is SLA"], "ratings stay, old question texts go"
    finally:
        await client.close()


async def test_without_a_retention_nothing_is_purged(glossary: Glossary, clock: FixedClock) -> None:
    _ask_at(glossary, clock, 400, "what is EBITDA")
    client = TestClient(TestServer(create_app(glossary, BotConfig(), env={"JARGON_RETENTION_TICK_SECONDS": "0.05"})))
    await client.start_server()
    try:
        await asyncio.sleep(0.3)
        assert _logged(glossary) == ["what is EBITDA"]
    finally:
        await client.close()


def test_jargon_purge_uses_the_configured_retention(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys) -> None:  # noqa: ANN001
    db = tmp_path / "purge.db"
    clock = FixedClock(datetime.now(timezone.utc))  # `jargon purge` runs on the real clock
    g = Glossary(db, clock=clock)
    _ask_at(g, clock, 45, "what is EBITDA")
    _ask_at(g, clock, 0, "what is SLA")
    g.close()
    monkeypatch.setenv("JARGON_LOG_RETENTION_DAYS", "30")
    assert main(["--db", str(db), "purge"]) == 0
    assert "Deleted 1 logged questions older than 30 days" in capsys.readouterr().out
    assert _logged(Glossary(db)) == ["what is SLA"]
