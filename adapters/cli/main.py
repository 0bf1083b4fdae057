"""The `jargon` command line. Subcommand names and JSON shapes are a contract: keep them.

Slow imports (chat SDKs, aiohttp) happen inside the subcommands that need them, so
`jargon ask` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from adapters.cli.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_FILE,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    FileProblem,
    describe,
    file_problem,
)
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
    if args.query != ["-"] and not " ".join(args.query).strip():
        args.subparser.print_usage(sys.stderr)
        print("jargon ask: the question is empty; give a term, e.g. jargon ask SLA", file=sys.stderr)
        return EXIT_USAGE
    glossary = open_glossary(args)
    queries = [" ".join(args.query)] if args.query != ["-"] else (line.rstrip("\n") for line in sys.stdin)
    for query in queries:
        if args.query == ["-"] and not query.strip():
            continue
        result = glossary.ask(query, user=None, platform="cli",
                              side=sides.side_of_tag(args.audience) if args.audience else None)
        if args.audience and result.status == "ambiguous":  # only then are the senses' sides needed
            result = sides.order_result(result, glossary.matcher.terms, args.audience)
        if args.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False), flush=True)
        else:
            _print_result(result, glossary)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from adapters.cli.console import run

    return run(open_glossary(args))


def read_file(path: str) -> bytes:
    """The bytes of a file the user named, or a FileProblem that says why not."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise file_problem(exc, path) from None


def write_file(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise file_problem(exc, path, writing=True) from None


def cmd_import(args: argparse.Namespace) -> int:
    data = sys.stdin.buffer.read() if args.file == "-" else read_file(args.file)
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
        write_file(args.file, text)
        print(f"Exported to {args.file}.", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jargon", description="Jargon Bot: translate jargon between IT and "
                                     "the business, in Slack, Teams and the terminal.")
    parser.add_argument("--db", metavar="PATH", help="SQLite file (default: $JARGON_DB, else "
                        f"{default_db_path()})")
    parser.epilog = ("Exit codes: 0 done, 1 a file or the database could not be read or written, 2 wrong usage "
                     "or a refused YAML file, 130 interrupted, 141 the output pipe was closed.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ask", help="look up a term and print the answer")
    p.add_argument("--json", action="store_true", help="print one JSON object per query")
    add_audience_option(p)
    p.add_argument("query", nargs="+", help="the question, or - to read one query per line from stdin")
    p.set_defaults(func=cmd_ask, subparser=p)

    p = sub.add_parser("chat", help="talk to the bot in this terminal (you act as an admin)")
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
    for command in sub.choices.values():  # `jargon ask --db x.db SLA` as well as `jargon --db x.db ask SLA`
        command.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="SQLite file (as above)")
    return parser


def _quiet_broken_pipe() -> int:
    """The reader went away (`| head -1`): no traceback, no message, and no second error at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_BROKEN_PIPE


def _whole_writes() -> object | None:
    """With PYTHONUNBUFFERED=1 (set in our Dockerfile), stdout writes straight to the file, and a reader
    that leaves mid-write (`jargon export | head -1`) cuts one big write short: the text layer ignores
    the short count, so the rest is dropped silently and the command exits 0. A buffered writer retries
    the remainder, which raises BrokenPipeError (exit 141) as it should. Returns the stream to restore."""
    out = sys.stdout
    if not isinstance(getattr(out, "buffer", None), io.FileIO):
        return None
    out.flush()
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(out.buffer), encoding=out.encoding, errors=out.errors,
                                  line_buffering=True)
    return out


def main(argv: list[str] | None = None) -> int:
    original = _whole_writes()
    try:
        return _main(argv)
    finally:
        if original is not None:
            try:
                sys.stdout.flush()
            except OSError:  # the reader left during a help or usage text: the rest goes nowhere, quietly
                _quiet_broken_pipe()
            sys.stdout.detach().detach()  # unwrap both layers: the file stays open, it is the original's
            sys.stdout = original  # type: ignore[assignment]


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # bare `jargon`: the help, on stdout, exit 0
        parser.print_help()
        return 0
    if args.db is not None:
        args.db = Path(args.db)
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below, not at interpreter exit
        return code
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except GlossaryFormatError as exc:
        print(f"jargon: nothing was imported: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (FileProblem, StorageError) as exc:
        print(f"jargon: {exc}", file=sys.stderr)
        return EXIT_FILE
    except OSError as exc:
        print(f"jargon: {describe(exc)}", file=sys.stderr)
        return EXIT_FILE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
