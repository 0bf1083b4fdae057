"""A message that corrects itself asks what follows the correction.

People take back what they typed instead of editing it: "whats the diffrence... nvm, just what's
ingres", "what is mean 'firewall rule' ... I mean what is firewall itself", "ux vs ui — ok forget ui,
what does ux mean", "opportunity cots lol i mean cost", "what is a honeypot... jk. what's a nac". The words
of self-correction are few and the same in every field, so they are listed here; what follows the last of
them is read:
- a clause that asks ("what's ingres", "the memo says 'revolving credit agreement'. what is that") is
  the question on its own;
- a word or two that mends the last words before it ("cots ... i mean cost") take their place;
- any other short fragment ("ERP, I mean CRM") is the term asked about.
An apology that breaks off a clause is a correction too ("IFRS vs GAAP — sorry, one at a time, what is
IFRS", "What is ESOP... sorry no, what is the strike price"), though not one that ends a message without a
comma ("WHAT IS AN ETF sorry caps lock"). A comparison narrowed by the sentence or dashed clause after it is
read the same way: "grpc vs rest? whats grpc", "is 2fa same as mfa? what is 2fa", "fiscal policy vs what
the Fed does — what's fiscal policy exactly?" ask about one term, while "NPV vs IRR? what's the difference"
still compares. A later clause that asks about one side alone narrows it too, naming the side even short: "gRPC
vs REST came up, I just want to know what gRPC is", "public relations vs marketing — what's PR formally?".
The pipeline reads the corrected text first and keeps the whole message's reading when the correction
answers nothing ("what does SLA mean, i mean in practice").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from glossary import contrast, frames, normalize
from glossary.closing_particles import POLITE
from glossary.compare_sides import ARTICLES, shorter_sides
from glossary.cue_words import QUESTION_CUES
from glossary.models import LookupResult

MAX_FRAGMENT = 2  # words that mend the words before the correction rather than ask anew
EXACT = 100  # a match's score for a name typed as it is written
MENDS = 60  # how alike a mending word and the word it replaces are ("cots" -> "cost")
_MARKER = re.compile(
    r"\b(?:i\s+mean|i\s+meant(?:\s+to\s+say)?|nvm|never\s?mind|no\s*,?\s*wait|wait\s*,?\s*no|scratch\s+that|"
    r"actually\s*,?\s*no|no\s*,?\s*just|or\s+rather|forget\s+(?:about\s+)?(?:it|that|[\w&/.-]{1,24})\s*[,;:.!—–-]|"
    r"(?<=\S\s)sorry(?:\s*,?\s*no)?\s*[,;:—–-]|"  # "X vs Y — sorry, just X": an apology that breaks off a clause
    # "what is a honeypot... jk. what's a nac": taken back (not "no kidding")
    r"(?:\bjk|just\s+kidding|(?<!no\s)(?<!not\s)kidding)(?:\s+(?:lol|haha|lmao))?\s*[,;:.!—–-]|"
    r"(?:voice\s+(?:typing|text(?:ing)?|dictation)|voice\s+to\s+text|speech\s+to\s+text|dictation|"
    r"auto-?correct(?:ed|ion)?|typo)(?:\s+(?:sorry|sry|lol|haha|again|smh|ugh|oops))*"  # "autocorrect sorry. kpi"
    r"(?:\s*[,;:.!—–-]|\s+(?:but|so)\b))",  # "i know its autocorrect but what does opex mean"; "ebb it?
    # sorry voice typing. EBIT": blaming the keyboard takes back what came before
    re.I)
_RETYPED = re.compile(r"voice|speech|correct|typo", re.I)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\s+[—–-]+\s+")  # a dash after a comparison opens a clause of its own
_COMPARING = re.compile(r"\b(?:vs|versus|or|difference|diff|compared?|same|different|like|similar)\b", re.I)
_ASKS_ONE = frozenset("just what whats wat define explain".split())
_FILLER = frozenset("lol haha sorry oops ugh typo".split())
_OPENERS = frozenset("ok okay so sorry rather wait first actually no".split())  # words a correction opens with
_OPENING = "|".join(sorted(_OPENERS | {"just", r"one\s+at\s+a\s+time"}))  # "sorry, one at a time, what is IFRS"
_LEAD = re.compile(rf"^[\s,.;:!?—–-]*(?:(?:{_OPENING})\b[\s,.;:!?—–-]*)*", re.I)


def first_standing(readings: Iterable[str], read: Callable[[str], LookupResult],
                   translated: str | None = None) -> LookupResult:
    """The outcome of the first of `readings` (a translation, the dictated ones, the message as typed) that answers
    or compares, each read as corrected first ("... nvm, just what's X"); when none does, the first one's "did you
    mean" when it names a term typed ("NPV kya hai, IRR se different hai kya": the translation's guesses, not a later
    reading's "unknown"). A reading never stands on a word the `translated` reading left out as the language's own
    when it is a polite particle ("bank reconciliation what is ka": Thai "ka" softens the question, and KA, a
    knowledge area, is not asked) or only a slip away from the name answered ("anh explain giúp em": Vietnamese
    "help me", no GAAP); a name typed as it is stands ("what is a po": PO, though Tagalog drops "po")."""
    offered: list[LookupResult] = []
    kept = set(normalize.words(translated)) if translated else set()
    for said in readings:
        fixed = corrected(said) or narrowed(said)
        result = read(fixed) if fixed else None
        if result is None or result.status not in _STANDING:
            result = read(said)
        subject = set(normalize.words(result.subject))
        if translated and said != translated and result.status in ("answer", "ambiguous") and subject \
                and not subject & kept and (subject <= POLITE or result.matches[0].score < EXACT):
            result = replace(result, status="suggest")  # on a word the translation read as the language's own
        if result.status in _STANDING:
            return result
        offered += [result] if result.status == "suggest" and _named_in(result, said) else []
    return offered[0] if offered else result


def _named_in(result: LookupResult, text: str) -> bool:
    """A term offered is named in `text` as typed, all its words or its acronym: no guess at a slip ("plan": LAN)."""
    said = set(normalize.words(text))
    return any(set(normalize.words(re.sub(r"\s*\(.*?\)", "", m.term))) <= said
               or set(re.findall(r"\(([^()]+)\)", m.term.lower())) & said for m in result.matches)


_STANDING = ("answer", "ambiguous", "compare")


def corrected(text: str) -> str | None:
    """The message as its writer corrected it, or None when it takes nothing back."""
    last = max(_MARKER.finditer(text), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    rest = _LEAD.sub("", text[last.end():]).strip()
    words = normalize.words(rest)
    if not words:
        return None
    if len(words) > MAX_FRAGMENT or QUESTION_CUES.intersection(words) or _RETYPED.search(last.group()):
        return rest  # a question of its own, or the words typed again after blaming the keyboard
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
    if side := one_side(text):
        return side
    parts = _SENTENCE_END.split(text.strip())
    if len(parts) < 2 or not _COMPARING.search(" ".join(parts[:-1])):
        return None
    last = parts[-1]
    if next((w for w in normalize.words(last) if w not in _OPENERS), None) not in _ASKS_ONE:
        return None
    body = _LEAD.sub("", last).strip()
    return body if body and not _COMPARING.search(body) else None


#: Where a clause after a comparison starts: a sentence, a dash or arrow, a comma, "but".
_CLAUSE_END = re.compile(r"(?<=[.?!])\s+|\s+(?:[—–-]+>?|=>)\s+|,\s+|\s+but\s+", re.I)
_WANTS = re.compile(r"\b(?:i|we)\b.{0,40}?\b(?:want|wanna|need|asking|wondering)\b", re.I)  # "I just want to know"
_ALONE = frozenset("own alone itself".split())  # "what's IFRS on its own"
_PICKS = frozenset("which either other or".split())  # "which one", "the other": a choice between the two asked
MIN_CLIPPED = 4  # "spec" for specification; a shorter start is too loose
MAX_SIDE_WORDS = 4


def one_side(text: str) -> str | None:
    """The side of a comparison that a later clause asks about alone, by its name, its initials or its start:
    "gRPC vs REST came up, I just want to know what gRPC is", "IFRS vs GAAP came up, but what's IFRS on its
    own", "public relations vs marketing — what's PR formally?", "job specification vs job description — the
    spec one?". A later clause that compares or chooses ("which one", "the difference") keeps the comparison;
    so does a clause that names both sides or neither, or only tells ("we only track SLO")."""
    if not _COMPARING.search(text):
        return None  # the common case: nothing compared, nothing to narrow
    clauses = [c for c in _CLAUSE_END.split(text.strip()[:frames.MAX_FRAME]) if c.strip()]
    said = [normalize.words(c) for c in clauses]
    cued = [n for n, words in enumerate(said) if any(contrast.is_cue(w) or w in _PICKS for w in words)]
    if len(cued) != 1 or cued[0] == len(clauses) - 1:
        return None  # nothing compared, or the comparison asked again later ("..., what's the difference")
    sides: list[str] | None = None
    for n in range(len(clauses) - 1, cued[0], -1):
        if not _asks_alone(clauses[n], said[n]):
            continue  # "it's for a vendor form": a remark
        sides = _sides(clauses[cued[0]]) if sides is None else sides
        pointed = [side for k, side in enumerate(sides) if _points_to(clauses[n], said[n], side, sides[1 - k])]
        if len(pointed) == 1:
            return pointed[0]
    return None


def _asks_alone(clause: str, words: list[str]) -> bool:
    """The clause asks about one thing: it opens with an ask ("what's X", "just X", "the spec one?"), the
    writer says it wants or needs it, or it says "on its own"."""
    first = next((w for w in words if w not in _OPENERS and w != "but"), "")
    return (first in _ASKS_ONE or first == "the" and words[-1] in ("one", "ones") or bool(_ALONE.intersection(words))
            or _WANTS.search(clause) is not None)


def _sides(clause: str) -> list[str]:
    """The two sides of a clause that compares two things, each its name without a story after it ("REST came
    up in the review" is "REST came up"); [] when it compares no two."""
    frame = frames.parse(clause)
    if frame is None or frame.kind != "compare" or len(frame.parts) != 2:
        return []
    return [_name(part) for part in frame.parts]


def _name(part: str) -> str:
    """The side as a name, without its article and the story after it: what a later clause may repeat."""
    cut = ([part, *shorter_sides(part)])[-1]
    return " ".join([w for w in cut.split() if w.lower() not in ARTICLES][:MAX_SIDE_WORDS])


def _points_to(clause: str, words: list[str], side: str, other: str) -> bool:
    """The clause names the side: all its words in a row, its initials in capitals ("PR"), or a word that
    starts one of its words the other side lacks ("spec")."""
    own = normalize.words(side)
    if not own:
        return False
    if normalize.find_run(words, own) >= 0:
        return True
    initials = normalize.initials_variants(side)
    if any(raw.isupper() and raw.lower() in initials for raw in re.findall(r"[A-Za-z]{2,}", clause)):
        return True
    distinct = set(own) - set(normalize.words(other))
    return any(len(w) >= MIN_CLIPPED and any(d.startswith(w) and d != w for d in distinct) for w in words)
