"""adapters/server/lanes.py: the server's synchronous work runs on one thread, and a long job does not block it."""

from __future__ import annotations

import asyncio
import threading
import time

from adapters.server.lanes import LaneExecutor


async def test_short_jobs_share_one_thread_in_order() -> None:
    lanes = LaneExecutor()
    asyncio.get_running_loop().set_default_executor(lanes)
    seen: list[tuple[int, str]] = []

    def job(n: int) -> int:
        seen.append((n, threading.current_thread().name))
        return n * n

    results = await asyncio.gather(*(asyncio.to_thread(job, n) for n in range(50)))
    assert results == [n * n for n in range(50)]
    assert [n for n, _ in seen] == list(range(50))  # one lane: first come, first served
    assert {name for _, name in seen} == {"jargon-worker_0"}


async def test_a_job_arriving_during_a_long_one_goes_to_the_overflow_and_finishes_first() -> None:
    lanes = LaneExecutor(overflow_after=0.05)
    asyncio.get_running_loop().set_default_executor(lanes)
    release = threading.Event()
    finished: list[str] = []

    def long_job() -> None:  # a big import, or a wait for another process's write lock
        release.wait(5)
        finished.append("long")

    def question() -> str:
        finished.append("question")
        return threading.current_thread().name

    long = asyncio.ensure_future(asyncio.to_thread(long_job))
    await asyncio.sleep(0.1)  # the lane has been busy for longer than overflow_after
    started = time.monotonic()
    thread = await asyncio.wait_for(asyncio.to_thread(question), 2)
    assert time.monotonic() - started < 1 and thread.startswith("jargon-overflow")
    release.set()
    await long
    assert finished == ["question", "long"]


def test_shutdown_waits_for_both_pools() -> None:
    lanes = LaneExecutor(overflow_after=0.0)
    done: list[str] = []
    lanes.submit(lambda: (time.sleep(0.05), done.append("lane")))
    time.sleep(0.01)
    lanes.submit(lambda: (time.sleep(0.05), done.append("overflow")))
    lanes.shutdown(wait=True)
    assert sorted(done) == ["lane", "overflow"]
