"""Replies as Adaptive Cards for Microsoft Teams: pure functions from `Reply` to card JSON.

Text that comes from people (definitions, examples, questions) is rendered as `TextRun`s,
which Teams shows literally: no markdown links or formatting can be injected through a
definition. Buttons are `Action.Submit`s whose data names a bot action; `action_from_value`
turns a click (or a submitted form) back into that action. Every card keeps within Teams' own
limits (6 actions per set, ~28 KB per message): adapters/teams/card_fit.py.
"""

from __future__ import annotations

from typing import Any

from adapters.teams.card_fit import MAX_ACTIONS, action_sets, cut_to_bytes, fit
from bot.messages import Button, Form, Reply

ADAPTIVE = "application/vnd.microsoft.card.adaptive"
THUMBNAIL = "application/vnd.microsoft.card.thumbnail"
CARD_VERSION = "1.4"  # what every Teams client (desktop, web, mobile) renders
ACTION_KEY = "jargon_action"
VALUE_KEY = "jargon_value"
MAX_ITEMS = 30  # a Teams message is limited to about 28 KB
MAX_FILE_CHARS = 18_000
MAX_FILE_BYTES = 20_000  # as sent: a non-ASCII character is escaped to 6 bytes
MAX_FALLBACK = 1_000  # fallbackText: for clients that cannot show the card; the card says the rest
MAX_SUMMARY = 200
_STYLES = {"primary": "positive", "danger": "destructive"}

Json = dict[str, Any]


def _run(text: str, **style: Any) -> Json:
    return {"type": "TextRun", "text": text, **style}


def _rich(*runs: Json, **extra: Any) -> Json:
    """A RichTextBlock: TextRuns are not markdown, so people's text shows exactly as typed."""
    return {"type": "RichTextBlock", "inlines": list(runs), **extra}


def submit(button: Button) -> Json:
    """One button: Action.Submit whose data names the bot action and its value."""
    action: Json = {"type": "Action.Submit", "title": button.label[:80],
                    "data": {ACTION_KEY: button.action, VALUE_KEY: dict(button.value)}}
    if button.style in _STYLES:
        action["style"] = _STYLES[button.style]
    return action


def _action_sets(buttons: list[Button]) -> list[Json]:
    """Teams shows 6 actions per set: 15 senses make sets of 6, 6 and 3, every one clickable."""
    return action_sets([submit(b) for b in buttons])


def _header(reply: Reply) -> list[Json]:
    if not reply.title:
        return []
    blocks = [_rich(_run(reply.title, size="Medium", weight="Bolder"))]
    if reply.tags:
        blocks.append(_rich(_run(" · ".join(reply.tags), isSubtle=True, size="Small"), spacing="None"))
    return blocks


MAX_COLUMNS = 4  # compared terms shown side by side: more would not fit a chat column


def _paragraphs(reply: Reply) -> list[str]:
    """Same choice as the console: a titled reply shows its body, an untitled one its text."""
    if reply.title:
        return list(reply.body)
    if reply.items:
        return list(reply.body) or [reply.text]
    return [reply.text]


def _columns(reply: Reply, interactive: bool) -> list[Json]:
    """A comparison: one column per term, definitions side by side, each with its own buttons."""
    columns = []
    for item in reply.items[:MAX_COLUMNS]:
        part: list[Json] = [_rich(_run(item.label, weight="Bolder")), _rich(_run(item.text))]
        if interactive and item.buttons:
            part += _action_sets(item.buttons)
        columns.append({"type": "Column", "width": "stretch", "items": part})
    return [{"type": "ColumnSet", "columns": columns, "spacing": "Medium"}]


def _items(reply: Reply, interactive: bool) -> list[Json]:
    if reply.side_by_side and reply.items:
        return _columns(reply, interactive)
    blocks: list[Json] = []
    for item in reply.items[:MAX_ITEMS]:
        part: list[Json] = [_rich(_run(item.label, weight="Bolder"), _run(": " + item.text if item.text else ""))]
        if interactive and item.buttons:
            part += _action_sets(item.buttons)
        blocks.append({"type": "Container", "items": part, "spacing": "Small"})
    hidden = len(reply.items) - MAX_ITEMS
    if hidden > 0:
        blocks.append(_rich(_run(f"…and {hidden} more.", isSubtle=True)))
    return blocks


def _form(form: Form) -> list[Json]:
    blocks: list[Json] = []
    for f in form.fields:
        field: Json = {"type": "Input.Text", "id": f.name, "label": f.label, "value": f.value,
                       "isMultiline": f.multiline, "isRequired": not f.optional}
        if f.placeholder:
            field["placeholder"] = f.placeholder
        if not f.optional:
            field["errorMessage"] = f"{f.label} is required."
        blocks.append(field)
    return blocks


def _form_submit(form: Form) -> Json:
    return {"type": "Action.Submit", "title": form.submit_label, "style": "positive",
            "data": {ACTION_KEY: form.submit_action, VALUE_KEY: dict(form.hidden)}}


