"""Passages quoted from someone else inside a message: "Client: 'what's our audience selectivity on the podcast
buy?' so what IS audience selectivity" quotes the client's question; the asker's own words say what is asked.

So '"which CA issued your certificate? my firewall does not trust it" CA?' asks what a CA is: the customer's
"which ...?" is theirs (`as_context`). A passage there is a run of words in double quotation marks (straight, not
an inch mark after a number, curly, or « »), said rather than named: a sentence mark inside, or six words or more
mostly in lower case ("annual meeting", "Payment Card Industry Data Security Standard" are names, left as typed).
When the words outside the passages ask (a question mark or a word that asks), each passage reads as a sentence
of its own that asks nothing: its question and exclamation marks read as full stops, and a full stop closes it
when words follow on its line. A message that is all quotation ('"what is an SLA?"') or whose own words only
introduce it ('my manager asked: "what is an SLA, and who signs it"') keeps its quoted question. One pass of
one pattern, each match bounded: linear.
"""

from __future__ import annotations

import re

from glossary.cue_words import _QUOTES, QUESTION_CUES, QUOTE_MARKS
from glossary.named_question import asked_in_sentence
from glossary.textscan import Scan


def own_mention(s: Scan, words: tuple[str, ...]) -> int:
    """Where the asker names the term: its first place outside a passage quoted from someone else, if it is
    named again ("Client: 'what's our audience selectivity on the podcast buy?' so what IS audience
    selectivity": the client's question is about their buy, the asker's about the term); else its first."""
    places = [k for k in range(len(s.norms) - len(words) + 1) if tuple(s.norms[k:k + len(words)]) == words]
    if len(places) < 2:
        return places[0] if places else -1
    asked = next((k for k in places[1:] if asked_in_sentence(s, k)), -1)
    if asked >= 0:  # "Can you pull the PWS out of the package. done, but what IS a PWS": the question's own
        return asked
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


MIN_WORDS = 6  # words in quotes that are said, not a name set off
MAX_PASSAGE = 1_000  # characters of one passage looked at
_PASSAGE = re.compile(rf'(?<!\w)"([^"\n]{{1,{MAX_PASSAGE}}})"(?!\w)|\u201c([^\u201c\u201d\n]{{1,{MAX_PASSAGE}}})\u201d'
                      rf'|\u00ab([^\u00ab\u00bb\n]{{1,{MAX_PASSAGE}}})\u00bb')  # "...", “...”, « ... »
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
_SAID = re.compile(r"[?!]|\.\s")  # a sentence mark inside: a sentence was said
_MARKS = re.compile(r"[?!]+")
MAX_LABEL = 40  # characters before a passage read for its speaker's label
_LABEL = re.compile(r"[^\W_]+(?:[ \t][^\W_]+)?[ \t]*:")  # "Customer:", "Client wrote:" (two words at most)
_WORD_AFTER = re.compile(r"[ \t]*[^\W_]|[ \t]*[-\u2013\u2014]")  # the line goes on after the closing mark


def as_context(text: str) -> str:
    """`text` with each quoted passage read as a sentence that asks nothing, when the asker's own words ask."""
    if '"' not in text and "\u201c" not in text and "\u00ab" not in text:
        return text
    passages = [m for m in _PASSAGE.finditer(text) if _said(_inner(m))]
    if not passages or not _asks(_outside(text, passages)):
        return text
    out, done = [], 0
    for m in passages:
        inner = _inner(m)
        opening, closing = text[m.start()], text[m.end() - 1]
        inner = _MARKS.sub(".", inner)
        if _WORD_AFTER.match(text, m.end()) and _opens(text, m.start()):  # '"... looks fake" TLD?': two sentences
            out += [text[done:m.start()], opening, inner.rstrip(". "), closing, "."]
        else:
            out += [text[done:m.start()], opening, inner, closing]
        done = m.end()
    return "".join(out) + text[done:]


def _inner(m: re.Match[str]) -> str:
    return next(group for group in m.groups() if group is not None)


def _opens(text: str, start: int) -> bool:
    """The passage opens its sentence: nothing before it on its line but a mark or a speaker's label ("Customer:
    '...'"), not words it is part of ("my supervisor said '...' in our meeting", "the clause said: '...'")."""
    line = text[max(0, start - MAX_LABEL):start].rsplit("\n", 1)[-1].strip()
    return not line or line[-1] in ".?!)" or _LABEL.fullmatch(line) is not None


def _said(inner: str) -> bool:
    """Words said, not a name: a sentence mark inside, or six words or more mostly in lower case ("Payment Card
    Industry Data Security Standard" is a name in quotes)."""
    words = _WORD.findall(inner)
    return _SAID.search(inner.rstrip(" ?!.")) is not None \
        or len(words) >= MIN_WORDS and 2 * sum(w.islower() for w in words) >= len(words)


def _outside(text: str, passages: list[re.Match[str]]) -> str:
    parts, done = [], 0
    for m in passages:
        parts.append(text[done:m.start()])
        done = m.end()
    return " ".join(parts + [text[done:]])


def _asks(words: str) -> bool:
    """The asker's own words ask: a question mark, or a word that asks ("what does PR do exactly")."""
    return "?" in words or not QUESTION_CUES.isdisjoint(w.lower() for w in _WORD.findall(words))


def has_quote_mark(text: str) -> bool:
    """A quote mark in the text that is no apostrophe inside a word ("what's", "don't")."""
    return any(c in _QUOTES and not (c in "'\u2019" and 0 < i < len(text) - 1 and text[i - 1].isalpha()
                                     and text[i + 1].isalpha()) for i, c in enumerate(text))
