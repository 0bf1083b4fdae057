"""A term written first, as a heading, then a question or a guess about it.

"data warehouse — is it a real building", "preferred stock — preferred by who", "isp — that's like comcast
right", "depreciation — why does the laptop lose value on paper every month": the message opens on a term
set apart by a dash, a colon, a comma or dots, and what follows asks about it or guesses what it is. What is
asked is the heading; the words of the guess ("building", "comcast", "laptop", a term among them) are the
asker's own hypothesis, not a second subject. The cues (glossary/cues.py) read such a message as undecided,
since a guess without a question word asks nothing they know, and a question word may point at a word of the
guess ("who is gordon"); this reading settles it when, and only when:
- the heading is one term and nothing else (a phrase only partly a term, "three way match", is no heading);
- what follows asks or guesses: a question mark, a question word, or a guess's opening ("is it", "that's",
  "just a", "like a");
- what follows names no other thing as asked: no other term a question word points at ("TAM SAM SOM — is
  SAM the vendor registration thing?", "COOP plan — what's coop"), no new thing asked with an article
  ("AWS — what is a bucket?").
"""

from __future__ import annotations

from glossary import common_words
from glossary.asked_shapes import TOPIC_MARKS, points_back_to
from glossary.cue_words import LIKENED, OTHER_WH, POINTERS, QUESTION_CUES, SCAFFOLD, STRONG
from glossary.cues import Scored
from glossary.message_shape import pointed
from glossary.span_use import prev_word
from glossary.textscan import Scan

#: Marks after a heading besides the topic marks: "kerberos... the 3 headed dog??", "net working capital…",
#: and the asker's own guess set after an arrow or an equals sign ("runway -> months of cash?", "owners equity
#: = assets - liabilities?"): what follows the mark describes the heading, it names no subject of its own.
_DOTS = ("...", "\u2026")
_EQUATED = ("->", "=>", "\u2192", "=")
#: A guess at what the heading is opens on a question turned round ("is it a real building", "are they like,
#: nice investors", "does it mean"), on a pronoun said to be like something ("that's like comcast", "it's
#: just a"), or on a likening word ("just a room with servers").
_TURNED = frozenset({"is", "are", "was", "were", "does", "do", "did"})
_COPULA = frozenset({"s", "is", "re", "are"})
_POINTING = frozenset({"it", "that", "this", "they", "those", "these"})
_JOINED = frozenset({"thats", "its", "theyre"})  # "thats like it": the copula typed without its apostrophe
_ARTICLES = frozenset({"a", "an"})


def heading(s: Scan, scored: list[Scored]) -> Scored | None:
    """The term the message opens on as a heading, asked about by what follows it; else None."""
    if not s.norms:
        return None
    start = 1 if len(s.norms) > 1 and s.text[:s.starts[0]].strip() == "@" else 0  # "@FinBot retained earnings"
    heads = [x for x in scored if x.span.first == start]
    if not heads:
        return None
    head = max(heads, key=lambda x: x.span.last)
    nxt = head.span.last + 1
    if not opens(s, head.span.first, head.span.last) or not _usable(s, head) or not _asks(s, nxt):
        return None
    if any(_names_other(s, x, head) for x in scored if x.span.first >= nxt):
        return None
    return None if _new_thing(s, scored, head, nxt) else head


def opens(s: Scan, first: int, last: int) -> bool:
    """Tokens first..last open the message ("@bot" aside) and a mark sets them apart from what follows: the
    heading, whatever follows in its sentence being the asker's question or guess about it."""
    start = 1 if len(s.norms) > 1 and s.text[:s.starts[0]].strip() == "@" else 0
    return first == start and last + 1 < len(s.norms) and _set_apart(s.text[s.ends[last]:s.starts[last + 1]])


def _set_apart(gap: str) -> bool:
    """The gap after the heading marks it off: "X — ...", "X: ...", "X, ...", "X - ...", "X... ...". A
    hyphen joining words ("X-style") does not."""
    return bool(TOPIC_MARKS.intersection(gap)) or gap.strip() == "-" and gap != "-" \
        or any(d in gap for d in _DOTS) or gap.strip() in _EQUATED


