"""One word of a name typed as two: "AR turn over ratio" for the AR turnover ratio, "work flow automation",
"pay roll tax".

A closed compound split by a space reads as two everyday words, and the name around it is lost: the cues
then pick its last word ("ratio") and may answer a term that is not the one asked. So, before anything
reads the message, two neighbouring words in lower case are written as one where both are English words,
their join is an English word of at least MIN_JOINED letters, and that word is a word of a glossary name
and the two words are no two words of a name. A name written as one word alone ("hub zone" for
HUBZone) is read by glossary/split_words.py and glossary/joined_words.py. One pass over the message's words, one
set look-up per pair that qualifies: linear in the message.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from glossary.typo_rules import is_word

if TYPE_CHECKING:
    from glossary.cognates import NameWords

MIN_JOINED = 7  # "turnover", "workflow", "payroll": a shorter join is too often two words by chance
_PAIR = re.compile(r"\b([a-z]{2,}) ([a-z]{2,})\b")  # two lower-case words, one space between


def rejoined(text: str, names: NameWords) -> str:
    """`text` with each pair of words that is one word of a glossary name written apart joined again; never a
    pair that is two neighbouring words of a name ("net working capital")."""
    out, at = [], 0
    for found in _PAIR.finditer(text):  # non-overlapping: "turn over ratio" reads "turn over", then "ratio"
        first, second = found.group(1), found.group(2)
        joined = first + second
        if len(joined) >= MIN_JOINED and is_word(first) and is_word(second) and is_word(joined) \
                and names(joined) and not names.paired(first, second):
            out.append(text[at:found.end(1)])
            at = found.start(2)
    return "".join(out) + text[at:] if out else text

