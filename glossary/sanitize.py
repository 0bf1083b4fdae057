"""Text typed in chat becomes glossary text: chat markup neutralised, bad characters refused.

Whatever is stored is shown again later, in Slack, Teams and exports. So a stored
definition must never ping a channel (`<!channel>`), impersonate a mention or a link,
hide text behind direction overrides, or be too long to show. Markup is turned into
the plain words it stands for; what cannot be made safe is refused with a clear reason.
"""

from __future__ import annotations

import html
import re

from glossary import name_rules
from glossary.yaml_io import MAX_DEFINITION, MAX_FIELD, MAX_LIST_ITEMS, MAX_TERM

MAX_EXAMPLE = 500
# Cleaning only shrinks text (entities, markup, spaces); raw text longer than this many times the
# limit cannot fit, and is refused before any pattern reads it.
MAX_RAW_FACTOR = 6

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")  # direction overrides hide or reorder text
_SPACES = re.compile(r"[ \t]+")
# Linear whatever the input: every scan stops at the next "<" (possessive `[^<>]*+`), so a failed
# "<!<!<!..." costs one pass, not one per position; a Teams mention may not hold another "<at>".
_MARKUP = [
    (re.compile(r"<!(channel|here|everyone)(?:\|[^<>]*+)?>", re.I), r"@\1"),        # Slack broadcasts
    (re.compile(r"<!subteam\^[^|<>]*+\|([^<>]*+)>"), r"\1"),                        # Slack user groups
    (re.compile(r"<!date\^[^|<>]*+\|([^<>]*+)>"), r"\1"),                           # Slack dates
    (re.compile(r"<!([^<>|]*+)(?:\|[^<>]*+)?>"), r"@\1"),                           # any other special
    (re.compile(r"<@[A-Za-z0-9]++\|([^<>]*+)>"), r"@\1"),                            # <@U123|name>
    (re.compile(r"<@([A-Za-z0-9]++)>"), r"@\1"),                                     # <@U123>
    (re.compile(r"<#[A-Za-z0-9]++\|([^<>]*+)>"), r"#\1"),                            # <#C123|general>
    (re.compile(r"<#([A-Za-z0-9]++)>"), r"#\1"),
    (re.compile(r"<((?:https?|mailto):[^|<>\s]++)\|([^<>]*+)>"), r"\2 (\1)"),         # <url|label>
    (re.compile(r"<((?:https?|mailto):[^|<>\s]++)>"), r"\1"),                        # <url>
    (re.compile(r"<at>((?:(?!</?at>).)*+)</at>", re.I | re.S), r"@\1"),              # Teams mentions
]


class InvalidInput(ValueError):
    """Text that cannot be stored; the message says what to change."""


def neutralise(text: str) -> str:
    """Chat markup -> the plain words it shows, so stored text can never notify or link by itself.

    >>> neutralise("ping <!channel> and <@U1|ann>, see <https://x.io|docs>")
    'ping @channel and @ann, see docs (https://x.io)'
    """
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return text


def clean_text(value: object, label: str, limit: int, *, multiline: bool = False) -> str:
    """One field typed in chat -> safe stored text, or InvalidInput saying why not.

    Slack escapes `&`, `<` and `>` as entities; those are decoded once, after the real
    markup is neutralised, and neutralised again so a typed `&lt;!here&gt;` stays harmless.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"The {label} must be text.")
    if len(value) > limit * MAX_RAW_FACTOR + 100:
        raise InvalidInput(_too_long(label, len(value), limit))
    text = html.unescape(neutralise(value))
    text = neutralise(text).replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        raise InvalidInput(f"The {label} contains control characters. Please retype it as plain text.")
    if _BIDI.search(text):
        raise InvalidInput(f"The {label} contains invisible text-direction characters. Please retype it.")
    if not multiline:
        text = text.replace("\n", " ").replace("\t", " ")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if len(text) > limit:
        raise InvalidInput(_too_long(label, len(text), limit))
    return text


def _too_long(label: str, length: int, limit: int) -> str:
    return f"The {label} is {length:,} characters long; the limit is {limit:,}. Please shorten it. Nothing was saved."


def clean_term(value: object, field: str = "term") -> str:
    """A name typed in chat (`field` 'term', or 'aliases' for an alias), checked like an import checks it."""
    text = clean_text(value, "term" if field == "term" else "alias", MAX_TERM)
    if not re.search(r"\w", text):
        raise InvalidInput("The term needs at least one letter or digit.")
    refuse_breaking(field, [text])
    return text


def refuse_breaking(field: str, values: list[str]) -> None:
    """InvalidInput naming the field when a value breaks glossary.name_rules (names, aliases, tags)."""
    wrong = name_rules.problem(field, values)
    if wrong:
        raise InvalidInput(f"{name_rules.FIELD_LABELS.get(field, field)}: {wrong}. Nothing was saved.")


def clean_definition(value: object) -> str:
    text = clean_text(value, "definition", MAX_DEFINITION, multiline=True)
    if not text:
        raise InvalidInput("The definition is empty. Write what the term means in a sentence or two.")
    return text


def clean_example(value: object) -> str:
    return clean_text(value, "example", MAX_EXAMPLE, multiline=True)


def clean_list(value: object, label: str, *, limit: int = MAX_FIELD) -> list[str]:
    """'a, b; c' or ['a', 'b'] -> ['a', 'b', 'c']: de-duplicated, order kept, blanks dropped."""
    if value is None:
        return []
    if isinstance(value, list) and len(value) > MAX_LIST_ITEMS * 5:
        raise InvalidInput(f"That is {len(value)} {label}; the limit is {MAX_LIST_ITEMS}.")
    if not isinstance(value, list) and len(str(value)) > MAX_LIST_ITEMS * MAX_TERM * MAX_RAW_FACTOR:
        raise InvalidInput(_too_long(label, len(str(value)), MAX_LIST_ITEMS * MAX_TERM))
    parts = value if isinstance(value, list) else re.split(r"[,;\n]", str(value))
    seen: set[str] = set()
    items: list[str] = []
    for part in parts:
        item = clean_text(part, label, min(limit, MAX_TERM))
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    if len(items) > MAX_LIST_ITEMS:
        raise InvalidInput(f"That is {len(items)} {label}; the limit is {MAX_LIST_ITEMS}.")
    return items
