"""One place for "now", so tests can fix the clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    """Sortable UTC text, the form every timestamp is stored in."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")
