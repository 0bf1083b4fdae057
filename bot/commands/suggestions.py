"""Suggestions: anyone proposes, curators are told, approve or reject, and the suggester hears back.

Notices to curators and to the suggester are replies with `to=User(...)`; adapters deliver
them as direct messages. Only people on the same platform can be reached that way, so
curators are notified on the platform the suggestion came from; `pending` shows all.
"""

from __future__ import annotations

import re

from bot.commands.registry import action, command
from bot.context import Context
from bot.curation import (
    Usage,
    curation,
    describe_changes,
    editors_only,
    guarded,
    notice,
    shorten,
    split_assignment,
    suggestions,
)
from bot.forms import term_form
from bot.messages import Action, Button, Item, Reply, User
from bot.roles import Role, curators
from glossary.curation import UnknownTerm, clean_changes
from glossary.models import Term
from glossary.sanitize import clean_text
from glossary.suggestions import Suggestion
from glossary.yaml_io import MAX_TERM

MAX_NOTIFIED = 20
MAX_REASON = 300
_NUMBER = re.compile(r"^#?(\d{1,9})\b\s*(.*)$", re.S)


def as_user(key: str, name: str = "") -> User:
    platform, _, uid = key.partition(":")
    return User(platform, uid, name)


def suggestion_item(s: Suggestion, *, buttons: bool = True) -> Item:
    """'#4 SLA: definition: “old” → “new” (by Ann, 2026-11-23)', with Approve and Reject."""
    if s.is_new_term:
        what = f"new term: {shorten(s.changes.get('definition', ''))}"
    else:
        what = "; ".join(describe_changes(s.base, {**s.base, **s.changes})) or "no change"
    text = f"{s.term}: {what} (by {s.author_name or s.author}, {s.at[:10]})"
    actions = [Button("Approve", "approve_suggestion", {"id": s.id}, style="primary"),
               Button("Reject", "reject_suggestion", {"id": s.id}, style="danger")] if buttons else []
    return Item(f"#{s.id}", text, actions)


def curator_notices(ctx: Context, s: Suggestion) -> list[Reply]:
    """One direct message per curator and admin on the suggester's platform (not to the suggester)."""
    keys = sorted(set(curators(ctx.glossary)) | set(ctx.config.admins))
    people = [as_user(k) for k in keys if k != s.author and k.startswith(f"{ctx.platform}:")][:MAX_NOTIFIED]
    item = suggestion_item(s)
    text = f"New suggestion #{s.id} from {s.author_name or s.author}: {item.text}"
    return [Reply(text=text, kind="notice", title=f"New suggestion #{s.id} for {shorten(s.term, 60)}",
                  items=[item], to=person) for person in people]


def file_suggestion(ctx: Context, term: Term | None, name: str, changes: dict) -> list[Reply]:
    """Store a suggestion and tell the curators. `changes` are cleaned fields that differ from the term."""
    if not changes:
        return [notice(f"That is what {term.term if term else name} says already. Nothing to suggest.")]
    store = suggestions(ctx)
    s, created = store.create(term, name, changes, author=ctx.actor, author_name=ctx.user.display,
                              platform=ctx.platform, channel=ctx.conversation.key)
    if not created:
        return [notice(f"You suggested that already (#{s.id}); it is waiting for a curator.")]
    thanks = notice(f"Thanks! Your suggestion #{s.id} for {shorten(name, 60)} is waiting for a curator. "
                    "I'll tell you when it has been reviewed.")
    return [thanks, *curator_notices(ctx, s)]


@command("suggest", "suggest TERM = DEFINITION", "Suggest a definition or a better one; a curator reviews it.")
@guarded
def suggest(ctx: Context, args: str) -> list[Reply]:
    if "=" not in args:
        term = curation(ctx).find_one(args) if args.strip() else None
        mode_name = args.strip()[:120]
        return [Reply(text="Fill in the form to send your suggestion.", kind="form", private=True,
                      form=term_form("suggest", term, name="" if term else mode_name))]
    name, definition = split_assignment(args, "suggest TERM = DEFINITION")
    changes = clean_changes({"definition": definition})
    cleaned_name = clean_text(name, "term", MAX_TERM)  # a name too long is refused before any lookup
    try:
        term: Term | None = curation(ctx).find_one(name)
    except UnknownTerm:
        term = None
    if term is not None:
        changes = {k: v for k, v in changes.items() if getattr(term, k) != v}
    return file_suggestion(ctx, term, term.term if term else cleaned_name, changes)


