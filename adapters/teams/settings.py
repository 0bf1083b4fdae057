"""Teams settings from the environment, whether /api/messages is on, and errors. No SDK imports.

Secrets are only ever named, never printed: `safe_error` blanks the app password out of
any error text before it is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

log = logging.getLogger("adapters.teams")

ROUTE = "/api/messages"
DEV_FLAG = "JARGON_TEAMS_DEV"  # other tools rely on this name
TENANTS_VAR = "JARGON_TEAMS_TENANTS"
_secrets: set[str] = set()


def safe_error(exc: BaseException) -> str:
    """An exception as one log line, cut short, with any configured secret blanked out."""
    text = f"{type(exc).__name__}: {exc}"[:300]
    for secret in _secrets:
        text = text.replace(secret, "***")
    return text


class TeamsDeliveryError(RuntimeError):
    """The Bot Connector did not take a message (refused, unreachable, 4xx/5xx). `status`: its HTTP status."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def status_of(exc: BaseException) -> int | None:
    """The HTTP status inside an msrest / botbuilder error (403: the bot was removed), if any."""
    response = getattr(exc, "response", None)
    for value in (getattr(response, "status_code", None), getattr(response, "status", None)):
        if isinstance(value, int):
            return value
    return None


@dataclass(frozen=True)
class TeamsSettings:
    """The conventional Bot Framework settings; the upper-case names are what botbuilder reads."""

    APP_ID: str = ""
    APP_PASSWORD: str = ""
    APP_TYPE: str = "MultiTenant"
    APP_TENANTID: str = ""
    dev: bool = False
    tenants: tuple[str, ...] = ()  # JARGON_TEAMS_TENANTS: the tenants a multi-tenant app serves

    def __post_init__(self) -> None:
        if self.APP_PASSWORD:
            _secrets.add(self.APP_PASSWORD)

    def __repr__(self) -> str:  # never show the password, even in a traceback
        return f"TeamsSettings(APP_ID={self.APP_ID!r}, APP_TYPE={self.APP_TYPE!r}, dev={self.dev})"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> TeamsSettings:
        return cls(env.get("MicrosoftAppId", "").strip(), env.get("MicrosoftAppPassword", "").strip(),
                   env.get("MicrosoftAppType", "").strip() or "MultiTenant",
                   env.get("MicrosoftAppTenantId", "").strip(),
                   env.get(DEV_FLAG, "").strip().lower() in {"1", "true", "yes", "on"},
                   tuple(t.strip() for t in env.get(TENANTS_VAR, "").split(",") if t.strip()))

    @property
    def allowed_tenants(self) -> frozenset[str]:
        """MicrosoftAppTenantId and JARGON_TEAMS_TENANTS together; empty means any tenant."""
        return frozenset(t.lower() for t in (self.APP_TENANTID, *self.tenants) if t)

    @property
    def unauthenticated(self) -> bool:
        """Dev mode: no app id, so no token is checked (the Bot Framework Emulator)."""
        return self.dev and not self.APP_ID

    def problem(self) -> str | None:
        """What is missing, by variable name (never by value)."""
        kind = self.APP_TYPE.lower()
        if kind not in {"multitenant", "singletenant", "userassignedmsi"}:
            return "MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI"
        if kind != "multitenant" and not self.APP_TENANTID:
            return f"MicrosoftAppType={self.APP_TYPE} needs MicrosoftAppTenantId"
        if kind == "singletenant" and not self.APP_PASSWORD:
            return "MicrosoftAppType=SingleTenant needs MicrosoftAppPassword"
        return None

    def off_reason(self) -> str | None:
        """None when the endpoint should run; else why not (the 503 body). Logs the mode either way."""
        problem = self.problem()
        if not self.APP_ID and not self.dev:
            log.info("Teams endpoint off: MicrosoftAppId is not set")
            return ("Teams is not configured: set MicrosoftAppId and MicrosoftAppPassword "
                    f"(or {DEV_FLAG}=1 for local testing without authentication)")
        if problem is not None:
            log.error("Teams endpoint off: %s", problem)
            return f"Teams settings are incomplete: {problem}"
        if not self.APP_ID:
            log.warning("!!! %s=1 and no MicrosoftAppId: %s accepts UNAUTHENTICATED requests from anyone. "
                        "For local testing only; never in production. !!!", DEV_FLAG, ROUTE)
        elif self.dev:
            log.info("%s is ignored because MicrosoftAppId is set: authentication stays on", DEV_FLAG)
        if self.APP_ID and not self.APP_PASSWORD and self.APP_TYPE.lower() == "multitenant":
            log.warning("MicrosoftAppPassword is not set: replies to Teams will fail to authenticate")
        if not self.allowed_tenants:
            log.warning("Teams: neither MicrosoftAppTenantId nor %s is set, so ANY Microsoft 365 tenant that "
                        "installs this app can use the bot. Set one of them to serve only your tenants.",
                        TENANTS_VAR)
        return None
