"""A word before "meaning"/"definition" that says what kind of definition is wanted only says how to
answer, never what is asked: "'mentoring' - textbook meaning?", "what counts as an asset. textbook def?",
"the formal definition of X". Dropped before reading, the message asks as "... - meaning?" does.

Only words that cannot name the subject themselves are dropped, and only right before a naming noun
("standard definition" or "legal meaning" might be read as a subject or a field, so they stay).
"""

from __future__ import annotations

import re

#: Kinds of definition: where it comes from or how strict it is.
DEFINITION_KINDS = ("textbook", "formal", "official", "technical", "proper", "strict", "literal", "precise",
                    "exact", "dictionary", "glossary", "academic", "canonical", "actual", "real", "true", "correct",
                    "full", "complete", "general")
_NAMING = r"(?:meanings?|definitions?|defn|def|explanation|description)"
_KIND_BEFORE_NAMING = re.compile(rf"\b(?:{'|'.join(DEFINITION_KINDS)})[ -]+(?={_NAMING}\b)", re.I)


def plain_ask(text: str) -> str:
    """`text` with every definition-kind word before a naming noun dropped."""
    return _KIND_BEFORE_NAMING.sub("", text)
