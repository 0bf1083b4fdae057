"""What a question after a heading points at that is still the heading itself.

"recession — what's the actual definition?", "chain of command — ..., what's the org definition?",
"accounts receivable — what is AR?": the question word points past the heading at a word of its own (a
describing word before "definition", the heading's initials), not at a new thing the way "AWS — what is a
bucket?" does. Such a question asks what the heading is (glossary/heading.py).
"""

from __future__ import annotations

import re

from glossary import normalize
from glossary.cue_words import LIKENED, NAMING, STATES
from glossary.textscan import Scan

MAX_DESCRIBING = 2  # words between the question word's target and "definition": "the formal IT definition"
_NAMED_ON = frozenset({"of", "for"})  # "what's the definition of churn": the naming word names another thing


def asks_heading(s: Scan, first: int, last: int, j: int) -> bool:
    """Token `j`, what a question word points at after the heading (tokens first..last), asks what the
    heading is: the heading's initials typed as a word ("AR" for accounts receivable), or a few describing
    words closed by a naming word ("definition", "meaning") that names nothing after it."""
    name = " ".join(s.norms[first:last + 1])
    if s.norms[j] in normalize.initials_variants(name):
        return True
    for k in range(j, min(j + MAX_DESCRIBING + 1, len(s.norms))):
        if k > j and (s.sentence_start[k] or "," in s.text[s.ends[k - 1]:s.starts[k]]):
            return False
        if s.norms[k] in NAMING:
            return k + 1 >= len(s.norms) or s.sentence_start[k + 1] or s.norms[k + 1] not in _NAMED_ON
    return False


#: Verbs that, with a pronoun after them, say someone used the term as a word: "HR used it about me", "I
#: saw it on LinkedIn", "vendor calls us one", "the cfo mentioned it twice".
_SAYING = frozenset("said says saying mentioned mentions used called calls saw seen heard quoted brought "
                    "wrote".split())
_SAID_OF = frozenset("it this that them us me one".split())
_THANKS = frozenset("thanks thank thx ty cheers".split())
#: Being or becoming, a few words before a state: "it is down again", "is the outage over", "went down".
_BEING = frozenset("is s are re was were be been being went goes gone going got still".split())
_QUOTES = re.compile(r"[\"\u201c\u2018]|(?<!\w)'")  # an opening quote: a double one, or ' not inside a word
STATE_REACH = 3  # words between being and the state: "is [the outage] over"


def heard_again(s: Scan, first: int, last: int, nxt: int) -> bool:
    """What follows a heading (tokens first..last) sets down where the term came up, with no question
    word: "angel investors - one of our surgeons is one apparently", "npv — finance rejected my budget 'bc
    npv is negative'". The asker names the term first, then the story, and asks what it is. After a
    heading of several words any story counts but the thing's state ("VPN — it is down again", "isp, is
    the outage over", read in the story's first sentence) and thanks ("load balancer — that helped,
    thanks"), which are about the thing, not its name. A heading of one word also needs the story to say
    someone used it ("HR used it about me") or to quote it again: "standup — moved to 10am, standup room is
    B" is news of the meeting, "VPN — using it from home now" news of the VPN."""
    rest = s.norms[nxt:]
    if len(rest) < 2 or _THANKS.intersection(rest) or _state_told(rest[:s.sentence_bounds(nxt)[1] - nxt]):
        return False
    if _told_of_it(rest[0]):
        return False  # "sprint review — cancelled this week": the heading is the subject of news about it
    if last > first:
        return True
    quoted = _QUOTES.search(s.text[s.ends[last]:]) is not None  # "npv — ... 'bc npv is negative'"
    return any(a in _SAYING and b in _SAID_OF for a, b in zip(rest, rest[1:], strict=False)) \
        or quoted and normalize.find_run(rest, s.norms[first:last + 1]) >= 0


def _told_of_it(word: str) -> bool:
    """A story that opens on a past participle ("moved to the new rack", "cancelled this week") says what
    happened to the heading's thing, its subject left out; "need ..." is no participle."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _state_told(words: list[str]) -> bool:
    """A state said of something ("it is down again", "is the outage over", "went down"), not where it
    came up ("it was brought up in the budget meeting")."""
    return any(w in STATES and _BEING.intersection(words[max(0, i - STATE_REACH):i])
               and not (i and words[i - 1] in _SAYING) for i, w in enumerate(words))


_TURNED_TO = frozenset({"is", "are"})
_BACK = frozenset({"it", "that", "this", "they"})


def turned_guess(s: Scan, nxt: int) -> bool:
    """Tokens from `nxt`, right after a term the message opens on, turn round to guess what it is with no
    mark between ("anti deficiency act is that like a law about ...", "chaos engineering is it just breaking
    things"): the term is a heading as if a dash set it apart. A question about its state ("VPN is it down")
    likens it to nothing and is left to the other readings."""
    return nxt + 2 < len(s.norms) and s.norms[nxt] in _TURNED_TO and s.norms[nxt + 1] in _BACK \
        and s.norms[nxt + 2] in LIKENED and not s.sentence_start[nxt]
