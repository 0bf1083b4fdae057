"""Who /api/messages serves: Microsoft Teams itself, from the allowed tenants. Pure, no SDK.

A valid Bot Framework token only proves that the Bot Connector sent the activity, not which
channel or organisation it came from: Direct Line and Web Chat clients choose their own
`from.id`, and a multi-tenant app can be installed by any Microsoft 365 tenant. So every
activity is checked after its token and before anything is stored or answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adapters.teams.activity import tenant_ids

TEAMS_CHANNEL = "msteams"
EMULATOR_CHANNEL = "emulator"  # the Bot Framework Emulator: only in dev mode, which has no authentication anyway


@dataclass(frozen=True)
class Gate:
    """`tenants` empty: any tenant (a multi-tenant app without an allow-list; warned at start-up)."""

    tenants: frozenset[str] = frozenset()
    emulator: bool = False

    def refusal(self, activity: dict[str, Any]) -> str | None:
        """None when the activity may reach the bot; else why not, for the 403 body and the log."""
        channel = str(activity.get("channelId") or "")
        if channel != TEAMS_CHANNEL and not (self.emulator and channel == EMULATOR_CHANNEL):
            return f"this bot only serves Microsoft Teams (channelId \"{TEAMS_CHANNEL}\"), not {channel[:40]!r}"
        if not self.tenants:
            return None
        found = tenant_ids(activity)
        if not found:
            return "this bot only serves its own Microsoft 365 tenants, and the activity names none"
        if not found <= self.tenants:
            return "this bot does not serve this Microsoft 365 tenant"
        return None


def reference_refusal(reference: dict[str, Any], tenants: frozenset[str]) -> str | None:
    """Why nothing may be sent to a stored conversation, or None. A tenant removed from the allow-list
    after a channel subscribed gets no more digests or notices; the subscription is kept, so allowing
    the tenant again resumes them."""
    if not tenants:
        return None
    conversation = reference.get("conversation") if isinstance(reference.get("conversation"), dict) else {}
    tenant = str(conversation.get("tenantId") or "").strip().lower()
    return None if tenant in tenants else "this Microsoft 365 tenant is no longer allowed (JARGON_TEAMS_TENANTS)"
