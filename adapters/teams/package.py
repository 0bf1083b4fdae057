"""`jargon teams-package`: the zip a Teams admin uploads (manifest.json + two icons).

Built from the Azure Bot's app id and the bot's public URL. The bot's commands come from
the command table, so the compose-box suggestions never drift from `glossary help`.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from adapters.teams import icons
from bot.config import BotConfig

if TYPE_CHECKING:  # aiohttp is imported only by the server, so `jargon` starts fast
    from aiohttp import web

MANIFEST_VERSION = "1.16"
SCHEMA = f"https://developer.microsoft.com/en-us/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
SEARCH_COMMAND = "searchTerms"  # the adapter answers composeExtension/query for it
EXPLAIN_COMMAND = "explainJargon"  # and composeExtension/fetchTask|submitAction for it
MAX_BOT_COMMANDS = 10  # Teams' limit per command list
FIRST_COMMANDS = ("help", "suggest", "search", "list", "digest")  # what a newcomer needs first
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
SCOPES = ["personal", "team", "groupChat"]


class PackageError(ValueError):
    """A bad app id or URL; the message says what to pass instead."""


def _bot_commands() -> list[dict[str, str]]:
    import bot.commands  # noqa: F401  (registers every command)
    from bot.commands.registry import COMMANDS

    first = {name: n for n, name in enumerate(FIRST_COMMANDS)}
    ranked = sorted(COMMANDS.values(), key=lambda c: (first.get(c.name, len(first)), c.role, c.name))
    return [{"title": f"glossary {c.name}"[:32], "description": c.help[:128]} for c in ranked[:MAX_BOT_COMMANDS]]


def _check(app_id: str, url: str) -> str:
    if not _GUID.match(app_id or ""):
        raise PackageError(f"--app-id must be the Azure Bot's Microsoft App ID, a GUID like "
                           f"00000000-0000-0000-0000-000000000000 (got {app_id[:40]!r})")
    parsed = urlparse(url or "")
    if parsed.scheme != "https" or not parsed.hostname:
        raise PackageError(f"--url must be the bot's public https URL, e.g. https://jargon.example.com (got {url!r})")
    return parsed.hostname


def manifest(app_id: str, url: str, *, name: str = "Jargon Bot", version: str = "1.0.0",
             developer: str = "Jargon Bot maintainers", watch: bool = False) -> dict[str, Any]:
    """The manifest.json for one deployment. `watch`: ask for every channel message (watch mode)."""
    host = _check(app_id, url)
    base = url.rstrip("/")
    data: dict[str, Any] = {
        "$schema": SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": version,
        "id": app_id,
        "developer": {"name": developer, "websiteUrl": base, "privacyUrl": f"{base}/privacy",
                      "termsOfUseUrl": f"{base}/terms"},
        "name": {"short": name[:30], "full": f"{name}: IT and business jargon, explained"[:100]},
        "description": {
            "short": "Ask what any acronym or piece of jargon means, in plain words."[:80],
            "full": ("Ask the bot what a term means, in a chat or by @mentioning it in a channel. It answers from "
                     "your company's own glossary, which your teams curate with suggestions, approvals and full "
                     "history. Search the glossary from the compose box, or use “Explain jargon” on any message "
                     "to list every term in it. Channels can get a weekly digest of what people asked."),
        },
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": "#{:02X}{:02X}{:02X}".format(*icons.ACCENT),
        "bots": [{
            "botId": app_id, "scopes": SCOPES, "isNotificationOnly": False, "supportsFiles": True,
            "commandLists": [{"scopes": SCOPES, "commands": _bot_commands()}],
        }],
        "composeExtensions": [{
            "botId": app_id,
            "commands": [
                {"id": SEARCH_COMMAND, "type": "query", "title": "Search the glossary",
                 "description": "Find a term and insert its definition card", "initialRun": False,
                 "context": ["compose", "commandBox"],
                 "parameters": [{"name": "query", "title": "Term", "description": "A term or acronym, e.g. SLA",
                                 "inputType": "text"}]},
                {"id": EXPLAIN_COMMAND, "type": "action", "title": "Explain jargon",
                 "description": "List every glossary term in this message, in plain words",
                 "context": ["message"], "fetchTask": True},
            ],
        }],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [host],
    }
    if watch:  # resource-specific consent: without it Teams only delivers messages that @mention the bot
        data["authorization"] = {"permissions": {"resourceSpecific": [
            {"name": "ChannelMessage.Read.Group", "type": "Application"}]}}
    return data


def build(app_id: str, url: str, *, color: bytes | None = None, outline: bytes | None = None,
          **options: Any) -> bytes:
    """The zip: manifest.json and the icons at its top level, as Teams expects."""
    data = manifest(app_id, url, **options)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        zf.writestr("color.png", color or icons.color_icon())
        zf.writestr("outline.png", outline or icons.outline_icon())
    return buffer.getvalue()


def privacy_text(config: BotConfig) -> str:
    """The page the manifest's privacyUrl points at: what this deployment stores, from its settings."""
    if not config.log_questions:
        questions = "Questions are not logged (JARGON_LOG_QUESTIONS=0)."
    elif config.log_retention_days:
        questions = (f"The questions people ask (text, who, where) are kept for {config.log_retention_days} days, "
                     "so curators can see what is missing from the glossary.")
    else:
        questions = ("The questions people ask (text, who, where) are kept so curators can see what is missing "
                     "from the glossary.")
    return "\n\n".join([
        f"{config.bot_name}: privacy",
        f"{config.bot_name} is run by your organisation on its own server. It stores the glossary and its "
        "history (who changed what), suggestions, Helpful / Not helpful votes, and the Teams and Slack "
        "conversations it was added to, so it can post there later (the weekly digest).",
        questions,
        "Messages are only exchanged with Microsoft Teams and Slack, to deliver them. Nothing is sent to "
        "anyone else. Ask the people who run the bot in your organisation to see or delete your data.",
    ]) + "\n"


