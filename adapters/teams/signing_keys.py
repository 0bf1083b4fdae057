"""Microsoft's token-signing keys, fetched in a thread instead of on the event loop.

botframework-connector refreshes its OpenID metadata (about once a day, and when an unknown key
id shows up) with a blocking `requests.get` and no timeout, inside a coroutine: while Microsoft's
endpoint is slow, the whole server (Slack included) would stall. The same fetch runs here in a
thread, with a timeout, and concurrent refreshes share one request.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import requests
from botframework.connector.auth.jwt_token_extractor import _OpenIdMetadata

FETCH_TIMEOUT_SECONDS = 10.0


def _fetch_keys(metadata_url: str) -> list[dict[str, Any]]:
    response = requests.get(metadata_url, timeout=FETCH_TIMEOUT_SECONDS)
    response.raise_for_status()
    keys = requests.get(response.json()["jwks_uri"], timeout=FETCH_TIMEOUT_SECONDS)
    keys.raise_for_status()
    return keys.json()["keys"]


async def _refresh_off_loop(self: _OpenIdMetadata) -> None:
    pending: asyncio.Future | None = getattr(self, "_jargon_pending", None)
    if pending is None or pending.done():
        pending = self._jargon_pending = asyncio.ensure_future(asyncio.to_thread(_fetch_keys, self.url))
    self.keys = await asyncio.shield(pending)
    self.last_updated = datetime.now()


def fetch_signing_keys_off_loop() -> None:
    """Idempotent: called when the Teams endpoint is set up."""
    _OpenIdMetadata._refresh = _refresh_off_loop  # type: ignore[method-assign]
