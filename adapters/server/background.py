"""Tasks that live as long as the web server (the digest schedule, the question-log purge)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)


def run_with_server(app: web.Application, name: str, start: Callable[[], Coroutine[Any, Any, None]],
                    announce: str) -> None:
    """Start `start()` when the server starts; cancel it cleanly when the server stops."""

    async def background(_: web.Application) -> AsyncIterator[None]:
        task = asyncio.create_task(start(), name=name)
        log.info("%s", announce)
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    app.cleanup_ctx.append(background)
