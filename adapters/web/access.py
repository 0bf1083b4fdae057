"""Who may see the web glossary (JARGON_WEB_ACCESS), and the headers every page carries.

- links (default): a personal link from the bot (`?key=…`, bot/weblinks.py). Opening one sets an
  encrypted session cookie (aiohttp-session's EncryptedCookieStorage: HttpOnly, SameSite=Lax, Secure
  when JARGON_PUBLIC_URL is https) and redirects (303) to the same page without the key, so the key
  leaves the address bar, the history and any Referer. No key and no session: 401 and how to get one.
- open: no check (a company's own single sign-on proxy in front).
- off: adapters/web/routes.py adds no route at all.
The key never reaches a log line: the access line logs the path only, and logs.scrub removes `key=`.
"""

from __future__ import annotations

import hashlib
import logging
import time
import warnings
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp_session import get_session, session_middleware
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from bot.weblinks import LINK_DAYS, verify
from glossary.clock import Clock

log = logging.getLogger(__name__)
# aiohttp-session keys the request with plain strings; aiohttp recommends typed keys. Harmless, and not ours.
warnings.filterwarnings("ignore", category=web.NotAppKeyWarning, module="aiohttp_session")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
COOKIE = "jargon_glossary"
STATIC_PREFIX = "/glossary/static/"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@web.middleware
async def headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Security headers on every response (errors too), no caching of pages, one access line without the query."""
    started = time.perf_counter()
    status = 500
    try:
        response = await handler(request)
        status = response.status
    except web.HTTPException as exc:
        status = exc.status
        exc.headers.update(HEADERS)
        raise
    finally:
        log.info("web %s %s %s %.1f ms", request.method, request.path, status,
                 (time.perf_counter() - started) * 1000)
    response.headers.update(HEADERS)
    response.headers.setdefault("Cache-Control", "private, no-store")
    response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
    return response


def session_key(secret: bytes) -> bytes:
    """The cookie encryption key: derived from the link secret, so one secret rotates both."""
    return hashlib.sha256(b"jargon-web-session:" + secret).digest()  # 32 raw bytes, as Fernet wants


class Gate:
    """The `links` mode check, as a middleware placed after the session middleware."""

    def __init__(self, secret: bytes, clock: Clock, denied: Callable[[web.Request, str], web.Response]) -> None:
        self.secret = secret
        self.clock = clock
        self.denied = denied

    @web.middleware
    async def check(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path.startswith(STATIC_PREFIX):
            return await handler(request)
        session = await get_session(request)
        key = request.query.get("key")
        if key is not None:
            checked = verify(self.secret, key, self.clock())
            if checked is None:
                session.invalidate()
                return self.denied(request, "This link is not valid any more: it has expired or was altered.")
            session["who"], session["exp"] = checked
            raise web.HTTPSeeOther(str(request.rel_url.without_query_params("key")))
        expires = session.get("exp")
        if not session.get("who") or not isinstance(expires, int) or expires <= self.clock().timestamp():
            return self.denied(request, "This page needs a personal link." if session.new
                               else "Your link has expired.")
        return await handler(request)


def protect(app: web.Application, secret: bytes, clock: Clock, *, secure: bool,
            denied: Callable[[web.Request, str], web.Response]) -> None:
    """Sessions, then the gate, on the glossary's sub-application only (Slack and Teams never see them)."""
    storage = EncryptedCookieStorage(session_key(secret), cookie_name=COOKIE, path="/glossary", httponly=True,
                                     secure=secure, samesite="Lax", max_age=LINK_DAYS * 86400)
    app.middlewares.append(session_middleware(storage))
    app.middlewares.append(Gate(secret, clock, denied).check)
