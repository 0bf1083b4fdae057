"""The `jargon` command line. Subcommand names and JSON shapes are a contract: keep them.

Slow imports (chat SDKs, aiohttp) happen inside the subcommands that need them, so
`jargon ask` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

from adapters.cli.options import add_audience_option
from glossary import sides
from glossary.db import StorageError, default_db_path
from glossary.models import LookupResult
from glossary.yaml_io import GlossaryFormatError

#: Modules that add subcommands: each has `add_commands(subparsers)`.
EXTRA_COMMAND_MODULES = ["adapters.cli.ops", "adapters.cli.maintenance"]


def open_glossary(args: argparse.Namespace):  # noqa: ANN201 - lazily typed to keep start-up light
    from bot.config import BotConfig
    from glossary.service import Glossary

    config = BotConfig.from_env()
    return Glossary(args.db or default_db_path(), log_questions=config.log_questions)


def _print_result(result: LookupResult, glossary) -> None:  # noqa: ANN001
    from adapters.cli.render import render
    from bot.answers import lookup_reply

    terms = {m.id: term for m in result.matches if (term := glossary.term(m.id)) is not None}
    print(render(lookup_reply(result, terms), numbered=False))


def cmd_ask(args: argparse.Namespace) -> int:
    glossary = open_glossary(args)
    queries = [" ".join(args.query)] if args.query != ["-"] else (line.rstrip("\n") for line in sys.stdin)
    for query in queries:
        if args.query == ["-"] and not query.strip():
            continue
        result = glossary.ask(query, user=None, platform="cli")
        result = sides.order_result(result, glossary.matcher.terms, args.audience)
        if args.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False), flush=True)
        else:
            _print_result(result, glossary)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from adapters.cli.console import run

    return run(open_glossary(args))


def cmd_import(args: argparse.Namespace) -> int:
    data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    glossary = open_glossary(args)
    counts = glossary.import_yaml(data, replace=args.replace, actor="cli", platform="cli")
    print(f"Imported {args.file}: {counts['created']} created, {counts['updated']} updated, "
          f"{counts['unchanged']} unchanged, {counts['removed']} removed. "
          f"The glossary now has {glossary.terms.count()} terms.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    text = open_glossary(args).export_yaml()
    if args.file in (None, "-"):
        sys.stdout.write(text)
    else:
        Path(args.file).write_text(text, encoding="utf-8")
        print(f"Exported to {args.file}.", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jargon", description="Jargon Bot: translate jargon between IT and "
                                     "the business, in Slack, Teams and the terminal.")
    parser.add_argument("--db", metavar="PATH", help="SQLite file (default: $JARGON_DB, else "
                        f"{default_db_path()})")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ask", help="look up a term and print the answer")
    p.add_argument("--json", action="store_true", help="print one JSON object per query")
    add_audience_option(p)
    p.add_argument("query", nargs="+", help="the question, or - to read one query per line from stdin")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="talk to the bot in this terminal (you act as a curator)")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("import", help="import a YAML glossary (all or nothing)")
    p.add_argument("file", help="YAML file, or - for stdin")
    p.add_argument("--replace", action="store_true", help="replace the whole glossary instead of merging by id")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="write the glossary as YAML")
    p.add_argument("file", nargs="?", help="output file (default: stdout)")
    p.set_defaults(func=cmd_export)

    for module in EXTRA_COMMAND_MODULES:
        add_commands: Callable[[argparse._SubParsersAction], None] = importlib.import_module(module).add_commands
        add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is not None:
        args.db = Path(args.db)
    try:
        return int(args.func(args) or 0)
    except GlossaryFormatError as exc:
        print(f"jargon: nothing was imported: {exc}", file=sys.stderr)
        return 2
    except (StorageError, OSError) as exc:
        print(f"jargon: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
