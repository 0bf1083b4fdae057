"""Found terms -> the "explain" and "translate" replies, the same on every platform.

Pure functions (no database, no context), so the CLI, the commands and watch mode
share them. The "Translate" button carries the text itself when it is short; a long
text is kept for a week in the explain_texts table and the button carries its id,
because Slack caps a button value at 2,000 characters.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta
from typing import Any

from bot.messages import Button, Item, Reply
from glossary import common_words, normalize
from glossary.clock import iso
from glossary.db import Connections
from glossary.detect import Found
from glossary.models import Term
from glossary.textscan import scan
from glossary.translate import translate

MAX_ITEMS = 20
MAX_BUTTON_TEXT = 1500  # characters of text a button may carry itself
KEEP_TEXTS = timedelta(days=7)
MAX_UNKNOWN = 3
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}s?$")


def distinct(found: list[Found]) -> list[Found]:
    """First occurrence of each term (or set of senses), in text order."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for item in found:
        ids = tuple(t.id for t in item.senses)
        if ids not in seen:
            seen.add(ids)
            out.append(item)
    return out


def label(term: Term, surface: str = "") -> str:
    """'CAC (customer acquisition cost)'; an alias as written points to its term: 'cutover → go-live'."""
    name = term.term
    expansion = next((a for a in term.aliases if len(a.split()) >= 2), None)
    if sum(c.isupper() for c in name) >= 2 and expansion:
        name = f"{name} ({expansion})"
    written = surface.strip()
    if written and normalize.key(written) not in {normalize.key(term.term), *_plural_keys(term.term)}:
        return f"{written} → {name}"
    return name


def _plural_keys(name: str) -> set[str]:
    key = normalize.key(name)
    return {key + "s", key + "es"}


def items(found: list[Found]) -> list[Item]:
    """One line per term, each sense of an ambiguous one on its own line, with a "More" button."""
    out: list[Item] = []
    for occurrence in distinct(found):
        several = len(occurrence.senses) > 1
        for term in occurrence.senses:
            shown = term.sense_label if several else label(term, occurrence.surface)
            text = term.short_definition + ("" if not several else f" (one meaning of “{occurrence.surface}”)")
            out.append(Item(shown, text, [Button(f"More on {term.term}"[:75], "lookup", {"term_id": term.id})]))
    return out


def unknown_acronyms(text: str, found: list[Found], limit: int = MAX_UNKNOWN) -> list[str]:
    """Capitalised abbreviations in the text that the glossary lacks: worth a suggestion."""
    scanned = scan(text)
    if scanned.shouting:
        return []
    covered = [(f.start, f.end) for f in found]
    out: list[str] = []
    for start, raw in zip(scanned.starts, scanned.raws, strict=True):
        if not _ACRONYM.match(raw) or any(a <= start < b for a, b in covered):
            continue
        word = raw[:-1] if raw.endswith("s") else raw
        if len(word) < 2 or common_words.is_common(word.lower(), 5_000) or word in out:
            continue
        out.append(word)
        if len(out) >= limit:
            break
    return out


def explain_reply(text: str, found: list[Found], translate_value: dict[str, Any], *,
                  title: str = "Jargon in this message", private: bool = True) -> Reply:
    """The list of terms found, each with its short plain explanation, and a Translate button."""
    lines = items(found)
    unknown = unknown_acronyms(text, found)
    suggest = [Button(f"Suggest “{word}”", "suggest_form", {"term": word}) for word in unknown]
    if not lines:
        note = "I didn't find any glossary terms in that message."
        if unknown:
            note += " Not in the glossary yet: " + ", ".join(unknown) + "."
        return Reply(text=note, kind="explain", title=None, body=[note], actions=suggest, private=True)
    shown = lines[:MAX_ITEMS]
    names = ", ".join(dict.fromkeys(f.surface for f in distinct(found)))
    fallback = [f"{title}: {names}"] + [f"• {i.label}: {i.text}" for i in shown]
    if len(lines) > len(shown):
        fallback.append(f"…and {len(lines) - len(shown)} more.")
    body = []
    if unknown:
        body = ["Not in the glossary yet: " + ", ".join(unknown) + ". You can suggest a definition."]
        fallback.append(body[0])
    actions = [Button("Translate", "translate_text", translate_value, style="primary"), *suggest]
    return Reply(text="\n".join(fallback), kind="explain", title=title, body=body, items=shown,
                 actions=actions, private=private)


def translate_reply(text: str, found: list[Found], *, private: bool = True) -> Reply:
    """The text rewritten with a plain gloss after each term's first occurrence."""
    if not found:
        note = "I didn't find any glossary terms to translate in that message."
        return Reply(text=note, kind="translate", body=[note], private=True)
    translation = translate(text, found)
    return Reply(text=translation, kind="translate", title="In plain words", body=[translation], private=private)


# -- the text behind a Translate button -------------------------------------------
def button_value(connections: Connections, text: str, now: datetime) -> dict[str, Any]:
    """{"text": ...} when it fits in a button, else {"ref": id} of a stored copy (kept a week)."""
    if len(text) <= MAX_BUTTON_TEXT:
        return {"text": text}
    ref = secrets.token_urlsafe(12)  # unguessable and never reused: a stale button cannot show another text
    with connections.write() as db:
        db.execute("delete from explain_texts where at < ?", [iso(now - KEEP_TEXTS)])
        db.execute("insert into explain_texts (id, at, text) values (?, ?, ?)", [ref, iso(now), text])
    return {"ref": ref}


def text_of(connections: Connections, value: dict[str, Any]) -> str | None:
    """The text a button refers to; None when a stored copy has expired."""
    if isinstance(value.get("text"), str):
        return value["text"]
    ref = value.get("ref")
    if not isinstance(ref, str):
        return None
    row = connections.db.execute("select text from explain_texts where id = ?", [ref]).fetchone()
    return row[0] if row else None
