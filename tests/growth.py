"""How a reading's cost grows with its input: the one timing rule the linear-time tests share.

A timed test on a shared CI machine must fail for a pass per word, never for a busy neighbour. So a cost is the
fastest of a few runs, timed in CPU seconds with the garbage collector off (a collection left due by earlier tests
is theirs), and a larger input may cost up to twice its linear share: 8 times the text may take 16 times the
time, while one pass per word would take 64 times.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from time import process_time


def cost(work: Callable[[], object], runs: int = 3) -> float:
    """The fastest of `runs` CPU times of `work`, with the collector off."""
    best = float("inf")
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = process_time()
            work()
            best = min(best, process_time() - started)
    finally:
        if enabled:
            gc.enable()
    return best


def assert_linear(work: Callable[[int], object], small: int, large: int, *, slack: float = 0.05) -> None:
    """`work(large)` costs at most twice its linear share of `work(small)`, plus `slack` seconds for the clock."""
    factor = large / small
    assert factor >= 8, "too close a pair of sizes to tell linear from quadratic"
    small_cost = cost(lambda: work(small))
    large_cost = cost(lambda: work(large))
    assert large_cost < 2 * factor * small_cost + slack, (small_cost, large_cost)
