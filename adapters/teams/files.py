"""A file someone sends the bot in a Teams personal chat (a YAML glossary to import).

Teams gives the bot a short-lived, pre-authenticated `downloadUrl`: no credential is sent
with the request. Only https is fetched (plain http only on the loopback interface, for the
Emulator and tests), and only up to MAX_FILE_BYTES.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from adapters.downloads import fetch_capped

log = logging.getLogger(__name__)

FILE_INFO = "application/vnd.microsoft.teams.file.download.info"
MAX_FILE_BYTES = 1024 * 1024
TIMEOUT_SECONDS = 15
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def download_url(activity: dict[str, Any]) -> str | None:
    """The first attached file's download URL, if it is one we may fetch."""
    for attachment in activity.get("attachments") or []:
        if not isinstance(attachment, dict) or attachment.get("contentType") != FILE_INFO:
            continue
        url = str((attachment.get("content") or {}).get("downloadUrl") or "")
        parts = urlsplit(url)
        if parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in _LOOPBACK):
            return url
        log.info("ignored a Teams file with a %s download URL", parts.scheme or "missing")
    return None


async def first_file(activity: dict[str, Any]) -> bytes | None:
    """The attached file's bytes, or None (no file, too big, or the download failed)."""
    url = download_url(activity)
    if url is None:
        return None
    return await fetch_capped(url, limit=MAX_FILE_BYTES, timeout=TIMEOUT_SECONDS, what="Teams file")
