"""Passages quoted from someone else inside a message: "Client: 'what's our audience selectivity on the podcast
buy?' so what IS audience selectivity" quotes the client's question; the asker's own words say what is asked."""

from __future__ import annotations

from glossary.cue_words import QUOTE_MARKS
from glossary.textscan import Scan


def own_mention(s: Scan, words: tuple[str, ...]) -> int:
    """Where the asker names the term: its first place outside a passage quoted from someone else, if it is
    named again ("Client: 'what's our audience selectivity on the podcast buy?' so what IS audience
    selectivity": the client's question is about their buy, the asker's about the term); else its first."""
    places = [k for k in range(len(s.norms) - len(words) + 1) if tuple(s.norms[k:k + len(words)]) == words]
    if len(places) < 2:
        return places[0] if places else -1
    quoted = _quoted(s.text)  # one pass over the text, however often the term is named
    return next((k for k in places if not quoted[s.starts[k]]), places[0])


def _quoted(text: str) -> bytearray:
    """Per character, 1 inside a passage a quote mark opens (after a space or a colon) and closes."""
    inside, opened = bytearray(len(text)), None
    for k, c in enumerate(text):
        if c in QUOTE_MARKS and opened is None and (k == 0 or text[k - 1] in " \t\n:"):
            opened = c
        elif opened is not None and c == _CLOSING.get(opened, opened) and not text[k + 1:k + 2].isalpha():
            opened = None  # not the apostrophe of "what's"
        inside[k] = opened is not None
    return inside


_CLOSING = {"\u201c": "\u201d", "\u2018": "\u2019"}  # curly quotes close with their pair
