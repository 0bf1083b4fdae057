"""A topic named first, then a question, with the mark between them left out: "webauthn is that the passkey
thing", "chacha20 is it a dance", "x509 wtf is that".

Typed with a mark ("webauthn, is that the passkey thing", "chacha20 - is it a dance?") the name is the
question's topic (asked_shapes.topic_asked). Dictated or typed in a hurry, the mark is missing and the name
runs into the question as if it were one long subject. So, in a message with no sentence mark at all, a glossary
name that opens it and is followed at once by a question's own opening (a yes/no question in inverted order
about what it is, "is that a", "are they the same"; or "what is it", "wtf is that") is read with a comma after
it. The pipeline reads the message so marked first and as typed when that answers nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from typing import Any

from glossary.cue_words import SCAFFOLD

MAX_NAME_WORDS = 5
#: Openings of a question about what something just named is: inverted yes/no before what it may be ("is that a
#: thing", "is it like X", "are they the same"; not "is that final", "is it down": a state) and "what"-questions
#: ("what is it", "whats that", "wtf is it").
_OPENER = re.compile(r"(?P<whether>(?:is|are|was)\s+(?:that|it|this|they|those|these)\s+(?:an?|the|like|just|"
                     r"basically|same|another|some|kind|sort|type|part|similar|different)\b)|"
                     r"(?:what(?:'s|s)?|wat|wtf|wth)\s+(?:is|are|does|do|even|exactly)?\s*(?:that|it|this|they)\b",
                     re.I)
_MARKED = re.compile(r"[.?!,;:()\-\u2013\u2014]")
_WORD = re.compile(r"\S+")


def marked(text: str, exact: Callable[[list[str]], Any]) -> str:
    """`text` with a comma after the name that opens it when a question's opening follows with no mark (see the
    module's docstring); `text` itself otherwise. `exact`: the glossary's exact reading of a name, or None."""
    if _MARKED.search(text) or not _OPENER.search(text):
        return text  # the common case: marks typed, or no question opening anywhere
    words = list(islice(_WORD.finditer(text), MAX_NAME_WORDS + 1))  # the name opens the message
    for size in range(min(MAX_NAME_WORDS, len(words) - 1), 0, -1):
        end = words[size - 1].end()
        opener = _OPENER.match(text, words[size].start())
        if opener is None:
            continue
        # a name; or, before "is that a ...", words that may be one mistyped or typed short ("autoscalling")
        topic = opener.group("whether") and all(w.group().isalnum() and w.group().lower() not in SCAFFOLD
                                                for w in words[:size])
        if topic or exact([text[:end]]) is not None:
            return f"{text[:end]},{text[end:]}"
    return text