@command("pending", "pending", "List the suggestions waiting for review.", role=Role.CURATOR, edits=True)
def pending(ctx: Context, args: str) -> list[Reply]:
    store = suggestions(ctx)
    waiting = store.pending(limit=20)
    if not waiting:
        return [notice("No suggestions are waiting for review.")]
    total = store.count_pending()
    items = [suggestion_item(s) for s in waiting]
    head = f"{total} suggestion{'s' if total != 1 else ''} waiting" + (f" (showing {len(items)})" if total > 20
                                                                       else "")
    lines = [head + ". Approve or reject with “glossary approve N” / “glossary reject N reason”."]
    lines += [f"• {i.label} {i.text}" for i in items]
    return [Reply(text="\n".join(lines), kind="notice", title=head, body=[lines[0]], items=items, private=True)]


def _number(args: str, usage: str) -> tuple[int, str]:
    match = _NUMBER.match(args.strip())
    if not match:
        raise Usage(usage)
    return int(match.group(1)), match.group(2).strip()


def _approve(ctx: Context, number: int, *, from_button: bool) -> list[Reply]:
    if suggestions(ctx).get(number) is None:
        raise Usage(f"approve N (there is no suggestion #{number}; “pending” lists them)")
    s, term = suggestions(ctx).approve(number, by=ctx.actor, platform=ctx.platform)
    done = Reply(text=f"Approved #{s.id}: {term.term} is now revision #{term.revision}.", kind="notice",
                 private=True, replace_original=from_button,
                 actions=[Button("Show it", "lookup", {"term_id": term.id})])
    replies = [done]
    if s.author != ctx.actor:
        replies.append(Reply(text=f"Your suggestion #{s.id} for {term.term} was approved by {ctx.user.display}. "
                                  "Thank you!", kind="notice", to=as_user(s.author, s.author_name),
                             actions=[Button("Show it", "lookup", {"term_id": term.id})]))
    return replies


def _reject(ctx: Context, number: int, reason: str, *, from_button: bool) -> list[Reply]:
    if suggestions(ctx).get(number) is None:
        raise Usage(f"reject N [REASON] (there is no suggestion #{number}; “pending” lists them)")
    reason = clean_text(reason, "reason", MAX_REASON)
    s = suggestions(ctx).reject(number, by=ctx.actor, reason=reason or None)
    because = f" Reason: {reason}" if reason else ""
    replies = [Reply(text=f"Rejected #{s.id} ({shorten(s.term, 60)}).{because}", kind="notice", private=True,
                     replace_original=from_button)]
    if s.author != ctx.actor:
        replies.append(Reply(text=f"Your suggestion #{s.id} for {s.term} was not accepted by {ctx.user.display}."
                                  f"{because or ' No reason was given.'}", kind="notice",
                             to=as_user(s.author, s.author_name)))
    return replies


@command("approve", "approve N", "Apply suggestion #N and tell its author.", role=Role.CURATOR, edits=True)
@guarded
def approve(ctx: Context, args: str) -> list[Reply]:
    number, _ = _number(args, "approve N")
    return _approve(ctx, number, from_button=False)


@command("reject", "reject N [REASON]", "Turn down suggestion #N, with a reason for its author.",
         role=Role.CURATOR, edits=True)
@guarded
def reject(ctx: Context, args: str) -> list[Reply]:
    number, reason = _number(args, "reject N [REASON]")
    return _reject(ctx, number, reason, from_button=False)


def _button_number(act: Action) -> int:
    try:
        return int(act.value.get("id"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise Usage("approve N") from None


@action("approve_suggestion")
@editors_only
@guarded
def approve_button(ctx: Context, act: Action) -> list[Reply]:
    return _approve(ctx, _button_number(act), from_button=True)


@action("reject_suggestion")
@editors_only
@guarded
def reject_button(ctx: Context, act: Action) -> list[Reply]:
    return _reject(ctx, _button_number(act), str(act.value.get("reason") or ""), from_button=True)
