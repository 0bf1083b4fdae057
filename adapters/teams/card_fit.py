"""Teams' own limits on a card, applied whatever the glossary holds. Pure functions over card JSON.

- Teams shows at most 6 actions per ActionSet and 6 card-level actions (its host config's
  `actions.maxActions`); the rest are silently not rendered. Buttons go in sets of 6 at most.
- Teams refuses a message over about 28 KB. A card is measured as the Bot Connector client
  sends it (`json.dumps`, so every non-ASCII character can weigh 6 bytes) and, when it is too big,
  long texts people wrote are shortened (never form inputs or button data), then trailing
  elements are dropped, each time with a visible note.
"""

from __future__ import annotations

import json
from typing import Any

Json = dict[str, Any]

MAX_ACTIONS = 6
MAX_CARD_BYTES = 24_000  # 28 KB per activity, less room for the activity around the card
_TEXT_LIMITS = (2_000, 1_000, 500, 250, 120)
TRIMMED_NOTE = "Shortened to fit in a Teams message: pick a term for its full text."
CUT_NOTE = "…cut short to fit in a Teams message."


def action_sets(actions: list[Json]) -> list[Json]:
    """ActionSets of at most MAX_ACTIONS each, in order: every button stays reachable."""
    return [{"type": "ActionSet", "actions": actions[i:i + MAX_ACTIONS]}
            for i in range(0, len(actions), MAX_ACTIONS)]


def size(payload: Any) -> int:
    """Bytes on the wire, as msrest serialises an activity (`json.dumps` with ASCII escapes)."""
    return len(json.dumps(payload).encode())


def cut_to_bytes(text: str, budget: int) -> str:
    """The longest prefix of `text` whose JSON string form is at most `budget` bytes."""
    while text and size(text) > budget:
        text = text[:max(0, min(len(text) - 1, len(text) * budget // size(text)))]
    return text


def _trim_runs(node: Any, limit: int) -> tuple[Any, bool]:
    """A copy with every displayed TextRun/TextBlock text cut to `limit` characters; whether any was cut."""
    if isinstance(node, list):
        parts = [_trim_runs(child, limit) for child in node]
        return [p for p, _ in parts], any(c for _, c in parts)
    if not isinstance(node, dict):
        return node, False
    copy: Json = {}
    cut = False
    for key, value in node.items():
        if key == "data":  # button data is what the bot gets back: never changed
            copy[key] = value
        elif key == "text" and node.get("type") in ("TextRun", "TextBlock") and isinstance(value, str) \
                and len(value) > limit:
            copy[key], cut = value[:limit - 1].rstrip() + "…", True
        else:
            copy[key], child_cut = _trim_runs(value, limit)
            cut = cut or child_cut
    return copy, cut


def _note(text: str) -> Json:
    return {"type": "RichTextBlock", "inlines": [{"type": "TextRun", "text": text, "isSubtle": True}]}


def fit(card: Json, budget: int = MAX_CARD_BYTES) -> Json:
    """The card itself when it fits; else a shortened copy that does, saying it was shortened."""
    if size(card) <= budget:
        return card
    for limit in _TEXT_LIMITS:
        trimmed, cut = _trim_runs(card, limit)
        if cut:
            trimmed["body"] = [*trimmed.get("body", []), _note(TRIMMED_NOTE)]
        if size(trimmed) <= budget:
            return trimmed
    body = list(trimmed.get("body", []))
    if size({**trimmed, "body": [_note(CUT_NOTE)]}) > budget:
        trimmed.pop("actions", None)  # even without a body it is too big: the buttons go too
    while body and size({**trimmed, "body": [*body, _note(CUT_NOTE)]}) > budget:
        body.pop()
    return {**trimmed, "body": [*body, _note(CUT_NOTE)]}
