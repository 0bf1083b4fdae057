"""`jargon serve`: run the one aiohttp app (Slack, Teams, /healthz) until SIGTERM, then stop cleanly.

A platform's SIGTERM (a deploy, a scale-down) must not cut answers in half: the server stops
accepting connections, lets requests in flight finish and Slack answers already acked reach Slack
(adapters.slack.app drains them on shutdown), and exits within 10 s, before the usual SIGKILL.
Socket Mode, when SLACK_APP_TOKEN is set, is started by the Slack adapter with the app itself,
so /healthz stays up whether or not the websocket is connected.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Mapping

from aiohttp import web

from bot.config import BotConfig
from glossary.service import Glossary

log = logging.getLogger(__name__)

HANDLER_GRACE_SECONDS = 7.0  # requests still open (a Teams turn waiting on a slow connector) get this long
STOP_DEADLINE_SECONDS = 9.5  # the whole shutdown, whatever happens: platforms SIGKILL at 10 s


async def run(glossary: Glossary, host: str, port: int, *, config: BotConfig | None = None,
              env: Mapping[str, str] | None = None, stop: asyncio.Event | None = None,
              reuse_port: bool = False) -> int:
    """Serve until `stop` is set (SIGTERM/SIGINT set it when running as a process).

    `reuse_port`: share the port with sibling processes (`jargon serve --workers N`, adapters/server/prefork.py).
    """
    from adapters.server.app import create_app
    from adapters.server.lanes import LaneExecutor

    asyncio.get_running_loop().set_default_executor(LaneExecutor())  # to_thread work: see adapters/server/lanes.py
    app = create_app(glossary, config, env)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=HANDLER_GRACE_SECONDS, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port, reuse_port=reuse_port or None)
    await site.start()
    bound = site._server.sockets[0].getsockname()[1] if site._server and site._server.sockets else port  # type: ignore[union-attr]
    log.info("Jargon Bot listening on http://%s:%s (health: /healthz)", host, bound)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(signum, stop.set)
        except (NotImplementedError, RuntimeError):  # not the main thread (tests) or not POSIX
            pass
    warm = asyncio.create_task(asyncio.to_thread(lambda: glossary.matcher))  # first answer fast, even cold
    await stop.wait()
    log.info("shutting down: finishing the requests in flight")
    warm.cancel()
    try:
        await asyncio.wait_for(runner.cleanup(), STOP_DEADLINE_SECONDS)
    except TimeoutError:
        log.warning("shutdown took longer than %s s; exiting anyway", STOP_DEADLINE_SECONDS)
    log.info("stopped")
    return 0


def serve(glossary: Glossary, host: str = "0.0.0.0", port: int = 3000, *,  # noqa: S104 - a server's job
          reuse_port: bool = False) -> int:
    """Blocking entry point for the CLI."""
    from adapters.server.logs import setup_logging

    setup_logging()  # JARGON_LOG_FORMAT=json, JARGON_LOG_LEVEL; secrets scrubbed, request ids on every line
    try:
        return asyncio.run(run(glossary, host, port, reuse_port=reuse_port))
    finally:
        glossary.close()
