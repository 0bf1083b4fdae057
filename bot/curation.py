"""What every curation command shares: argument parsing, one mapping from refusals to replies,
and a readable account of what changed.

Commands raise the glossary's own exceptions; `guarded` turns each into a private reply
that says why and confirms that nothing was changed, the same way on every platform.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from bot.context import Context
from bot.mentions import UnknownMention
from bot.messages import Button, Reply
from glossary.curation import Ambiguous, Curation, Duplicate, InvalidInput, UnknownTerm, clean_changes
from glossary.db import StorageError
from glossary.models import Term
from glossary.store import StaleRevision
from glossary.suggestions import AlreadyDecided, Conflict, SuggestionStore, TooMany

log = logging.getLogger(__name__)
MAX_SHOWN = 160
T = TypeVar("T")


class Usage(ValueError):
    """The command was typed wrong; the message is its usage."""


def curation(ctx: Context) -> Curation:
    return Curation(ctx.glossary.terms, ctx.glossary.connections)


def suggestions(ctx: Context) -> SuggestionStore:
    return SuggestionStore(ctx.glossary.connections, curation(ctx), ctx.glossary.clock)


def require_editor(ctx: Context) -> Reply | None:
    """The permission check for buttons and forms; commands get theirs from the command table."""
    from bot.commands.help import is_role_refused  # the one check; imported late (bot.commands imports us)
    from bot.roles import Role

    return is_role_refused(ctx, Role.CURATOR, True)


def editors_only(handler: Callable[[Context, T], list[Reply]]) -> Callable[[Context, T], list[Reply]]:
    """For buttons that edit: an old or forged click from someone without edit rights changes nothing."""

    @functools.wraps(handler)
    def run(ctx: Context, arg: T) -> list[Reply]:
        refused = require_editor(ctx)
        return [refused] if refused is not None else handler(ctx, arg)

    return run


def change_term(ctx: Context, name: str, changes: dict[str, Any] | Callable[[Term], dict[str, Any]],
                verb: str = "Updated") -> list[Reply]:
    """Find one term by name, id or alias, apply field changes on its current revision, confirm."""
    term = curation(ctx).find_one(name)
    wanted = changes(term) if callable(changes) else changes
    before, after = curation(ctx).update(term.id, wanted, actor=ctx.actor, platform=ctx.platform,
                                         based_on=term.revision)
    return [saved_reply(verb, before, after)]


def field_command(usage: str, field: str) -> Callable[[Context, str], list[Reply]]:
    """The handler of `NAME TERM = VALUE` commands that set one field (edit, tag, related, review)."""

    def handler(ctx: Context, args: str) -> list[Reply]:
        name, value = split_assignment(args, usage)
        return change_term(ctx, name, clean_changes({field: value}))

    return guarded(handler)


def split_assignment(args: str, usage: str) -> tuple[str, str]:
    """'TERM = TEXT' -> ('TERM', 'TEXT'); both required."""
    left, sep, right = args.partition("=")
    if not sep or not left.strip() or not right.strip():
        raise Usage(usage)
    return left.strip(), right.strip()


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """At most `limit` characters, cut at a word boundary with "…" (a single long word is cut inside)."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ") if text[limit - 1] != " " else len(cut)  # the cut may fall right after a word
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:.") + "…"


def notice(text: str, *, title: str | None = None, actions: list[Button] | None = None) -> Reply:
    return Reply(text=text, kind="notice", title=title, body=[text] if title else [], actions=actions or [],
                 private=True)


def error(text: str, *, actions: list[Button] | None = None) -> Reply:
    return Reply(text=text, kind="error", private=True, actions=actions or [])


def guarded(handler: Callable[[Context, T], list[Reply]]) -> Callable[[Context, T], list[Reply]]:
    """Refusals become a clear private reply; a write that raised was rolled back, so nothing changed."""

    @functools.wraps(handler)
    def run(ctx: Context, arg: T) -> list[Reply]:
        try:
            return handler(ctx, arg)
        except (Usage, InvalidInput, UnknownMention, UnknownTerm, Ambiguous, Duplicate, StaleRevision, Conflict,
                AlreadyDecided, TooMany) as exc:
            return [refusal(exc)]
        except (StorageError, sqlite3.OperationalError) as exc:
            log.warning("a curation write failed: %s", type(exc).__name__)
            return [storage_refusal(exc)]

    return run


def storage_refusal(exc: Exception) -> Reply:
    """The database refused the write (full disk, read-only file, locked too long); the transaction rolled back."""
    text = str(exc).lower()
    why = ("the disk is full" if "full" in text else "it is read-only" if "readonly" in text or "read-only" in text
           or "not writable" in text else "it is busy or unavailable")
    return error(f"Nothing was changed: the glossary database could not save this ({why}). "
                 "Please try again later, or tell an admin.")


