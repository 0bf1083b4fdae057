"""Issue 12, item 1 over Slack's HTTP path: a hostile DM or command is answered within a generous bound."""

from __future__ import annotations

import time

import pytest

from bench.pathological import SHAPES
from tests.fakes import FakeSlackAPI
from tests.slack.conftest import SlackServer, event_payload

BOUND_S = 2.0  # the HTTP round trips and the fake API included


@pytest.mark.parametrize("shape", ["a.", ".x", "<at>", "<https://a", "&lt;!"])
def test_a_hostile_dm_over_slack_http_is_answered_quickly(server: SlackServer, slack_api: FakeSlackAPI,
                                                        shape: str) -> None:
    text = SHAPES[shape]
    sent = time.monotonic()
    assert server.event(event_payload("message_im.json", text=text))[0] == 200
    slack_api.wait_for("chat.postMessage", timeout=10)
    assert time.monotonic() - sent < BOUND_S, shape  # the HTTP round trips and the fake API included
    sent = time.monotonic()
    server.command("/glossary", "suggest X = " + "<!" * 20000, response_url=slack_api.response_url("s"))
    [answer] = slack_api.wait_for("response_url", timeout=10)
    assert time.monotonic() - sent < BOUND_S
    assert "Nothing was changed" in str(answer.body)
