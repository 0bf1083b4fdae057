"""Calendar weeks in the team's time zone: what "last week" means for the digest.

A digest always covers one complete Monday-to-Sunday week in `JARGON_TIMEZONE`, and is
keyed by its ISO week ("2026-W47"). A stable key is what lets cron, several web
processes and restarts agree that a week's digest was already sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from glossary.clock import iso

_KEY = re.compile(r"^(\d{4})-W(\d{2})$")


def zone(name: str) -> tzinfo:
    """The configured zone; an unknown name is a configuration error that names the value."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (JARGON_TIMEZONE); use a name like Europe/Paris") from None


@dataclass(frozen=True)
class Week:
    """Monday `start` to Sunday `end`, inclusive, in one time zone."""

    start: date
    tz: tzinfo

    @classmethod
    def containing(cls, moment: datetime, tz: tzinfo) -> Week:
        local = moment.astimezone(tz).date()
        return cls(local - timedelta(days=local.weekday()), tz)

    @classmethod
    def last_complete(cls, now: datetime, tz: tzinfo) -> Week:
        """The week the digest reports on: the one before the week `now` is in."""
        return cls.containing(now, tz).previous

    @classmethod
    def from_key(cls, key: str, tz: tzinfo) -> Week:
        """'2026-W47' -> that ISO week."""
        m = _KEY.match(key.strip())
        if not m:
            raise ValueError(f"not a week: {key!r} (expected a form like 2026-W47)")
        try:
            return cls(date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1), tz)
        except ValueError:
            raise ValueError(f"not a week: {key!r}") from None

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def key(self) -> str:
        year, week, _ = self.start.isocalendar()
        return f"{year}-W{week:02d}"

    @property
    def previous(self) -> Week:
        return Week(self.start - timedelta(days=7), self.tz)

    @property
    def next(self) -> Week:
        return Week(self.start + timedelta(days=7), self.tz)

    def moment(self, day: date, at: time = time(0, 0)) -> datetime:
        """A local wall-clock time on `day`, as an aware datetime."""
        return datetime.combine(day, at, tzinfo=self.tz)

    @property
    def bounds(self) -> tuple[str, str]:
        """[start, end) as stored UTC text, ready for `at >= ? and at < ?`."""
        return iso(self.moment(self.start)), iso(self.moment(self.start + timedelta(days=7)))

    @property
    def label(self) -> str:
        """'16–22 Nov 2026', '30 Nov – 6 Dec 2026', '29 Dec 2025 – 4 Jan 2026'."""
        a, b = self.start, self.end
        if a.year != b.year:
            return f"{a.day} {a:%b %Y} – {b.day} {b:%b %Y}"
        if a.month != b.month:
            return f"{a.day} {a:%b} – {b.day} {b:%b %Y}"
        return f"{a.day}–{b.day} {b:%b %Y}"


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SCHEDULE = re.compile(r"^\s*([a-z]+)\s+(\d{1,2}):(\d{2})\s*$", re.I)
OFF = ("off", "none", "never", "0", "false")


@dataclass(frozen=True)
class Schedule:
    """`JARGON_DIGEST_SCHEDULE`: a weekday and a local time ("mon 09:00"), or "off"."""

    weekday: int | None  # 0 = Monday; None = the built-in schedule is off (cron only)
    at: time = time(9, 0)

    @classmethod
    def parse(cls, text: str) -> Schedule:
        if text.strip().lower() in OFF:
            return cls(None)
        m = _SCHEDULE.match(text)
        word = m.group(1).lower() if m else ""
        days = [i for i, name in enumerate(_DAY_NAMES) if len(word) >= 3 and name.lower().startswith(word)]
        if not m or not days or not (0 <= int(m.group(2)) < 24 and 0 <= int(m.group(3)) < 60):
            raise ValueError(f"JARGON_DIGEST_SCHEDULE must look like 'mon 09:00' or 'off', not {text!r}")
        return cls(days[0], time(int(m.group(2)), int(m.group(3))))

    def due_at(self, now: datetime, tz: tzinfo) -> datetime | None:
        """This week's posting moment (it may be in the past or the future); None when off."""
        if self.weekday is None:
            return None
        week = Week.containing(now, tz)
        return week.moment(week.start + timedelta(days=self.weekday), self.at)

    def is_due(self, now: datetime, tz: tzinfo) -> bool:
        due = self.due_at(now, tz)
        return due is not None and now >= due

    def describe(self) -> str:
        if self.weekday is None:
            return "when `jargon digest --send` runs"
        return f"every {_DAY_NAMES[self.weekday]} at {self.at:%H:%M}"
