"""Two `jargon digest --send` processes at once (cron + a retry, or two hosts): one post per channel."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from glossary.digest_delivery import Deliveries
from glossary.service import Glossary
from tests.conftest import FixedClock
from tests.fakes.slack_api import FakeSlackAPI

CHANNELS = [f"C{n}" for n in range(1, 6)]


def _jargon(db: Path, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "bot", "--db", str(db), "digest", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_concurrent_send_runs_post_once_per_channel(db_path: Path) -> None:
    g = Glossary(db_path, clock=FixedClock(datetime(2020, 1, 6, 9, 0, tzinfo=timezone.utc)))
    for channel in CHANNELS:
        Deliveries(g).subscribe("slack", channel, by="slack:UADMIN")
    g.close()
    with FakeSlackAPI() as slack:
        slack.hang("chat.postMessage", 0.2, times=len(CHANNELS) * 2)  # slow Slack widens the race window
        env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": slack.url, "JARGON_TIMEZONE": "UTC"}
        runs = [_jargon(db_path, env, "--send") for _ in range(2)]
        outputs = [run.communicate(timeout=60) for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        channels = sorted(call.params["channel"] for call in slack.calls_to("chat.postMessage"))
    assert channels == CHANNELS
    summaries = [out for out, _ in outputs]
    sent = [int(s.split(": ", 1)[1].split(" sent")[0]) for s in summaries]
    assert sum(sent) == len(CHANNELS), summaries
    # and a third run, later, has nothing left to do
    with FakeSlackAPI() as slack:
        env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": slack.url, "JARGON_TIMEZONE": "UTC"}
        out, _ = _jargon(db_path, env, "--send").communicate(timeout=60)
        assert slack.calls_to("chat.postMessage") == []
    assert f"0 sent, {len(CHANNELS)} already done" in out
