"""Slack misbehaving (429, 500, hanging) and hostile Slack requests, over real HTTP into create_app.

The Web API is the fake from tests/fakes/slack_api.py; SLACK_API_TIMEOUT is 1 s so a hang costs
one second here instead of ten.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from slack_sdk.signature import SignatureVerifier

from bot.config import BotConfig
from glossary.service import Glossary
from tests.fakes import FakeSlackAPI
from tests.ops.conftest import http
from tests.slack.conftest import BOT_TOKEN, SECRET, SlackServer, event_payload, fixture

FAILED = "could not deliver"


@pytest.fixture
def slack_api() -> Iterator[FakeSlackAPI]:
    with FakeSlackAPI() as api:
        yield api


@pytest.fixture
def server(glossary: Glossary, config: BotConfig, slack_api: FakeSlackAPI) -> Iterator[SlackServer]:
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack_api.url,
           "SLACK_API_TIMEOUT": "1"}
    running = SlackServer(glossary, config, env).start()
    running.command("/whatis", "SLA", response_url=slack_api.response_url("warm"))  # bolt's auth.test, once
    slack_api.wait_for("response_url")
    slack_api.reset()
    with glossary.connections.write() as db:  # start from nothing stored
        db.execute("delete from queries")
        db.execute("delete from slack_events")
    yield running
    running.stop()


def _records(caplog: pytest.LogCaptureFixture, level: int = logging.WARNING) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= level]


def _wait_records(caplog: pytest.LogCaptureFixture, count: int, timeout: float = 8) -> list[logging.LogRecord]:
    deadline = time.monotonic() + timeout
    while len(_records(caplog)) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return _records(caplog)


def _timed(send) -> tuple[int, float]:  # noqa: ANN001
    started = time.monotonic()
    status, _ = send()
    return status, time.monotonic() - started


# -- faults -----------------------------------------------------------------------------------------
def test_429_then_500_then_success_is_delivered_and_the_retries_stay_quiet(
        server: SlackServer, slack_api: FakeSlackAPI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    slack_api.fail("chat.postMessage", 429, retry_after=1)
    slack_api.fail("chat.postMessage", 500)
    status, ack = _timed(lambda: server.event(event_payload("message_im.json", text="SLA")))
    assert status == 200 and ack < 0.5
    calls = slack_api.wait_for("chat.postMessage", 3, timeout=8, answered=True)
    assert [c.status for c in calls] == [429, 500, 200]
    assert calls[1].at - calls[0].at >= 1.0, "Retry-After was honoured"
    assert calls[2].text.startswith("SLA")
    time.sleep(0.2)
    assert len(slack_api.calls_to("chat.postMessage")) == 3
    assert _records(caplog) == []
    assert [r.getMessage() for r in _records(caplog, logging.INFO) if "retry" in r.getMessage().lower()] == []


def test_429_then_500_then_a_hang_gives_up_in_bounded_time_with_one_log_line(
        server: SlackServer, slack_api: FakeSlackAPI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    slack_api.fail("chat.postMessage", 429, retry_after=1)
    slack_api.fail("chat.postMessage", 500)
    slack_api.hang("chat.postMessage", 4)
    status, ack = _timed(lambda: server.event(event_payload("message_im.json", text="SLA")))
    assert status == 200 and ack < 0.5
    sent = time.monotonic()
    [failure] = _wait_records(caplog, 1)
    gave_up = time.monotonic() - sent
    assert FAILED in failure.getMessage() and "TimeoutError" in failure.getMessage()
    assert not failure.exc_info, "Slack being down is not a bug: no traceback"
    assert 2.0 < gave_up < 4.5, gave_up  # Retry-After 1 s + a short backoff + the 1 s timeout
    time.sleep(0.5)
    assert len(slack_api.calls_to("chat.postMessage")) == 3, "a timed-out post is not sent again (no double post)"
    assert len(_records(caplog)) == 1
    retries = [r for r in caplog.records if "retry" in r.getMessage().lower()]
    assert retries and all(r.levelno == logging.DEBUG for r in retries)


def test_a_retry_after_beyond_the_budget_is_not_waited_for(server: SlackServer, slack_api: FakeSlackAPI,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    slack_api.fail("chat.postMessage", 429, retry_after=600)
    started = time.monotonic()
    server.event(event_payload("message_im.json", text="SLA"))
    [failure] = _wait_records(caplog, 1)
    assert time.monotonic() - started < 1.5
    assert "ratelimited" in failure.getMessage()
    assert len(slack_api.calls_to("chat.postMessage")) == 1


def test_the_ack_stays_fast_while_the_api_hangs_and_each_failure_is_logged_once(
        server: SlackServer, slack_api: FakeSlackAPI, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    slack_api.hang("chat.postMessage", 2.5, times=10)
    slack_api.hang("response_url", 2.5, times=10)
    acks: list[float] = []
    for i in range(3):
        status, ack = _timed(lambda: server.event(event_payload("message_im.json", text="SLA")))
        acks.append(ack)
        assert status == 200
        status, ack = _timed(lambda i=i: server.command("/whatis", "KPI", response_url=slack_api.response_url(f"r{i}")))
        acks.append(ack)
        assert status == 200
    started = time.monotonic()
    assert http(server.url + "/healthz")[0] == 200 and time.monotonic() - started < 0.5
    assert max(acks) < 0.5, acks
    failures = _wait_records(caplog, 6)
    time.sleep(0.3)
    assert len(_records(caplog)) == 6, [r.getMessage() for r in _records(caplog)]
    assert all(FAILED in r.getMessage() for r in failures)


# -- hostile requests ---------------------------------------------------------------------------------
def _stored(glossary: Glossary) -> int:
    return glossary.connections.db.execute("select count(*) from queries").fetchone()[0]


def _form(text: str, response_url: str) -> str:
    from urllib.parse import urlencode

    return urlencode({"command": "/whatis", "text": text, "user_id": "W111", "channel_id": "C111",
                      "response_url": response_url, "trigger_id": "9001.111.xxx", "team_id": "T111"})


def test_an_exact_replay_of_a_signed_slash_command_is_refused(server: SlackServer, slack_api: FakeSlackAPI,
                                                              config: BotConfig) -> None:
    body = _form("SLA", slack_api.response_url("once"))
    ts = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
    form = "application/x-www-form-urlencoded"
    assert server.post(body, form, timestamp=ts, signature=signature)[0] == 200
    slack_api.wait_for("response_url")
    status, text = server.post(body, form, timestamp=ts, signature=signature)
    assert status == 401 and "replay" in text
    time.sleep(0.3)
    assert len(slack_api.calls_to("response_url")) == 1 and _stored(server.glossary) == 1

    again = SlackServer(server.glossary, config, server.env).start()  # another process on the same database
    try:
        assert again.post(body, form, timestamp=ts, signature=signature)[0] == 401
    finally:
        again.stop()
    assert len(slack_api.calls_to("response_url")) == 1


def test_concurrent_replays_run_once(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    body = _form("KPI", slack_api.response_url("race"))
    ts = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
    statuses: list[int] = []
    threads = [threading.Thread(target=lambda: statuses.append(
        server.post(body, "application/x-www-form-urlencoded", timestamp=ts, signature=signature)[0]))
        for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200] + [401] * 7
    slack_api.wait_for("response_url")
    time.sleep(0.3)
    assert len(slack_api.calls_to("response_url")) == 1


def test_a_replayed_shortcut_click_is_refused(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    payload = fixture("message_shortcut.json")
    payload["response_url"] = slack_api.response_url("shortcut")
    body = "payload=" + quote(json.dumps(payload))
    ts = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
    form = "application/x-www-form-urlencoded"
    assert server.post(body, form, timestamp=ts, signature=signature)[0] == 200
    slack_api.wait_for("response_url")
    assert server.post(body, form, timestamp=ts, signature=signature)[0] == 401
    time.sleep(0.3)
    assert len(slack_api.calls_to("response_url")) == 1


@pytest.mark.parametrize("how", ["stale replay", "forged", "signature of another body"])
def test_forged_or_stale_slash_commands_are_refused_and_change_nothing(server: SlackServer,
                                                                       slack_api: FakeSlackAPI, how: str) -> None:
    body = _form("SLA", slack_api.response_url("x"))
    old = str(int(time.time()) - 301)
    signer = SignatureVerifier(SECRET)
    signed = {
        "stale replay": (old, signer.generate_signature(timestamp=old, body=body)),  # valid HMAC, 5 min late
        "forged": (str(int(time.time())), SignatureVerifier("guessed").generate_signature(
            timestamp=str(int(time.time())), body=body)),
        "signature of another body": (str(int(time.time())), signer.generate_signature(
            timestamp=str(int(time.time())), body=_form("KPI", slack_api.response_url("x")))),
    }[how]
    status, text = server.post(body, "application/x-www-form-urlencoded", timestamp=signed[0], signature=signed[1])
    assert status == 401 and "Traceback" not in text
    time.sleep(0.2)
    assert slack_api.calls == [] and _stored(server.glossary) == 0
    events = server.glossary.connections.db.execute("select count(*) from slack_events").fetchone()[0]
    assert events == 0, "a refused request does not even fill the replay table"


@pytest.mark.parametrize("content_type", ["text/plain", "application/octet-stream", "application/json"])
def test_a_signed_click_replayed_under_another_content_type_is_refused(server: SlackServer, slack_api: FakeSlackAPI,
                                                                       content_type: str) -> None:
    """Issue 12, item 3: the signature covers the body, not the header; the body counts once, whatever its type."""
    term = server.glossary.term("sla")
    payload = fixture("block_actions.json")
    payload["actions"][0].update(action_id="jb.0", value=json.dumps(
        {"a": "feedback", "v": {"term_id": term.id, "helpful": True}}))
    payload["response_url"] = slack_api.response_url("vote")
    body = "payload=" + quote(json.dumps(payload))
    ts = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
    votes = "select count(*) from feedback"
    assert server.post(body, "application/x-www-form-urlencoded", timestamp=ts, signature=signature)[0] == 200
    slack_api.wait_for("response_url")
    status, text = server.post(body, content_type, timestamp=ts, signature=signature)
    assert status in (200, 400, 401, 415) and "Traceback" not in text
    time.sleep(0.3)
    assert server.glossary.connections.db.execute(votes).fetchone()[0] == 1, "the replay counted no second vote"
    assert len(slack_api.calls_to("response_url")) == 1


@pytest.mark.parametrize("content_type", ["text/plain", "application/octet-stream", "multipart/form-data"])
def test_a_signed_body_neither_form_nor_json_is_refused_and_stores_nothing(server: SlackServer,
                                                                           slack_api: FakeSlackAPI,
                                                                           content_type: str) -> None:
    body = _form("SLA", slack_api.response_url("x"))
    status, _ = server.post(body, content_type)
    assert status == 415
    time.sleep(0.2)
    assert slack_api.calls == [] and _stored(server.glossary) == 0
    assert server.glossary.connections.db.execute("select count(*) from slack_events").fetchone()[0] == 0
