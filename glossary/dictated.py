"""Punctuation said aloud: a message dictated by voice spells its marks as words ("what is big data question
mark", "what is an intranet comma asking for a friend", "what is X period thanks"), and read literally those
words glue the chatter after them to the term asked, so the asking clause is never cut out of the message.

The words read as the mark they name where they stand as dictation, judged generally, not per phrasing:
- the message has no typed sentence marks of its own (someone who types "?" and "," means the word "period");
- the word follows a word, not the start of the message nor an article, preposition or "is" ("the period", "a
  comma", "what is colon" name the thing: they are nouns), and no preposition goes on after it ("the CCC
  measuring period on the report");
- no glossary name holds the word with the words beside it ("payback period", "period of performance",
  "comma-separated" joined by a hyphen is one word already).
"dot" between two words joins them as dictation does ("node dot js" is "node.js"); at the end it ends the
sentence. "slash" between two short words joins them with "/" when the glossary writes a name so ("CI slash CD",
"P slash E"). The pipeline reads the message with its marks first and as said when that answers nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from glossary import common_words, normalize, said_numbers, unmarked_topic, unshouted
from glossary.cue_words import POINTERS, SKIP
from glossary.normalize import SMALL
from glossary.spoken_letters import Names

_MARKS = {"period": ".", "full stop": ".", "dot": ".", "comma": ",", "question mark": "?", "colon": ":",
          "exclamation point": "!", "exclamation mark": "!", "semicolon": ";", "semi colon": ";",
          "new line": ".", "new paragraph": ".", "slash": "/"}
_SAID = re.compile(r"(?<![\w'-])(" + "|".join(sorted(_MARKS, key=len, reverse=True)).replace(" ", r"\s+")
                   + r")(?![\w'-])", re.I)
_CLOSES = re.compile(r"[ \t]*(?:[,.;:!?\n]|$)")  # right after a mark said aloud: the clause ends there
_SPACE = re.compile(r"\s*")
_REACH = 80  # characters either side of a said mark read for the words beside it (_NAME_WORDS of them)
_ONLY_SAID = frozenset({"question mark", "full stop", "exclamation mark", "exclamation point"})  # never a noun
_TYPED = re.compile(r"[.?!,;:](?:\s|$)")  # a mark typed as a mark, not inside "x.509" or "3.5"
_WORD = re.compile(r"[\w']+")
#: "the period", "of comma", "what is colon": the word is a noun ("s" alone is a letter spelled out: "i f r s")
_NOUN_BEFORE = SKIP | SMALL | (POINTERS - {"s", "re"})
_NOUN_AFTER = SMALL - {"and", "or", "the", "a", "an"}  # a noun goes on with a preposition: "period on the report"
#: Words a "what" after them belongs to: "I know what", "tell me what", "no idea what", "X meaning what".
_TAKES_WH = frozenset("know knows knew tell told explain explained wonder wondering ask asked asking sure idea "
                      "understand understood remember see show guess about is s was are of on in and or but that to "
                      "for with mean means meaning meant stand stands matter clue say says said figure find decide "
                      "care unsure confused curious exactly just me us him her them".split())
#: A word, then a "what" asking what something is: what it points back at ("what is that", "what's it", "what does
#: this mean"; not "what is it doing", "what does it cost") or the words after it (`_asks_name`: "what even is a gant
#: chart"); never "what's her email", "what is the target", "what a mess", which ask or say something else.
_BACK = r"that|it|this|those|these|they"  # what a question after the story points back at
_TELLS = r"(?:mean|stand|measure|show|cover|include|involve|track|represent|refer|do)\b"  # what it is, not "cost"
_WHAT = re.compile(r"(?<![\w'-])([\w'-]+)[ \t]+(what(?:'?s)?)(?:(?P<back>(?:[ \t]+(?:is|are))?[ \t]+(?:" + _BACK
                   + r")(?![\w'-])(?![ \t]+\w+ing\b)|[ \t]+(?:does|do)[ \t]+(?:" + _BACK + r")(?:[ \t]+one)?[ \t]+"
                   + _TELLS + ")"
                   r"|(?:[ \t]+(?:even[ \t]+)?(?:is|are))?(?:[ \t]+(?:an?|the))?"
                   r"(?P<named>(?:[ \t]+[\w'&/-]+){1,3}))?", re.I)
_SHORT = 4  # letters of a name "slash" joins ("CI", "P", "ops"); a longer word beside it is a sentence's
_NAME_WORDS = 3  # words beside a said mark that may make a glossary name with it ("discounted payback period")


def readings(text: str, known: Names) -> tuple[str, ...]:
    """The message with the marks said aloud written, and that typed in ordinary case when it was shouted
    (glossary/unshouted.py), with the mark left out after an opening topic put back ("webauthn is that the passkey
    thing": glossary/unmarked_topic.py), and with a sentence opened before each question it asks after the story
    (`asked_apart`), and, the last of these, with numbers said as words written in digits ("section five oh
    eight": glossary/said_numbers.py); each `text` itself when none."""
    exact, said = known.exact, punctuated(text, known.exact)
    return unshouted.reading(said), said, unmarked_topic.marked(text, exact), asked_apart(text, exact), \
        said_numbers.written(said, lambda name: _named_as(name, exact))


def _named_as(name: str, exact: Callable[[list[str]], Any]) -> bool:
    """Does the glossary write a term's name with `name` in it ("18F", "M2"; "19S" only finds "9")?"""
    hit = exact([name])
    return hit is not None and any(normalize.key(name) in normalize.key(m.term) for m in hit.matches)


def asked_apart(text: str, exact: Callable[[list[str]], Any]) -> str:
    """A message dictated with no marks, with a sentence opened before each "what" that asks about what the story
    named ("they want to integrate with their POS system what is that" reads "... POS system. what is that") or about
    a name right after it that the glossary holds or that is no common English word ("... by friday what even is a
    gant chart"); not after a word that takes the question as its object ("I know what it is", "tell me what that
    is"); `text` itself when it types any mark."""
    if _TYPED.search(text) or "?" in text or "what" not in text.lower():
        return text

    def apart(m: re.Match[str]) -> str:
        if m.group(1).lower() in _TAKES_WH or not (m.group("back") or _asks_name(m.group("named"), exact)):
            return m.group(0)
        return f"{m.group(1)}. {m.group(0)[len(m.group(1)):].lstrip()}"
    return _WHAT.sub(apart, text)


def _asks_name(words: str | None, exact: Callable[[list[str]], Any]) -> bool:
    """The words after "what is" start with a name of the glossary, or with a word no dictionary holds ("gant")."""
    said = (words or "").split()
    return bool(said) and (any(exact([" ".join(said[:n])]) is not None for n in range(len(said), 0, -1))
                           or common_words.rank(said[0].lower()) == common_words.NOT_COMMON)


def said_marks(text: str) -> bool:
    """The text has a word that may be a mark said aloud ("question mark", "period", "comma")."""
    return _SAID.search(text) is not None


def punctuated(text: str, exact: Callable[[list[str]], Any]) -> str:
    """`text` with the marks said aloud written as marks (`exact`: the glossary's exact reading of names,
    None for a phrase no name is); `text` itself when it says none. In a text that types marks of its own, only
    the names no one writes for the mark itself ("question mark", "full stop"): voice typing writes some marks and
    leaves others as said ("What is a contingent worker question mark, HR want them reported")."""
    if _SAID.search(text) is None:
        return text
    typed = _TYPED.search(text) is not None
    named = lambda phrase: exact([phrase]) is not None  # noqa: E731
    out, at, last = [], 0, ""
    for said in _SAID.finditer(text):
        words = said.group(1).lower().split()
        if words != ["slash"] and typed and (" ".join(words) not in _ONLY_SAID or not _CLOSES.match(text, said.end())):
            continue  # among typed marks, only a mark said where a clause ends: not "Excel shows question mark instead"
        before = _WORD.findall(text[max(0, said.start() - _REACH):said.start()])  # the words beside it: bounded work
        after = _WORD.findall(text[said.end():said.end() + _REACH])
        if words == ["slash"] and not _slashed(before, after, named):
            continue
        if not _dictation(before, words, after, named):
            continue
        head = text[at:said.start()].rstrip()
        mark = _MARKS[" ".join(words)]
        if words in (["dot"], ["slash"]) and after:
            out.append(head + mark)  # "node dot js", "CI slash CD": one name, as dictation writes it
            at = _SPACE.match(text, said.end()).end()  # type: ignore[union-attr]  (\s* always matches)
            last = out[-1][-1:] or last
            continue
        if words[0] == "new" and (head[-1:] or last) in ".?!":
            mark = ""  # "period new line": one sentence end
        out.append(head + mark)
        last = out[-1][-1:] or last  # the last character written: no join of all so far at each mark
        at = said.end()
    return "".join(out) + text[at:] if out else text


def _slashed(before: list[str], after: list[str], named: Callable[[str], bool]) -> bool:
    """ "slash" said between two short words that make a glossary name with it ("CI slash CD", "P slash E"),
    typed marks or none: the "/" the name is written with; never the verb ("they slash prices"), nor a pair
    the glossary does not write so ("AR slash AP", "IT slash OT")."""
    if not (before and after) or not all(len(w) <= _SHORT or w.isupper() for w in (before[-1], after[0])):
        return False
    joined = f"{before[-1]}/{after[0]}"
    return named(joined) or len(after) > 1 and named(f"{joined} {after[1]}")  # "P/E ratio"


def _dictation(before: list[str], words: list[str], after: list[str], named: Callable[[str], bool]) -> bool:
    """Does the mark said between `before` and `after` stand as dictation, not as a noun or part of a name?"""
    if not before or before[-1].lower() in _NOUN_BEFORE or (after and after[0].lower() in _NOUN_AFTER):
        return False
    phrases = [" ".join([*before[len(before) - n:], *words]) for n in range(1, _NAME_WORDS + 1)]
    phrases += [" ".join([*words, *after[:n]]) for n in range(1, _NAME_WORDS + 1) if n <= len(after)]
    return not named(" ".join(words)) and not any(named(p) for p in phrases)
