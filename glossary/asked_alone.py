"""A word asked alone: the message, or its sentence, asks nothing else ("what does eta mean", "what's sow?",
"pentester used a google dork. dork, what is it?").

glossary/cues.py reads an acronym typed in lower case that is also an English word ("sow", "eta") as the term only
when it is asked this clearly, and a chat word ("cya") only so.
"""

from __future__ import annotations

from glossary import common_words, sense_marker
from glossary.cue_words import AFTER, BEFORE, CONTEXT_IN, FUNCTION, QUESTION_CUES, SCAFFOLD
from glossary.detect_types import Candidate
from glossary.span_use import prev_word
from glossary.textscan import Scan

STORY_RANK = 10_000  # a word this common may be the story's everyday word: only the whole message asks it alone


def clearly(s: Scan, span: Candidate, content: list[int], together: frozenset[int] = frozenset()) -> bool:
    """The whole message, or the whole sentence asked for a word rarer than STORY_RANK ("pentester used a google
    dork. dork, what is it?"), or right after "what is"/"what does" with nothing of substance after it in its
    sentence ("what does eta mean", "what's sow?"), not "what's the eta on the new dashboard"."""
    own = together.union(range(span.first, span.last + 1))
    start, end = s.sentence_bounds(span.first)
    if set(content) <= own or (not common_words.is_common(s.norms[span.first], STORY_RANK)  # not "I had rice for
                               and {k for k in content if start <= k < end} <= own):  # lunch. rice, what is it?"
        return True
    j = prev_word(s, span.first)
    if j < 0 or s.norms[j] not in BEFORE:
        return False
    k = span.last + 1
    while k < len(s.norms) and not s.sentence_start[k]:
        if s.norms[k] in _EXPANDED or s.norms[k] in CONTEXT_IN or sense_marker.aside_after(s, k - 1) or likened(s, k):
            return True  # "what is a sow in contracting", "what is laps (microsoft thing, not swimming)": its field;
            # "what is ping, like when someone says ...": an example or a guess at the word itself
        if s.norms[k] not in AFTER and s.norms[k] not in FUNCTION and s.norms[k] not in SCAFFOLD:
            return False
        k += 1
    return True


#: Asked right after a word, they ask what it stands for: an acronym, never the everyday word ("does ping stand
#: for something").
_EXPANDED = frozenset({"stand", "stands", "abbreviation", "acronym", "abbreviated", "initialism"})


def likened(s: Scan, k: int) -> bool:
    """Token `k` opens an aside after a comma that likens the word asked to something ("what is ping, like when
    someone says 'ping the server'", "what is rest, as in sleep?"): the asker's example or guess, no substance."""
    gap = s.text[s.ends[k - 1]:s.starts[k]]
    return "," in gap and (s.norms[k] == "like" or s.norms[k] == "as" and k + 1 < len(s.norms)
                           and s.norms[k + 1] == "in")


def asked_as_word(s: Scan, span: Candidate, content: list[int]) -> bool:
    """A chat word asked as a word: clearly, and a question word in its own sentence ("what does cya mean"; not
    "cya tomorrow all", nor "just fyi. what does that mean?", where "that" may point anywhere)."""
    said = s.norms[slice(*s.sentence_bounds(span.first))]
    return clearly(s, span, content) and not QUESTION_CUES.isdisjoint(said) and _POINTERS.isdisjoint(said)


_POINTERS = frozenset({"that", "this", "it"})  # "fyi, what does that mean?": "that" may point anywhere
