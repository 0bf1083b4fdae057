"""Load benchmark: drive a running `jargon serve` with signed Slack requests and Teams activities.

    python bench/load.py                      # everything: ~3 minutes on 2 cores
    python bench/load.py --requests 5000      # a quicker closed-loop run

It starts the fake Slack Web API and fake Bot Connector (bench/fake_platforms.py) and the
server as separate processes on 127.0.0.1, then measures:
- closed loop at concurrency 50 (maximum throughput), mixed Slack slash commands, Slack
  mentions and Teams messages;
- open loop at a fixed 100 requests/s (the latency people feel at a busy hour);
- time to HTTP response (p50, p99), time until the reply reaches the fake API (p99), errors,
  undelivered replies, and the server's RSS before and after the closed-loop requests;
- the same slash-command-only closed loop against a bare slack-bolt + aiohttp app
  (bench/baseline_app.py), for the throughput ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import aiohttp

HERE = Path(__file__).resolve().parent
SECRET = "bench-signing-secret"
QUESTIONS = ["what does SLA mean?", "EBITDA?", "define tech debt", "whats an API", "CAC meaning", "PR",
             "what is kubernets", "banana", "can someone explain CI/CD", "what are microservices", "churn",
             "meaning of runway", "what is opex", "wtf is an SLO", "ROI", "thanks!"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


@dataclass
class Phase:
    name: str
    sent: dict[str, float] = field(default_factory=dict)  # correlation key -> monotonic send time
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    started: float = 0.0
    finished: float = 0.0


class Driver:
    def __init__(self, session: aiohttp.ClientSession, server: str, fake: str, kinds: list[str]) -> None:
        self.session = session
        self.server = server
        self.fake = fake
        self.kinds = itertools.cycle(kinds)
        self.counter = itertools.count(1)

    def _signed(self, body: bytes, content_type: str) -> dict[str, str]:
        ts = str(int(time.time()))
        sig = hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
        return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={sig}", "Content-Type": content_type}

    def build(self) -> tuple[str, str, bytes, dict[str, str]]:
        """The next request: (correlation key, path, body, headers)."""
        n = next(self.counter)
        kind = next(self.kinds)
        question = QUESTIONS[n % len(QUESTIONS)]
        if kind == "slash":
            body = urlencode({"token": "x", "team_id": "T1", "team_domain": "bench", "channel_id": "C1",
                              "channel_name": "general", "user_id": f"U{n % 500}", "user_name": "bench",
                              "command": "/whatis", "text": question, "api_app_id": "A1",
                              "response_url": f"{self.fake}/respond/{n}", "trigger_id": f"{n}.1"}).encode()
            return f"r:{n}", "/slack/events", body, self._signed(body, "application/x-www-form-urlencoded")
        if kind == "mention":
            ts = f"{1_700_000_000 + n}.000100"
            body = json.dumps({"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                               "event_id": f"Ev{n}", "event_time": int(time.time()),
                               "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
                               "event": {"type": "app_mention", "user": f"U{n % 500}", "channel": "C1",
                                         "text": f"<@UBOT> {question}", "ts": ts, "event_ts": ts}}).encode()
            return f"s:{ts}", "/slack/events", body, self._signed(body, "application/json")
        body = json.dumps({"type": "message", "id": f"act{n}", "channelId": "msteams", "serviceUrl": self.fake + "/",
                           "timestamp": "2026-11-27T10:00:00Z", "text": question, "locale": "en-US",
                           "from": {"id": f"29:user{n % 500}", "name": "Bench", "aadObjectId": f"aad-{n % 500}"},
                           "recipient": {"id": "28:bot", "name": "Jargon Bot"},
                           "conversation": {"id": f"a:conv{n}", "conversationType": "personal",
                                            "tenantId": "tenant"},
                           "channelData": {"tenant": {"id": "tenant"}}}).encode()
        return f"t:act{n}", "/api/messages", body, {"Content-Type": "application/json"}

    async def one(self, phase: Phase) -> None:
        key, path, body, headers = self.build()
        start = time.monotonic()
        phase.sent[key] = start
        try:
            async with self.session.post(self.server + path, data=body, headers=headers) as resp:
                await resp.read()
                if resp.status >= 300:
                    phase.errors += 1
                    if len(phase.error_samples) < 5:
                        phase.error_samples.append(f"{path} -> HTTP {resp.status}")
        except (TimeoutError, aiohttp.ClientError) as exc:
            phase.errors += 1
            if len(phase.error_samples) < 5:
                phase.error_samples.append(f"{path} -> {type(exc).__name__}")
        phase.latencies.append(time.monotonic() - start)

    async def closed_loop(self, name: str, total: int, concurrency: int) -> Phase:
        phase = Phase(name, started=time.monotonic())
        remaining = itertools.count()

        async def worker() -> None:
            while next(remaining) < total:
                await self.one(phase)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        phase.finished = time.monotonic()
        return phase

    async def open_loop(self, name: str, rate: float, seconds: float) -> Phase:
        phase = Phase(name, started=time.monotonic())
        tasks = []
        for i in range(int(rate * seconds)):
            delay = phase.started + i / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(self.one(phase)))
        await asyncio.gather(*tasks)
        phase.finished = time.monotonic()
        return phase


async def wait_for_replies(session: aiohttp.ClientSession, fake: str, phase: Phase, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        async with session.get(fake + "/stats") as resp:
            arrivals = (await resp.json())["arrivals"]
        missing = [k for k in phase.sent if k not in arrivals]
        if not missing or time.monotonic() > deadline:
            return {k: arrivals[k] - t for k, t in phase.sent.items() if k in arrivals} | {"__missing": len(missing)}
        await asyncio.sleep(0.5)


def summary(phase: Phase, delivered: dict) -> dict:
    missing = delivered.pop("__missing")
    elapsed = phase.finished - phase.started
    return {
        "phase": phase.name, "requests": len(phase.latencies), "seconds": round(elapsed, 2),
        "throughput_rps": round(len(phase.latencies) / elapsed, 1) if elapsed else 0,
        "ack_p50_ms": round(percentile(phase.latencies, 50) * 1000, 2),
        "ack_p99_ms": round(percentile(phase.latencies, 99) * 1000, 2),
        "reply_p99_ms": round(percentile(list(delivered.values()), 99) * 1000, 2),
        "reply_median_ms": round(statistics.median(delivered.values()) * 1000, 2) if delivered else None,
        "errors": phase.errors, "undelivered": missing, "error_samples": phase.error_samples,
    }


def start(cmd: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


async def wait_healthy(session: aiohttp.ClientSession, url: str, proc: subprocess.Popen) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            raise SystemExit(f"{url} exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            async with session.get(url) as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise SystemExit(f"{url} never became healthy")


async def run(args: argparse.Namespace) -> dict:
    fake_port, server_port, base_port = free_port(), free_port(), free_port()
    fake = f"http://127.0.0.1:{fake_port}"
    tmp = tempfile.mkdtemp(prefix="jargon-load-")
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-bench-token", "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": f"{fake}/api/", "JARGON_TEAMS_DEV": "1", "JARGON_DB": f"{tmp}/load.db",
           "JARGON_LOG_LEVEL": "WARNING", "PORT": str(server_port)}
    env.pop("MicrosoftAppId", None)
    env.pop("SLACK_APP_TOKEN", None)
    procs = [start([sys.executable, str(HERE / "fake_platforms.py"), "--port", str(fake_port)], env)]
    results: dict = {"phases": []}
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as session:
        try:
            await wait_healthy(session, fake + "/stats", procs[0])
            server = start([sys.executable, "-m", "bot", "serve", "--port", str(server_port), "--host",
                            "127.0.0.1"], env)
            procs.append(server)
            target = f"http://127.0.0.1:{server_port}"
            await wait_healthy(session, target + "/healthz", server)
            mixed = Driver(session, target, fake, ["slash", "mention", "teams"])
            warm = await mixed.closed_loop("warm-up", args.warmup, args.concurrency)
            summary(warm, await wait_for_replies(session, fake, warm, 60))
            rss_before = rss_kib(server.pid)
            closed = await mixed.closed_loop("closed loop, c=50, mixed", args.requests, args.concurrency)
            results["phases"].append(summary(closed, await wait_for_replies(session, fake, closed, 60)))
            rss_after = rss_kib(server.pid)
            results["rss_kib"] = {"before": rss_before, "after": rss_after,
                                  "growth_pct": round(100 * (rss_after - rss_before) / rss_before, 1)}
            opened = await mixed.open_loop(f"open loop, {args.rate:g} req/s, mixed", args.rate, args.seconds)
            results["phases"].append(summary(opened, await wait_for_replies(session, fake, opened, 60)))
            slash = Driver(session, target, fake, ["slash"])
            ours = await slash.closed_loop("closed loop, c=50, /whatis only (Jargon Bot)", args.compare,
                                           args.concurrency)
            results["phases"].append(summary(ours, await wait_for_replies(session, fake, ours, 60)))
            base = start([sys.executable, str(HERE / "baseline_app.py"), "--port", str(base_port)], env)
            procs.append(base)
            base_url = f"http://127.0.0.1:{base_port}"
            await wait_healthy(session, base_url + "/healthz", base)
            bare = Driver(session, base_url, fake, ["slash"])
            bare.counter = itertools.count(10_000_000)
            await bare.closed_loop("baseline warm-up", args.warmup, args.concurrency)
            baseline = await bare.closed_loop("closed loop, c=50, /whatis only (bare slack-bolt)", args.compare,
                                              args.concurrency)
            results["phases"].append(summary(baseline, await wait_for_replies(session, fake, baseline, 60)))
            results["throughput_vs_bare_bolt_pct"] = round(
                100 * results["phases"][2]["throughput_rps"] / results["phases"][3]["throughput_rps"], 1)
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20_000, help="closed-loop requests (default 20000)")
    parser.add_argument("--warmup", type=int, default=2_000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--rate", type=float, default=100.0, help="open-loop requests per second")
    parser.add_argument("--seconds", type=float, default=30.0, help="open-loop duration")
    parser.add_argument("--compare", type=int, default=5_000, help="requests for the bare-bolt comparison")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    results = asyncio.run(run(args))
    print(f"{'phase':55} {'req':>6} {'req/s':>7} {'ack p50':>8} {'ack p99':>8} {'reply p99':>9} {'err':>4} {'lost':>5}")
    for p in results["phases"]:
        print(f"{p['phase']:55} {p['requests']:>6} {p['throughput_rps']:>7} {p['ack_p50_ms']:>7}ms "
              f"{p['ack_p99_ms']:>7}ms {p['reply_p99_ms']:>8}ms {p['errors']:>4} {p['undelivered']:>5}")
        for sample in p["error_samples"]:
            print(f"    e.g. {sample}")
    rss = results["rss_kib"]
    print(f"RSS: {rss['before'] / 1024:.1f} MiB before, {rss['after'] / 1024:.1f} MiB after the closed loop "
          f"({rss['growth_pct']:+.1f}%)")
    print(f"Throughput vs bare slack-bolt + aiohttp: {results['throughput_vs_bare_bolt_pct']}%")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
