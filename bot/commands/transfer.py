"""Export and import from chat, with exactly the CLI's format and all-or-nothing validation."""

from __future__ import annotations

import logging
import sqlite3

from bot.commands.registry import command
from bot.context import Context
from bot.curation import error, notice
from bot.messages import AttachmentError, Reply
from bot.roles import Role
from glossary.db import StorageError
from glossary.yaml_io import GlossaryFormatError

log = logging.getLogger(__name__)
EXPORT_NAME = "glossary.yaml"


@command("export", "export", "Get the whole glossary as a YAML file (the format “import” reads).")
def export(ctx: Context, args: str) -> list[Reply]:
    text = ctx.glossary.export_yaml()
    count = ctx.glossary.terms.count()
    return [Reply(text=f"The glossary as YAML: {count} entries. Edit it and send it back with “glossary import”.",
                  kind="notice", file=(EXPORT_NAME, text), private=True)]


@command("import", "import [replace]", "Import an attached YAML file: all of it, or nothing if any entry is "
         "wrong.", role=Role.CURATOR)
def import_file(ctx: Context, args: str) -> list[Reply]:
    replace = args.strip().lower() == "replace"
    if args.strip() and not replace:
        return [error("Usage: glossary import (with a YAML file attached), or “glossary import replace” to "
                      "replace the whole glossary. Nothing was imported.")]
    if replace and ctx.role < Role.ADMIN:
        return [error("Only admins can replace the whole glossary; “glossary import” merges by id. "
                      "Nothing was imported.")]
    try:
        data = ctx.message.file() if ctx.message is not None else None
    except AttachmentError as exc:
        return [error(f"{exc} Nothing was imported.")]
    if not data:
        return [error("Attach a YAML file (the format “glossary export” gives) to a direct message to me, with "
                      "“glossary import” as its text. Nothing was imported.")]
    try:
        counts = ctx.glossary.import_yaml(data, replace=replace, actor=ctx.actor, platform=ctx.platform)
    except GlossaryFormatError as exc:
        return [error(f"Nothing was imported: {exc}")]
    except (StorageError, sqlite3.Error):
        log.exception("import failed while writing")
        return [error("Nothing was imported: the glossary could not be saved. Please try again later.")]
    return [notice(f"Imported: {counts['created']} created, {counts['updated']} updated, "
                   f"{counts['unchanged']} unchanged, {counts['removed']} removed. "
                   f"The glossary now has {ctx.glossary.terms.count()} entries.")]
