"""Teams' own rules for what a bot sends, checked in tests: the vendors' schemas plus the limits they miss.

- Adaptive Cards: the official 1.5 JSON schema (Draft 6), after removing Teams' top-level
  `msteams` extension, which the schema does not know (see ../shared/schemas/SOURCE.txt).
- Teams renders at most 6 actions per ActionSet and 6 card-level actions (host config
  `actions.maxActions`); the rest are silently not shown.
- A Teams message is refused over about 28 KB.
- The app manifest: the official Teams manifest schema of the version it declares.

The schemas live in ../shared/schemas next to the repository (a sibling of the clone in CI).
A missing schema is a failure, never a skip: these checks are what keeps the payloads honest.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

SCHEMAS = Path(__file__).resolve().parents[2].parent / "shared" / "schemas"
CARD_SCHEMA = "adaptive-card-1.5.json"
HOST_CONFIG = "teams-hostconfig.json"
MAX_ACTIONS = 6  # checked against Teams' own host config by test_limits_match_teams_host_config
MAX_ACTIVITY_BYTES = 28 * 1024
ADAPTIVE = "application/vnd.microsoft.card.adaptive"


def schema_file(name: str) -> dict[str, Any]:
    path = SCHEMAS / name
    if not path.is_file():
        raise AssertionError(f"missing vendor schema {path}: the Teams payload checks cannot run without it "
                             "(see ../shared/schemas/SOURCE.txt for where each file comes from)")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _card_validator() -> jsonschema.Draft6Validator:
    return jsonschema.Draft6Validator(schema_file(CARD_SCHEMA))


@cache
def _manifest_validator(version: str) -> jsonschema.Draft7Validator:
    """Draft 7, not the file's draft 4: it also enforces `manifestVersion`'s `const` (SOURCE.txt)."""
    return jsonschema.Draft7Validator(schema_file(f"teams-manifest-{version}.schema.json"),
                                      format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def host_max_actions() -> int:
    return int(schema_file(HOST_CONFIG)["actions"]["maxActions"])


def _error_text(error: jsonschema.ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path) or "(root)"
    details = sorted({c.message for c in error.context or []})[:3]
    return f"{where}: {error.message[:200]}" + (f" ({'; '.join(d[:120] for d in details)})" if details else "")


def card_problems(card: Any) -> list[str]:
    """Everything wrong with one Adaptive Card for Teams: the 1.5 schema, then the 6-action limit."""
    if not isinstance(card, dict):
        return [f"an Adaptive Card must be an object, got {type(card).__name__}"]
    content = {k: v for k, v in card.items() if k != "msteams"}
    problems = [_error_text(e) for e in _card_validator().iter_errors(content)]
    problems += [f"{len(actions)} actions in one {where} (Teams shows {MAX_ACTIONS})"
                 for where, actions in _action_lists(card) if len(actions) > MAX_ACTIONS]
    return problems


def _action_lists(node: Any, where: str = "card") -> list[tuple[str, list[Any]]]:
    """Every list of actions Teams renders side by side: card-level `actions`, each ActionSet, each ShowCard."""
    found: list[tuple[str, list[Any]]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "data":  # what the bot gets back on a click, not what the user sees
                continue
            if key == "actions" and isinstance(value, list):
                found.append((where if node.get("type") != "ActionSet" else "ActionSet", value))
            found.extend(_action_lists(value, "card" if node.get("type") == "Action.ShowCard" else where))
    elif isinstance(node, list):
        for child in node:
            found.extend(_action_lists(child, where))
    return found


def activity_cards(activity: dict[str, Any]) -> list[Any]:
    return [a.get("content") for a in activity.get("attachments") or []
            if isinstance(a, dict) and a.get("contentType") == ADAPTIVE]


def activity_problems(activity: dict[str, Any], size: int | None = None) -> list[str]:
    """A message activity for Teams: every card valid, and the whole message within ~28 KB."""
    if size is None:
        size = len(json.dumps(activity, ensure_ascii=False).encode())
    problems = [f"the activity is {size:,} bytes; Teams refuses messages over {MAX_ACTIVITY_BYTES:,}"] \
        if size > MAX_ACTIVITY_BYTES else []
    for n, card in enumerate(activity_cards(activity)):
        problems += [f"card {n}: {p}" for p in card_problems(card)]
    return problems


def invoke_problems(body: Any) -> list[str]:
    """An invoke answer (messaging-extension results, a dialog): every card in it, each within the limits."""
    cards: list[Any] = []
    if isinstance(body, dict):
        extension = body.get("composeExtension") or {}
        cards += [a.get("content") for a in extension.get("attachments") or [] if a.get("contentType") == ADAPTIVE]
        task_card = ((body.get("task") or {}).get("value") or {}).get("card") or {}
        if task_card.get("contentType") == ADAPTIVE:
            cards.append(task_card.get("content"))
    problems: list[str] = []
    for n, card in enumerate(cards):
        size = len(json.dumps(card, ensure_ascii=False).encode())
        if size > MAX_ACTIVITY_BYTES:
            problems.append(f"card {n} is {size:,} bytes; Teams refuses messages over {MAX_ACTIVITY_BYTES:,}")
        problems += [f"card {n}: {p}" for p in card_problems(card)]
    return problems


def manifest_problems(manifest: dict[str, Any]) -> list[str]:
    """The manifest against the official schema of the version it declares."""
    version = str(manifest.get("manifestVersion") or "")
    if not version:
        return ["the manifest declares no manifestVersion"]
    validator = _manifest_validator(version)
    return [_error_text(e) for e in validator.iter_errors(manifest)]
