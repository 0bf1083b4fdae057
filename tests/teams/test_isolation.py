"""Only adapters/teams/ imports the Bot Framework SDK: a move to the Microsoft 365 Agents SDK
touches the Teams package alone, and its pure modules stay importable without it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SDK = ("botbuilder", "botframework", "msrest")
TEAMS = ROOT / "adapters" / "teams"


def _imports(path: Path, *, top_level: bool = False) -> set[str]:
    """Modules imported anywhere in the file, or only at its top level (what importing it costs)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in (tree.body if top_level else ast.walk(tree)):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_botbuilder_is_imported_by_the_teams_adapter_only() -> None:
    offenders = [str(p.relative_to(ROOT)) for folder in ("adapters", "bot", "glossary")
                 for p in (ROOT / folder).rglob("*.py")
                 if TEAMS not in p.parents and _imports(p) & set(SDK)]
    assert offenders == []
    assert _imports(TEAMS / "handler.py") & {"botbuilder"}


def test_the_pure_teams_modules_import_no_sdk_and_no_aiohttp() -> None:
    """They stay testable without the SDK, and `jargon teams-package` starts fast (teams_files may use aiohttp)."""
    for name in ("render.py", "activity.py", "refs.py", "settings.py", "icons.py", "package.py"):
        assert not _imports(TEAMS / name, top_level=True) & {*SDK, "aiohttp"}, name
