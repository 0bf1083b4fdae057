"""The layering rules: the core never touches a chat SDK, only adapters/teams/ touches botbuilder,
Slack and Teams never import each other, and no module grows past 300 lines."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLATFORM_SDKS = {"slack_bolt", "slack_sdk", "botbuilder", "aiohttp"}
CORE = ("bot", "glossary")
ADAPTERS = ROOT / "adapters"
PLATFORMS = ("slack", "teams")
MAX_MODULE_LINES = 300


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports: import/from statements and importlib/__import__ calls with literal names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
    return found


def _top(module: str) -> str:
    return module.split(".")[0]


def _python_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def test_the_import_walker_sees_every_kind_of_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import slack_sdk.web\nfrom aiohttp import web\nimport importlib\n"
                      "importlib.import_module('botbuilder.core')\n__import__('slack_bolt')\n", encoding="utf-8")
    assert {_top(m) for m in imported_modules(sample)} >= PLATFORM_SDKS


def test_bot_and_glossary_never_import_a_platform_sdk() -> None:
    files = _python_files(*CORE)
    assert len(files) > 10
    offenders = {str(p.relative_to(ROOT)): sorted(m for m in imported_modules(p) if _top(m) in PLATFORM_SDKS)
                 for p in files}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_botbuilder_is_imported_only_under_adapters_teams() -> None:
    users = [p for p in _python_files("bot", "glossary", "adapters", "bench")
             if any(_top(m) == "botbuilder" for m in imported_modules(p))]
    assert users, "the Teams adapter imports botbuilder: the walker must see it"
    assert [p.relative_to(ROOT).as_posix() for p in users if ADAPTERS / "teams" not in p.parents] == []


def test_slack_and_teams_never_import_each_other() -> None:
    offenders = {}
    for platform in PLATFORMS:
        other = next(p for p in PLATFORMS if p != platform)
        for path in (ADAPTERS / platform).rglob("*.py"):
            # `from adapters import teams` names the package as well as `import adapters.teams.x` does
            bad = sorted(m for m in _adapter_imports(path) if m == f"adapters.{other}"
                         or m.startswith(f"adapters.{other}."))
            if bad:
                offenders[path.relative_to(ROOT).as_posix()] = bad
    assert offenders == {}


def _adapter_imports(path: Path) -> set[str]:
    """imported_modules, plus `from adapters import x` spelled out as adapters.x."""
    found = imported_modules(path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "adapters" and node.level == 0:
            found.update(f"adapters.{alias.name}" for alias in node.names)
    return found


def test_no_module_is_over_300_lines() -> None:
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
             for p in _python_files("bot", "glossary", "adapters")}
    assert len(sizes) > 50
    assert {path: n for path, n in sizes.items() if n > MAX_MODULE_LINES} == {}


def test_adapters_holds_packages_not_prefixed_modules() -> None:
    """One sub-package per front door: a platform prefix on a file name means it is in the wrong place."""
    prefixed = [p.name for p in ADAPTERS.glob("*.py") if p.name.startswith(("slack", "teams", "cli", "render"))]
    assert prefixed == []
    for package in ("slack", "teams", "cli", "server"):
        assert (ADAPTERS / package / "__init__.py").is_file(), package


def _loaded_after(code: str, tmp_path: Path) -> list[str]:
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                         env={"JARGON_DB": str(tmp_path / "arch.db"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                         check=True)
    return [m for m in json.loads(out.stdout.splitlines()[-1]) if _top(m) in PLATFORM_SDKS]


def test_the_core_loads_no_sdk_even_indirectly(tmp_path: Path) -> None:
    assert _loaded_after("import bot.core, glossary.service, glossary.matching", tmp_path) == []


def test_jargon_ask_loads_no_sdk(tmp_path: Path) -> None:
    code = "from adapters.cli.main import main\nmain(['ask', 'what does SLA mean'])"
    assert _loaded_after(code, tmp_path) == []
