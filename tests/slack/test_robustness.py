"""Bad requests, retries, rate limits, slow Slack, secrets and huge input, over real HTTP."""

from __future__ import annotations

import json
import logging
import threading
import time

import pytest

from tests.fakes import FakeSlackAPI
from tests.slack.conftest import BOT_TOKEN, SECRET, SlackServer, event_payload


def _stored(server: SlackServer) -> tuple[int, int]:
    db = server.glossary.connections.db
    return (db.execute("select count(*) from queries").fetchone()[0],
            db.execute("select count(*) from slack_events").fetchone()[0])


def _claimed_event_ids(server: SlackServer) -> int:
    """Event-id claims only: each signed request is also claimed ('sig:...'), one per distinct signature."""
    db = server.glossary.connections.db
    return db.execute("select count(*) from slack_events where event_id not like 'sig:%'").fetchone()[0]


@pytest.mark.parametrize("how", ["forged", "stale", "future", "garbage timestamp", "missing headers"])
def test_unsigned_or_stale_requests_get_401_and_change_nothing(server: SlackServer, slack_api: FakeSlackAPI,
                                                               how: str) -> None:
    body = json.dumps(event_payload("message_im.json", text="SLA"))
    kwargs: dict = {
        "forged": {"secret": "not-the-secret"},
        "stale": {"timestamp": str(int(time.time()) - 6 * 60)},
        "future": {"timestamp": str(int(time.time()) + 6 * 60)},
        "garbage timestamp": {"timestamp": "yesterday"},
        "missing headers": {"signature": "", "timestamp": " "},
    }[how]
    status, text = server.post(body, "application/json", **kwargs)
    assert status == 401 and "Traceback" not in text
    time.sleep(0.2)
    assert _stored(server) == (0, 0)
    assert slack_api.calls == []


def test_a_replayed_signature_on_another_body_is_refused(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    from slack_sdk.signature import SignatureVerifier

    ts = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body="{}")
    status, _ = server.post(json.dumps(event_payload("message_im.json")), "application/json", timestamp=ts,
                            signature=signature)
    assert status == 401 and _stored(server) == (0, 0)


@pytest.mark.parametrize("body,content_type", [
    ("{not json", "application/json"),
    ("[1, 2, 3]", "application/json"),
    ("payload=%7Bbroken", "application/x-www-form-urlencoded"),
    ("payload=%5B%5D", "application/x-www-form-urlencoded"),
    ('{"type": "event_callback", "event": "not an object", "event_id": "Ev1"}', "application/json"),
    ('{"type": "block_actions", "actions": "nope"}', "application/json"),
    ('{"type": "totally_unknown"}', "application/json"),
])
def test_malformed_or_unknown_payloads_get_a_clean_4xx_or_an_ignore(server: SlackServer, slack_api: FakeSlackAPI,
                                                                     body: str, content_type: str) -> None:
    status, text = server.post(body, content_type)
    assert status in (200, 400, 404) and "Traceback" not in text
    server.event(event_payload("message_im.json", text="SLA"))  # the server still answers afterwards
    assert slack_api.wait_for("chat.postMessage")


