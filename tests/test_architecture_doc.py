"""docs/architecture.md stays true: every module path and function it names exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
PACKAGES = ("adapters", "bot", "glossary")
PATH = re.compile(r"\b((?:adapters|bot|glossary)(?:/[a-z_]+)*(?:/|\.py))")
DOTTED = re.compile(r"\b((?:adapters|bot|glossary)(?:\.[A-Za-z_]+)+)")


def _module_file(parts: list[str]) -> Path | None:
    base = ROOT.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _defines(path: Path, names: list[str]) -> bool:
    """`Class.method` or `function`, defined in the module (top level, then in the class)."""
    scope: list[ast.stmt] = ast.parse(path.read_text(encoding="utf-8")).body
    for name in names:
        found = next((node for node in scope if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                    ast.ClassDef)) and node.name == name), None)
        if found is None:
            return False
        scope = found.body if isinstance(found, ast.ClassDef) else []
    return True


def _resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 1, -1):  # the longest prefix that is a module; the rest are names in it
        module = _module_file(parts[:cut])
        if module is not None:
            return _defines(module, parts[cut:])
    return False


def test_the_architecture_note_names_only_real_modules_and_functions() -> None:
    text = DOC.read_text(encoding="utf-8")
    paths = set(PATH.findall(text))
    dotted = set(DOTTED.findall(text))
    assert len(paths) > 10 and len(dotted) > 15  # the walk through the code is there
    assert sorted(p for p in paths if not (ROOT / p).exists()) == []
    assert sorted(d for d in dotted if not _resolves(d)) == []


def test_the_checker_catches_a_wrong_name() -> None:
    assert _resolves("adapters.slack.listeners.Listeners.message")
    assert not _resolves("adapters.slack.listeners.Listeners.nonexistent")
    assert not _resolves("adapters.slack_listeners")
