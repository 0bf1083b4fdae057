"""`jargon serve` posts the digest itself on `JARGON_DIGEST_SCHEDULE` ("mon 09:00") in `JARGON_TIMEZONE`.

A background task wakes every minute. Once this week's posting time has passed it runs
the same `send_digest` as `jargon digest --send`; the claims in the database make every
extra run (more web processes, a restart at 09:00, cron as well) a no-op, and make a failed
channel get retried on a later tick. Registered as an aiohttp cleanup context, so it stops
with the server.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from datetime import tzinfo

from aiohttp import web

from adapters.digest_send import SendReport, send_digest
from adapters.server.background import run_with_server
from bot.config import BotConfig
from glossary.digest_week import Schedule, zone
from glossary.service import Glossary

log = logging.getLogger(__name__)

TICK_SECONDS = 60.0


async def run_if_due(glossary: Glossary, config: BotConfig, env: Mapping[str, str], schedule: Schedule,
                     tz: tzinfo) -> SendReport | None:
    """One tick: send when this week's posting time has passed, else nothing."""
    if not schedule.is_due(glossary.clock(), tz):
        return None
    report = await send_digest(glossary, config, env)
    if report.sent or report.failed or report.deactivated:
        log.info("%s", report.summary())
    return report


async def run_forever(glossary: Glossary, config: BotConfig, env: Mapping[str, str], schedule: Schedule,
                      tz: tzinfo, tick: float = TICK_SECONDS) -> None:
    """Never dies of a bad tick: a database hiccup or a bug is logged and the next tick tries again."""
    while True:
        try:
            await run_if_due(glossary, config, env, schedule, tz)
        except Exception:
            log.exception("digest schedule: this tick failed; trying again in %.0f s", tick)
        await asyncio.sleep(tick)


def setup(app: web.Application, glossary: Glossary, config: BotConfig, env: Mapping[str, str]) -> bool:
    """Start the schedule with the server. Returns False (and logs why) when it is off or misconfigured."""
    try:
        schedule = Schedule.parse(config.digest_schedule)
        tz = zone(config.timezone)
    except ValueError as exc:
        log.error("digest schedule disabled: %s", exc)
        return False
    if schedule.weekday is None:
        log.info("digest schedule is off (JARGON_DIGEST_SCHEDULE); use `jargon digest --send` from cron")
        return False
    tick = float(env.get("JARGON_DIGEST_TICK_SECONDS") or TICK_SECONDS)

    run_with_server(app, "digest-schedule", lambda: run_forever(glossary, config, env, schedule, tz, tick),
                    f"digest schedule: {schedule.describe()} ({config.timezone})")
    return True
