"""`jargon serve` applies JARGON_LOG_RETENTION_DAYS itself: at start-up, then once a day.

The same purge as `jargon purge` (glossary.maintenance.purge_questions), so a company that
promised "questions are kept N days" keeps that promise without a cron job. Several web
processes may run it; deleting what is already deleted is harmless. Registered as an aiohttp
cleanup context, so it stops with the server.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from aiohttp import web

from adapters.server.background import run_with_server
from glossary.maintenance import purge_questions
from glossary.service import Glossary

log = logging.getLogger(__name__)

DAY_SECONDS = 24 * 3600.0


async def purge_forever(glossary: Glossary, days: int, every: float = DAY_SECONDS) -> None:
    """Never dies of a bad run: a locked or read-only database is logged and tried again next time."""
    while True:
        try:
            removed = await asyncio.to_thread(purge_questions, glossary, days)
            if removed:
                log.info("question log: deleted %s questions older than %s days", removed, days)
        except Exception as exc:
            log.error("question log purge failed (%s); trying again in %.0f s", type(exc).__name__, every)
        await asyncio.sleep(every)


def setup(app: web.Application, glossary: Glossary, days: int | None, env: Mapping[str, str]) -> bool:
    """Start the daily purge when a retention is set. Returns whether it runs."""
    if days is None:
        log.info("question log kept without limit (set JARGON_LOG_RETENTION_DAYS to purge old questions)")
        return False
    every = float(env.get("JARGON_RETENTION_TICK_SECONDS") or DAY_SECONDS)

    run_with_server(app, "question-log-retention", lambda: purge_forever(glossary, days, every),
                    f"question log: questions older than {days} days are deleted daily")
    return True