def _usable(s: Scan, head: Scored) -> bool:
    """A heading span that may be answered: eligible, or an acronym in lower case that is no common word
    ("wan — is that just the internet"): set apart as the message's heading, it is the term named."""
    if head.eligible:
        return True
    span = head.span
    return span.loose and span.first == span.last and head.asked >= STRONG and s.norms[span.first] not in SCAFFOLD \
        and not common_words.is_common(s.norms[span.first], 2_000)


def _asks(s: Scan, nxt: int) -> bool:
    """What follows the heading asks (a question mark, a question word) or guesses what it is (opens on
    "is it", "that's", "just", "like"), in its first clause or a later one ("customer value — is there a
    formula or is it vibes")."""
    if "?" in s.text[s.starts[nxt]:]:
        return True
    rest = s.norms[nxt:]
    if (QUESTION_CUES | OTHER_WH).intersection(rest):
        return True
    return guess_opens(s, nxt) or any(_clause_opens(s, i) and guess_opens(s, i) for i in range(nxt + 1, len(s.norms)))


def guess_opens(s: Scan, k: int) -> bool:
    """Tokens from `k` open a guess at what a thing is, a question even without "?": "is it a real
    building", "that's like comcast right", "just a room". Not a statement of its state: "it is down"."""
    a, b, c = (s.norms[k + n] if k + n < len(s.norms) else "" for n in range(3))
    likened = LIKENED | _ARTICLES
    return a in LIKENED or a in _TURNED and (b in _POINTING or b == "there") or a in _JOINED and b in likened \
        or a in _POINTING and b in _COPULA and c in likened


def guessed(s: Scan) -> bool:
    """Some clause of the message, after a dash, a colon, a comma, dots, a full stop or "or", is a guess at
    what its heading is ("wan — is that just the internet", "ESG. is this real or a brochure word"): the
    message asks, though no "?" ends it."""
    return any(_clause_opens(s, i) and guess_opens(s, i) for i in range(1, len(s.norms)))


def _clause_opens(s: Scan, i: int) -> bool:
    """Token `i` opens a clause of its own: after a mark that sets apart, after "or", or a sentence's first
    word in a message that opens on a heading ("ESG. is this real", not "we set up the VPN. is that a pain",
    where "that" is what was done)."""
    return s.norms[i - 1] == "or" or _set_apart(s.text[s.ends[i - 1]:s.starts[i]]) \
        or s.sentence_start[i] and _headed(s)


#: Words that make a sentence a statement, not a heading: a subject pronoun or a verb of being or doing.
_STATING = frozenset("i we you he she they it is are was were has have had did do does".split())
MAX_HEADING = 5  # words of a sentence that only names the topic: "cure notice.", "retained earnings."


def _headed(s: Scan) -> bool:
    """The message's first sentence only names something: a few words, no subject and no verb."""
    end = s.sentence_bounds(0)[1]
    return end <= MAX_HEADING and not _STATING.intersection(s.norms[:end])


def _names_other(s: Scan, x: Scored, head: Scored) -> bool:
    """Span `x`, after the heading, is another term a question word points at: "is SAM the vendor
    registration thing?", "what's coop". The heading named again ("EDGAR — who is edgar") is no other."""
    if x.span.ids == head.span.ids or not (x.eligible or x.everyday) or x.asked < STRONG:
        return False
    j = prev_word(s, x.span.first)
    return j >= head.span.last + 1 and s.norms[j] in POINTERS


def _new_thing(s: Scan, scored: list[Scored], head: Scored, nxt: int) -> bool:
    """A question word points past the heading at another thing: "AWS — what is the bucket?" asks about the
    bucket. Not at the heading's own word or name ("who is gordon", "what do auditors do", "g r p c — what
    is grpc"), nor at a thing a later "what is it" leaves aside ("whats the limit and what is it for")."""
    j = pointed(s)
    if j < nxt or j >= len(s.norms):
        return False
    own = {w[:5] for w in s.norms[head.span.first:head.span.last + 1]}
    word = s.norms[j]
    if word[:5] in own or word in SCAFFOLD or word in _POINTING | _JOINED \
            or any(x.span.ids == head.span.ids and x.span.first <= j <= x.span.last for x in scored):
        return False
    return not points_back_to(s, j + 1)