def test_unknown_event_types_are_acknowledged_and_ignored(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    payload = event_payload("app_home_opened.json")
    payload["event"] = {"type": "reaction_added", "user": "W111", "reaction": "thumbsup"}
    assert server.event(payload)[0] == 200
    time.sleep(0.2)
    assert [c.method for c in slack_api.calls if c.method != "auth.test"] == []


def test_url_verification_challenge(server: SlackServer) -> None:
    status, body = server.event({"token": "x", "challenge": "3eZbrw1aB", "type": "url_verification"})
    assert status == 200 and "3eZbrw1aB" in body


def test_retried_event_is_answered_once(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    payload = event_payload("app_mention.json", text="<@UBOT> SLA?")
    assert server.event(payload)[0] == 200
    for n in (1, 2, 3):
        status, _ = server.event(payload, headers={"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": "http_timeout"})
        assert status == 200
    slack_api.wait_for("chat.postMessage")
    time.sleep(0.3)
    assert len(slack_api.calls_to("chat.postMessage")) == 1
    # one question stored and one event id claimed; Slack signs each retry anew, with its own timestamp
    assert _stored(server)[0] == 1 and _claimed_event_ids(server) == 1


def test_concurrent_duplicate_deliveries_are_answered_once(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    slack_api.hang("chat.postMessage", 0.5)  # the first delivery is still being handled when retries land
    payload = event_payload("message_im.json", text="SLA")
    statuses: list[int] = []
    threads = [threading.Thread(target=lambda: statuses.append(server.event(payload)[0])) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [200] * 6
    slack_api.wait_for("chat.postMessage")
    time.sleep(0.8)
    assert len(slack_api.calls_to("chat.postMessage")) == 1


def test_dedupe_survives_a_restart(glossary, config, slack_env, slack_api: FakeSlackAPI) -> None:  # noqa: ANN001
    payload = event_payload("message_im.json", text="SLA")
    first = SlackServer(glossary, config, slack_env).start()
    try:
        first.event(payload)
        slack_api.wait_for("chat.postMessage")
    finally:
        first.stop()
    second = SlackServer(glossary, config, slack_env).start()
    try:
        assert second.event(payload)[0] == 200
        time.sleep(0.3)
        assert len(slack_api.calls_to("chat.postMessage")) == 1
    finally:
        second.stop()


def test_rate_limited_post_is_retried_after_retry_after(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    slack_api.fail("chat.postMessage", 429, retry_after=1)
    server.event(event_payload("message_im.json", text="SLA"))
    first, second = slack_api.wait_for("chat.postMessage", 2, timeout=8, answered=True)
    assert first.status == 429 and second.status == 200
    assert second.at - first.at >= 1.0
    assert second.params["text"].startswith("SLA")


def test_server_errors_and_response_url_429_are_retried(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    slack_api.fail("chat.postMessage", 500)
    server.event(event_payload("message_im.json", text="SLA"))
    assert [c.status for c in slack_api.wait_for("chat.postMessage", 2, timeout=8, answered=True)] == [500, 200]
    slack_api.fail("response_url", 429, retry_after=0)
    server.command("/whatis", "SLA", response_url=slack_api.response_url())
    assert [c.status for c in slack_api.wait_for("response_url", 2, timeout=8, answered=True)] == [429, 200]


def test_ack_comes_at_once_even_when_slack_is_slow(server: SlackServer, slack_api: FakeSlackAPI) -> None:
    slack_api.hang("chat.postMessage", 3.5)
    slack_api.hang("response_url", 3.5)
    started = time.monotonic()
    assert server.event(event_payload("message_im.json", text="SLA"))[0] == 200
    assert server.command("/whatis", "SLA", response_url=slack_api.response_url())[0] == 200
    assert time.monotonic() - started < 1.5
    assert slack_api.wait_for("chat.postMessage", timeout=8)[0].text.startswith("SLA")


def test_first_request_on_a_cold_server_is_acked_within_3_seconds(glossary, config, slack_env,  # noqa: ANN001
                                                                   slack_api: FakeSlackAPI) -> None:
    slack_api.hang("auth.test", 1)  # bolt verifies the token on the first request
    cold = SlackServer(glossary, config, slack_env).start()
    try:
        started = time.monotonic()
        status, _ = cold.command("/whatis", "SLA", response_url=slack_api.response_url())
        elapsed = time.monotonic() - started
        assert status == 200 and elapsed < 3.0, elapsed
        assert slack_api.wait_for("response_url")[0].text.startswith("SLA")
    finally:
        cold.stop()


def test_tokens_and_secrets_never_reach_the_logs(server: SlackServer, slack_api: FakeSlackAPI,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    slack_api.error("chat.postEphemeral", "not_in_channel")
    slack_api.fail("chat.postMessage", 500, times=3)
    server.event(event_payload("app_mention.json", text="<@UBOT> glossary help"))
    server.command("/whatis", "SLA", response_url=slack_api.response_url())
    server.post("{}", "application/json", secret="wrong")
    slack_api.wait_for("chat.postMessage", 3, timeout=8)
    slack_api.wait_for("response_url")
    time.sleep(0.3)
    logged = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
    assert "chat.postMessage" in logged or "chat.postEphemeral" in logged  # the SDK did log at DEBUG
    assert BOT_TOKEN not in logged and SECRET not in logged
    sent = [c.headers.get("Authorization", "") for c in slack_api.calls_to("chat.postMessage")]
    assert sent and all(h == f"Bearer {BOT_TOKEN}" for h in sent)  # the token was used, just never logged


@pytest.mark.parametrize("text", ["SLA " + "x" * 40_000, "😀" * 10_000, "🔥🚀 SLA? " * 2_000])
def test_huge_messages_and_emoji_floods_are_handled(server: SlackServer, slack_api: FakeSlackAPI, text: str) -> None:
    assert server.event(event_payload("message_im.json", text=text))[0] == 200
    post = slack_api.wait_for("chat.postMessage")[0]
    assert 0 < len(post.text) <= 3000
    assert len(post.blocks) <= 50
    assert all(len(b["text"]["text"]) <= 3000 for b in post.blocks if b["type"] == "section")


def test_a_body_over_the_size_limit_is_refused_cleanly(server: SlackServer) -> None:
    status, text = server.post(json.dumps(event_payload("message_im.json", text="x" * 2_000_000)),
                               "application/json")
    assert status == 413 and "Traceback" not in text


def test_slash_command_dedupe_does_not_swallow_repeated_questions(server: SlackServer,
                                                                  slack_api: FakeSlackAPI) -> None:
    """Slash commands carry no event_id: asking twice is two answers."""
    for _ in range(2):
        server.command("/whatis", "SLA", response_url=slack_api.response_url())
    assert len(slack_api.wait_for("response_url", 2)) == 2
