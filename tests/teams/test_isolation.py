"""Only adapters/teams.py (and teams_clients.py, its SDK client plumbing) import botbuilder:
a move to the Microsoft 365 Agents SDK touches the Teams adapter alone."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SDK = ("botbuilder", "botframework", "msrest")
SDK_MODULES = {"teams.py", "teams_clients.py"}  # teams_clients: connector clients built once, sent with aiohttp


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
                 if p.name not in SDK_MODULES and _imports(p) & set(SDK)]
    assert offenders == []
    assert _imports(ROOT / "adapters" / "teams.py") & {"botbuilder"}


def test_the_pure_teams_modules_import_no_sdk_and_no_aiohttp() -> None:
    """They stay testable without the SDK, and `jargon teams-package` starts fast (teams_files may use aiohttp)."""
    for name in ("render_teams.py", "teams_activity.py", "teams_refs.py", "teams_settings.py", "teams_icons.py",
                 "teams_package.py"):
        assert not _imports(ROOT / "adapters" / name, top_level=True) & {*SDK, "aiohttp"}, name
