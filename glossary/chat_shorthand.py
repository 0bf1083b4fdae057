"""Spanish and Portuguese chat shorthand for question words, read out before anything else reads the message:
"q es un repo?" is "que es un repo?", "oq é um SLA?" is "o que é um SLA?", "xq falla el VPN?" asks why. Only in a
message that language's words mark (glossary/foreign_words.py), or where "oq"/"xq" comes before a word of theirs
that asks ("oq é"); in lower case or capitalised, never in capitals: "quick q", "dumb q" stay English and "PQ",
"OQ" stay names. A few passes of bounded patterns: linear in the message's length.
"""

from __future__ import annotations

import re

from glossary.foreign_words import marked, spanish_or_portuguese

#: Chat spellings of Spanish and Portuguese question words ("q es un repo?", "oq é um SLA?", "xq falla el VPN?"),
#: read out in a message of either language only: "quick q" stays English.
_SHORTHAND = {"q": "que", "qe": "que", "oq": "o que", "xq": "por que", "pq": "por que", "porq": "por que"}
#: In lower case, or capitalised as a phone opens a message ("Q es un SLA?", "Pq es importante?"); "PQ", "OQ" are names.
_SHORTHAND_WORD = re.compile(r"(?<![\w'&/.-])(" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _SHORTHAND)
                             + r")(?![\w'&/-])")
#: Chat of those languages only, before one of their words that ask: "oq é um SLA?" (not "what is oq?", "oq pq").
_SHORTHAND_ONLY = re.compile(r"(?<![\w'&/.-])[oOxX]q[ \t]+(?:é|e|eh|es|seria|significa|quer|vem|são|sao|son|faz|"
                             r"hace)\b")


def read(text: str) -> str:
    """`text` with the chat spellings of Spanish or Portuguese question words written out, where it is in one."""
    if _SHORTHAND_WORD.search(text) is None:
        return text  # the common case
    said = marked(text)
    if not spanish_or_portuguese(said) and _SHORTHAND_ONLY.search(text) is None:
        return text
    return _SHORTHAND_WORD.sub(lambda m: _SHORTHAND[m.group(1).lower()], text)
