"""Replies as terminal text. Buttons become numbered options the console user can type."""

from __future__ import annotations

import textwrap

from bot.messages import Button, Reply

WIDTH = 88


def clickable(reply: Reply) -> list[Button]:
    """The buttons of a reply in the order they are numbered on screen."""
    buttons = list(reply.choices) + list(reply.related)
    for item in reply.items:
        buttons.extend(item.buttons)
    return buttons + list(reply.actions)


def render(reply: Reply, *, numbered: bool = True, start: int = 1) -> str:
    """Numbers follow `clickable`'s order: choices, related, each item's buttons, actions."""
    counter = iter(range(start, start + 1000))

    def labels(buttons: list[Button]) -> str:
        return "  ".join(f"[{next(counter)}] {b.label}" for b in buttons)

    lines: list[str] = []
    if reply.title:
        tags = f"  [{', '.join(reply.tags)}]" if reply.tags else ""
        lines.append(f"== {reply.title}{tags}")
    body = reply.body if reply.title else ([reply.text] if not reply.items else reply.body or [reply.text])
    for paragraph in (line for text in body for line in text.split("\n")):
        lines.extend(textwrap.wrap(paragraph, WIDTH) or [""])
    for example in reply.examples:
        lines.extend(textwrap.wrap(f"Example: {example}", WIDTH, subsequent_indent="  "))
    if reply.choices:
        lines.append("Choose: " + labels(reply.choices))
    if reply.related:
        lines.append("Related: " + labels(reply.related))
    for item in reply.items:
        buttons = f"  {labels(item.buttons)}" if item.buttons and numbered else ""
        lines.extend(textwrap.wrap(f"• {item.label}: {item.text}{buttons}", WIDTH, subsequent_indent="  "))
    if reply.form is not None:
        lines.append(f"[form] {reply.form.title}: " + ", ".join(f.label for f in reply.form.fields))
    if reply.actions:
        lines.append(labels(reply.actions))
    lines.extend(f"{link.label}: {link.url}" for link in reply.links)
    if not numbered:
        lines = [line for line in lines if not line.startswith(("Choose: ", "Related: ", "["))]
        lines += typed_instead(reply)
    return "\n".join(lines)


def typed_instead(reply: Reply) -> list[str]:
    """Where nothing can be clicked (`jargon ask`), say what to type instead of a "Suggest a definition" button."""
    return [line for b in reply.actions if b.action == "suggest_form" and b.value.get("term")
            for line in textwrap.wrap(f"To suggest a definition, type “glossary suggest {b.value['term']} = what it "
                                      "means” in `jargon chat`, Slack or Teams.", WIDTH)]
