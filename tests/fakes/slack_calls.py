"""What the fake Slack Web API records: one Call per request, decoded the way tests want to read it."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

#: Form fields that slack_sdk sends as JSON strings; decoded so tests can assert on structure.
JSON_FIELDS = ("blocks", "attachments", "view", "files", "metadata")


@dataclass
class Call:
    """One request the fake received. `method` is the API method, or 'response_url', 'upload', 'socket_ack'."""

    method: str
    params: dict[str, Any]
    path: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    status: int | None = None  # the HTTP status answered (None while a hang is in progress)
    at: float = field(default_factory=time.monotonic)

    @property
    def text(self) -> str:
        """The message text of a post (chat.* or response_url), '' if none."""
        return str(self.params.get("text", ""))

    @property
    def blocks(self) -> list[dict[str, Any]]:
        blocks = self.params.get("blocks") or (self.params.get("view") or {}).get("blocks") or []
        return blocks if isinstance(blocks, list) else []

    def all_text(self) -> str:
        """Fallback text plus every text inside the blocks: 'what the user sees' for assertions."""
        return self.text + "\n" + "\n".join(texts(self.blocks))


@dataclass
class Fault:
    """A programmed misbehaviour for the next `times` calls of one method."""

    status: int = 200
    retry_after: int | None = None
    error: str | None = None
    hang: float = 0.0
    times: int = 1


def texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["text"]] if isinstance(node.get("text"), str) else []
        for key, value in node.items():
            if key != "text" or not isinstance(value, str):
                found.extend(texts(value))
        return found
    if isinstance(node, list):
        return [t for item in node for t in texts(item)]
    return []


def decode(raw: bytes, content_type: str) -> dict[str, Any]:
    text = raw.decode("utf-8", errors="replace")
    if not text:
        return {}
    if "json" in content_type or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
            return data if isinstance(data, dict) else {"_body": data}
        except ValueError:
            return {"_body": text}
    params: dict[str, Any] = dict(parse_qsl(text, keep_blank_values=True))
    for name in JSON_FIELDS:
        if isinstance(params.get(name), str):
            try:
                params[name] = json.loads(params[name])
            except ValueError:
                pass
    return params
