"""Subcommands added by later features (serve, explain, digest, teams-package, backup, ...).

Heavy modules are imported inside handlers, so `jargon ask` stays fast.
"""

from __future__ import annotations

import argparse
import os


def cmd_serve(args: argparse.Namespace) -> int:
    from adapters.cli.main import open_glossary
    from adapters.server.serve import serve

    port = args.port or int(os.environ.get("PORT", "3000"))
    glossary = open_glossary(args)  # migrations and the starter glossary happen here, once
    if args.workers > 1:
        from adapters.server.prefork import run_workers

        glossary.close()
        return run_workers(glossary.path, args.host, port, args.workers)
    return serve(glossary, host=args.host, port=port, reuse_port=args.reuse_port)


def cmd_digest(args: argparse.Namespace) -> int:
    from adapters.cli.main import open_glossary
    from adapters.digest_send import run_cli

    return run_cli(open_glossary(args), send=args.send, force=args.force, week_key=args.week)


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the operational subcommands."""
    p = sub.add_parser("serve", help="run the web server for Slack and Teams (and the digest schedule)")
    p.add_argument("--port", type=int, help="port (default: $PORT, else 3000)")
    p.add_argument("--host", default=os.environ.get("HOST", "0.0.0.0"), help="interface (default 0.0.0.0)")  # noqa: S104
    workers = os.environ.get("JARGON_WORKERS", "").strip()
    p.add_argument("--workers", type=int, default=int(workers) if workers.isdigit() and int(workers) > 0 else 1,
                   help="server processes sharing the port, about one per core (default: $JARGON_WORKERS, else 1)")
    p.add_argument("--reuse-port", action="store_true", help=argparse.SUPPRESS)  # set by --workers for each worker
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("digest", help="print the weekly digest; --send posts it to every subscribed channel (cron)")
    p.add_argument("--send", action="store_true", help="post to every subscription not yet served this week")
    p.add_argument("--force", action="store_true", help="with --send: post again even where it was already sent")
    p.add_argument("--week", metavar="YYYY-Www", help="the week to report on (default: the last complete week)")
    p.set_defaults(func=cmd_digest)

    from adapters.teams.package import add_command as add_teams_package  # light: no SDK, no aiohttp

    add_teams_package(sub)

    from adapters.cli.explain import add_command as add_explain  # light: the engine loads only when it runs

    add_explain(sub)
