"""The one term form: adding, editing and suggesting all use it, so Slack modals and Teams cards match.

The form carries the revision it was opened on (`hidden.base_revision`). Submitting an
edit made on an older revision is refused, so two people editing at once never lose
an update silently.
"""

from __future__ import annotations

from typing import Any, Literal

from bot.messages import Form, FormField
from glossary.curation import clean_changes
from glossary.models import Term
from glossary.yaml_io import MAX_DEFINITION

Mode = Literal["add", "edit", "suggest"]
SUBMIT_ACTION = "term_form_submit"
MAX_TITLE = 24  # Slack's modal title limit


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
        fields.append(FormField("term", "Term", optional=False, placeholder="e.g. EBITDA"))
    fields += [
        FormField("definition", f"What it means (up to {MAX_DEFINITION} characters)", multiline=True,
                  optional=False, value=str(proposal.get("definition") or (term.definition if term else ""))),
        FormField("example", "An example sentence", multiline=True,
                  value=str(proposal.get("example") or (examples[0] if examples else ""))),
        FormField("aliases", "Other names, comma-separated", value=", ".join(term.aliases) if term else "",
                  placeholder="e.g. earnings before interest and taxes"),
        FormField("tags", "Tags, comma-separated", value=", ".join(term.tags) if term else "",
                  placeholder="e.g. finance, business"),
        FormField("related", "Related terms, comma-separated", value=", ".join(term.related) if term else ""),
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
