"""Ownership: a term may have an owner and a review date; terms past it are flagged to their owner."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from bot.commands.registry import command
from bot.commands.suggestions import as_user
from bot.context import Context
from bot.curation import change_term, field_command, guarded, notice, shorten, split_assignment
from bot.mentions import PLATFORMS, parse_user
from bot.messages import Button, Item, Reply
from bot.roles import Role
from glossary.models import Term
from glossary.search import overdue, today
from glossary.service import Glossary

_NOBODY = {"none", "nobody", "-", "no one", "noone"}


@command("owner", "owner TERM = @USER", "Say who owns a term and keeps it up to date (“none” clears it).",
         role=Role.CURATOR, edits=True)
@guarded
def owner(ctx: Context, args: str) -> list[Reply]:
    name, who = split_assignment(args, "owner TERM = @USER")
    key = None if who.lower() in _NOBODY else parse_user(who, ctx.user, ctx.message.mentions if ctx.message
                                                          else []).key
    return change_term(ctx, name, {"owner": key})


command("review", "review TERM = YYYY-MM-DD", "Set when a term should be checked again (“none” clears it).",
        role=Role.CURATOR, edits=True)(field_command("review TERM = YYYY-MM-DD", "review_by"))


def _overdue_item(term: Term) -> Item:
    who = f", owner {term.owner}" if term.owner else ", no owner"
    return Item(term.term, f"review was due {term.review_by}{who}",
                [Button("Edit", "term_form", {"term_id": term.id}), Button("History", "term_history",
                                                                           {"term_id": term.id})])


@command("overdue", "overdue", "List the terms past their review date.")
def list_overdue(ctx: Context, args: str) -> list[Reply]:
    due = overdue(ctx.glossary.terms, today(ctx.glossary.clock, ctx.config.timezone))
    if not due:
        return [notice("No term is past its review date.")]
    items = [_overdue_item(t) for t in due[:30]]
    head = (f"{len(due)} term{'s are' if len(due) != 1 else ' is'} past the review date. Check each, then set a "
            "new date with “glossary review TERM = YYYY-MM-DD”.")
    lines = [head] + [f"• {i.label}: {i.text}" for i in items]
    return [Reply(text="\n".join(lines), kind="notice", title="Terms to review", body=[head], items=items,
                  private=True)]


def overdue_notices(glossary: Glossary, on: date, platform: str | None = None) -> list[Reply]:
    """One direct message per owner listing their terms past review (for the digest run to deliver)."""
    by_owner: dict[str, list[Term]] = defaultdict(list)
    for term in overdue(glossary.terms, on):
        if term.owner and term.owner.partition(":")[0] in PLATFORMS:
            by_owner[term.owner].append(term)
    replies = []
    for key, terms in sorted(by_owner.items()):
        person = as_user(key)
        if platform is not None and person.platform != platform:
            continue
        names = ", ".join(shorten(t.term, 40) for t in terms[:10])
        replies.append(Reply(
            text=f"You own {len(terms)} glossary term{'s' if len(terms) != 1 else ''} past the review date: "
                 f"{names}. Please check they are still right, then set a new date with "
                 "“glossary review TERM = YYYY-MM-DD”.",
            kind="notice", title="Terms to review", items=[_overdue_item(t) for t in terms[:10]], to=person))
    return replies
