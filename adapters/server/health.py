"""GET /healthz: healthy only when the database still takes a write.

A read-only mount or a full disk must fail the health check (503 and a clear reason), so a
platform restarts the instance or an operator looks, instead of answers being lost quietly.
The probe writes a heartbeat row in `meta` (a real transaction, committed) and checks that the
database can still grow (free pages under `max_page_count`, free bytes on the disk).

It runs on one dedicated thread with its own connection and a short busy timeout: a long
`jargon import` holding the write lock makes the answer "busy" (still 200), not a hang.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiohttp import web

from glossary.clock import iso
from glossary.db import StorageError
from glossary.service import Glossary

log = logging.getLogger(__name__)

PROBE_BUSY_MS = 2_000
PROBE_TIMEOUT_SECONDS = 5.0
MIN_FREE_BYTES = 1024 * 1024  # less room than this to grow, in the database or on the disk: "full"


class Unhealthy(Exception):
    """Why the database cannot be used, in words for the operator (no secrets, no traceback)."""


def _reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return "the database is read-only"
    if "full" in text:
        return "the database or disk is full"
    if "locked" in text or "busy" in text:
        return "busy"
    return f"the database cannot be written: {type(exc).__name__}"


class HealthProbe:
    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="healthz")
        self._configured = False

    def check(self) -> dict[str, Any]:
        """Runs on the probe thread. Raises Unhealthy; returns what /healthz shows otherwise."""
        connections = self.glossary.connections
        db = connections.db
        if not self._configured:
            db.execute(f"PRAGMA busy_timeout={PROBE_BUSY_MS}")
            self._configured = True
        try:
            with connections.write() as tx:
                tx.execute("insert into meta (key, value) values ('heartbeat', ?) "
                           "on conflict(key) do update set value = excluded.value", [iso(self.glossary.clock())])
        except (StorageError, sqlite3.Error) as exc:
            reason = _reason(exc)
            if reason == "busy":  # another writer (an import, the digest) holds the lock: slow, not broken
                return {"ok": True, "database": "busy", "terms": self.glossary.terms.count()}
            raise Unhealthy(reason) from exc
        self._check_room(db)
        return {"ok": True, "database": "ok", "terms": self.glossary.terms.count()}

    def _check_room(self, db: Any) -> None:
        page_size, pages, max_pages, free = (db.execute(f"pragma {p}").fetchone()[0] for p in
                                             ("page_size", "page_count", "max_page_count", "freelist_count"))
        if (max_pages - pages + free) * page_size < MIN_FREE_BYTES:
            raise Unhealthy("the database is full (max_page_count reached)")
        if self.glossary.path.parent.exists() and shutil.disk_usage(self.glossary.path.parent).free < MIN_FREE_BYTES:
            raise Unhealthy("the disk holding the database is full")

    async def handle(self, request: web.Request) -> web.Response:
        loop = asyncio.get_running_loop()
        try:
            body = await asyncio.wait_for(loop.run_in_executor(self._executor, self.check), PROBE_TIMEOUT_SECONDS)
        except Unhealthy as exc:
            log.error("health check failed: %s", exc)
            return web.json_response({"ok": False, "error": str(exc)}, status=503)
        except TimeoutError:
            log.error("health check failed: the database did not answer within %s s", PROBE_TIMEOUT_SECONDS)
            return web.json_response({"ok": False, "error": "the database does not answer"}, status=503)
        except Exception as exc:  # anything else (a corrupt file, a closed database) is unhealthy too
            log.error("health check failed: %s", _reason(exc))
            return web.json_response({"ok": False, "error": _reason(exc)}, status=503)
        return web.json_response(body)

    async def close(self, _app: web.Application | None = None) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
