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
    lines: list[str] = []
    if reply.title:
        tags = f"  [{', '.join(reply.tags)}]" if reply.tags else ""
        lines.append(f"== {reply.title}{tags}")
    body = reply.body if reply.title else ([reply.text] if not reply.items else reply.body or [reply.text])
    for paragraph in body:
        lines.extend(textwrap.wrap(paragraph, WIDTH) or [""])
    for example in reply.examples:
        lines.extend(textwrap.wrap(f"Example: {example}", WIDTH, subsequent_indent="  "))
    for item in reply.items:
        lines.extend(textwrap.wrap(f"• {item.label}: {item.text}", WIDTH, subsequent_indent="  "))
    if reply.form is not None:
        lines.append(f"[form] {reply.form.title}: " + ", ".join(f.label for f in reply.form.fields))
    n = start
    if reply.choices:
        lines.append("Choose: " + "  ".join(f"[{n + i}] {b.label}" for i, b in enumerate(reply.choices)))
        n += len(reply.choices)
    if reply.related:
        lines.append("Related: " + "  ".join(f"[{n + i}] {b.label}" for i, b in enumerate(reply.related)))
        n += len(reply.related)
    for item in reply.items:
        n += len(item.buttons)
    if reply.actions:
        lines.append("  ".join(f"[{n + i}] {b.label}" for i, b in enumerate(reply.actions)))
    if not numbered:
        lines = [line for line in lines if not line.startswith(("Choose: ", "Related: ", "["))]
    return "\n".join(lines)
