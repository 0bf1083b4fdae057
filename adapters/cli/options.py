"""Options more than one sub-command takes."""

from __future__ import annotations

import argparse

from glossary import sides


def _side_tag(value: str) -> str:
    tag = value.strip().lower().lstrip("#")
    if sides.side_of_tag(tag) is None:
        known = ", ".join(sides.SIDE_TAGS[sides.IT] + sides.SIDE_TAGS[sides.BUSINESS])
        raise argparse.ArgumentTypeError(f"{value!r} is not a team tag; use one of: {known}")
    return tag


def add_audience_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--audience", type=_side_tag, default=None, metavar="TAG",
                        help="the team you're in (e.g. finance, dev): a word both sides use shows the other "
                             "team's meaning first")
