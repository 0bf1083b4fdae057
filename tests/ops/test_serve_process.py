"""`jargon serve` as a real process: JSON logs with request ids and no secrets, and SIGTERM with a Teams turn in flight.

(tests/slack/test_serve.py covers SIGTERM with a Slack answer in flight.)
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from typing import Any

import pytest
from aiohttp import web

from tests.fakes import FakeSlackAPI
from tests.fakes.connector import FakeConnector
from tests.ops.conftest import http
from tests.slack.conftest import BOT_TOKEN, SECRET, SlackClient, event_payload
from tests.teams import activities

PASSWORD = "Qx7~ops-serve-password.Zz9"


@pytest.fixture
def slack_api() -> Any:
    with FakeSlackAPI() as api:
        yield api


def test_json_logs_carry_request_ids_and_never_a_secret_even_at_debug(serve_process, slack_api: FakeSlackAPI) -> None:  # noqa: ANN001
    slack_api.set_response("chat.postMessage", {"echo": f"token was {BOT_TOKEN}"})  # the SDK logs bodies at DEBUG
    server = serve_process({
        "JARGON_LOG_FORMAT": "json", "JARGON_LOG_LEVEL": "DEBUG",
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack_api.url,
        "MicrosoftAppId": "5d6c1f3e-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "MicrosoftAppPassword": PASSWORD,
    }).start()
    slack = SlackClient(server.url)
    status, _ = slack.event(event_payload("message_im.json", text="SLA"), headers={"X-Request-Id": "ops-req-1"})
    assert status == 200
    slack_api.wait_for("chat.postMessage")
    status, headers, _ = http(server.url + "/api/messages", json.dumps(activities.personal_message(
        "http://127.0.0.1:9/", "SLA")).encode(), {"Content-Type": "application/json", "Authorization": "Bearer x.y.z"})
    assert status == 401
    teams_id = headers["X-Request-Id"]
    time.sleep(0.3)
    server.terminate()
    assert server.wait(12) == 0

    lines = server.json_logs()  # every line parses: the format is JSON end to end
    assert {"ts", "level", "logger", "message"} <= set(lines[0])
    slack_lines = [x for x in lines if x.get("request_id") == "ops-req-1"]
    assert any("chat.postMessage" in x["message"] and x["level"] == "debug" for x in slack_lines), \
        "the Web API call made after the ack logs under the request's id"
    assert any(x.get("request_id") == teams_id and "refused a Teams request" in x["message"] for x in lines)
    text = server.logs()
    for secret in (BOT_TOKEN, SECRET, PASSWORD):
        assert secret not in text
    assert "token was [redacted]" in text, "the scrubber caught the token the fake API echoed"


class SlowConnector(FakeConnector):
    """A Bot Connector that takes `delay` seconds to accept each reply; `arrived` is set when one comes in."""

    def __init__(self, delay: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.delay = delay
        self.arrived = threading.Event()

    async def _activity(self, request: web.Request) -> web.Response:
        self.arrived.set()
        await asyncio.sleep(self.delay)
        return await super()._activity(request)


def _refused(port: int, within: float = 2.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                pass
        except OSError:
            return True
        time.sleep(0.05)
    return False


def test_sigterm_finishes_a_teams_turn_in_flight_and_refuses_new_connections(serve_process) -> None:  # noqa: ANN001
    with SlowConnector.in_thread(delay=3.0) as connector:
        server = serve_process({"JARGON_TEAMS_DEV": "1"}).start()
        result: dict[str, Any] = {}

        def ask() -> None:
            body = json.dumps(activities.personal_message(connector.url, "what is SLA?")).encode()
            result["status"] = http(server.url + "/api/messages", body, {"Content-Type": "application/json"},
                                    timeout=15)[0]

        asker = threading.Thread(target=ask)
        asker.start()
        assert connector.arrived.wait(10), "the reply never reached the connector"
        stopping = time.monotonic()
        server.terminate()
        assert _refused(server.port), "no new connections once SIGTERM arrived"
        asker.join(15)
        code = server.wait(12)
        elapsed = time.monotonic() - stopping
        assert code == 0 and elapsed < 10, (code, elapsed)
        assert result.get("status") in (200, 201), (result, server.logs())
        [reply] = connector.sent()
        assert any("SLA" in str(card) for card in reply.cards), "the in-flight answer was delivered, not cut off"
