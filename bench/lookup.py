"""Lookup latency and memory at 1k, 10k and 100k terms; import time; cold start of `jargon ask`.

    python -m bench.lookup [--sizes 1000 10000 100000] [--queries 2000]

The glossaries are every glossary in ../shared/data (converted at run time) plus the starter,
sampled down to 1k or topped up with generated variants to 100k. Each size runs in a fresh
process so its memory figure is its own. Targets (2-core machine): p99 <= 1 ms at 10k and
<= 10 ms at 100k, import of 10k terms < 5 s, `jargon ask` cold start < 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.convert_shared import convert_all
from glossary import yaml_io
from glossary.models import Term
from glossary.service import Glossary, starter_terms

ROOT = Path(__file__).resolve().parents[1]
JARGON = Path(sys.executable).with_name("jargon")
WORDS = ("platform service team report policy review plan model index portal gateway budget forecast ledger "
         "cloud data risk audit vendor pipeline quota release metric backlog contract invoice cluster region").split()
NEGATIVES = ("thanks!", "hello", "what does banana mean", "who broke prod?", "lunch at noon?", "what is love",
             "can you review my PR", "good morning", "what's the weather today", "asdfghjkl")


def glossary_terms(size: int, seed: int = 7) -> list[Term]:
    """`size` terms: real ones first, then variants ('ledger budget', 'QXR' = 'quota xyz review')."""
    rng = random.Random(seed)
    real = [t for terms in convert_all().values() for t in terms] + starter_terms()
    if size <= len(real):
        return rng.sample(real, size)
    out = list(real)
    for i in range(size - len(real)):
        base = real[i % len(real)]
        if i % 3 == 0:
            words = rng.sample(WORDS, 3)
            acronym = "".join(w[0] for w in words).upper() + str(i % 97)
            out.append(Term(id=f"gen-{i}", term=acronym, aliases=[" ".join(words) + f" {i % 97}"],
                            definition=f"A generated acronym for {' '.join(words)}."))
        else:
            name = f"{base.term} {rng.choice(WORDS)}" if i % 2 else f"{rng.choice(WORDS)} {base.term}"
            out.append(Term(id=f"gen-{i}", term=name[:120], definition=f"A generated variant of {base.term}."))
    return out


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:] if rng.random() < 0.5 else word[:i] + word[i + 1:]


def query_mix(terms: list[Term], count: int, seed: int = 11) -> list[str]:
    """What people send: phrased names, bare aliases, typos of long names, and things not in the glossary."""
    rng = random.Random(seed)
    longs = [t.term for t in terms if len(t.term) >= 8]
    queries = []
    for i in range(count):
        term = rng.choice(terms)
        kind = i % 5
        if kind in (0, 1):
            queries.append(f"what does {term.term} mean?")
        elif kind == 2:
            queries.append(rng.choice(term.aliases) if term.aliases else term.term)
        elif kind == 3:
            queries.append(_typo(rng.choice(longs), rng))
        else:
            queries.append(rng.choice(NEGATIVES))
    return queries


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(size: int, queries: int) -> dict:
    """One size, in this process: build, import (10k), lookups, memory."""
    terms = glossary_terms(size)
    rss_before = _rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        glossary = Glossary(Path(tmp) / "bench.db", seed=False, log_questions=False)
        text = yaml_io.dump(terms)
        start = time.perf_counter()
        glossary.import_yaml(text, replace=True)
        import_s = time.perf_counter() - start
        start = time.perf_counter()
        glossary.lookup("SLA")
        build_s = time.perf_counter() - start
        mix = query_mix(terms, queries)
        for q in mix[:50]:  # warm up caches
            glossary.lookup(q)
        timings = []
        outcomes: dict[str, int] = {}
        for q in mix:
            t0 = time.perf_counter_ns()
            result = glossary.lookup(q)
            timings.append((time.perf_counter_ns() - t0) / 1e6)
            outcomes[result.status] = outcomes.get(result.status, 0) + 1
        timings.sort()
        glossary.close()
    return {
        "size": size, "import_s": import_s, "build_s": build_s, "queries": len(mix), "outcomes": outcomes,
        "p50_ms": statistics.median(timings), "p99_ms": timings[int(len(timings) * 0.99) - 1],
        "max_ms": timings[-1], "rss_mb": _rss_mb(), "rss_delta_mb": _rss_mb() - rss_before,
    }


def import_cli(size: int) -> float:
    """`jargon import FILE` of `size` terms into a new database, end to end (process start included)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.yaml"
        path.write_text(yaml_io.dump(glossary_terms(size)), encoding="utf-8")
        subprocess.run([str(JARGON), "--db", str(Path(tmp) / "seeded.db"), "ask", "SLA"], check=True,
                       capture_output=True)  # seed first: time the import, not the starter
        start = time.perf_counter()
        subprocess.run([str(JARGON), "--db", str(Path(tmp) / "seeded.db"), "import", str(path)], check=True,
                       capture_output=True)
        return time.perf_counter() - start


def cold_start(runs: int = 10) -> list[float]:
    """Wall time of `jargon ask "what does SLA mean?"` on the starter glossary, each run a new process."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "starter.db"
        argv = [str(JARGON), "--db", str(db), "ask", "what does SLA mean?"]
        subprocess.run(argv, check=True, capture_output=True)  # create and seed once
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        return sorted(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: measure one size
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one, args.queries)))
        return 0
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}\n")
    print("| terms | import (in-process) | index build | p50 lookup | p99 lookup | max | RSS | outcomes |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|")
    for size in args.sizes:
        done = subprocess.run([sys.executable, "-m", "bench.lookup", "--one", str(size), "--queries",
                               str(args.queries)], capture_output=True, text=True, check=True, cwd=ROOT)
        r = json.loads(done.stdout.splitlines()[-1])
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(r["outcomes"].items()))
        print(f"| {size:,} | {r['import_s']:.2f} s | {r['build_s']:.2f} s | {r['p50_ms']:.3f} ms | "
              f"{r['p99_ms']:.3f} ms | {r['max_ms']:.1f} ms | {r['rss_mb']:.0f} MB | {outcomes} |")
    print(f"\n`jargon import` of 10,000 terms, end to end: {import_cli(10_000):.2f} s (target < 5 s)")
    times = cold_start()
    print(f"`jargon ask` cold start: median {statistics.median(times) * 1000:.0f} ms, "
          f"max {times[-1] * 1000:.0f} ms over {len(times)} runs (target < 500 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
