"""A message that corrects itself asks what follows the correction.

People take back what they typed instead of editing it: "whats the diffrence... nvm, just what's
ingres", "what is mean 'firewall rule' ... I mean what is firewall itself", "ux vs ui — ok forget ui,
what does ux mean", "opportunity cots lol i mean cost". The words of self-correction are few and the
same in every field, so they are listed here; what follows the last of them is read:
- a clause that asks ("what's ingres", "the memo says 'revolving credit agreement'. what is that") is
  the question on its own;
- a word or two that mends the last words before it ("cots ... i mean cost") take their place;
- any other short fragment ("ERP, I mean CRM") is the term asked about.
An apology that breaks off a clause is a correction too ("IFRS vs GAAP — sorry, one at a time, what is
IFRS", "What is ESOP... sorry no, what is the strike price"), though not one that ends a message without a
comma ("WHAT IS AN ETF sorry caps lock"). A comparison narrowed by the sentence or dashed clause after it is
read the same way: "grpc vs rest? whats grpc", "is 2fa same as mfa? what is 2fa", "fiscal policy vs what
the Fed does — what's fiscal policy exactly?" ask about one term, while "NPV vs IRR? what's the difference"
still compares.
The pipeline reads the corrected text first and keeps the whole message's reading when the correction
answers nothing ("what does SLA mean, i mean in practice").
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from glossary import normalize
from glossary.cue_words import QUESTION_CUES

MAX_FRAGMENT = 2  # words that mend the words before the correction rather than ask anew
MENDS = 60  # how alike a mending word and the word it replaces are ("cots" -> "cost")
_MARKER = re.compile(
    r"\b(?:i\s+mean|i\s+meant(?:\s+to\s+say)?|nvm|never\s?mind|no\s*,?\s*wait|wait\s*,?\s*no|scratch\s+that|"
    r"actually\s*,?\s*no|no\s*,?\s*just|or\s+rather|forget\s+(?:about\s+)?(?:it|that|[\w&/.-]{1,24})\s*[,;:.!—–-]|"
    r"(?<=\S\s)sorry(?:\s*,?\s*no)?\s*[,;:—–-])",  # "X vs Y — sorry, just X": an apology that breaks off a clause
    re.I)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\s+[—–-]+\s+")  # a dash after a comparison opens a clause of its own
_COMPARING = re.compile(r"\b(?:vs|versus|or|difference|diff|compared?|same|different|like|similar)\b", re.I)
_ASKS_ONE = frozenset("just what whats wat define explain".split())
_FILLER = frozenset("lol haha sorry oops ugh typo".split())
_OPENERS = frozenset("ok okay so sorry rather wait first actually no".split())  # words a correction opens with
_OPENING = "|".join(sorted(_OPENERS | {"just", r"one\s+at\s+a\s+time"}))  # "sorry, one at a time, what is IFRS"
_LEAD = re.compile(rf"^[\s,.;:!?—–-]*(?:(?:{_OPENING})\b[\s,.;:!?—–-]*)*", re.I)


def corrected(text: str) -> str | None:
    """The message as its writer corrected it, or None when it takes nothing back."""
    last = max(_MARKER.finditer(text), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    rest = _LEAD.sub("", text[last.end():]).strip()
    words = normalize.words(rest)
    if not words:
        return None
    if len(words) > MAX_FRAGMENT or QUESTION_CUES.intersection(words):
        return rest
    return _mended(text[:last.start()], rest, words) or rest


def _mended(before: str, rest: str, words: list[str]) -> str | None:
    """The words before the correction with their last ones replaced by the mending words, when they are
    alike ("opportunity cots lol" + "cost" -> "opportunity cost")."""
    tokens = [m for m in re.finditer(r"[\w&/.-]+", before) if m.group().lower() not in _FILLER]
    if len(tokens) < len(words):
        return None
    replaced = tokens[-len(words):]
    if any(fuzz.ratio(old.group().lower(), new) < MENDS for old, new in zip(replaced, words, strict=True)):
        return None
    return f"{before[:replaced[0].start()]}{rest}"


def narrowed(text: str) -> str | None:
    """The last sentence, when it narrows a comparison asked before it to one term: "grpc vs rest? whats
    grpc", "amortization, vs depreciation? just amortization pls", "iaas or paas? wait first what is paas"."""
    parts = _SENTENCE_END.split(text.strip())
    if len(parts) < 2 or not _COMPARING.search(" ".join(parts[:-1])):
        return None
    last = parts[-1]
    if next((w for w in normalize.words(last) if w not in _OPENERS), None) not in _ASKS_ONE:
        return None
    body = _LEAD.sub("", last).strip()
    return body if body and not _COMPARING.search(body) else None
