"""Size-capped file downloads (YAML imports attached in Slack or Teams)."""

from __future__ import annotations

import logging

import aiohttp

log = logging.getLogger(__name__)


async def fetch_capped(url: str, *, limit: int, timeout: float, headers: dict[str, str] | None = None,
                       what: str = "file", allow_redirects: bool = True) -> bytes | None:
    """The whole body, or None when the download fails or exceeds `limit` bytes.

    `allow_redirects=False` when only some hosts may be fetched: a redirect could lead anywhere.

    Reads until the end: `StreamReader.read(n)` returns only the first chunk, and a cut-off YAML
    file can still parse, so a partial read would import part of a glossary silently.
    """
    try:
        client_timeout = aiohttp.ClientTimeout(total=timeout)
        async with aiohttp.ClientSession(timeout=client_timeout) as session, \
                session.get(url, headers=headers or {}, allow_redirects=allow_redirects) as response:
            if response.status != 200:
                log.info("%s download answered HTTP %s", what, response.status)
                return None
            data = bytearray()
            async for chunk in response.content.iter_chunked(64 * 1024):
                data.extend(chunk)
                if len(data) > limit:
                    log.info("ignored a %s over %s bytes", what, limit)
                    return None
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.info("%s download failed: %s", what, type(exc).__name__)
        return None
    return bytes(data)
