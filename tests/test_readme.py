"""The README tells the truth: every env var the code reads is in its configuration table, and its
CLI table lists exactly the commands (and options) the parser has."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from adapters.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
ENV_RECEIVERS = re.compile(r"(^|\.)(environ|env)$")  # os.environ, env (a Mapping passed down from os.environ)


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end != -1 else None]


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "TEXT" assignments, so `env.get(DEV_FLAG)` resolves."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found.update({t.id: node.value.value for t in node.targets if isinstance(t, ast.Name)})
    return found


def _name(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def env_vars_read() -> dict[str, str]:
    """{name: file} for os.environ.get / os.environ[...] / os.getenv / env.get reads in bot/, glossary/, adapters/."""
    found: dict[str, str] = {}
    for package in ("bot", "glossary", "adapters"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            constants = _constants(tree)
            for node in ast.walk(tree):
                key = None
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
                    receiver = ast.unparse(node.func.value)
                    if (node.func.attr in ("get", "pop", "setdefault") and ENV_RECEIVERS.search(receiver)) or \
                            (node.func.attr == "getenv" and receiver == "os"):
                        key = _name(node.args[0], constants)
                elif isinstance(node, ast.Subscript) and ENV_RECEIVERS.search(ast.unparse(node.value)):
                    key = _name(node.slice, constants)
                if key:
                    found.setdefault(key, str(path.relative_to(ROOT)))
    return found


def test_every_env_var_read_in_the_code_is_in_the_configuration_table() -> None:
    read = env_vars_read()
    assert {"JARGON_DB", "JARGON_ADMINS", "SLACK_BOT_TOKEN", "MicrosoftAppId", "JARGON_DIGEST_TICK_SECONDS",
            "JARGON_RETENTION_TICK_SECONDS", "JARGON_TEAMS_DEV"} <= set(read)  # the scan itself works
    table = "\n".join(line for line in section("Configuration").splitlines() if line.startswith("|"))
    missing = {name: where for name, where in read.items() if not re.search(rf"`\$?{re.escape(name)}`", table)}
    assert missing == {}, "add these to the README's configuration table"


def _cli_rows() -> list[str]:
    rows = [line for line in section("The `jargon` command").splitlines() if line.startswith("| `jargon")]
    return [re.match(r"\| `([^`]+)`", row).group(1) for row in rows]  # type: ignore[union-attr]


def test_every_command_in_the_cli_table_exists_with_its_options() -> None:
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    documented = set()
    for usage in _cli_rows():
        name = usage.split()[1]
        assert name in commands, f"README documents `jargon {name}`, which the parser does not have"
        documented.add(name)
        options = {o for action in commands[name]._actions for o in action.option_strings}
        for option in re.findall(r"--[a-z][a-z-]*", usage):
            assert option in options, f"`{usage}`: the parser has no {option}"
    assert set(commands) - documented == set(), "commands the README's CLI table does not list"
