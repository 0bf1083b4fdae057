"""Commas people leave out in chat, put back where the message reads the same with one.

"cap ex whats that", "git ops what is it exactly": a question pointing back ("what is it", "what's that", "what
does this mean") that ends its clause, right after a glossary name, asks about that name, as "cap ex, whats that"
does. "CPM not the project mgmt one", "cpm not the advertising kind": a "not the ... one" right after a name of
several senses rules one of them out, as "CPM, not the project mgmt one" does. Typed quickly, the comma is left
out, so the words before read as one long phrase with the question and nothing is found.

The comma goes back only where the words before it, greetings and question words aside, are a name as the
glossary writes it or shortens it (one of several senses, before "not the ... one"), never a clause's words
("do you know what is that", "this is not the one"): "BAFO deadline what is it" asks for a date, "vip lounge
what is it" about a lounge, "CLIN not the travel one" picks one CLIN (the glossary has one sense of it), and
"the cap ex what is it" names one thing. Each gap costs one look-up, once a bounded pattern found it: linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from glossary.common_words import is_chat
from glossary.cue_words import FUNCTION, SCAFFOLD
from glossary.models import LookupResult

#: A question pointing back at what was just named, ending the message: "what's that", "whats it exactly", "wat does
#: it mean"; not "what is it running", "whats that for the event", "what is it. need the q3 figure" (a value).
_POINTER_QUESTION = (r"(?:what|wat)(?:'s|s|\s+is|\s+are|\s+does|\s+do)\s+(?:it|that|this|these|those)"
                     r"(?:\s+(?:even|exactly|actually|really|again|mean|means|stand\s+for|lol|pls|please))*"
                     r"(?=[\s.!?)]*$)")
#: Ruling out one sense, ending the message: "not the project mgmt one"; not "... not the key one, set up a call".
_RULED_OUT = (r"not\s+(?:the|a|an)\s+(?:[\w&/.-]+\s+){1,3}?(?:one|kind|type|sense|version|meaning|definition|"
              r"thing)\b(?=(?:\s*(?:lol|pls|please))?[\s.!?)]*$)")
_DROPPED = re.compile(r"(?<=[\w)])(?P<gap>[ \t]+)(?=(?P<pointer>" + _POINTER_QUESTION + ")|" + _RULED_OUT + ")", re.I)
_CLAUSE = re.compile(r"[^.,;:!?\n]*$")  # the clause the gap ends: back to the last punctuation
#: Words that open a phrase naming one thing, not a kind: "the cap ex what is it".
_ONE_THING = frozenset("the this that our my your their his her its".split())
MAX_NAME_WORDS = 4  # "cap ex", "accrual basis accounting": a name before the gap is this long at most
LOOK_BACK = 80  # characters read before a gap

Exact = Callable[[list[str]], LookupResult | None]


def restored(text: str, exact: Exact) -> str:
    """`text` with a comma where a pointer question or a "not the ... one" follows a name with none before it;
    `exact`: the glossary's exact name look-up."""
    lowered = text.lower()
    if "what" not in lowered and "wat" not in lowered and "not" not in lowered:
        return text  # the common case: neither shape can occur
    return _DROPPED.sub(lambda m: ", " if _after_name(m.string, m.start(), bool(m.group("pointer")), exact)
                        else m.group("gap"), text)


def _after_name(text: str, at: int, pointer: bool, exact: Exact) -> bool:
    """Do the words before position `at` end on a glossary name: any for a pointer question, one of several
    senses before "not the ... one"? The clause must not open on "the"/"our"... before a pointer question."""
    words = _CLAUSE.search(text[max(0, at - LOOK_BACK):at]).group(0).split()
    if pointer and words and words[0].lower() in _ONE_THING:
        return False
    while words and (words[0].lower() in FUNCTION or words[0].lower() in SCAFFOLD or is_chat(words[0])):
        words = words[1:]  # "ok so cap ex what is it", "what is CPM not the project one": the name is the rest
    if not 0 < len(words) <= MAX_NAME_WORDS:
        return False
    found = exact([" ".join(words)])
    return found is not None and (pointer or found.status == "ambiguous")
