"""Polite particles closing a question, where a glossary name may spell one: Thai "ka" closes "What is NPV ka",
"capm ka" and "put option what is ka" (a knowledge area, KA, is not asked), while "what is ka?" asks about KA.
glossary/world_english.py leaves them out of its English reading.

Only the polite particles (glossary/world_words_added.py) are read so: other languages' particles may be words of a
name ("what is an aws az", "what is azure ci") and stay as the reader finds them. Every test here is a lookup in
arrays built in one pass over the message, so a message of thousands of particles costs one pass.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import common_words, world_asks, world_words_added
from glossary.cue_words import COURTESY, FUNCTION, PRONOUN_QUESTION, QUESTION_CUES, SCAFFOLD
from glossary.tail_words import runs_on
from glossary.textscan import Scan

POLITE = frozenset(world_words_added.POLITE_CLOSERS.split())  # "ka", "krub"
POLITE_BEFORE = world_words_added.POLITE_BEFORE  # "na" of "na ka"
_ASKED_BY = QUESTION_CUES | SCAFFOLD  # right before a particle asked alone: "what is ka?"
_ASKING = QUESTION_CUES | SCAFFOLD | COURTESY | FUNCTION  # "hi, what is", "so what does"
_COPULAS = frozenset({"is", "are", "s"})


def cue_before(s: Scan) -> list[bool]:
    """For each token, whether an English question word stands before it in its sentence ("Power BI dashboard what
    is ka", "trial balance not balance, what should I do ka")."""
    out, seen = [], False
    for k, norm in enumerate(s.norms):
        seen = seen and not s.sentence_start[k]
        out.append(seen)
        seen = seen or norm in QUESTION_CUES
    return out


def name_only(s: Scan, clause_starts: list[int], name_word: Callable[[str], bool]) -> list[bool]:
    """For each token, whether the tokens before it in its clause (which starts at `clause_starts[k]`) are only words
    of glossary names, words in capitals, particles and chat, one at least no particle ("free cash flow na", "JV",
    "ok"): a clause asking for the name alone, as "free cash flow?" does, or saying nothing ("ok ka"). One pass."""
    out, every, some = [], True, False
    for k, norm in enumerate(s.norms):
        if clause_starts[k] == k:
            every, some = True, False
        out.append(every and some)
        particle = norm in world_asks.PARTICLES and s.raws[k].islower()
        every = every and (particle or name_word(norm) or s.raws[k].isupper() or common_words.is_chat(norm))
        some = some or not particle
    return out


def kept_as_names(s: Scan, fillers: set[int], named: set[int]) -> set[int]:
    """The fillers that are glossary names and stay names: every one of another language's particles ("what is an
    aws az": AZ), and a polite one asked alone, opening its sentence or right after words that ask, with nothing
    else and no pronoun before it ("what is ka?"; not "what is it ka", "what does it mean ka", "What is NPV ka", "ok
    ka": what the question is about comes first, or nothing is asked)."""
    kept = {k for k in fillers & named if s.norms[k] not in POLITE}
    if len(kept) == len(fillers & named):
        return kept  # no polite particle that is a name: nothing to read (the common case)
    asking_only, asked = True, cue_before(s)
    for k, norm in enumerate(s.norms):
        asking_only = asking_only or s.sentence_start[k]
        if k in fillers and k in named and k not in kept and asking_only \
                and (s.sentence_start[k] or asked[k] and s.norms[k - 1] in _ASKED_BY):
            kept.add(k)
        asking_only = asking_only and norm not in PRONOUN_QUESTION and (
            norm in _ASKING or k in fillers and k not in named)  # not "da ka": a name first
    return kept


def dangling(s: Scan, dropped: set[int]) -> set[int]:
    """The dropped tokens opening a run of them that closes a clause right after "is", "are" or "'s", with what the
    question is about before it ("Power BI dashboard what is ka"): the particle stood where "it" does, and "what is"
    alone would ask about the words before it. Not "what is ka?" with KA no name: nothing is asked there."""
    content, found = False, set()
    for k, norm in enumerate(s.norms if dropped else ()):  # nothing dropped (most readings): nothing to scan
        content = content and not s.sentence_start[k]
        if k in dropped and k > 0 and k - 1 not in dropped and s.norms[k - 1] in _COPULAS and content \
                and runs_on(s, k - 1):
            last = k
            while last + 1 < len(s.norms) and last + 1 in dropped and runs_on(s, last):
                last += 1  # each run walked once: linear
            if last + 1 == len(s.norms) or not runs_on(s, last):
                found.add(k)
        content = content or norm not in _ASKING and k not in dropped
    return found