def refusal(exc: Exception) -> Reply:
    if isinstance(exc, Usage):
        return error(f"Usage: glossary {exc}")
    if isinstance(exc, UnknownTerm):
        return error(f"“{shorten(exc.name, 60)}” is not in the glossary. Nothing was changed.")
    if isinstance(exc, Ambiguous):
        ids = ", ".join(f"{t.id} ({shorten(t.sense_label, 50)})" for t in exc.senses[:6])
        return error(f"“{shorten(exc.name, 60)}” has {len(exc.senses)} meanings. Nothing was changed. "
                     f"Name the one you mean by its id: {ids}.")
    if isinstance(exc, Duplicate):
        return duplicate_reply(exc)
    if isinstance(exc, StaleRevision):
        return error(str(exc), actions=[Button(f"Open {shorten(exc.term.term, 40)} again", "term_form",
                                               {"term_id": exc.term.id})])
    if isinstance(exc, Conflict):
        return error(f"{exc.term.term} changed since this suggestion was made ({', '.join(exc.fields)} edited "
                     "since). Nothing was saved and the suggestion stays pending: edit the term yourself, "
                     "or reject the suggestion.",
                     actions=[Button(f"Edit {shorten(exc.term.term, 40)}", "term_form", {"term_id": exc.term.id})])
    if isinstance(exc, AlreadyDecided):
        s = exc.suggestion
        return error(f"Suggestion #{s.id} was already {s.status} by {s.decided_by}. Nothing was changed.")
    if isinstance(exc, TooMany):
        return error("You have many suggestions waiting for review already. Please wait until curators have "
                     "looked at them. Nothing was saved.")
    return error(str(exc) if "Nothing was" in str(exc) else f"{exc} Nothing was changed.")


def duplicate_reply(exc: Duplicate, proposal: dict[str, Any] | None = None) -> Reply:
    """Never a second copy: offer to edit what exists, or to add another meaning of the name."""
    names = ", ".join(f"{t.sense_label}" for t in exc.existing[:3])
    if exc.as_alias:
        return error(f"“{shorten(exc.name, 60)}” already names {names}, so it can't be used for another term "
                     "too. Nothing was changed.")
    proposal = proposal or {}
    buttons = [Button(f"Edit {shorten(t.sense_label, 40)}", "term_form", {"term_id": t.id, **proposal})
               for t in exc.existing[:3]]
    buttons.append(Button("Add another meaning", "term_form", {"term": exc.name, "new_sense": True, **proposal}))
    return Reply(text=f"“{shorten(exc.name, 60)}” is already in the glossary as {names}. Nothing was added. "
                      f"You can edit it, or add another meaning (“glossary sense {shorten(exc.name, 30)} = …”).",
                 kind="error", private=True, actions=buttons)


def near_duplicates(ctx: Context, name: str) -> list[Term]:
    """Terms the matcher would answer for the new name ('Kubernets', 'Service Level Agreements').

    Only confident matches count, and names that differ in their numbers (Tier 1, Tier 2; ISO 9001,
    ISO 27001) are different terms, however alike they look.
    """
    result = ctx.glossary.lookup(name)
    if result.status not in ("answer", "ambiguous"):
        return []
    terms = [ctx.glossary.terms.get(m.id) for m in result.matches]
    return [t for t in terms if t is not None and _digits(name) in {_digits(n) for n in [t.term, *t.aliases]}]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def near_duplicate_reply(name: str, changes: dict[str, Any], near: list[Term]) -> Reply:
    """Probably the same thing under another spelling: offer an alias first, then an edit, then adding anyway."""
    first = near[0]
    buttons = [Button(f"Add “{shorten(name, 30)}” as an alias of {shorten(first.sense_label, 30)}", "add_alias",
                      {"term_id": first.id, "alias": name}, style="primary")]
    buttons += [Button(f"Edit {shorten(t.sense_label, 40)}", "term_form",
                       {"term_id": t.id, "definition": changes.get("definition", "")}) for t in near[:2]]
    buttons.append(Button(f"Add “{shorten(name, 30)}” anyway", "add_term", {"term": name, "changes": changes}))
    names = " or ".join(f"“{t.term}”" for t in near[:3])
    return Reply(text=f"“{shorten(name, 60)}” looks like {names}, which the glossary has already. Nothing was "
                      f"added yet. Make it an alias (“glossary alias {shorten(name, 30)} = {first.id}”), edit "
                      "the existing term, or add it anyway.", kind="error", private=True, actions=buttons)


def describe_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """Field by field, in words: 'definition: “old” → “new”'."""
    if before is None and after is None:
        return []
    if before is None:
        return [f"created: {shorten(after['definition'])}"] if after else []
    if after is None:
        return ["removed"]
    lines = []
    for name in ("term", "definition", "examples", "aliases", "tags", "related", "owner", "review_by"):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        if isinstance(old, list) or isinstance(new, list):
            added = [x for x in new or [] if x not in (old or [])]
            dropped = [x for x in old or [] if x not in (new or [])]
            parts = ([f"added {', '.join(map(shorten, added))}"] if added else []) + \
                    ([f"removed {', '.join(map(shorten, dropped))}"] if dropped else [])
            lines.append(f"{name}: {'; '.join(parts) or 'reordered'}")
        else:
            lines.append(f"{name}: “{shorten(old or '—')}” → “{shorten(new or '—')}”")
    return lines


def saved_reply(verb: str, before: Term | None, after: Term) -> Reply:
    """Confirmation of a change, with what changed and the revision it became."""
    changes = describe_changes(before.to_dict(), after.to_dict()) if before else [f"“{shorten(after.definition)}”"]
    if before is not None and not changes:
        return notice(f"{after.term} already says that. Nothing was changed.")
    text = f"{verb} {after.term} (revision #{after.revision})."
    return Reply(text="\n".join([text, *changes]), kind="notice", title=text, body=changes, private=True,
                 actions=[Button("Show it", "lookup", {"term_id": after.id}),
                          Button("History", "term_history", {"term_id": after.id})])