def terms_text(config: BotConfig) -> str:
    return "\n\n".join([
        f"{config.bot_name}: terms of use",
        "Definitions are written and reviewed by your colleagues. They can be incomplete or out of date: when "
        "something matters, check with the term's owner, and suggest a fix when you find one.",
        "Do not paste confidential information into questions or definitions.",
    ]) + "\n"


def add_pages(app: web.Application, config: BotConfig) -> None:
    """Serve /privacy and /terms, the pages every Teams manifest must link to."""
    from aiohttp import web

    async def privacy(_: web.Request) -> web.Response:
        return web.Response(text=privacy_text(config))

    async def terms(_: web.Request) -> web.Response:
        return web.Response(text=terms_text(config))

    app.router.add_get("/privacy", privacy)
    app.router.add_get("/terms", terms)


def cmd_teams_package(args: argparse.Namespace) -> int:
    from adapters.cli.errors import file_problem

    try:
        payload = build(args.app_id, args.url, name=args.name, version=args.version, watch=args.watch,
                        color=Path(args.color_icon).read_bytes() if args.color_icon else None,
                        outline=Path(args.outline_icon).read_bytes() if args.outline_icon else None)
    except PackageError as exc:
        print(f"jargon teams-package: {exc}", file=sys.stderr)
        return 2
    output = Path(args.output)
    try:
        output.write_bytes(payload)
    except OSError as exc:  # "its folder does not exist", as export says, not "it does not exist"
        raise file_problem(exc, output, writing=True) from None
    print(f"Wrote {output} ({len(payload):,} bytes). Upload it in Teams: Apps > Manage your apps > Upload an app "
          "(or the Teams admin center for the whole organisation).")
    return 0


def add_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("teams-package", help="build the Teams app zip (manifest + icons) to upload to Teams")
    p.add_argument("--app-id", required=True, help="the Azure Bot's Microsoft App ID (MicrosoftAppId)")
    p.add_argument("--url", required=True, help="the bot's public https URL, e.g. https://jargon.example.com")
    p.add_argument("--output", default="jargon-bot-teams.zip", help="zip file to write (default: %(default)s)")
    p.add_argument("--name", default="Jargon Bot", help="the app's name in Teams (default: %(default)s)")
    p.add_argument("--version", default="1.0.0", help="bump it to upload an update (default: %(default)s)")
    p.add_argument("--watch", action="store_true", help="ask for every channel message, for watch mode "
                   "(“glossary watch on”); without it the bot sees only messages that @mention it")
    p.add_argument("--color-icon", metavar="PNG", help="your own 192x192 colour icon")
    p.add_argument("--outline-icon", metavar="PNG", help="your own 32x32 white-on-transparent outline icon")
    p.set_defaults(func=cmd_teams_package)
