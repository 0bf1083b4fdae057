"""Digest subscriptions and exactly-once delivery, decided in the database.

Every send is preceded by a claim on (subscription, week) taken inside one
BEGIN IMMEDIATE transaction, so two processes (cron and `jargon serve`, or two
web workers) can never both post the same week to the same channel:

    no row   -> claim (status "sending")
    sending  -> someone else is posting; skip (unless the claim is stale: a crash)
    failed   -> retry after a growing delay (10 min, 20, 40, ...), at most MAX_ATTEMPTS times a week
    sent     -> never again
    --force  -> claim whatever the state

A channel whose sends keep failing because the bot is gone (removed, archived) is
marked inactive after MAX_FAILURES consecutive failures; `glossary digest status` shows it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from glossary.clock import iso
from glossary.digest_week import Week
from glossary.service import Glossary

MAX_FAILURES = 3
MAX_ATTEMPTS = 6
RETRY_AFTER = timedelta(minutes=10)
STALE_CLAIM = timedelta(minutes=15)
MAX_ERROR_CHARS = 300


def retry_delay(attempts: int) -> timedelta:
    """10, 20, 40, 80, 160 minutes: a connector outage of a few hours still gets the week's digest out."""
    return RETRY_AFTER * 2 ** max(attempts - 1, 0)


@dataclass(frozen=True)
class Subscription:
    id: int
    platform: str
    channel: str
    reference: dict[str, Any] | None
    active: bool
    failures: int
    last_error: str | None
    created_by: str | None
    at: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Subscription:
        return cls(row["id"], row["platform"], row["channel"], json.loads(row["reference"]) if row["reference"]
                   else None, bool(row["active"]), row["failures"] or 0, row["last_error"], row["created_by"],
                   row["at"])


class Deliveries:
    """Subscriptions and their per-week delivery claims over one glossary database."""

    def __init__(self, glossary: Glossary) -> None:
        self.connections = glossary.connections
        self.clock = glossary.clock

    def _now(self) -> datetime:
        return self.clock()

    # -- subscriptions -----------------------------------------------------
    def get(self, platform: str, channel: str) -> Subscription | None:
        rows = list(self.connections.db.query("select * from subscriptions where platform = ? and channel = ?",
                                              [platform, channel]))
        return Subscription.from_row(rows[0]) if rows else None

    def subscribe(self, platform: str, channel: str, *, by: str,
                  reference: dict[str, Any] | None = None) -> tuple[Subscription, bool]:
        """Subscribe, or reactivate an inactive subscription. Returns (subscription, changed)."""
        ref = json.dumps(reference, sort_keys=True) if reference is not None else None
        with self.connections.write() as db:
            current = self.get(platform, channel)
            if current is None:
                db["subscriptions"].insert({"platform": platform, "channel": channel, "reference": ref,
                                            "active": 1, "failures": 0, "created_by": by, "at": iso(self._now())})
            else:
                db.execute("update subscriptions set active = 1, failures = 0, last_error = null, "
                           "reference = coalesce(?, reference) where id = ?", [ref, current.id])
            after = self.get(platform, channel)
        assert after is not None
        return after, current is None or not current.active

    def unsubscribe(self, platform: str, channel: str) -> bool:
        with self.connections.write() as db:
            current = self.get(platform, channel)
            if current is None:
                return False
            db.execute("delete from digest_deliveries where subscription_id = ?", [current.id])
            db.execute("delete from subscriptions where id = ?", [current.id])
        return True

    def all(self) -> list[Subscription]:
        return [Subscription.from_row(r) for r in self.connections.db.query(
            "select * from subscriptions order by platform, channel")]

    def recipients(self, week: Week, *, force: bool = False) -> list[Subscription]:
        """Active subscriptions that existed when `week` ended (a new one starts with next week's)."""
        end = week.bounds[1]
        return [s for s in self.all() if s.active and (force or s.at < end)]

    # -- claims -------------------------------------------------------------
    def claim(self, subscription_id: int, week: str, *, force: bool = False) -> bool:
        """True when this caller now owns the send of `week` to this subscription."""
        now = self._now()
        with self.connections.write() as db:
            row = db.execute("select status, claimed_at, attempts from digest_deliveries "
                             "where subscription_id = ? and week = ?", [subscription_id, week]).fetchone()
            if row is None:
                db["digest_deliveries"].insert({"subscription_id": subscription_id, "week": week,
                                                "status": "sending", "claimed_at": iso(now), "attempts": 1})
                return True
            status, claimed_at, attempts = row
            claimed = datetime.fromisoformat(claimed_at) if claimed_at else now - STALE_CLAIM
            if not force:
                if status == "sent":
                    return False
                if status == "sending" and now - claimed < STALE_CLAIM:
                    return False
                if status == "failed" and (now - claimed < retry_delay(attempts) or attempts >= MAX_ATTEMPTS):
                    return False
            db.execute("update digest_deliveries set status = 'sending', claimed_at = ?, attempts = attempts + 1 "
                       "where subscription_id = ? and week = ?", [iso(now), subscription_id, week])
            return True

    def mark_sent(self, subscription_id: int, week: str) -> None:
        with self.connections.write() as db:
            db.execute("update digest_deliveries set status = 'sent', sent_at = ?, error = null "
                       "where subscription_id = ? and week = ?", [iso(self._now()), subscription_id, week])
            db.execute("update subscriptions set failures = 0, last_error = null where id = ?", [subscription_id])

    def mark_failed(self, subscription_id: int, week: str, error: str, *, gone: bool = False) -> bool:
        """Record a failed send; returns True when the subscription has just been made inactive.

        `gone` means the platform says the bot cannot post there any more (removed, archived).
        """
        error = error[:MAX_ERROR_CHARS]
        with self.connections.write() as db:
            db.execute("update digest_deliveries set status = 'failed', error = ? "
                       "where subscription_id = ? and week = ?", [error, subscription_id, week])
            db.execute("update subscriptions set failures = failures + 1, last_error = ? where id = ?",
                       [error, subscription_id])
            failures = db.execute("select failures from subscriptions where id = ?",
                                  [subscription_id]).fetchone()
            if gone and failures and failures[0] >= MAX_FAILURES:
                db.execute("update subscriptions set active = 0 where id = ?", [subscription_id])
                return True
        return False

    def last_sent(self, subscription_id: int) -> str | None:
        row = self.connections.db.execute("select max(week) from digest_deliveries where subscription_id = ? "
                                          "and status = 'sent'", [subscription_id]).fetchone()
        return row[0] if row else None

    def status_of(self, subscription_id: int, week: str) -> str | None:
        row = self.connections.db.execute("select status from digest_deliveries where subscription_id = ? "
                                          "and week = ?", [subscription_id, week]).fetchone()
        return row[0] if row else None

    # -- owner notices: one private reminder per owner and week, claimed like a digest --------------
    def claim_notice(self, week: str, person: str) -> bool:
        """True for exactly one caller per (week, person); `release_notice` lets a failed send retry."""
        with self.connections.write() as db:
            cursor = db.execute("insert or ignore into meta (key, value) values (?, ?)",
                                [f"review_notice:{week}:{person}", iso(self._now())])
            return cursor.rowcount == 1

    def release_notice(self, week: str, person: str) -> None:
        with self.connections.write() as db:
            db.execute("delete from meta where key = ?", [f"review_notice:{week}:{person}"])
