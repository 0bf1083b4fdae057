"""A word before "meaning"/"definition" that says what kind of definition is wanted only says how to
answer, never what is asked: "'mentoring' - textbook meaning?", "what counts as an asset. textbook def?",
"the formal definition of X". Dropped before reading, the message asks as "... - meaning?" does. So is the bot's own
glossary named as the source ("what is financial risk according to your glossary?", "X as per the dictionary"):
it says where to look, never a field the term is asked in.

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


#: The glossary named as the source, after the question: "according to your glossary", "as per the dictionary".
_SOURCE = re.compile(r",?\b(?:according +to|as +per|per|going +by|in|from) +(?:your|ur|the|this) +(?:own +)?"
                     r"(?:glossary|dictionary|definitions)(?= ?(?:[?.!,;:]|$))", re.I)  # closing its clause


def plain_ask(text: str) -> str:
    """`text` with every definition-kind word before a naming noun dropped, and the glossary named as the source."""
    return _SOURCE.sub("", _KIND_BEFORE_NAMING.sub("", text))
