"""`jargon serve --workers N`: N server processes sharing one port, to use more than one core.

One process runs Python on one core at a time (the GIL), so on a 2-core machine one `jargon
serve` tops out near one core (docs/load.md). With `--workers N` (or JARGON_WORKERS=N) this
parent opens the database once (migrations, starter glossary), then runs N ordinary
`jargon serve` processes that each bind the port with SO_REUSEPORT: the kernel spreads new
connections across them (Linux; elsewhere use one worker). Everything the processes share is
in SQLite and was built for several processes: Slack event de-duplication and replay refusal,
exactly-once digests, each matcher's version check.

The parent only supervises: it forwards SIGTERM/SIGINT (each worker finishes its requests in
flight and exits within 10 s), and restarts a worker that dies, at most once a second.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import FrameType

log = logging.getLogger(__name__)

WORKERS_ENV = "JARGON_WORKERS"
STOP_SECONDS = 9.8  # workers stop within 9.5 s; platforms SIGKILL at 10 s
POLL_SECONDS = 0.2


def _worker_command(host: str, port: int) -> list[str]:
    return [sys.executable, "-m", "bot", "serve", "--host", host, "--port", str(port), "--workers", "1",
            "--reuse-port"]


def run_workers(db_path: Path, host: str, port: int, workers: int) -> int:
    """Start `workers` server processes on host:port and supervise them until SIGTERM/SIGINT."""
    from adapters.server.logs import setup_logging

    setup_logging()
    if not port:
        log.error("--workers needs a fixed port (the workers share it)")
        return 2
    env = {**os.environ, "JARGON_DB": str(db_path), WORKERS_ENV: "1"}
    command = _worker_command(host, port)
    children = [subprocess.Popen(command, env=env) for _ in range(workers)]  # noqa: S603 - our own CLI
    log.info("Jargon Bot: %d workers on http://%s:%s (pids %s)", workers, host, port,
             ", ".join(str(c.pid) for c in children))
    stopping: list[int] = []

    def forward(signum: int, _frame: FrameType | None) -> None:
        stopping.append(signum)
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)

    previous = {s: signal.signal(s, forward) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        last_restart = 0.0
        while not stopping:
            for i, child in enumerate(children):
                if child.poll() is not None and not stopping and time.monotonic() - last_restart > 1:
                    log.error("worker %s exited with %s; starting another", child.pid, child.returncode)
                    children[i] = subprocess.Popen(command, env=env)  # noqa: S603
                    last_restart = time.monotonic()
            time.sleep(POLL_SECONDS)
        return _wait(children)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _wait(children: list[subprocess.Popen]) -> int:
    deadline = time.monotonic() + STOP_SECONDS
    for child in children:
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            log.warning("worker %s did not stop in time; killing it", child.pid)
            child.kill()
            child.wait()
    log.info("all workers stopped")
    clean = {0, -signal.SIGTERM, -signal.SIGINT}  # a worker still starting up dies of the signal itself
    return 0 if all(c.returncode in clean for c in children) else 1
