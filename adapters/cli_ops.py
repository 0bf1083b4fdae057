"""Subcommands added by later features (serve, explain, digest, teams-package, backup, ...).

Heavy modules are imported inside handlers, so `jargon ask` stays fast.
"""

from __future__ import annotations

import argparse
import os


def cmd_serve(args: argparse.Namespace) -> int:
    from adapters.cli import open_glossary
    from adapters.serve import serve

    port = args.port or int(os.environ.get("PORT", "3000"))
    return serve(open_glossary(args), host=args.host, port=port)


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the operational subcommands."""
    p = sub.add_parser("serve", help="run the web server for Slack and Teams (and the digest schedule)")
    p.add_argument("--port", type=int, help="port (default: $PORT, else 3000)")
    p.add_argument("--host", default=os.environ.get("HOST", "0.0.0.0"), help="interface (default 0.0.0.0)")  # noqa: S104
    p.set_defaults(func=cmd_serve)
