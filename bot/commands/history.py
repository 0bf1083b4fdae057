"""A term's history, readable, and going back to any revision (which also restores a removed term)."""

from __future__ import annotations

from typing import Any

from bot.commands.registry import action, command
from bot.context import Context
from bot.curation import Usage, curation, describe_changes, editors_only, guarded, saved_reply, shorten
from bot.messages import Action, Button, Item, Reply
from bot.roles import Role
from glossary.curation import InvalidInput
from glossary.models import Term

SHOWN_REVISIONS = 15
_VERBS = {"create": "created", "update": "edited", "remove": "removed", "restore": "restored", "revert": "reverted",
          "import": "imported"}


def _when(at: str) -> str:
    return at[:16].replace("T", " ") + " UTC"


def describe_revision(rev: dict[str, Any]) -> tuple[str, str]:
    """('edited', 'definition: “a” → “b”'): the verb and the changes, for chat and the web glossary."""
    return _VERBS.get(rev["action"], rev["action"]), "; ".join(describe_changes(rev["before"], rev["after"]))


def revision_item(rev: dict[str, Any], *, can_revert: bool, current: int) -> Item:
    """'#3: edited by slack:U1 (slack), 2026-11-23 10:00 UTC; definition: “a” → “b”'."""
    verb, changes = describe_revision(rev)
    note = f" ({rev['note']})" if rev.get("note") else ""
    text = f"{verb} by {rev['actor']} ({rev['platform']}), {_when(rev['at'])}{note}" + (f"; {changes}" if changes
                                                                                          else "")
    buttons = []
    if can_revert and rev["after"] is not None and rev["number"] != current:
        buttons.append(Button(f"Revert to #{rev['number']}", "revert_term",
                              {"term_id": rev["term_id"], "number": rev["number"]}))
    return Item(f"#{rev['number']}", text, buttons)


def history_reply(ctx: Context, term: Term) -> Reply:
    revisions = ctx.glossary.terms.history(term.id)
    removed = ctx.glossary.terms.get(term.id) is None
    current = revisions[-1]["number"] if revisions else term.revision
    shown = revisions[-SHOWN_REVISIONS:]
    items = [revision_item(r, can_revert=ctx.can_edit, current=current) for r in reversed(shown)]
    head = f"History of {term.term} ({term.id}): {len(revisions)} revision{'s' if len(revisions) != 1 else ''}"
    head += ", newest first." if len(shown) == len(revisions) else f", the last {len(shown)} shown."
    if removed:
        head += f" It was removed; “glossary revert {term.id} N” restores revision #N."
    lines = [head] + [f"• {i.label} {i.text}" for i in items]
    return Reply(text="\n".join(lines), kind="notice", title=f"History of {shorten(term.term, 60)}", body=[head],
                 items=items, private=True)


@command("history", "history TERM", "Who changed a term, when, and what (revisions #1, #2, …).")
@guarded
def history(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        raise Usage("history TERM")
    return [history_reply(ctx, curation(ctx).find_one(args, include_deleted=True))]


def _revert(ctx: Context, term_id: str, number: int) -> list[Reply]:
    before = ctx.glossary.terms.get(term_id)
    term, restored = curation(ctx).revert(term_id, number, actor=ctx.actor, platform=ctx.platform)
    if before is not None and term.revision == before.revision:
        return [saved_reply("Reverted", before, term)]
    return [saved_reply(f"Restored revision #{number} of" if restored else f"Reverted to #{number}:", before, term)]


@command("revert", "revert TERM N", "Go back to revision #N (also restores a removed term).", role=Role.CURATOR,
         edits=True)
@guarded
def revert(ctx: Context, args: str) -> list[Reply]:
    name, _, number = args.strip().rpartition(" ")
    number = number.lstrip("#")
    if not name.strip() or not number.isdigit():
        raise Usage("revert TERM N (N is a revision number from “history TERM”)")
    term = curation(ctx).find_one(name, include_deleted=True)
    return _revert(ctx, term.id, int(number))


@action("term_history")
@guarded
def history_button(ctx: Context, act: Action) -> list[Reply]:
    term = ctx.glossary.terms.get(str(act.value.get("term_id", "")), include_deleted=True)
    if term is None:
        raise InvalidInput("That term is not in the glossary.")
    return [history_reply(ctx, term)]


@action("revert_term")
@editors_only
@guarded
def revert_button(ctx: Context, act: Action) -> list[Reply]:
    try:
        number = int(act.value.get("number"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise Usage("revert TERM N") from None
    return _revert(ctx, str(act.value.get("term_id", "")), number)
