"""Initials typed with dots, "S.R.E.", "I.D.I.Q. contract", "T.T.P.s", written as the acronym they are.

Formal writers and dictation dot every letter of an acronym. The detector reads a dotted acronym it knows as
a name, but every other reading (names a definition gives, typos, a name's longer forms such as "LAMP stack")
sees single letters, so "what is S.R.E.?" found nothing where "what is SRE" is answered. Two capitals or more,
each followed by a dot, become one word before anything reads the message; the last dot stays where it also
ends the sentence (the end of a line, or a word that opens sentences follows: "the F.B.I. We need"), not
before the rest of a name ("F.O.B. Destination"). Lower-case initials ("e.g.", "i.e.", "a.m.") are words of
their own and are left alone.
"""

from __future__ import annotations

import re

from glossary import sentence_openers

#: "S.R.E.", or dictated "T. Q. M." (three letters at least, and no surname after them: "J. R. R. Tolkien")
_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){1,}[A-Z]|(?:[A-Z]\. ){2,}[A-Z](?!\.? [A-Z][a-z]))(\.?)(s?)(?![\w])")
_SIGN_REACH = 12  # characters before spaced initials where a sign-off word may end
_SIGNED = re.compile(r"(?i:regards|thanks|cheers|best|approved|signed|by|from)[\s,:.-]*$")  # "Regards, A. P. I."
_NEXT_WORD = re.compile(r"(\s*)([A-Za-z]*)")  # what follows the last dot: the end, a line break, or a word


def collapse(text: str) -> str:
    """`text` with each run of dotted capitals written as one word: "what does S.R.E. stand for" -> "what
    does SRE stand for", "C.O.O.P.. I'm assuming" -> "COOP. I'm assuming"."""
    if "." not in text:
        return text
    return _DOTTED.sub(_written, text)


def _written(m: re.Match[str]) -> str:
    if " " in m.group(1) and _SIGNED.search(m.string, max(0, m.start() - _SIGN_REACH), m.start()):
        return m.group(0)  # a name signed with its initials, spaced: no acronym
    letters = m.group(1).replace(".", "").replace(" ", "") + m.group(3)
    return letters + ("." if m.group(2) and not m.group(3) and _ends_sentence(m.string, m.end()) else "")


def _ends_sentence(text: str, at: int) -> bool:
    """The dot before `at` ends a sentence too: the text or its line ends, or a word that opens sentences follows
    ("I", "We", "The" ...); not when a second dot is the full stop ("C.O.O.P.."), nor before a name's next word."""
    gap, word = _NEXT_WORD.match(text, at).groups()  # type: ignore[union-attr]  # the pattern matches anywhere
    if text[at:at + 1] == ".":
        return False
    return at + len(gap) == len(text) or "\n" in gap or bool(gap) and (word == "I" or word in sentence_openers.OPENERS)
