"""What a name, an alias or a tag may be: one rule for chat commands, forms and YAML import.

Typing `glossary add SLA = duplicate` into a form's "Other names" field once made that whole
command an alias, and a sentence with "=" and ":" became a tag. So a name (term, alias, related
term) must not start with "glossary " nor contain "=" (which separates a name from its definition
in every command), and a tag is one word of letters, digits, "-" or "_".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: How each field is called where people type it (the chat form's labels).
FIELD_LABELS = {"term": "Term", "aliases": "Other names", "related": "Related terms", "tags": "Tags"}
_TAG = re.compile(r"[\w-]+")  # letters and digits of any script, '-' and '_': one token
_SHOWN = 60


def _quoted(value: str) -> str:
    return f"“{value if len(value) <= _SHOWN else value[:_SHOWN - 1] + '…'}”"


def name_problem(value: str) -> str | None:
    """Why `value` cannot be a term's name, alias or related name; None when it can."""
    text = value.strip()
    if text.casefold().startswith("glossary "):
        return f"{_quoted(text)} looks like a command (it starts with “glossary”), not a name"
    if "=" in text:
        return f"{_quoted(text)} contains “=”, which separates a name from its meaning in commands; a name can't"
    return None


def tag_problem(value: str) -> str | None:
    """Why `value` cannot be a tag; None when it can."""
    text = value.strip()
    if not _TAG.fullmatch(text):
        return (f"{_quoted(text)} is not a tag: a tag is one word of letters, digits, “-” or “_” "
                "(e.g. finance, data-science); separate tags with commas")
    return None


def problem(field: str, values: Iterable[str]) -> str | None:
    """The first value of `field` ('term', 'aliases', 'related' or 'tags') that breaks its rule, said plainly."""
    check = tag_problem if field == "tags" else name_problem
    for value in values:
        found = check(value)
        if found:
            return found
    return None
