"""Answer each Slack event once: Slack retries a delivery (same event_id) when the ack is slow or lost.

A retry can arrive while the first delivery is still being handled, possibly in another process
on the same database, so the claim is an INSERT in SQLite (the primary key decides the winner),
behind an in-memory set that answers repeats without touching the disk.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta

from glossary.clock import iso
from glossary.service import Glossary

KEEP = timedelta(hours=2)  # Slack stops retrying after about an hour
PRUNE_EVERY = 200


class EventClaims:
    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self._claims = 0

    def claim(self, event_id: str) -> bool:
        """True for the first delivery of `event_id`, False for every repeat. Thread-safe."""
        with self._lock:
            if event_id in self._seen:
                return False
            self._seen.add(event_id)
            self._claims += 1
            prune = self._claims % PRUNE_EVERY == 0
        now = self.glossary.clock()
        connections = self.glossary.connections
        try:  # one statement, one call into SQLite (Connections.write_one): this runs on every event
            connections.write_one("insert into slack_events (event_id, at) values (?, ?)", [event_id, iso(now)])
        except sqlite3.IntegrityError:
            return False
        if prune:
            connections.write_one("delete from slack_events where at < ?", [iso(now - KEEP)])
            with self._lock:
                self._seen.clear()  # the table is the memory; this set only saves disk trips
        return True
