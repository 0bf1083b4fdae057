"""Reply -> Block Kit, as pure functions: no network, no Slack SDK, easy to test and to reuse (digest).

Slack limits that shape this module: 50 blocks per message (100 in modals and the Home tab),
3,000 characters per section, 75 per button label, 2,000 per button value, 25 buttons per actions
block, 24 characters for a modal title, 3,000 for private_metadata. User text is escaped, so a
definition containing `<!channel>` is shown, never executed.
"""

from __future__ import annotations

import json
from typing import Any

from bot.forms import form_data, form_from_data
from bot.messages import Button, Form, Link, Reply

ACTION_PREFIX = "jb."  # every button's action_id starts with it; the value carries the bot action
FORM_CALLBACK = "jb_form"  # callback_id of every modal built from a Form
LINK_ACTION = "jb_link"  # a URL button ("Open in the glossary"): Slack still sends a click, which is only acked
SHARE_ACTION = "slack_share"  # the "Share in channel" button (Slack ephemerals only)
OPEN_FORM_ACTION = "slack_open_form"  # a form that could not open at once (no trigger_id yet)
ERROR_BLOCK = "jb_error"  # the block_id of the error shown on top of a modal
MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_SECTION = 3000
MAX_FALLBACK = 3000
MAX_VALUE = 2000


