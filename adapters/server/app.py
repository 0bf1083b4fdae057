"""One aiohttp server for every platform: /slack/events, /api/messages, /healthz, and the web glossary /glossary.

Every request gets a request id (the caller's X-Request-Id when it is sane, else a new one),
set in adapters.server.logs.request_id for every log line it causes, work after the ack included,
and returned in the X-Request-Id response header.
"""

from __future__ import annotations

import logging
import os
import re
import uuid
from collections.abc import Awaitable, Callable, Mapping

from aiohttp import web

from adapters.server.health import HealthProbe
from adapters.server.logs import request_id
from bot.config import BotConfig
from bot.core import Bot
from glossary.service import Glossary

log = logging.getLogger(__name__)

BOT_KEY = web.AppKey("bot", Bot)
GLOSSARY_KEY = web.AppKey("glossary", Glossary)
MAX_BODY_BYTES = 1024 * 1024
REQUEST_ID_HEADER = "X-Request-Id"
_SANE_ID = re.compile(r"[A-Za-z0-9._:-]{1,100}")  # anything else could forge log lines: replaced


@web.middleware
async def request_ids(request: web.Request,
                      handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> web.StreamResponse:
    given = request.headers.get(REQUEST_ID_HEADER, "")
    rid = given if _SANE_ID.fullmatch(given) else uuid.uuid4().hex
    token = request_id.set(rid)
    try:
        response = await handler(request)
    except web.HTTPException as exc:  # 404, 413...: the id still comes back
        exc.headers[REQUEST_ID_HEADER] = rid
        raise
    finally:
        request_id.reset(token)
    response.headers[REQUEST_ID_HEADER] = rid
    return response


def create_app(glossary: Glossary, config: BotConfig | None = None,
               env: Mapping[str, str] | None = None) -> web.Application:
    """Build the app; each platform adds its routes only when its settings are present."""
    from adapters.server import retention, scheduler
    from adapters.slack import app as slack
    from adapters.teams import endpoint as teams
    from adapters.web import routes as web_glossary

    env = os.environ if env is None else env
    bot = Bot(glossary, config or BotConfig.from_env())
    if not bot.config.log_questions:  # JARGON_LOG_QUESTIONS=0 holds on every platform, whoever opened the db
        glossary.activity.enabled = False
    app = web.Application(client_max_size=MAX_BODY_BYTES, middlewares=[request_ids])
    app[BOT_KEY] = bot
    app[GLOSSARY_KEY] = glossary
    health = HealthProbe(glossary)
    app.router.add_get("/healthz", health.handle)
    app.on_cleanup.append(health.close)
    slack.setup(app, bot, env)
    teams.setup(app, bot, env)
    web_glossary.setup(app, bot, env)  # GET /glossary…, per JARGON_WEB_ACCESS (adapters/web/)
    scheduler.setup(app, glossary, bot.config, env)  # the weekly digest (adapters/server/scheduler.py)
    retention.setup(app, glossary, bot.config.log_retention_days, env)  # JARGON_LOG_RETENTION_DAYS, daily
    return app
