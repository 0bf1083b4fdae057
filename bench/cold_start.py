"""Cold start of `jargon ask`: wall time of a fresh process answering one question.

    .venv/bin/python -m bench.cold_start [--runs 20]

The database is seeded once with the starter glossary first (seeding is a one-time cost of the
first run, not of every question). Then `jargon ask SLA` runs N times, each a new process, and
the median and p90 wall times are reported with the machine they were measured on, its load
average, and each process's CPU time (which other work on a shared machine does not inflate). One
unmeasured run first warms the OS file cache, as on any machine where jargon was used before.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

JARGON = Path(sys.executable).with_name("jargon")


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{os.cpu_count()} CPUs{', ' + model if model else ''}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="measured runs (default 20)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        command = [str(JARGON), "--db", str(Path(folder) / "cold.db"), "ask", "SLA"]
        subprocess.run(command, check=True, capture_output=True)  # seeds the database; warms the file cache
        times, cpu = [], []
        for _ in range(args.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append((time.perf_counter() - started) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    print(f"jargon ask SLA, fresh process, seeded starter glossary, {args.runs} runs: "
          f"median {statistics.median(times):.0f} ms, p90 {percentile(times, 0.9):.0f} ms, "
          f"min {min(times):.0f} ms, max {max(times):.0f} ms")
    print(f"CPU time (user + system) of each process: median {statistics.median(cpu):.0f} ms, "
          f"p90 {percentile(cpu, 0.9):.0f} ms (what an idle machine's wall time approaches)")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    print(f"machine: {machine()}; load average after the runs: {load}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
