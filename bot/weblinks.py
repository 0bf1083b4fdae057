"""Personal links to the web glossary: signed for one person (or one digest), valid 30 days.

A key is `v1.<subject>.<expiry>.<signature>`: the subject (a user key such as "slack:U123",
base64url), the expiry in Unix seconds, and an HMAC-SHA256 over both with JARGON_WEB_SECRET
(or, when that is unset, a random secret generated once and kept in the database's meta table).
Nothing else is stored: a link is checked by recomputing its signature.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from urllib.parse import quote, urlencode

from bot.config import BotConfig
from bot.messages import Link, Reply
from glossary.meta import get_or_create
from glossary.service import Glossary

LINK_DAYS = 30
LINK_LABEL = "Open in the glossary"
META_NAME = "web_secret"  # where the generated secret is kept
ACCESS_MODES = ("links", "open", "off")
_VERSION = "v1"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def web_secret(glossary: Glossary, config: BotConfig) -> bytes:
    """JARGON_WEB_SECRET, or the one generated for this database on first use."""
    if config.web_secret:
        return config.web_secret.encode("utf-8")
    return get_or_create(glossary.connections, META_NAME, lambda: secrets.token_urlsafe(32)).encode("utf-8")


def _signature(secret: bytes, payload: str) -> str:
    return _b64(hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest())


def sign(secret: bytes, subject: str, now: datetime, days: int = LINK_DAYS) -> str:
    expires = int((now + timedelta(days=days)).timestamp())
    payload = f"{_VERSION}.{_b64(subject.encode('utf-8'))}.{expires}"
    return f"{payload}.{_signature(secret, payload)}"


def verify(secret: bytes, key: str, now: datetime) -> tuple[str, int] | None:
    """(subject, expiry) of a genuine, unexpired key; None for anything else (tampered, expired, garbage)."""
    parts = key.split(".") if len(key) <= 1000 else []
    if len(parts) != 4 or parts[0] != _VERSION or not parts[2].isdigit():
        return None
    payload = ".".join(parts[:3])
    if not hmac.compare_digest(_signature(secret, payload), parts[3]):
        return None
    expires = int(parts[2])
    if expires <= now.timestamp():
        return None
    try:
        return _unb64(parts[1]).decode("utf-8"), expires
    except (binascii.Error, ValueError):
        return None


def link_url(glossary: Glossary, config: BotConfig, subject: str, path: str = "",
             query: dict[str, str] | None = None) -> str | None:
    """The URL of a glossary page for `subject`, or None when links are off (no public URL, access off)."""
    if not config.public_url or config.web_access not in ("links", "open"):
        return None
    params = dict(query or {})
    if config.web_access == "links":
        params["key"] = sign(web_secret(glossary, config), subject, glossary.clock())
    url = f"{config.public_url}/glossary{quote(path)}"
    return url + ("?" + urlencode(params) if params else "")


def add_link(reply: Reply, glossary: Glossary, config: BotConfig, subject: str, path: str = "",
             query: dict[str, str] | None = None, label: str = LINK_LABEL) -> Reply:
    """The reply with an "Open in the glossary" button, when links are on."""
    url = link_url(glossary, config, subject, path, query)
    if url:
        reply.links.append(Link(label, url))
    return reply
