"""Emoji and laughter typed between two words: a break in the sentence only before a question, after a pair, or
after "pls" ("dcf pls 🙏 need the 1-liner": the bidding ends there).

"debarment ugh what does that mean", "pricing strategy kkk what is it": an emoji or a laugh sets the name
before it apart from the question that opens right after it, as a comma would, and so it does before a pair
("... so I care 😅 horizontal vs vertical scaling?"). After a
comparison the mark ends its second side whatever follows ("opex vs capex 🤔 my manager asked", "debit vs credit
😵 finance sent me a spreadsheet"). Anywhere else the mark parts nothing: a remark stays one phrase ("KPI 🎯
hit!", "opex omg went up 20%", "GDPR request 😬 is it due this week?", "KPI 🎯 asking everyone to update
their numbers", "the KPI deck 📊 what a mess"), and so does a mark beside a
function word ("what is 🔥 burn rate", "what does lol mean") or before a lone word ("service 🤔 mesh??").
Each mark reads a bounded window on either side: linear in the text.
"""

from __future__ import annotations

import re

from glossary.cue_words import FUNCTION

EMOJI_CHARS = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d"
EMOJI = re.compile(f"[{EMOJI_CHARS}]")
_EMOJI_BETWEEN = re.compile(f"(?<=\\w) *[{EMOJI_CHARS}][{EMOJI_CHARS} ]*(?=\\w)")
_LAUGH = re.compile(r"(?<=\w) +(lol|lmao|lmfao|rofl|ha(?:ha)+|he(?:he)+|omg|smh|ugh|k{3,})(?= +\w)", re.I)
#: A meaning asked right after the mark: "debarment ugh what does that mean", "pricing strategy kkk what is it",
#: "amortization ugh explain pls"; not "what a mess", "what did finance approve", "explain why the targets moved".
_ASKS = re.compile(r"(?:what|wat)(?:\s+(?:is|are|does|do|means?|stands?)|'?s)\b|whats\b"
                   r"|(?:explain|define|eli5)(?:\s+(?:it|this|that|pls|please|plz|me)\b|\s*[?!.]|\s*$)", re.I)
_ASKED_OF = frozenset({"mean", "means", "meaning", "stand", "stands"})  # the mark is itself the word asked
_PAIR = re.compile(r"\b(?:vs|versus)\b", re.I)
_CLAUSE_END = re.compile(r"[.!?,;:]")
_TOPIC = re.compile(r"[^,.!?;:\n]{1,60}?,[ \t]*")  # a few words and a comma: "standard deviation, "
_SENTENCE_END = re.compile(r"[.!]")
WINDOW = 80  # characters read on either side of a mark
MIN_ASKING_WORDS = 2  # "service 🤔 mesh??": one word after the mark is the rest of the name


def parted(text: str) -> str:
    """`text` with each emoji run or laugh between two words read as a comma where it parts a question or a pair
    from what precedes it, else as a space (an emoji) or as typed (a laugh)."""
    if EMOJI.search(text):
        text = _EMOJI_BETWEEN.sub(lambda m: ". " if _begged(m.string, m.start()) else ", " if _parts(
            m.string, m.start(), m.end()) else " ", text)
    if " " in text:
        text = _LAUGH.sub(lambda m: f", {m.group(1)}," if _parts(m.string, m.start(), m.end()) else m.group(0), text)
    return text


_COURTESY = frozenset({"pls", "plz", "please", "pleaseee", "thx", "thanks", "ty"})


def _begged(text: str, at: int) -> bool:
    """The mark closes a bidding: "dcf pls 🙏 need the 1-liner for the IC memo" asks for DCF, then tells why."""
    last = text[max(0, at - WINDOW):at].split()[-1:]
    return bool(last) and last[0].lower() in _COURTESY


def _parts(text: str, at: int, end: int) -> bool:
    """Does the mark between text[:at] and text[end:] part a question, or the end of a pair, from the words before?"""
    before, after = text[max(0, at - WINDOW):at], text[end:end + WINDOW]
    last, following = before.split()[-1:], after.split()[:1]
    if not last or not following or last[0].lower() in FUNCTION or following[0].lower() in _ASKED_OF:
        return False  # "what is 🔥 burn rate", "what does lol mean", "is omg meaning ..."
    if _PAIR.search(_CLAUSE_END.split(before)[-1]):
        return True  # "opex vs capex 🤔 my manager asked"
    asked = _SENTENCE_END.split(after, maxsplit=1)[0].strip()
    pair = _PAIR.search(asked)  # "... so I care 😅 horizontal vs vertical scaling?": a pair asked after the mark
    topic = _TOPIC.match(asked)  # "I forgot my stats 😅 standard deviation, what is it?": a topic, then the question
    return len(asked.split()) >= MIN_ASKING_WORDS and (_ASKS.match(asked) is not None or pair is not None
                                                       and pair.start() > 0 or topic is not None
                                                       and _ASKS.match(asked, topic.end()) is not None)
