"""Commas people leave out in chat, put back where the message reads the same with one.

"cap ex whats that", "git ops what is it", "accrual accounting what does it mean": a question pointing back
("what is it", "what's that", "what does this mean") right after a name asks about that name, as "cap ex, whats
that" does. "CPM not the project mgmt one", "sprint not the agile kind": a "not the ... one" right after a name
rules out one of its senses, as "CPM, not the project mgmt one" does. Typed quickly, the comma is left out, so
the words before read as one long phrase with the question and nothing is found. Only these two shapes get
one: each says plainly that what came before was the name, and neither ever continues a phrase ("the one
that expired", "what it means": no pointer question opens them). A word of a clause before them ("do you know
what that is", "this is not the one") is no name, so nothing is added there. One pass over the text: linear.
"""

from __future__ import annotations

import re

from glossary.cue_words import FUNCTION

#: A question pointing back at what was just named, and ending its clause: "what's that", "whats it exactly",
#: "wat does it mean"; not "what is it running", "whats that for the event" (about one thing, not a meaning).
_POINTER_QUESTION = (r"(?:what|wat)(?:'s|s|\s+is|\s+are|\s+does|\s+do)\s+(?:it|that|this|these|those)"
                     r"(?:\s+(?:even|exactly|actually|really|again|mean|means|stand\s+for|lol|pls|please))*"
                     r"(?=\s*(?:$|[.,;:!?)\n]))")
#: Ruling out one sense: "not the project mgmt one", "not the running kind", "not a gaming thing".
_RULED_OUT = (r"not\s+(?:the|a|an)\s+(?:[\w&/.-]+\s+){1,3}?(?:one|kind|type|sense|version|meaning|definition|"
              r"thing)\b(?=\s*(?:$|[.,;:!?)]|lol\b|pls\b|please\b))")
_DROPPED = re.compile(r"(?<=[\w)])(?P<gap>[ \t]+)(?=(?P<pointer>" + _POINTER_QUESTION + ")|" + _RULED_OUT + ")", re.I)
_CLAUSE_START = re.compile(r"(?:^|[.,;:!?\n])\s*([\w']+)[^.,;:!?\n]*$")
#: Words opening a phrase that names one thing, not a kind: "the BAFO deadline what is it" asks for a date.
_ONE_THING = frozenset("the this that our my your their his her its".split())
_LAST_WORD = re.compile(r"([\w'-]+)\W*$")
#: Verbs that take a question as their object: "no idea what that is", "do you know what is that".
_CLAUSE_TAKERS = frozenset("know knows knew wonder wondering ask asks asking asked tell told explain understand "
                           "sure idea clue see guess say said figure remember forget forgot".split())
LOOK_BACK = 80  # characters read before a gap: the word there, and where its clause opens


def restored(text: str) -> str:
    """`text` with a comma where a pointer question or a "not the ... one" follows a name with none before it."""
    lowered = text.lower()
    if "what" not in lowered and "wat" not in lowered and "not" not in lowered:
        return text  # the common case: neither shape can occur
    return _DROPPED.sub(lambda m: ", " if _after_name(m.string, m.start(), bool(m.group("pointer")))
                        else m.group("gap"), text)


def _after_name(text: str, at: int, pointer: bool) -> bool:
    """Is the word before position `at` one a name may end on, not a word of a clause ("is", "know", "that")?
    Before a pointer question, the phrase must not open on "the"/"our"...: "the pin code what is it" asks for
    one code."""
    before = text[max(0, at - LOOK_BACK):at]
    last = _LAST_WORD.search(before)
    if last is None:
        return False
    opening = _CLAUSE_START.search(before) if pointer else None
    if opening is not None and opening.group(1).lower() in _ONE_THING:
        return False
    word = last.group(1).lower().strip("'-").split("'")[0]  # "it's not the one": "it", a clause's word
    return bool(word) and word not in FUNCTION and word not in _CLAUSE_TAKERS
