"""Editing terms from chat: add, another sense, edit, example, alias, unalias, tag, related, remove.

Each is one revision, checked by the glossary's rules (duplicates, alias clashes, limits);
a refusal says why and changes nothing. Permission is checked once, by `Bot.run_command`
from each command's role, and by `editors_only` for buttons.
"""

from __future__ import annotations

from bot.commands.registry import action, command
from bot.context import Context
from bot.curation import (
    Usage,
    change_term,
    curation,
    duplicate_reply,
    editors_only,
    field_command,
    guarded,
    near_duplicate_reply,
    near_duplicates,
    notice,
    saved_reply,
    shorten,
    split_assignment,
)
from bot.forms import term_form
from bot.messages import Action, Button, Reply
from bot.roles import Role
from glossary.curation import MAX_EXAMPLES, Duplicate, InvalidInput, clean_changes
from glossary.models import Term
from glossary.sanitize import clean_example, clean_term


def create_or_offer(ctx: Context, name: str, changes: dict, *, new_sense: bool = False,
                    force: bool = False) -> list[Reply]:
    """Add a term, unless it exists (offer edit / another meaning) or looks like one (offer alias / edit)."""
    if not new_sense and not force:
        near = near_duplicates(ctx, name)
        if near and not curation(ctx).named(name):
            return [near_duplicate_reply(name, changes, near)]
    try:
        term = curation(ctx).create(name, changes, actor=ctx.actor, platform=ctx.platform, new_sense=new_sense)
    except Duplicate as exc:
        return [duplicate_reply(exc, {"definition": changes.get("definition", "")})]
    return [saved_reply("Added", None, term)]


def _add(ctx: Context, args: str, *, new_sense: bool) -> list[Reply]:
    verb = "sense" if new_sense else "add"
    if not args.strip():
        return [Reply(text="Fill in the form to add a term.", kind="form", private=True,
                      form=term_form("add", new_sense=new_sense))]
    name, definition = split_assignment(args, f"{verb} TERM = DEFINITION")
    return create_or_offer(ctx, clean_term(name), clean_changes({"definition": definition}), new_sense=new_sense)


@command("add", "add TERM = DEFINITION", "Add a term (just “add” opens a form).", role=Role.CURATOR, edits=True)
@guarded
def add(ctx: Context, args: str) -> list[Reply]:
    return _add(ctx, args, new_sense=False)


@command("sense", "sense TERM = DEFINITION", "Add another meaning to a term that has one already.",
         role=Role.CURATOR, edits=True)
@guarded
def sense(ctx: Context, args: str) -> list[Reply]:
    return _add(ctx, args, new_sense=True)


for _name, _usage, _help, _field in [
    ("edit", "edit TERM = DEFINITION", "Replace a term's definition.", "definition"),
    ("tag", "tag TERM = TAGS", "Set a term's tags (comma-separated).", "tags"),
    ("related", "related TERM = TERMS", "Set the related terms shown under an answer.", "related"),
]:
    command(_name, _usage, _help, role=Role.CURATOR, edits=True)(field_command(_usage, _field))


@command("example", "example TERM = TEXT", "Add an example sentence to a term.", role=Role.CURATOR, edits=True)
@guarded
def example(ctx: Context, args: str) -> list[Reply]:
    name, text = split_assignment(args, "example TERM = TEXT")
    text = clean_example(text)

    def appended(term: Term) -> dict:
        if len(term.examples) >= MAX_EXAMPLES and text not in term.examples:
            raise InvalidInput(f"{term.term} has {MAX_EXAMPLES} examples already, the most it can show. "
                               "Edit one of them in the form instead.")
        return {"examples": list(dict.fromkeys([*term.examples, text]))}

    return change_term(ctx, name, appended, verb="Added an example to")


@command("alias", "alias ALIAS = TERM", "Another name that finds a term (instead of a duplicate).",
         role=Role.CURATOR, edits=True)
@guarded
def alias(ctx: Context, args: str) -> list[Reply]:
    alias_name, name = split_assignment(args, "alias ALIAS = TERM")
    term = curation(ctx).find_one(name)
    after = curation(ctx).add_alias(term, alias_name, actor=ctx.actor, platform=ctx.platform)
    if after.revision == term.revision:
        return [notice(f"“{shorten(alias_name, 60)}” already finds {term.term}. Nothing was changed.")]
    return [saved_reply("Updated", term, after)]


@command("unalias", "unalias ALIAS", "Stop an alias from finding its term.", role=Role.CURATOR, edits=True)
@guarded
def unalias(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        raise Usage("unalias ALIAS")
    before, after, spelled = curation(ctx).remove_alias(args, actor=ctx.actor, platform=ctx.platform)
    return [saved_reply(f"“{spelled}” no longer finds", before, after)]


@command("remove", "remove TERM", "Remove a term (it stays in the history and can be restored).",
         role=Role.CURATOR, edits=True)
@guarded
def remove(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        raise Usage("remove TERM")
    term = curation(ctx).find_one(args)
    removed, touched = curation(ctx).remove(term, actor=ctx.actor, platform=ctx.platform)
    lines = [f"Removed {removed.term} (revision #{removed.revision}). Its aliases went with it."]
    if touched:
        lines.append("Also removed it from the related terms of " + ", ".join(t.term for t in touched) + ".")
    lines.append(f"To undo: glossary revert {removed.id} {removed.revision - 1}")
    return [Reply(text="\n".join(lines), kind="notice", private=True,
                  actions=[Button("Undo", "revert_term", {"term_id": removed.id, "number": removed.revision - 1})])]


@action("add_term")
@editors_only
@guarded
def add_term_button(ctx: Context, act: Action) -> list[Reply]:
    """"Add it anyway" after a near-duplicate warning: the proposal is checked again like any input."""
    raw = act.value.get("changes")
    changes = clean_changes(raw if isinstance(raw, dict) else {})
    return create_or_offer(ctx, clean_term(act.value.get("term")), changes, force=True)


@action("add_alias")
@editors_only
@guarded
def add_alias_button(ctx: Context, act: Action) -> list[Reply]:
    term = curation(ctx).find_one(str(act.value.get("term_id", "")))
    after = curation(ctx).add_alias(term, str(act.value.get("alias", "")), actor=ctx.actor, platform=ctx.platform)
    return [saved_reply("Updated", term, after)]