def escape(text: str) -> str:
    """Slack's three control characters, so user text can neither ping nor link."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


MAX_COLUMNS = 10  # fields in one Block Kit section
MAX_FIELD_TEXT = 2_000  # characters in one field


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(text: str, limit: int = 150) -> dict[str, Any]:
    return {"type": "plain_text", "text": _cut(text or " ", limit), "emoji": True}


def _mrkdwn(markdown: str) -> dict[str, Any]:
    """verbatim: Slack shows a typed URL (a digest's unanswered question, a suggestion) as plain text,
    never as a link of its own making, and does not link-ify channel names either."""
    return {"type": "mrkdwn", "text": _cut(markdown or " ", MAX_SECTION), "verbatim": True}


def _section(markdown: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(markdown)}


def _context(markdown: str) -> dict[str, Any]:
    return {"type": "context", "elements": [_mrkdwn(markdown)]}


# -- buttons -----------------------------------------------------------------
def encode_value(action: str, value: dict[str, Any]) -> str | None:
    """A button's value: the bot action and its arguments. None when it cannot fit Slack's limit."""
    encoded = json.dumps({"a": action, "v": value}, ensure_ascii=False, separators=(",", ":"))
    if len(encoded) > MAX_VALUE:
        short = {k: (_cut(v, 200) if isinstance(v, str) else v) for k, v in value.items()}
        encoded = json.dumps({"a": action, "v": short}, ensure_ascii=False, separators=(",", ":"))
    return encoded if len(encoded) <= MAX_VALUE else None


def decode_value(raw: str | None) -> tuple[str, dict[str, Any]] | None:
    """The inverse of encode_value; None for anything that is not one of our buttons."""
    try:
        data = json.loads(raw or "")
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("a"), str) or not isinstance(data.get("v", {}), dict):
        return None
    return data["a"], dict(data.get("v") or {})


def _button(button: Button, index: int) -> dict[str, Any] | None:
    value = encode_value(button.action, button.value)
    if value is None:
        return None
    element: dict[str, Any] = {"type": "button", "action_id": f"{ACTION_PREFIX}{index}",
                               "text": _plain(button.label, 75), "value": value}
    if button.style in ("primary", "danger"):
        element["style"] = button.style
    return element


def link_button(link: Link, index: int) -> dict[str, Any]:
    """A button that opens a URL in the browser; the click Slack also sends us needs only an ack."""
    return {"type": "button", "action_id": f"{LINK_ACTION}{index}", "text": _plain(link.label, 75),
            "url": link.url[:3000]}


class _Buttons:
    """Numbers buttons across one message, since action_ids must be unique in it."""

    def __init__(self) -> None:
        self.count = 0

    def row(self, buttons: list[Button]) -> list[dict[str, Any]]:
        elements = []
        for button in buttons:
            element = _button(button, self.count)
            self.count += 1
            if element is not None:
                elements.append(element)
        return [{"type": "actions", "elements": elements[i:i + 25]} for i in range(0, len(elements), 25)]


def share_button(reply: Reply) -> Button | None:
    """'Share in channel' for a private answer: posts the same term publicly."""
    if reply.kind != "answer":
        return None
    term_id = next((b.value["term_id"] for b in reply.actions if "term_id" in b.value), None)
    return Button("Share in channel", SHARE_ACTION, {"term_id": term_id}, style="primary") if term_id else None


def form_button(form: Form, ref: str | None = None) -> Button:
    """A form shown where no modal can open (an @mention has no trigger_id): a click opens it.

    A big form (bot.forms.park_big_forms) travels as the id of its parked copy, never cut or dropped.
    """
    data = {"ref": ref} if ref else form_data(form)
    return Button(f"Open “{_cut(form.title, 40)}”", OPEN_FORM_ACTION, data, style="primary")


# -- messages ------------------------------------------------------------------
def blocks(reply: Reply, *, share: bool = False, limit: int = MAX_MESSAGE_BLOCKS) -> list[dict[str, Any]]:
    """The Block Kit body of one reply. `share` adds 'Share in channel' (for ephemeral answers)."""
    out: list[dict[str, Any]] = []
    numbering = _Buttons()
    if reply.title:
        out.append({"type": "header", "text": _plain(reply.title)})
    if reply.tags:
        out.append(_context("🏷️ " + escape(", ".join(reply.tags))))
    paragraphs = reply.body if (reply.title or reply.body or reply.items) else [reply.text]
    if reply.kind == "error":
        paragraphs = [f":warning: {p}" for p in (reply.body or [reply.text])]
    out.extend(_section(escape(p)) for p in paragraphs if p)
    out.extend(_section(f"_Example:_ {escape(e)}") for e in reply.examples)
    shown = 0
    if reply.side_by_side and reply.items:  # a comparison: one column per term (a section holds 10 fields)
        columns = reply.items[:MAX_COLUMNS]
        fields = [{"type": "mrkdwn", "text": _cut(f"*{escape(i.label)}*\n{escape(i.text)}", MAX_FIELD_TEXT)}
                  for i in columns]
        out.append({"type": "section", "fields": fields})
        out.extend(numbering.row([b for i in columns for b in i.buttons]))
        shown = len(columns)
    for item in reply.items[shown:] if reply.side_by_side else reply.items:
        if len(out) + 4 >= limit:
            break
        out.append(_section(f"*{escape(item.label)}*  {escape(item.text)}"))
        out.extend(numbering.row(item.buttons))
        shown += 1
    if shown < len(reply.items):
        out.append(_context(f"…and {len(reply.items) - shown} more."))
    out.extend(numbering.row(reply.choices))
    if reply.related:
        out.append(_context("Related terms:"))
        out.extend(numbering.row(reply.related))
    actions = list(reply.actions)
    extra = share_button(reply) if share else None
    if extra is not None:
        actions.insert(0, extra)
    if reply.form is not None:
        actions.insert(0, form_button(reply.form, reply.form_ref))
    out.extend(numbering.row(actions))
    if reply.links:
        out.append({"type": "actions", "elements": [link_button(k, n) for n, k in enumerate(reply.links[:5])]})
    return [b for b in out if b["type"] != "actions" or b["elements"]][:limit]


def fallback(reply: Reply) -> str:
    """The notification / screen-reader text: complete, plain, within Slack's comfortable size."""
    return _cut(escape(reply.text) or " ", MAX_FALLBACK)


def message(reply: Reply, *, share: bool = False) -> dict[str, Any]:
    """kwargs for chat.postMessage / chat.postEphemeral / a response_url post."""
    return {"text": fallback(reply), "blocks": blocks(reply, share=share)}


# -- modals --------------------------------------------------------------------
def modal(form: Form, *, context: dict[str, Any] | None = None, error: str | None = None,
          values: dict[str, str] | None = None) -> dict[str, Any]:
    """A modal from a Form. `context` (channel, thread) travels in private_metadata with the action."""
    meta = json.dumps({"a": form.submit_action, "h": form.hidden, **(context or {})}, ensure_ascii=False,
                      separators=(",", ":"))
    if len(meta) > 3000:
        meta = json.dumps({"a": form.submit_action, "h": form.hidden}, ensure_ascii=False, separators=(",", ":"))
    view_blocks: list[dict[str, Any]] = []
    if error:
        view_blocks.append(_error_block(error))
    for field in form.fields:
        element: dict[str, Any] = {"type": "plain_text_input", "action_id": "value", "multiline": field.multiline}
        initial = (values or {}).get(field.name, field.value)
        if initial:
            element["initial_value"] = _cut(initial, 3000)
        if field.placeholder:
            element["placeholder"] = _plain(field.placeholder)
        if field.max_length:  # the server's limit, enforced while typing (Slack allows at most 3,000)
            element["max_length"] = min(field.max_length, 3000)
        view_blocks.append({"type": "input", "block_id": field.name, "optional": field.optional,
                            "label": _plain(field.label, 2000), "element": element})
    return {"type": "modal", "callback_id": FORM_CALLBACK, "title": _plain(form.title, 24),
            "submit": _plain(form.submit_label, 24), "close": _plain("Cancel", 24),
            "private_metadata": meta, "blocks": view_blocks[:MAX_VIEW_BLOCKS]}


def _error_block(error: str) -> dict[str, Any]:
    return {**_section(f":warning: {escape(error)}"), "block_id": ERROR_BLOCK}


def modal_with_error(view: dict[str, Any], error: str, values: dict[str, str]) -> dict[str, Any]:
    """The submitted modal again, with the error on top and what the user typed kept."""
    kept: list[dict[str, Any]] = [_error_block(error)]
    for block in view.get("blocks") or []:
        if not isinstance(block, dict) or block.get("block_id") == ERROR_BLOCK:
            continue
        block = dict(block)
        if block.get("type") == "input" and isinstance(block.get("element"), dict):
            element = {k: v for k, v in block["element"].items() if k != "initial_value"}
            if values.get(str(block.get("block_id"))):
                element["initial_value"] = _cut(values[str(block["block_id"])], 3000)
            block["element"] = element
        kept.append(block)
    fields = ("type", "callback_id", "title", "submit", "close", "private_metadata")
    return {**{k: view[k] for k in fields if k in view}, "blocks": kept[:MAX_VIEW_BLOCKS]}


def form_from_button(value: dict[str, Any]) -> Form | None:
    """The inverse of form_button for a form carried inline (a parked one: bot.forms.parked_form)."""
    return form_from_data(value)


def submitted(view: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, str], dict[str, Any]] | None:
    """A view_submission -> (action, hidden values, field values, context). None if not our modal."""
    try:
        meta = json.loads(view.get("private_metadata") or "")
    except ValueError:
        return None
    if not isinstance(meta, dict) or not isinstance(meta.get("a"), str):
        return None
    values: dict[str, str] = {}
    state = (view.get("state") or {}).get("values") or {}
    for block_id, elements in state.items():
        if isinstance(elements, dict):
            element = elements.get("value") or next(iter(elements.values()), {})
            values[str(block_id)] = str(element.get("value") or "") if isinstance(element, dict) else ""
    context = {k: v for k, v in meta.items() if k not in ("a", "h")}
    return meta["a"], dict(meta.get("h") or {}), values, context


