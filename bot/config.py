"""Settings from the environment. Secret values are never printed, only their names."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class BotConfig:
    admins: frozenset[str] = field(default_factory=frozenset)  # "slack:U123", "teams:<aad id>", "console:local"
    open_editing: bool = False
    bot_name: str = "Jargon Bot"
    log_questions: bool = True
    log_retention_days: int | None = None
    timezone: str = "UTC"
    digest_schedule: str = "mon 09:00"
    public_url: str = ""  # JARGON_PUBLIC_URL: where people reach `jargon serve`; links need it
    web_access: str = "links"  # JARGON_WEB_ACCESS: links | open | off (adapters/web/)
    web_secret: str = field(default="", repr=False)  # JARGON_WEB_SECRET; empty: one kept in the database

    @classmethod
    def from_env(cls) -> BotConfig:
        admins = frozenset(a.strip() for a in os.environ.get("JARGON_ADMINS", "").replace(";", ",").split(",")
                           if a.strip())
        retention = os.environ.get("JARGON_LOG_RETENTION_DAYS", "").strip()
        return cls(
            admins=admins,
            open_editing=_flag("JARGON_OPEN_EDITING"),
            bot_name=os.environ.get("JARGON_BOT_NAME", "Jargon Bot"),
            log_questions=os.environ.get("JARGON_LOG_QUESTIONS", "1").strip().lower() not in {"0", "false", "off"},
            log_retention_days=int(retention) if retention.isdigit() else None,
            timezone=os.environ.get("JARGON_TIMEZONE", "UTC"),
            digest_schedule=os.environ.get("JARGON_DIGEST_SCHEDULE", "mon 09:00"),
            public_url=os.environ.get("JARGON_PUBLIC_URL", "").strip().rstrip("/"),
            web_access=os.environ.get("JARGON_WEB_ACCESS", "links").strip().lower() or "links",
            web_secret=os.environ.get("JARGON_WEB_SECRET", ""),
        )
