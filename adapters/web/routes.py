"""GET /glossary, /glossary/terms/{id}, /glossary/dashboard: the read-only web glossary.

A sub-application mounted at /glossary, so its sessions, access check and headers apply to these
pages only. Only GET and HEAD are routed: anything else is 405. Pages are rendered with Jinja2
(autoescaped: every string people typed is escaped) in a worker thread, since they read SQLite.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from aiohttp import web
from jinja2 import Environment, PackageLoader, select_autoescape

from adapters.web import access
from adapters.web.dashboard import Dashboard, dashboard
from adapters.web.pages import LETTERS, Catalogs, index_page, term_page
from bot.core import Bot
from bot.weblinks import ACCESS_MODES, LINK_DAYS, web_secret

PREFIX = "/glossary"
CSS = "glossary.css"
DASHBOARD_SECONDS = 30  # the dashboard's figures are recomputed at most this often (and on any glossary change)


class Site:
    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self.glossary = bot.glossary
        self.catalogs = Catalogs(bot.glossary)
        self.templates = Environment(loader=PackageLoader("adapters.web", "templates"),
                                     autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True)
        self.css = resources.files("adapters.web").joinpath("static", CSS).read_bytes()
        self._dashboard: tuple[float, int, Dashboard] | None = None

    def render(self, name: str, status: int = 200, **context: Any) -> web.Response:
        html = self.templates.get_template(name).render(bot_name=self.bot.config.bot_name, prefix=PREFIX,
                                                        link_days=LINK_DAYS, **context)
        return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")

    def denied(self, request: web.Request, reason: str) -> web.Response:
        return self.render("denied.html", 401, title="A personal link is needed", reason=reason)

    # -- pages ---------------------------------------------------------------------
    async def index(self, request: web.Request) -> web.Response:
        query = request.query
        page = int(query["page"]) if query.get("page", "").isdigit() and len(query["page"]) < 7 else 1
        wanted = {k: query.get(k, "") for k in ("q", "letter", "tag")}

        def build() -> web.Response:
            p = index_page(self.glossary, self.catalogs, page=page, **wanted)
            kept = {k: v for k, v in (("q", p.q), ("letter", p.letter), ("tag", p.tag)) if v}

            def page_url(n: int) -> str:
                return PREFIX + "?" + urlencode({**kept, "page": n})

            title = f"Search: {p.q}" if p.q else "Glossary"
            return self.render("index.html", title=title, active="terms", p=p, letters=LETTERS, page_url=page_url)

        return await asyncio.to_thread(build)

    async def term(self, request: web.Request) -> web.Response:
        term_id = request.match_info["term_id"][:200]

        def build() -> web.Response:
            page = term_page(self.glossary, term_id)
            if page is None:
                return self.render("not_found.html", 404, title="No such term")
            return self.render("term.html", title=page.term.term, page=page)

        return await asyncio.to_thread(build)

    def dashboard_data(self) -> Dashboard:
        """12 weeks of figures cost a few hundred ms on a busy log: computed once per DASHBOARD_SECONDS."""
        version, cached = self.glossary.terms.version(), self._dashboard
        if cached and cached[1] == version and time.monotonic() - cached[0] < DASHBOARD_SECONDS:
            return cached[2]
        data = dashboard(self.glossary, self.bot.config)
        self._dashboard = (time.monotonic(), version, data)
        return data

    async def dashboard(self, request: web.Request) -> web.Response:
        def build() -> web.Response:
            return self.render("dashboard.html", title="Dashboard", active="dashboard", d=self.dashboard_data())

        return await asyncio.to_thread(build)

    async def stylesheet(self, request: web.Request) -> web.Response:
        return web.Response(body=self.css, content_type="text/css", charset="utf-8",
                            headers={"Cache-Control": "public, max-age=3600"})


@web.middleware
async def strip_slash(request: web.Request, handler: Any) -> web.StreamResponse:
    """/glossary/ and /glossary/dashboard/ are the pages without the slash: a permanent redirect, the
    query (a personal link's key) kept. Before the gate, so the key still reaches it."""
    path = request.path
    if path.endswith("/") and path.startswith(PREFIX + "/"):
        target = path.rstrip("/") or PREFIX
        raise web.HTTPPermanentRedirect(target + (f"?{request.query_string}" if request.query_string else ""))
    return await handler(request)


def access_mode(mode: str) -> str:
    if mode not in ACCESS_MODES:
        raise ValueError(f"JARGON_WEB_ACCESS must be one of {', '.join(ACCESS_MODES)}, not {mode!r}")
    return mode


def setup(app: web.Application, bot: Bot, env: Mapping[str, str]) -> None:
    """Mount the site at /glossary; JARGON_WEB_ACCESS=off mounts nothing (every URL is a 404)."""
    mode = access_mode(bot.config.web_access)
    if mode == "off":
        return
    site = Site(bot)
    sub = web.Application(middlewares=[access.headers, strip_slash])
    if mode == "links":
        access.protect(sub, web_secret(bot.glossary, bot.config), bot.glossary.clock,
                       secure=bot.config.public_url.startswith("https://"), denied=site.denied)
    sub.router.add_get("", site.index)
    sub.router.add_get("/terms/{term_id}", site.term)
    sub.router.add_get("/dashboard", site.dashboard)
    sub.router.add_get(f"/static/{CSS}", site.stylesheet)
    app.add_subapp(PREFIX, sub)
