"""The one term form: adding, editing and suggesting all use it, so Slack modals and Teams cards match.

The form carries the revision it was opened on (`hidden.base_revision`). Submitting an
edit made on an older revision is refused, so two people editing at once never lose
an update silently.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from typing import Any, Literal

from bot.messages import Form, FormField, Reply
from glossary.clock import iso
from glossary.curation import clean_changes
from glossary.db import Connections
from glossary.models import Term
from glossary.sanitize import MAX_EXAMPLE
from glossary.yaml_io import MAX_DEFINITION, MAX_LIST_ITEMS, MAX_TERM

Mode = Literal["add", "edit", "suggest"]
SUBMIT_ACTION = "term_form_submit"
MAX_TITLE = 24  # Slack's modal title limit
MAX_LIST_TEXT = MAX_LIST_ITEMS * (MAX_TERM + 2)  # a comma-separated list at its limits
MAX_INLINE_FORM = 1500  # JSON characters a button may carry itself (Slack: 2,000); a bigger form is parked
KEEP_FORMS = timedelta(days=7)


def _title(verb: str, name: str, fallback: str) -> str:
    title = f"{verb} {name}"
    return title if name and len(title) <= MAX_TITLE else fallback


def term_form(mode: Mode, term: Term | None = None, *, name: str = "", proposal: dict[str, Any] | None = None,
              new_sense: bool = False) -> Form:
    """Pre-filled with the term (if any), then with a proposal (e.g. the definition someone just typed)."""
    proposal = proposal or {}
    examples = term.examples if term else []
    fields: list[FormField] = []
    if term is None and not name:
        fields.append(FormField("term", "Term", optional=False, placeholder="e.g. EBITDA", max_length=MAX_TERM))
    fields += [
        FormField("definition", f"What it means (up to {MAX_DEFINITION} characters)", multiline=True,
                  optional=False, value=str(proposal.get("definition") or (term.definition if term else "")),
                  max_length=MAX_DEFINITION),
        FormField("example", "An example sentence", multiline=True,
                  value=str(proposal.get("example") or (examples[0] if examples else "")), max_length=MAX_EXAMPLE),
        FormField("aliases", "Other names, comma-separated", value=", ".join(term.aliases) if term else "",
                  placeholder="e.g. earnings before interest and taxes", max_length=MAX_LIST_TEXT),
        FormField("tags", "Tags, comma-separated", value=", ".join(term.tags) if term else "",
                  placeholder="e.g. finance, business", max_length=MAX_LIST_TEXT),
        FormField("related", "Related terms, comma-separated", value=", ".join(term.related) if term else "",
                  max_length=MAX_LIST_TEXT),
    ]
    shown = term.term if term else name
    if mode == "edit" and term is not None:
        title, submit = _title("Edit", shown, "Edit a term"), "Save"
    elif mode == "suggest":
        title = _title("Suggest:", shown, "Suggest an edit" if term else "Suggest a definition")
        submit = "Send suggestion"
    else:
        title, submit = _title("Add", shown, "Add a term"), "Add"
    # Hidden names never equal a field name: adapters may merge hidden values over typed ones.
    hidden: dict[str, Any] = {"mode": mode, "term_id": term.id if term else None,
                              "base_revision": term.revision if term else None, "term_name": shown or None,
                              "new_sense": new_sense}
    return Form(title=title, fields=fields, submit_action=SUBMIT_ACTION, submit_label=submit, hidden=hidden)


def form_changes(values: dict[str, Any], term: Term | None) -> dict[str, Any]:
    """Submitted values -> cleaned field changes; for an existing term only what differs from it.

    The form shows the first example; the others are kept as they are. Raises InvalidInput.
    """
    example = str(values.get("example") or "").strip()
    raw: dict[str, Any] = {
        "definition": values.get("definition"),
        "examples": ([example] if example else []) + (term.examples[1:] if term else []),
        "aliases": values.get("aliases") or "", "tags": values.get("tags") or "",
        "related": values.get("related") or "",
    }
    changes = clean_changes(raw)
    if term is None:
        return {k: v for k, v in changes.items() if v not in ([], None, "")} | {"definition": changes["definition"]}
    return {k: v for k, v in changes.items() if getattr(term, k) != v}


# -- forms too big for a button ------------------------------------------------------
def form_data(form: Form) -> dict[str, Any]:
    """A form as plain data (a button value, a parked copy); `form_from_data` reads it back."""
    return {"title": form.title, "submit_action": form.submit_action, "submit_label": form.submit_label,
            "hidden": form.hidden, "fields": [f.__dict__ for f in form.fields]}


def form_from_data(value: dict[str, Any]) -> Form | None:
    try:
        fields = [FormField(**f) for f in value.get("fields", [])]
        return Form(title=str(value["title"]), fields=fields, submit_action=str(value["submit_action"]),
                    submit_label=str(value.get("submit_label", "Submit")), hidden=dict(value.get("hidden") or {}))
    except (KeyError, TypeError, AttributeError):
        return None


def park_big_forms(connections: Connections, replies: list[Reply], now: datetime) -> list[Reply]:
    """A form that may have to travel in a button (no modal can open yet) and is too big for one is
    kept here behind a random id (a week), and the reply carries only the id."""
    for reply in replies:
        if reply.form is None:
            continue
        data = json.dumps(form_data(reply.form), ensure_ascii=False, separators=(",", ":"))
        if len(data) <= MAX_INLINE_FORM:
            continue
        reply.form_ref = secrets.token_urlsafe(12)  # unguessable, never reused
        with connections.write() as db:
            db.execute("delete from parked_forms where at < ?", [iso(now - KEEP_FORMS)])
            db.execute("insert into parked_forms (id, at, form) values (?, ?, ?)", [reply.form_ref, iso(now), data])
    return replies


def parked_form(connections: Connections, ref: str) -> Form | None:
    """The parked form `ref` names; None when it expired or never existed."""
    row = connections.db.execute("select form from parked_forms where id = ?", [ref]).fetchone()
    return form_from_data(json.loads(row[0])) if row else None
