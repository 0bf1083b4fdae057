"""One word of a name typed as two: "AR turn over ratio" for the AR turnover ratio, "work flow automation",
"pay roll tax".

A closed compound split by a space reads as two everyday words, and the name around it is lost. So, before
anything reads the message, two neighbouring words in lower case are written as one where both are English words,
their join is an English word of at least MIN_JOINED letters that a glossary name writes beside the word before
or after it ("turnover ratio"), and the two words are no two words of a name ("net working capital"). A verb and
its particle stay apart ("stand up a new VM", "pay back the loan"): no name holds the join beside their
neighbours; a pair opening on a function word is never joined ("in direct costs" is no "indirect costs"). A name
written as one word alone ("hub zone" for HUBZone) is read by glossary/split_words.py and glossary/joined_words.py.
One pass over the message's words, a few set look-ups per pair that qualifies: linear in the message.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from glossary.cue_words import FUNCTION
from glossary.typo_rules import is_word

if TYPE_CHECKING:
    from glossary.cognates import NameWords

MIN_JOINED = 7  # "turnover", "workflow", "payroll": a shorter join is too often two words by chance
_WORD = re.compile(r"[A-Za-z]+")


def rejoined(text: str, names: NameWords) -> str:
    """`text` with each pair of words that is one word of a glossary name, typed apart, joined again."""
    words = list(_WORD.finditer(text))
    out, at, last_joined = [], 0, -2
    for k in range(len(words) - 1):
        first, second = words[k], words[k + 1]
        joined = (first.group() + second.group()).lower()
        if k == last_joined + 1 or text[first.end():second.start()] != " " or not _lower(first, second) \
                or len(joined) < MIN_JOINED or not (is_word(first.group()) and is_word(second.group())):
            continue  # "turn over over" is joined once: a word joins one pair at most
        before = words[k - 1].group().lower() if k else ""
        after = words[k + 2].group().lower() if k + 2 < len(words) else ""
        if is_word(joined) and names(joined) and first.group() not in FUNCTION \
                and not names.paired(first.group(), second.group()) \
                and (names.paired(before, joined) or names.paired(joined, after)):
            out.append(text[at:first.end()])
            at, last_joined = second.start(), k
    return "".join(out) + text[at:] if out else text


def _lower(first: re.Match[str], second: re.Match[str]) -> bool:
    return first.group().islower() and second.group().islower()