def _file(reply: Reply) -> list[Json]:
    if reply.file is None:
        return []
    name, content = reply.file
    shown = cut_to_bytes(content[:MAX_FILE_CHARS], MAX_FILE_BYTES)
    blocks = [_rich(_run(name, weight="Bolder")), _rich(_run(shown, fontType="Monospace", size="Small"))]
    if len(shown) < len(content):
        blocks.append(_rich(_run(f"Cut at {len(shown):,} of {len(content):,} characters: use "
                                 "“jargon export” for the whole file.", isSubtle=True)))
    return blocks


def _content(reply: Reply, interactive: bool) -> tuple[list[Json], list[Json]]:
    """The body elements and the card-level actions of one reply."""
    body = _header(reply)
    body += [_rich(_run(p)) for p in _paragraphs(reply) if p]
    body += [_rich(_run("Example: ", weight="Bolder"), _run(e, italic=True)) for e in reply.examples]
    body += _items(reply, interactive)
    if reply.related:
        if interactive:
            body += [_rich(_run("Related", weight="Bolder")), *_action_sets(reply.related)]
        else:
            body.append(_rich(_run("Related: ", weight="Bolder"), _run(", ".join(b.label for b in reply.related))))
    if reply.choices and interactive:
        body += _action_sets(reply.choices)
    elif reply.choices:
        body.append(_rich(_run(", ".join(b.label for b in reply.choices))))
    body += _file(reply)
    actions: list[Json] = []
    if reply.form is not None:
        if reply.form.title and reply.form.title != reply.title:
            body.append(_rich(_run(reply.form.title, weight="Bolder")))
        body += _form(reply.form)
        actions.append(_form_submit(reply.form))
    if interactive:
        actions += [submit(b) for b in reply.actions]
    actions += [{"type": "Action.OpenUrl", "title": k.label[:80], "url": k.url} for k in reply.links[:5]]
    return body, actions


def card(replies: Reply | list[Reply], *, interactive: bool = True) -> Json:
    """One Adaptive Card for one reply (or several, separated). `interactive=False` drops buttons."""
    replies = [replies] if isinstance(replies, Reply) else list(replies)
    body: list[Json] = []
    actions: list[Json] = []
    for n, reply in enumerate(replies):
        part, acts = _content(reply, interactive)
        if n and part:
            part[0] = {**part[0], "separator": True, "spacing": "Medium"}
        body += part
        actions += acts
    if len(actions) > MAX_ACTIONS:  # Teams would hide the 7th card-level action on: sets of 6 in the body
        body += action_sets(actions)
        actions = []
    fallback = "\n\n".join(r.text for r in replies)
    result: Json = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                    "version": CARD_VERSION, "body": body,
                    "fallbackText": fallback if len(fallback) <= MAX_FALLBACK else fallback[:MAX_FALLBACK - 1] + "…",
                    "msteams": {"width": "Full"}}
    if actions:
        result["actions"] = actions
    return fit(result)


def attachment(replies: Reply | list[Reply], *, interactive: bool = True) -> Json:
    return {"contentType": ADAPTIVE, "content": card(replies, interactive=interactive)}


def summary(reply: Reply) -> str:
    """The notification text (toast, activity feed) for a card message."""
    text = " ".join(reply.text.split())
    return text if len(text) <= MAX_SUMMARY else text[: MAX_SUMMARY - 1] + "…"


def message(reply: Reply) -> Json:
    """The Bot Framework activity fields for one reply as a card message."""
    return {"type": "message", "summary": summary(reply), "attachments": [attachment(reply)]}


def action_from_value(value: Any) -> tuple[str, dict[str, Any]] | None:
    """A card click or form submission -> (action name, value), or None if it is not one of ours.

    Teams merges the inputs of a form into the submitted data, next to our two keys.
    """
    if not isinstance(value, dict):
        return None
    data = value.get("data") if isinstance(value.get("data"), dict) and ACTION_KEY not in value else value
    name = data.get(ACTION_KEY)
    if not isinstance(name, str) or not name:
        return None
    merged = dict(data.get(VALUE_KEY) or {}) if isinstance(data.get(VALUE_KEY), dict) else {}
    merged.update({k: v for k, v in data.items() if k not in (ACTION_KEY, VALUE_KEY, "msteams")})
    return name, merged


def search_results(replies: list[Reply]) -> Json:
    """The invoke body for a messaging extension search: cards to insert into a message."""
    attachments = []
    for reply in replies:
        preview = {"title": reply.title or summary(reply), "text": summary(Reply(text=" ".join(reply.body)))}
        attachments.append({**attachment(reply, interactive=False),
                            "preview": {"contentType": THUMBNAIL, "content": preview}})
    return {"composeExtension": {"type": "result", "attachmentLayout": "list", "attachments": attachments}}


def search_message(text: str) -> Json:
    """A messaging extension answer that is a line of text instead of results."""
    return {"composeExtension": {"type": "message", "text": text}}


def dialog(replies: Reply | list[Reply], title: str) -> Json:
    """The invoke body that opens (or continues) a dialog showing the replies as one card."""
    return {"task": {"type": "continue", "value": {"title": title, "height": "medium", "width": "medium",
                                                   "card": attachment(replies)}}}
