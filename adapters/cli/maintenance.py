"""`jargon backup`, `jargon restore` and `jargon purge`."""

from __future__ import annotations

import argparse


def cmd_backup(args: argparse.Namespace) -> int:
    from adapters.cli.main import open_glossary
    from glossary.maintenance import backup

    pages = backup(open_glossary(args), args.file)
    print(f"Backed up to {args.file} ({pages} pages, integrity checked).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from adapters.cli.main import open_glossary
    from glossary.maintenance import restore

    count = restore(open_glossary(args), args.file)
    print(f"Restored {args.file}: the glossary now has {count} terms.")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    from adapters.cli.main import open_glossary
    from bot.config import BotConfig
    from glossary.maintenance import purge_questions

    days = args.days if args.days is not None else BotConfig.from_env().log_retention_days
    if days is None:
        print("No retention set: pass --days N or set JARGON_LOG_RETENTION_DAYS. Nothing was deleted.")
        return 0
    removed = purge_questions(open_glossary(args), days)
    print(f"Deleted {removed} logged questions older than {days} days.")
    return 0


def days(text: str) -> int:
    """--days N: a whole number of days, 0 or more (a negative window would delete everything)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give 0 or more days (nothing was deleted)")
    return value


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="make an online, consistent copy of the database")
    p.add_argument("file", help="new file to write")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="replace the database with a backup (checked first)")
    p.add_argument("file", help="a file made by `jargon backup`")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("purge", help="delete logged questions older than the retention window")
    p.add_argument("--days", type=days, help="keep this many days (default: $JARGON_LOG_RETENTION_DAYS)")
    p.set_defaults(func=cmd_purge)
