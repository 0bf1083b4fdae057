"""Where the server runs the bot's synchronous work (the core, SQLite): one thread, plus overflow.

Every answer hops from the event loop to a worker thread and back (`asyncio.to_thread`): the
core is synchronous and SQLite may wait for a lock, so neither may run on the loop. asyncio's
default pool has min(32, CPUs + 4) threads, and under load the jobs spread across all of them.
They then take turns at the GIL and at SQLite's write lock, and the kernel spends its time
switching threads: on 2 cores, a quarter of the server's CPU went to `finish_task_switch` and
friends (perf; docs/load.md). The GIL runs one thread at a time anyway, so one worker that
takes jobs back to back does the same work with far fewer switches: +35% requests/s.

One thread alone would let a long job (a big YAML import, a wait for another process's write
lock) hold up every answer. So a job arriving while the worker has been busy with one job for
more than OVERFLOW_AFTER_SECONDS goes to a small overflow pool instead. Jobs queued in the
first moments of a long job still wait for it; that bounds the harm to a few requests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

OVERFLOW_AFTER_SECONDS = 0.05  # a normal job (a question) takes well under 1 ms
MAX_OVERFLOW_THREADS = 8


class LaneExecutor(ThreadPoolExecutor):
    """A ThreadPoolExecutor (what `loop.set_default_executor` accepts) with one lane and an overflow."""

    def __init__(self, overflow_after: float = OVERFLOW_AFTER_SECONDS,
                 max_overflow: int = MAX_OVERFLOW_THREADS) -> None:
        super().__init__(max_workers=1, thread_name_prefix="jargon-worker")
        self.overflow_after = overflow_after
        self.overflow = ThreadPoolExecutor(max_workers=max_overflow, thread_name_prefix="jargon-overflow")
        self._busy_since: float | None = None  # when the lane's current job started (None: idle)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        started = self._busy_since
        if started is not None and time.monotonic() - started > self.overflow_after:
            return self.overflow.submit(fn, *args, **kwargs)
        return super().submit(self._timed, fn, args, kwargs)

    def _timed(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        self._busy_since = time.monotonic()
        try:
            return fn(*args, **kwargs)
        finally:
            self._busy_since = None

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait=wait, cancel_futures=cancel_futures)
        self.overflow.shutdown(wait=wait, cancel_futures=cancel_futures)
