"""Initials typed with dots, "S.R.E.", "I.D.I.Q. contract", "T.T.P.s", written as the acronym they are.

Formal writers and dictation dot every letter of an acronym. The detector reads a dotted acronym it knows as
a name, but every other reading (names a definition gives, typos, a name's longer forms such as "LAMP stack")
sees single letters, so "what is S.R.E.?" found nothing where "what is SRE" is answered. Two capitals or more,
each followed by a dot, become one word before anything reads the message; the last dot stays where it also
ends the sentence (the end of a line, or a word that opens sentences follows: "the F.B.I. We need"), not
before the rest of a name ("F.O.B. Destination"). Lower-case initials ("e.g.",
"i.e.", "a.m.") are words of their own and are left alone.
"""

from __future__ import annotations

import re

_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){1,}[A-Z])(\.?)(s?)(?![\w])")
#: What follows a dot that also ends a sentence: the end, a line break, or a word that opens sentences.
_SENTENCE_NEXT = re.compile(r"\s*$|\s*\n|\s+(?:I|We|The|This|That|It|Our|My|What|How|Why|When|Can|Could|Please|"
                            r"Thanks|They|You|He|She|Is|Are|Do|Does|Any|Also|So|But|And)\b")


def collapse(text: str) -> str:
    """`text` with each run of dotted capitals written as one word: "what does S.R.E. stand for" -> "what
    does SRE stand for", "C.O.O.P.. I'm assuming" -> "COOP. I'm assuming"."""
    if "." not in text:
        return text
    return _DOTTED.sub(lambda m: _written(m, text), text)


def _written(m: re.Match[str], text: str) -> str:
    letters = m.group(1).replace(".", "") + m.group(3)
    ends_sentence = bool(m.group(2)) and not m.group(3) and _SENTENCE_NEXT.match(text, m.end()) is not None \
        and text[m.end():m.end() + 1] != "."
    return letters + ("." if ends_sentence else "")
