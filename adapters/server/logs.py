"""Logging setup: plain or JSON lines (JARGON_LOG_FORMAT=json), request ids, and secrets scrubbed."""

from __future__ import annotations

import contextvars
import json
import logging
import os
import re
import sys
from datetime import datetime, timezone

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)

SECRET_ENV_VARS = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_CLIENT_SECRET",
                   "MicrosoftAppPassword", "JARGON_WEB_SECRET")
_TOKEN_SHAPES = re.compile(
    r"\b(xox[abposer]-[0-9A-Za-z-]{6,}|xapp-[0-9A-Za-z-]{6,})|(Bearer\s+)[A-Za-z0-9._~+/=-]{12,}"
)
_LINK_KEY = re.compile(r"([?&;]key=)[^&\s\"'#]+")  # a web glossary link's personal key (adapters/web/access.py)
REDACTED = "[redacted]"


def scrub(text: str, secrets: tuple[str, ...] | None = None) -> str:
    """Remove configured secret values, anything shaped like a Slack or bearer token, and web link keys."""
    values = secrets if secrets is not None else tuple(os.environ.get(n, "") for n in SECRET_ENV_VARS)
    for value in values:
        if value and len(value) >= 6:
            text = text.replace(value, REDACTED)
    text = _LINK_KEY.sub(lambda m: m.group(1) + REDACTED, text)
    return _TOKEN_SHAPES.sub(lambda m: (m.group(2) or "") + REDACTED, text)


class ScrubFilter(logging.Filter):
    """Applied to every record, so no code path can log a secret, including SDK loggers."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets = tuple(os.environ.get(n, "") for n in SECRET_ENV_VARS)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message, self.secrets)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info), self.secrets)
            record.exc_info = None
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if getattr(record, "request_id", None):
            data["request_id"] = record.request_id
        if record.exc_text:
            data["error"] = record.exc_text
        return json.dumps(data, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        rid = getattr(record, "request_id", None)
        return f"{text} [request {rid}]" if rid else text


def setup_logging(fmt: str | None = None, level: str | None = None) -> None:
    fmt = (fmt or os.environ.get("JARGON_LOG_FORMAT", "text")).lower()
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(ScrubFilter())
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel((level or os.environ.get("JARGON_LOG_LEVEL", "INFO")).upper())
