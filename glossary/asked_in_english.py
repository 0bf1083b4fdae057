"""A question asked in English in a message that carries another language's particles or small words: "GPT po
stands for?", "WIP po = ?", "expected value inna stats — how yuh define it".

The tables of glossary/foreign_words.py translate a message that asks in their own words (glossary/foreign_asks.py).
One that asks in English needs less: its particles after a name left out, and, when the message is marked twice as
written in a language, that language's small words put in English, so the English reader sees "in stats", not an
unknown word after the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from glossary import foreign_words

_SURE = r"what(?:'?s)?|explain|define|definition|vs|versus|difference"  # they ask, in any message
#: English words that ask what a name means, or set two names apart.
ENGLISH_ASKING = re.compile(rf"\b(?:{_SURE}|means?|meaning|stands?)\b|=", re.I)
#: Those that ask with no doubt: not "mean" alone, which a word of the language may read as ("meen": who).
_ASKED = re.compile(rf"\b(?:{_SURE})\b", re.I)


def without_particles(text: str, name_word: Callable[[str], bool]) -> str | None:
    """`text` without the particles of the languages it is marked as where one follows a name, when English words
    ask ("GPT po stands for?": "GPT stands for?", "WIP po = ?"), or None: a particle opening the message may be
    another language's word ("po da, naan apram paakuren": Tamil "go"), and a name with a particle and nothing that
    asks may say something else ("VPN po? hindi gumagana": it is not working). Asked in English in a message marked
    twice as in a language, its small words that are no English word are put in English too ("expected value inna
    stats — define it": "in"; not "no wait"); not in one asked in the language ("ana msh fahem meen mas2ool 3an el
    KPI": who is responsible, read by its table)."""
    said = foreign_words.marked(text)
    if not foreign_words.spoken_in(said):
        return None
    text = read = foreign_words.BLANKS.sub(" ", text)
    if _ASKED.search(text):
        for language in foreign_words.LANGUAGES:
            sure = len(language.marks & said) >= foreign_words.SURE_MARKS
            read = language.small_in_english(read) if sure else read
    read = foreign_words.without_particles(read, said, lambda word: not word.islower() or name_word(word.lower()))
    return read if read != text and ENGLISH_ASKING.search(read) else None
