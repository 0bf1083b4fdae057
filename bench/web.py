"""Web glossary speed on a 10,000-term glossary: server time of each page (target: the index <= 100 ms).

    python -m bench.web [--terms 10000] [--questions 50000] [--requests 200]

Builds a glossary of real and generated terms (bench.lookup.glossary_terms) with 12 weeks of logged
questions and votes, serves the real app (create_app, JARGON_WEB_ACCESS=open) on 127.0.0.1 and requests
each page in turn. "Server" is the app's own time (the Server-Timing header: handler, SQLite, template,
headers); "round trip" adds HTTP on the loopback. Results also go to bench/results/web.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from aiohttp import ClientSession, web

from adapters.server.app import create_app
from bench.lookup import glossary_terms
from bot.config import BotConfig
from glossary.clock import iso
from glossary.service import Glossary

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "index (page 1)": "/glossary",
    "index (page 100)": "/glossary?page=100",
    "index, letter S": "/glossary?letter=S",
    "index, tag finance": "/glossary?tag=finance",
    "search, typo": "/glossary?q=kubernets",
    "search, question": "/glossary?q=what+does+EBITDA+mean",
    "term page": "/glossary/terms/sla",
    "dashboard (cached 30 s)": "/glossary/dashboard",
}


def build(path: Path, terms: int, questions: int) -> Glossary:
    g = Glossary(path, seed=False)
    all_terms = glossary_terms(terms)
    if not any(t.id == "sla" for t in all_terms):
        all_terms[0].id = "sla"
    g.terms.replace_all(all_terms, actor="bench", platform="cli", replace=True)
    rng = random.Random(3)
    now = g.clock()
    ids = [t.id for t in all_terms]
    rows = []
    for i in range(questions):
        status = rng.choices(["answer", "ambiguous", "suggest", "unknown"], [80, 5, 5, 10])[0]
        rows.append((iso(now - timedelta(minutes=rng.randrange(12 * 7 * 24 * 60))), f"q{i}", f"s{i % 500}",
                     f"s{i % 500}", status, rng.choice(ids) if status == "answer" else None,
                     f"slack:U{rng.randrange(2000)}", "slack"))
    with g.connections.write() as db:
        db.conn.executemany('insert into queries (at, text, subject, normalized, status, top_id, "user", platform) '
                       "values (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.conn.executemany("insert into feedback (at, term_id, helpful, user, platform) values (?, ?, 1, 'slack:U1', "
                       "'slack')", [(r[0], r[5] or ids[0]) for r in rows[: questions // 20]])
    return g


async def measure(g: Glossary, requests: int) -> dict[str, dict[str, float]]:
    config = BotConfig(web_access="open")
    runner = web.AppRunner(create_app(g, config, {}), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    results: dict[str, dict[str, float]] = {}
    async with ClientSession() as http:
        for name, path in PAGES.items():
            server, trip = [], []
            for n in range(requests + 3):
                started = time.perf_counter()
                async with http.get(f"http://127.0.0.1:{port}{path}") as response:
                    await response.read()
                    assert response.status == 200, (path, response.status)
                    timing = response.headers["Server-Timing"]
                if n >= 3:  # the first requests build the catalog and the matcher
                    server.append(float(timing.split("dur=")[1]))
                    trip.append((time.perf_counter() - started) * 1000)
            results[name] = {"server_p50_ms": statistics.median(server),
                             "server_p99_ms": statistics.quantiles(server, n=100)[98],
                             "round_trip_p50_ms": statistics.median(trip)}
    await runner.cleanup()
    from adapters.web.dashboard import dashboard

    fresh = []
    for _ in range(5):
        started = time.perf_counter()
        dashboard(g, config)
        fresh.append((time.perf_counter() - started) * 1000)
    results["dashboard, recomputed"] = {"server_p50_ms": statistics.median(fresh), "server_p99_ms": max(fresh),
                                        "round_trip_p50_ms": float("nan")}
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=10_000)
    parser.add_argument("--questions", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        g = build(Path(tmp) / "web.db", args.terms, args.questions)
        took = time.perf_counter() - started
        print(f"built {g.terms.count():,} terms and {args.questions:,} questions in {took:.1f} s")
        results = asyncio.run(measure(g, args.requests))
        g.close()
    print(f"{'page':<22} {'server p50':>11} {'server p99':>11} {'round trip p50':>15}")
    for name, r in results.items():
        print(f"{name:<22} {r['server_p50_ms']:>8.1f} ms {r['server_p99_ms']:>8.1f} ms "
              f"{r['round_trip_p50_ms']:>12.1f} ms")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "web.json").write_text(json.dumps({"terms": args.terms, "questions": args.questions, "pages": results},
                                             indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
