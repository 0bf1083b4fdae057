"""Opening and submitting the term form: an edit for editors, a suggestion for everyone else.

"Suggest an edit" / "Suggest a definition" buttons (`suggest_form`) and the editors'
buttons (`term_form`) open the same form; what it does on submit depends on who
submits it, checked again at submit time (a form's hidden fields are not trusted).
"""

from __future__ import annotations

from typing import Any

from bot.commands.curate import create_or_offer
from bot.commands.registry import action
from bot.commands.suggestions import file_suggestion
from bot.context import Context
from bot.curation import curation, guarded, require_editor, saved_reply
from bot.forms import SUBMIT_ACTION, form_changes, term_form
from bot.messages import Action, Reply
from glossary.curation import Ambiguous, UnknownTerm
from glossary.models import Term
from glossary.sanitize import clean_term


def _existing(ctx: Context, name: str) -> Term | None:
    try:
        return curation(ctx).find_one(name)
    except UnknownTerm:
        return None


@action("term_form")
@action("suggest_form")
@guarded
def open_form(ctx: Context, act: Action) -> list[Reply]:
    """value: {term_id} for an existing term, or {term, new_sense}; plus a proposal such as {definition}."""
    value = act.value
    proposal = {k: value[k] for k in ("definition", "example") if value.get(k)}
    editor = ctx.can_edit
    term: Term | None = None
    if value.get("term_id"):
        term = ctx.glossary.terms.get(str(value["term_id"]))
        if term is None:
            raise UnknownTerm(str(value.get("term") or value["term_id"]))
    name = str(value.get("term") or "")[:120]
    if term is None and name and not value.get("new_sense"):
        term = _existing(ctx, name)
    if editor:
        form = term_form("edit" if term else "add", term, name=name if term is None else "", proposal=proposal,
                         new_sense=bool(value.get("new_sense")))
    else:
        form = term_form("suggest", term, name=name if term is None else "", proposal=proposal)
    return [Reply(text=f"{form.title}: fill in the form.", kind="form", form=form, private=True)]


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@action(SUBMIT_ACTION)
@guarded
def submit_form(ctx: Context, act: Action) -> list[Reply]:
    values = act.value
    mode = values.get("mode")
    if mode in ("add", "edit"):
        refused = require_editor(ctx)
        if refused is not None:
            return [refused]
    if mode == "edit":
        term = ctx.glossary.terms.get(str(values.get("term_id") or ""))
        if term is None:
            raise UnknownTerm(str(values.get("term_name") or values.get("term_id") or "that term"))
        changes = form_changes(values, term)
        before, after = curation(ctx).update(term.id, changes, actor=ctx.actor, platform=ctx.platform,
                                             based_on=_int(values.get("base_revision")))
        return [saved_reply("Updated", before, after)]
    name = clean_term(values.get("term") or values.get("term_name") or "")
    if mode == "add":
        return create_or_offer(ctx, name, form_changes(values, None), new_sense=bool(values.get("new_sense")))
    if mode != "suggest":
        return [Reply(text="That form is no longer supported. Nothing was changed.", kind="error", private=True)]
    term = ctx.glossary.terms.get(str(values.get("term_id") or "")) if values.get("term_id") else None
    if term is None:
        try:
            term = _existing(ctx, name)
        except Ambiguous:
            term = None
    return file_suggestion(ctx, term, term.term if term else name, form_changes(values, term))
