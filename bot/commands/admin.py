"""Admins manage curators from chat. Admins themselves come from JARGON_ADMINS, not from chat."""

from __future__ import annotations

from bot.commands.registry import command
from bot.context import Context
from bot.curation import Usage, guarded, notice
from bot.mentions import parse_user
from bot.messages import Item, Reply
from bot.roles import Role, curators, set_curator


@command("curators", "curators", "List the admins and curators.", role=Role.ADMIN)
def list_curators(ctx: Context, args: str) -> list[Reply]:
    admins = sorted(ctx.config.admins)
    people = curators(ctx.glossary)
    items = [Item(key, "admin (from JARGON_ADMINS)") for key in admins]
    items += [Item(key, "curator") for key in people if key not in ctx.config.admins]
    head = (f"{len(admins)} admin{'s' if len(admins) != 1 else ''} and {len(items) - len(admins)} "
            f"curator{'s' if len(items) - len(admins) != 1 else ''}. Change with “glossary curator add @user” "
            "or “glossary curator remove @user”.")
    if ctx.config.open_editing:
        head += " Open editing is on: everyone can edit, with full history."
    lines = [head] + [f"• {i.label}: {i.text}" for i in items]
    return [Reply(text="\n".join(lines), kind="notice", title="Who curates the glossary", body=[head], items=items,
                  private=True)]


@command("curator", "curator add|remove @USER", "Make someone a curator, or stop them being one.", role=Role.ADMIN)
@guarded
def curator(ctx: Context, args: str) -> list[Reply]:
    verb, _, who = args.strip().partition(" ")
    verb = verb.lower()
    if verb not in ("add", "remove") or not who.strip():
        raise Usage("curator add @USER  or  glossary curator remove @USER")
    mentions = ctx.message.mentions if ctx.message is not None else []
    person = parse_user(who, ctx.user, mentions)
    shown = f"{person.name} ({person.key})" if person.name else person.key
    if verb == "remove" and person.key in ctx.config.admins:
        return [notice(f"{shown} is an admin (set in JARGON_ADMINS), not a curator. Nothing was changed.")]
    changed = set_curator(ctx.glossary, person.key, enabled=verb == "add", by=ctx.actor)
    if verb == "add":
        text = f"{shown} is now a curator." if changed else f"{shown} is a curator already. Nothing was changed."
    else:
        text = f"{shown} is no longer a curator." if changed else f"{shown} was not a curator. Nothing was changed."
    replies = [notice(text)]
    if changed and verb == "add" and person.platform == ctx.platform and person.key != ctx.actor:
        replies.append(Reply(text=f"{ctx.user.display} made you a curator of the glossary: you can now add and "
                                  "edit terms and review suggestions. Type “glossary help” to see how.",
                             kind="notice", to=person))
    return replies
