"""`jargon serve --workers 2`: two processes on one port, supervised, stopped together by SIGTERM."""

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

from glossary.service import Glossary


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _health(port: int) -> dict | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
            return json.loads(response.read())
    except OSError:
        return None


def _until(check, timeout: float = 10.0):  # noqa: ANN001, ANN202
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_workers_share_the_port_restart_and_stop_on_sigterm(glossary: Glossary) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "Microsoft"))}
    env.update(JARGON_DB=str(glossary.path), JARGON_DIGEST_SCHEDULE="off", JARGON_LOG_LEVEL="WARNING")
    parent = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--workers", "2", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stderr=subprocess.PIPE)
    try:
        first = _until(lambda: len(_children(parent.pid)) == 2 and _children(parent.pid))
        assert _until(lambda: _health(port))["ok"] is True
        assert sum(1 for _ in range(20) if (_health(port) or {}).get("ok")) == 20

        os.kill(first[0], signal.SIGKILL)  # a worker dies: the parent starts another
        replaced = _until(lambda: len(_children(parent.pid)) == 2 and first[0] not in _children(parent.pid)
                          and _children(parent.pid), timeout=5)
        assert first[1] in replaced
        _until(lambda: _health(port))

        started = time.monotonic()
        parent.send_signal(signal.SIGTERM)
        assert parent.wait(timeout=10) == 0 and time.monotonic() - started < 10
        for pid in replaced:
            assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
        assert _health(port) is None
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
