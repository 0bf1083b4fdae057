"""Ops fixtures: `jargon serve` as a real process over a copy of the seeded database (tests/conftest.py)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
         timeout: float = 10) -> tuple[int, dict[str, str], str]:
    """(status, headers, body) of one request; HTTP errors are answers, not exceptions."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8")


class ServeProcess:
    """`jargon serve` in a subprocess on a free port, over a copy of the seeded database."""

    def __init__(self, tmp_path: Path, seeded_db: Path, env: dict[str, str]) -> None:
        self.port = free_port()
        self.db = tmp_path / "serve.db"
        shutil.copyfile(seeded_db, self.db)
        self.stderr_path = tmp_path / "serve.stderr"
        base = {k: v for k, v in os.environ.items()
                if not k.startswith(("SLACK_", "Microsoft", "JARGON_"))}
        self.env = {**base, "JARGON_DB": str(self.db), "PORT": str(self.port), "HOST": "127.0.0.1", **env}
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20) -> ServeProcess:
        with self.stderr_path.open("w") as err:
            self.proc = subprocess.Popen([sys.executable, "-m", "adapters.cli.main", "serve"], env=self.env, cwd=REPO,
                                         stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.logs()
            try:
                if http(self.url + "/healthz", timeout=1)[0] == 200:
                    return self
            except OSError:
                time.sleep(0.05)
        raise AssertionError("jargon serve never became healthy:\n" + self.logs())

    def terminate(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)

    def wait(self, timeout: float) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout=timeout)

    def logs(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace") if self.stderr_path.exists() else ""

    def json_logs(self) -> list[dict]:
        return [json.loads(line) for line in self.logs().splitlines() if line.strip()]

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def serve_process(tmp_path: Path, seeded_db: Path) -> Iterator[Callable[[dict[str, str]], ServeProcess]]:
    """Call it with the environment: `serve_process({...}).start()`; killed at the end if still running."""
    started: list[ServeProcess] = []

    def make(env: dict[str, str]) -> ServeProcess:
        process = ServeProcess(tmp_path, seeded_db, env)
        started.append(process)
        return process

    yield make
    for process in started:
        process.kill()
