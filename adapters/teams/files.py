"""A file someone sends the bot in a Teams personal chat (a YAML glossary to import).

Teams stores the file in the sender's OneDrive for Business and gives the bot a short-lived,
pre-authenticated `downloadUrl` on their tenant's SharePoint host (`contoso-my.sharepoint.com`):
no credential is sent with the request. The download is left to the command that needs it
(`glossary import`, after its role check), and it is refused, with nothing fetched, unless it
is https on a SharePoint/OneDrive host (JARGON_TEAMS_FILE_HOSTS), with no redirect followed.
The loopback interface is allowed only in unauthenticated dev mode, for the Emulator and the
tests' fake connector. At most MAX_FILE_BYTES are read.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from adapters.downloads import fetch_capped
from bot.messages import AttachmentError

log = logging.getLogger(__name__)

FILE_INFO = "application/vnd.microsoft.teams.file.download.info"
MAX_FILE_BYTES = 1024 * 1024
TIMEOUT_SECONDS = 15
FILE_HOSTS_VAR = "JARGON_TEAMS_FILE_HOSTS"
DEFAULT_FILE_HOSTS = (".sharepoint.com",)  # Microsoft 365 commercial and GCC: OneDrive is <tenant>-my.sharepoint.com
_LOOPBACK_NAMES = {"localhost"}


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in _LOOPBACK_NAMES


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class FilePolicy:
    """Where Teams files may come from. A host with a leading dot allows its sub-domains, else exactly it."""

    hosts: tuple[str, ...] = DEFAULT_FILE_HOSTS
    loopback: bool = False  # dev mode without authentication only

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, dev: bool) -> FilePolicy:
        hosts = tuple(h.strip().lower() for h in env.get(FILE_HOSTS_VAR, "").split(",") if h.strip())
        return cls(hosts or DEFAULT_FILE_HOSTS, loopback=dev)

    def _host_allowed(self, host: str) -> bool:
        if not host or _is_ip(host):
            return False
        return any(host.endswith(h) and len(host) > len(h) if h.startswith(".") else host == h for h in self.hosts)

    def check(self, url: str) -> str:
        """The URL when it may be fetched; else AttachmentError saying why (nothing is fetched)."""
        try:
            parts = urlsplit(url)
            host, port = (parts.hostname or "").rstrip("."), parts.port
        except ValueError:
            raise AttachmentError("The attached file's download link is not a valid URL, so I did not fetch it.") \
                from None
        if self.loopback and parts.scheme in ("http", "https") and _is_loopback(host):
            return url
        allowed = " or ".join(f"*{h}" if h.startswith(".") else h for h in self.hosts)
        if parts.scheme != "https" or parts.username or parts.password or port not in (None, 443) \
                or not self._host_allowed(host):
            log.info("refused a Teams file download from %s://%s", parts.scheme or "?", host[:80] or "?")
            raise AttachmentError(f"I only download files from your organisation's SharePoint or OneDrive "
                                  f"(https, {allowed}), which is where Teams keeps files sent to me. This one "
                                  f"links to “{host[:60] or 'nowhere'}”, so I did not fetch it.")
        return url


def attached_url(activity: dict[str, Any]) -> str | None:
    """The first attached file's download URL (unchecked), or None when no file is attached."""
    for attachment in activity.get("attachments") or []:
        if isinstance(attachment, dict) and attachment.get("contentType") == FILE_INFO:
            content = attachment.get("content") if isinstance(attachment.get("content"), dict) else {}
            return str(content.get("downloadUrl") or "")
    return None


def attachment_fetcher(activity: dict[str, Any], policy: FilePolicy,
                       loop: asyncio.AbstractEventLoop) -> Callable[[], bytes] | None:
    """What `IncomingMessage.fetch_attachment` calls, from a worker thread, if a command wants the file."""
    url = attached_url(activity)
    if url is None:
        return None

    def fetch() -> bytes:
        checked = policy.check(url)
        try:
            on_loop = asyncio.get_running_loop() is loop
        except RuntimeError:
            on_loop = False
        if on_loop:  # waiting here for the loop would deadlock it
            raise RuntimeError("a Teams file must be fetched from a worker thread, not the event loop")
        download = fetch_capped(checked, limit=MAX_FILE_BYTES, timeout=TIMEOUT_SECONDS, what="Teams file",
                                allow_redirects=False)
        data = asyncio.run_coroutine_threadsafe(download, loop).result(TIMEOUT_SECONDS + 5)
        if data is None:
            raise AttachmentError(f"I could not download the attached file: it is over {MAX_FILE_BYTES // 1024} "
                                  "KB, or its link expired. Send it again.")
        return data

    return fetch
