"""One aiohttp server for every platform: /slack/events, /api/messages, /healthz."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from aiohttp import web

from bot.config import BotConfig
from bot.core import Bot
from glossary.service import Glossary

log = logging.getLogger(__name__)

BOT_KEY = web.AppKey("bot", Bot)
GLOSSARY_KEY = web.AppKey("glossary", Glossary)
MAX_BODY_BYTES = 1024 * 1024


async def healthz(request: web.Request) -> web.Response:
    """Healthy only when the database answers."""
    glossary = request.app[GLOSSARY_KEY]
    try:
        terms = glossary.terms.count()
    except Exception as exc:  # any database failure means unhealthy
        log.error("health check failed: %s", exc)
        return web.json_response({"ok": False, "error": "database unavailable"}, status=503)
    return web.json_response({"ok": True, "terms": terms})


def create_app(glossary: Glossary, config: BotConfig | None = None,
               env: Mapping[str, str] | None = None) -> web.Application:
    """Build the app; each platform adds its routes only when its settings are present."""
    from adapters import scheduler, slack, teams

    env = os.environ if env is None else env
    bot = Bot(glossary, config or BotConfig.from_env())
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app[BOT_KEY] = bot
    app[GLOSSARY_KEY] = glossary
    app.router.add_get("/healthz", healthz)
    slack.setup(app, bot, env)
    teams.setup(app, bot, env)
    scheduler.setup(app, glossary, bot.config, env)  # the weekly digest (adapters/scheduler.py)
    return app
