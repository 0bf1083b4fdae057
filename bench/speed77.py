"""Query cost and cold `jargon ask` over the 7.7k-entry public glossary (issue 13's speed targets).

    python -m bench.speed77 [--queries 2000] [--runs 10]

The glossary is every source bench/convert_shared.py reads except cds-snc-gc-simple-dictionary
(7,734 entries, 5.8k of them VA acronyms with several senses). Targets (2-core machine): a query
costs <= 0.25 ms on average in steady state (the bench/lookup.py mix: phrased names, bare aliases,
typos, negatives; timed on a second pass, once the indexes built on first need exist), and a cold
`jargon ask` takes <= 0.4 s (a new process, the database already built).
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.convert_shared import convert_all
from bench.lookup import query_mix
from glossary import yaml_io
from glossary.models import Term
from glossary.service import Glossary

ROOT = Path(__file__).resolve().parents[1]
JARGON = Path(sys.executable).with_name("jargon")
EXCLUDED = "cds-snc-gc-simple-dictionary"
DB = ROOT / "bench" / "results" / "shared77.db"


def terms77() -> list[Term]:
    return [t for name, terms in convert_all().items() if name != EXCLUDED for t in terms]


def build(path: Path = DB) -> Path:
    """The 7.7k database, built once (kept in the git-ignored bench/results)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        glossary = Glossary(path, seed=False, log_questions=False)
        glossary.import_yaml(yaml_io.dump(terms77()), replace=True)
        glossary.close()
    return path


def query_cost(queries: int) -> tuple[float, float, float, float, float]:
    """(mean ms, p50 ms, p99 ms) of `Glossary.lookup` in steady state over the bench/lookup.py mix, the mean ms
    of the first pass over it, and the mean ms of a pass over a second mix of new questions. The first pass
    builds the indexes that some questions need on first use (clipped names, initials, word forms, name
    prefixes...: tens to hundreds of ms each, once per glossary version); the second pass times what a running
    bot pays per question it has been asked before (some steps keep small caches of words and phrases); the
    new mix (another seed, after both passes) what it pays for a question it has not seen."""
    glossary = Glossary(build(), seed=False, log_questions=False)
    terms = list(glossary.matcher.terms.values())
    mix, new = query_mix(terms, queries), query_mix(terms, queries, seed=12)
    glossary.lookup(mix[0])
    assert glossary.understander.detector is not None  # the matcher and the detector: built before timing
    first = _timed(glossary, mix)
    timings = sorted(_timed(glossary, mix))
    unseen = _timed(glossary, new)
    glossary.close()
    return statistics.fmean(timings), statistics.median(timings), timings[int(len(timings) * 0.99) - 1], \
        statistics.fmean(first), statistics.fmean(unseen)


def _timed(glossary: Glossary, questions: list[str]) -> list[float]:
    timings = []
    for q in questions:
        t0 = time.perf_counter_ns()
        glossary.lookup(q)
        timings.append((time.perf_counter_ns() - t0) / 1e6)
    return timings


def cold_ask(runs: int, question: str = "what does SLA mean?") -> list[float]:
    """Wall time of `jargon ask` in a new process each run, the database already built and used once, and the
    project's bytecode compiled first, as `pip install` does (without it, a checkout run with
    PYTHONDONTWRITEBYTECODE=1 compiles every module from source on every start)."""
    if not all(compileall.compile_dir(ROOT / package, quiet=1) for package in ("glossary", "bot", "adapters")):
        raise SystemExit("bench.speed77: the project's bytecode did not compile")
    argv = [str(JARGON), "--db", str(build()), "ask", question]
    env = {**os.environ, "JARGON_LOG_QUESTIONS": "0"}
    subprocess.run(argv, check=True, capture_output=True, env=env)  # first run may build caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return sorted(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    mean, p50, p99, first, unseen = query_cost(args.queries)
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; glossary: {DB.name}")
    print(f"query cost at 7.7k, steady state: mean {mean:.3f} ms, p50 {p50:.3f} ms, p99 {p99:.3f} ms "
          f"(target mean <= 0.25 ms); first pass, building the indexes some questions need: mean {first:.3f} ms; "
          f"new questions (a second mix, never asked before): mean {unseen:.3f} ms")
    times = cold_ask(args.runs)
    print(f"cold `jargon ask` at 7.7k: median {statistics.median(times):.3f} s, max {times[-1]:.3f} s "
          f"over {len(times)} runs (target <= 0.4 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
