"""How the asker wants the answer, said after a comma at the end of a question: "what is it, strictly speaking?",
"what are the guidelines, briefly?", "what is the core principle, in one or two sentences?", "what is it, as
defined here?". Such a tail says nothing about which term is asked, yet a reading that looks at where the
question ends ("what is it" pointing back, "the guidelines" naming the term again) would read it as part of the
question. It is cut off before its question mark, which is kept; a tail with any other word stays ("..., in the
contract?" may name a field), and so does one that closes no question ("Active Directory, in a sentence or
two." bids the bot explain). The audience a bidding to explain names ("explain it like I'm in a lift with an
investor") is cut too, up to a question word. Two patterns, each bounded in length: linear in the message's length.
"""

from __future__ import annotations

import re

_ADVERBS = ("briefly|roughly|strictly|simply|formally|technically|precisely|concisely|succinctly|generally|"
            "basically|quickly|plainly|literally|officially|properly|broadly|loosely")
_COUNTS = r"(?:a|one|two|three|four|five|\d+|a\s+few|a\s+couple\s+of)"
_UNITS = r"(?:sentences?|words?|lines?|paragraphs?|bullets?|bullet\s+points?)"
_TAIL = re.compile(
    r",\s*(?:(?:" + _ADVERBS + r")(?:\s+speaking)?|in\s+(?:short|brief|a\s+nutshell|" + _COUNTS + r"(?:\s+or\s+"
    + _COUNTS + r")?\s+" + _UNITS + r")|as\s+defined\s+(?:here|in\s+(?:the|this|your)\s+glossary)|for\s+a\s+"
    r"(?:layman|layperson|non-expert|beginner))(?:\s+(?:please|pls|plz))?\s*(?=\?+(?:\s|$))", re.I)


#: Whom to explain it to, after a bidding to explain: "explain the difference like I'm in a lift with an investor",
#: "explain SLA as if I was a CFO": an audience, no term asked (not "I feel like I'm the only one who ...").
_AUDIENCE = re.compile(r"\b(?P<bid>explain|describe|break\s+(?:it|this|that)\s+down|tell\s+me|walk\s+me\s+through)"
                       r"(?P<what>[^.?!\n]{0,60}?)\s+(?:like|as\s+if|as\s+though)\s+(?:i'?m|i\s+am|i\s+was|i\s+were|"
                       r"you'?re|you\s+are|we'?re|talking\s+to|speaking\s+to)\b(?!\s+(?:\d+|five)\b)"
                       r"(?P<audience>[^.?!,;:\n]{0,100})", re.I)
#: Where a bidding with no object of its own goes on to say what to explain: "explain like I'm a junior dev *what*
#: kubernetes is"; never in a clause about the audience after an object ("explain a CDN like I'm someone who only
#: knows what a VPN is").
_ASKED_IN = re.compile(r"\s(?:what|whats|what's|how|why)\b", re.I)
_NO_OBJECT = frozenset({"", "it", "this", "that", "them", "me", "to me"})


def cut(text: str) -> str:
    """`text` without the answer-manner tails at its sentences' ends, nor the audience a bidding names."""
    low = text.lower()
    text = _AUDIENCE.sub(_without_audience, text) if "like" in low or " as " in low else text
    return _TAIL.sub("", text) if "," in text and "?" in text else text


def _without_audience(m: re.Match[str]) -> str:
    """The bidding and its object, and what the bidding goes on to ask when it has no object of its own."""
    asked = _ASKED_IN.search(m.group("audience")) if m.group("what").strip().lower() in _NO_OBJECT else None
    return m.group("bid") + m.group("what") + (m.group("audience")[asked.start():] if asked else "")