def field_labels(view: dict[str, Any]) -> dict[str, str]:
    """block_id -> label of a modal's input blocks."""
    return {str(b.get("block_id")): str((b.get("label") or {}).get("text") or "")
            for b in view.get("blocks") or [] if isinstance(b, dict) and b.get("type") == "input"}


def field_errors(reply: Reply, fields: dict[str, str]) -> dict[str, str]:
    """Errors to show under fields (name -> label): an error reply whose items or title name a field,
    or whose text starts with "The <field>" ("The definition is empty...")."""
    if reply.kind != "error":
        return {}
    errors = {item.label: _cut(item.text or reply.text, 150) for item in reply.items if item.label in fields}
    if not errors and reply.title in fields:
        errors[str(reply.title)] = _cut(reply.text, 150)
    if not errors:
        lowered = reply.text.lower()
        for name, label in fields.items():
            if any(lowered.startswith(f"the {word.lower()} ") for word in (name, label) if word):
                errors[name] = _cut(reply.text, 150)
                break
    return errors


# -- App Home ------------------------------------------------------------------
def home_view(replies: list[Reply]) -> dict[str, Any]:
    """The Home tab: each reply is a section, divided, within the 100-block limit."""
    out: list[dict[str, Any]] = []
    for reply in replies:
        part = blocks(reply, limit=30)
        if out and part:
            out.append({"type": "divider"})
        if len(out) + len(part) > MAX_VIEW_BLOCKS:
            break
        out.extend(part)
    return {"type": "home", "blocks": out}
