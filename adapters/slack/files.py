"""Files people send the bot in a DM (a YAML glossary to import), fetched with the bot token.

The token is only ever sent to Slack's own file host (or the fake API in tests), never to a URL
that merely appears in a payload.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from adapters.downloads import fetch_capped

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1024 * 1024
SLACK_FILE_HOSTS = {"files.slack.com"}


class Downloader:
    def __init__(self, token: str, api_url: str | None = None) -> None:
        self._token = token
        self.hosts = set(SLACK_FILE_HOSTS)
        if api_url:
            self.hosts.add(urlsplit(api_url).netloc)

    async def first_file(self, event: dict[str, Any]) -> bytes | None:
        """The first shared file's bytes, if it is small and hosted by Slack; else None."""
        files = event.get("files") if event.get("subtype") == "file_share" or event.get("files") else None
        if not isinstance(files, list) or not files or not isinstance(files[0], dict):
            return None
        info = files[0]
        url = str(info.get("url_private_download") or info.get("url_private") or "")
        if urlsplit(url).netloc not in self.hosts or int(info.get("size") or 0) > MAX_FILE_BYTES:
            return None
        return await fetch_capped(url, limit=MAX_FILE_BYTES, timeout=15, what="Slack file",
                                  headers={"Authorization": f"Bearer {self._token}"})
