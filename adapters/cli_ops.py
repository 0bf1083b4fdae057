"""Subcommands added by later features (serve, explain, digest, teams-package, backup, ...).

Each feature adds an `add_parser` block here, importing its heavy modules inside the handler.
"""

from __future__ import annotations

import argparse


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the operational subcommands."""
