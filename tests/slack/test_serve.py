"""`jargon serve` as a real process: health, Slack over HTTP, and a graceful SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.fakes import FakeSlackAPI
from tests.slack.conftest import BOT_TOKEN, SECRET, SlackClient, event_payload


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 20) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=1) as response:
                return json.loads(response.read())
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server never became healthy")


def test_serve_answers_slack_and_stops_gracefully_on_sigterm(tmp_path: Path, slack_api: FakeSlackAPI) -> None:
    port = _free_port()
    env = {**os.environ, "JARGON_DB": str(tmp_path / "serve.db"), "PORT": str(port), "HOST": "127.0.0.1",
           "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": slack_api.url}
    env.pop("SLACK_APP_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "adapters.cli.main", "serve"], env=env, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True)
    try:
        client = SlackClient(f"http://127.0.0.1:{port}")
        assert _wait_healthy(client.url, proc)["terms"] > 0

        slack_api.hang("chat.postMessage", 2)  # the answer is still being sent when SIGTERM arrives
        assert client.event(event_payload("app_mention.json", text="<@UBOT> SLA?"))[0] == 200
        slack_api.wait_for("chat.postMessage")
        stopping = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=12)
        elapsed = time.monotonic() - stopping
        assert code == 0 and elapsed < 10, (code, elapsed)
        post = slack_api.calls_to("chat.postMessage")[0]
        assert post.status == 200 and post.text.startswith("SLA")  # the in-flight answer was delivered
        logs = proc.stderr.read() if proc.stderr else ""
        assert f"listening on http://127.0.0.1:{port}" in logs
        assert BOT_TOKEN not in logs and SECRET not in logs
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
