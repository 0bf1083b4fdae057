"""Slack's own validators in the suite: every Block Kit payload the fake Web API receives is checked
with slack_sdk's models (`Block.parse(...).to_dict()` and `View(...).to_dict()` validate nested elements,
lengths and counts); a payload Slack would refuse fails the test that sent it (FakeSlackAPI.stop)."""

from __future__ import annotations

from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MAX_MESSAGE_BLOCKS = 50
MAX_TEXT = 40_000  # chat.postMessage `text`
VIEW_METHODS = ("views.open", "views.publish", "views.update", "views.push")


def problems(method: str, params: dict[str, Any]) -> list[str]:
    """What Slack would refuse in one call's payload (empty when it is valid)."""
    found: list[str] = []
    blocks = params.get("blocks")
    if blocks is not None:
        if not isinstance(blocks, list):
            return [f"{method}: blocks is not a list"]
        if len(blocks) > MAX_MESSAGE_BLOCKS:
            found.append(f"{method}: {len(blocks)} blocks (Slack allows {MAX_MESSAGE_BLOCKS} in a message)")
        found += [f"{method}: {p}" for p in _blocks(blocks)]
    if isinstance(params.get("text"), str) and len(params["text"]) > MAX_TEXT:
        found.append(f"{method}: text of {len(params['text'])} characters")
    view = params.get("view")
    if method in VIEW_METHODS and view is not None:
        try:
            if not isinstance(view, dict):
                raise SlackObjectFormationError("view is not an object")
            View(**view).to_dict()
        except (SlackObjectFormationError, TypeError, ValueError) as exc:
            found.append(f"{method}: invalid view: {exc}")
    return found


def _blocks(blocks: list[Any]) -> list[str]:
    found = []
    for i, block in enumerate(blocks):
        try:
            parsed = Block.parse(block) if isinstance(block, dict) else None
            if parsed is None:
                raise SlackObjectFormationError(f"not a known block: {str(block)[:80]}")
            parsed.to_dict()
        except (SlackObjectFormationError, TypeError, ValueError) as exc:
            found.append(f"block {i} ({block.get('type') if isinstance(block, dict) else '?'}): {exc}")
    return found
