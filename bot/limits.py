"""How much of a message each use reads, cut before any pattern runs.

A regex holds the GIL, so one long message would stall every user of the process. Each path
reads only what its use needs: a term lookup a few hundred characters, explain a few
thousand, a command its fields (in Slack's escaping, where `&amp;` is five characters for one).
"""

from __future__ import annotations

from glossary.sanitize import MAX_RAW_FACTOR
from glossary.yaml_io import MAX_DEFINITION

MAX_INPUT_CHARS = 40_000  # what any adapter hands the core at most (Slack's own message limit)
MAX_QUESTION_CHARS = 300  # longer text is a message to explain, not a term to look up
MAX_ROUTED_CHARS = 4 * MAX_QUESTION_CHARS  # read to tell a question from a message; longer is a message
MAX_EXPLAIN_CHARS = 4_000  # explain, translate and watch mode read this much of a message
MAX_COMMAND_CHARS = MAX_DEFINITION * MAX_RAW_FACTOR + 1_000  # a definition in Slack's escaping, plus the rest


def explain_cut(text: str) -> tuple[str, bool]:
    """(the part of `text` that explain reads, whether anything was left out)."""
    return text[:MAX_EXPLAIN_CHARS], len(text) > MAX_EXPLAIN_CHARS
