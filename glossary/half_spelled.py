"""An acronym beside the first words of its expansion, the rest left open: the asker half remembers it.

"EDI — electronic data... something", "SRE — site reliability something?", "llc ... limited
liability...?", "what's a GPO (group policy thing)": words near the acronym whose initials spell its
first letters (two letters at least, from two content words), cut off by "..." or by a stand-in word
("something", "thing"), are the asker's own expansion, as a full one would be (expansions.py): the senses
whose names say the same are meant, and a sense they contradict is not. Only a run cut off so counts: a
plain "SLA service credits" is a compound, not a guess. A lower-case word ("llc", "byod") is read only when
the glossary knows it as a term, and then only to confirm a sense, never to rule every sense out.
Nothing is read in a message with neither "..." nor a stand-in word (the common case).
"""

from __future__ import annotations

from glossary import spelling
from glossary.textscan import Scan

#: Words that stand for the part of an expansion the asker does not remember.
STAND_INS = frozenset("something smth sth somethin something's thing whatever".split())
_MARKS = ("..", "…", "thing", "sth", "smth", "whatever")  # "something" holds "thing"
MIN_LETTERS = 2  # letters the words spell at least: "site reliability" for SRE, never "site" alone
MIN_WORDS = 2  # content words that give them
NEAR = 10  # tokens after the acronym where its half expansion may start
_CLAUSE_OPENERS = frozenset("not but or and right".split())  # "... as in privileged access not the ..."


def may_have(text: str) -> bool:
    """The message cuts a phrase off somewhere, or glosses a name ("as in"): else there is no half expansion."""
    lowered = text.lower()
    return any(mark in lowered for mark in _MARKS) or " as in " in lowered


def lower_letters(raw: str) -> str:
    """The letters a word in lower case may stand for as an acronym ("llc", "byod"); "" for none."""
    return raw if 3 <= len(raw) <= 8 and raw.isalpha() and raw.islower() else ""


def run(s: Scan, at: int, letters: str) -> tuple[int, int] | None:
    """The first and last token of a cut-off run near acronym token `at` that spells the start of
    `letters`: right after it, or opening a phrase of its own ("CPM in the report — cost per...?")."""
    if len(letters) <= MIN_LETTERS:
        return None
    n = len(s.norms)
    for first in range(at + 1, min(n, at + NEAR)):
        glossed = first >= 2 and s.norms[first - 2:first] == ["as", "in"]
        if first == at + 1 or glossed or s.sentence_start[first] \
                or s.text[s.ends[first - 1]:s.starts[first]].strip(" '\"-"):
            last = _prefix_end(s, first, letters, glossed)
            if last is not None:
                return first, last
    return None


def cut_after(s: Scan, j: int) -> bool:
    """The phrase stops short after token `j`: "...", or a stand-in word ("subject matter something")."""
    nxt = j + 1
    gap = s.text[s.ends[j]:s.starts[nxt]] if nxt < len(s.norms) else s.text[s.ends[j]:]
    return ".." in gap or "…" in gap or nxt < len(s.norms) and spelling.tight(s, j) and s.norms[nxt] in STAND_INS


def _prefix_end(s: Scan, first: int, letters: str, glossed: bool = False) -> int | None:
    """The last token of the run from `first` whose word starts spell the start of `letters` (not all of
    it) and which is cut off right after; None when there is none. After "as in" (`glossed`) the run may
    simply end its clause: "PAM as in privileged access, not the linux modules"."""
    if not spelling.opens(s, first, letters):
        return None
    return next((j for j, states in spelling.walk(s, first, letters, len(letters) - 1, STAND_INS)
                 if any(done >= MIN_LETTERS and giving >= MIN_WORDS for done, giving in states)
                 and (cut_after(s, j) or glossed and _clause_ends(s, j))), None)


def _clause_ends(s: Scan, j: int) -> bool:
    nxt = j + 1
    return nxt >= len(s.norms) or s.sentence_start[nxt] or s.norms[nxt] in _CLAUSE_OPENERS \
        or bool(s.text[s.ends[j]:s.starts[nxt]].strip())
