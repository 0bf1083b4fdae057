"""Spanish and Portuguese chat shorthand for question words, read out before anything else reads the message:
"q es un repo?" is "que es un repo?", "oq é um SLA?" is "o que é um SLA?", "xq falla el VPN?" asks why. Only in a
message of either language (glossary/foreign_words.py marks it), and only in lower case: "quick q", "dumb q" stay
English and "PQ", "OQ" stay names. One pattern, one pass: linear in the message's length.
"""

from __future__ import annotations

import re

from glossary import common_words
from glossary.foreign_words import LANGUAGES, TABLES, marked

#: Chat spellings of Spanish and Portuguese question words ("q es un repo?", "oq é um SLA?", "xq falla el VPN?"),
#: read out in a message of either language only: "quick q" stays English.
_SHORTHAND = {"q": "que", "qe": "que", "oq": "o que", "xq": "por que", "pq": "por que", "porq": "por que"}
_SHORTHAND_WORD = re.compile(r"(?<![\w'&/.-])(" + "|".join(_SHORTHAND) + r")(?![\w'&/-])")  # lower case: no "PQ"
#: Chat of those languages only, before a word of no English: "oq é um SLA?" (not "what is oq?", a name).
_SHORTHAND_ONLY = re.compile(r"(?<![\w'&/.-])(?:oq|xq|porq)[ \t]+(?P<next>[^\W\d_]+)")
_SHORTHAND_SPOKEN = [language for name, language in zip(TABLES, LANGUAGES, strict=True)
                     if name in ("Spanish", "Portuguese")]


def read(text: str) -> str:
    """`text` with the chat spellings of Spanish or Portuguese question words written out, where it is in one."""
    if _SHORTHAND_WORD.search(text) is None:
        return text  # the common case
    said = marked(text)
    if all(language.marks.isdisjoint(said) for language in _SHORTHAND_SPOKEN) and not any(
            not m.group("next").isascii() or common_words.rank(m.group("next").lower()) == common_words.NOT_COMMON
            for m in _SHORTHAND_ONLY.finditer(text)):
        return text
    return _SHORTHAND_WORD.sub(lambda m: _SHORTHAND[m.group(1).lower()], text)
