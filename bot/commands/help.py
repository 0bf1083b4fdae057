"""Help, generated from the command table so it never drifts from it."""

from __future__ import annotations

from bot.commands.registry import COMMANDS, command
from bot.context import Context
from bot.messages import Item, Reply
from bot.roles import Role

HOW_TO_ASK = [
    "Ask me about a term: “what does SLA mean?”, “define EBITDA”, or just “CAC?”.",
    "Paste a whole sentence after “explain:” and I'll translate every piece of jargon in it.",
    "Everyone can suggest a definition: “glossary suggest TERM = what it means”.",
]


def short_help() -> Reply:
    return Reply(text="\n".join(HOW_TO_ASK) + "\nType “glossary help” for every command.", kind="help",
                 title="How to ask Jargon Bot", body=HOW_TO_ASK, private=True)


@command("help", "help", "Show every command you can use.")
def help_command(ctx: Context, args: str) -> list[Reply]:
    role = ctx.role
    visible = [c for c in COMMANDS.values() if is_role_refused(ctx, c.role, c.edits) is None]
    items = [Item(f"glossary {c.usage}", c.help) for c in sorted(visible, key=lambda c: c.name)]
    lines = [f"• glossary {c.usage}: {c.help}" for c in sorted(visible, key=lambda c: c.name)]
    hidden = len(COMMANDS) - len(visible)
    more = f" {hidden} more commands are for curators and admins." if hidden else ""
    footer = [f"You are {role.with_article}.{more}"]
    return [Reply(text="\n".join(HOW_TO_ASK + lines + footer), kind="help", title="Jargon Bot commands",
                  body=HOW_TO_ASK + footer, items=items, private=True)]


def is_role_refused(ctx: Context, needed: Role, edits: bool) -> Reply | None:
    """The one permission check: refused commands say why and change nothing."""
    if edits and ctx.can_edit:
        return None
    if ctx.role >= needed and not edits:
        return None
    who = "admins" if needed >= Role.ADMIN else "curators"
    return Reply(text=f"Sorry, only {who} can do that (you are {ctx.role.with_article}). Nothing was changed. "
                      "You can still suggest: “glossary suggest TERM = definition”.",
                 kind="error", private=True)
