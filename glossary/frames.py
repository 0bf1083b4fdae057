"""The shape of a message around its terms: a comparison, a follow-up, or a plain question.

"SLA vs SLO", "difference between CAC and LTV", "is ARR the same as MRR", "is X like Y or totally different",
"opex x capex" (the "x" of a match, between two names) compare terms, and so does a later clause that points back
to two terms named before it ("NPV and IRR — do they tell you the same thing?", "AES or DES — which one is
older?"); "and SLI?", "what about EBITDA" ask about a new term after an answer; "how is that different from X"
compares the last answer with X; "another example", "simpler please", "who owns it?", "related?" are about the
last answer. Only the frame is read here: the sides stay text, which glossary/understand.py resolves to terms.

Every pattern is anchored at the start and runs on at most MAX_FRAME characters, and
each lazy group is followed by a literal: time linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Literal

from glossary import aspects
from glossary.aspects import Aspect
from glossary.compare_sides import after_story, before_story, plain_pair
from glossary.frame_shapes import (
    ASK,
    BACK_TO_PAIR,
    BETWEEN,
    COMPARE,
    COMPARE_LAST,
    COMPARE_TAIL,
    DIFF,
    LEAD,
    LIKENED,
    NEW,
    STATED,
    TAIL,
    TIMES,
)

MAX_FRAME = 300
FrameKind = Literal["compare", "compare_last", "compare_named", "new", "about_last", "about_named"]

#: What may follow a difference asked with no subject of its own: how to tell it ("difference in 1-2 lines?",
#: "explain the diff like i'm an engineer"), never a side ("the difference with X", "the difference between").
_REMARK = (r"(?:,? (?:in|like|for|as|please|pls|plz|plainly|simply|briefly|quickly|exactly|really|actually|again|"
           r"here|then|though|eli5|tl;?dr|without|minus)\b[^,;:?]{0,40})?")  # ", without the marketing"
#: After a comparison stated before it, a sentence that asks the difference with no subject of its own, however
#: said: "difference?", "explain the diff like i'm an engineer", "which one".
_UNSAID = re.compile(r"^(?:(?:so|and|but|ok) )?(?:" + ASK + r"(?:(?:what(?:'s| is|s)|whats) )?(?:the )?(?:\w+ )?"
                     + DIFF + _REMARK + r"|which (?:one|is which)(?: is which)?)$", re.I)
_BOTH = r"(?:them|the (?:two|three|3)|these|those|both|(?:these|those|all) (?:two|three|3))"
#: A bidding before an ask: "please tell me how they are different".
_BID = r"(?:(?:(?:can|could|would) (?:you|u) (?:please |pls )?|please |pls |kindly )?(?:tell me |explain |show me )?)"
#: "How do they differ?", "who does what" with the terms named earlier in the message: compare the terms it named.
_NAMED = re.compile(r"^(?:(?:so|and|but|ok) )?(?:how (?:do|does|are|is|would) (?:they|these|those|the two|both|them|"
                    r"these two|those two) (?:differ|different|compare|relate)|" + _BID + r"how (?:they|these|those|"
                    r"the two|both) (?:differ|are different|compare)|" + _BID
                    + r"(?:explain|describe|clarify) (?:the )?(?:\w+ )?" + DIFF + r" between " + _BOTH
                    + r"|(?:what(?:'s| is|s)|whats) (?:the )?"
                    r"(?:\w+ )?" + DIFF + r"(?: between " + _BOTH + r"(?: \w+)?)?|"
                    r"(?:the )?(?:\w+ )?" + DIFF + r" between " + _BOTH + r"|"
                    r"what (?:separates|distinguishes) them|what do (?:they|these|those|both)(?: each| both)? mean|"
                    r"(?:explain|define|describe) (?:both|them both|the two|each)|who does (?:which|what)|"
                    r"which (?:side|one) is (?:which|what)|"
                    r"(?:which|what) (?:one )?should (?:i|we) (?:use|pick|choose)|"
                    r"(?:do|does|are|is|were|would|will) (?:they|these|those|the two|both|these two|those two)"
                    r"(?: \w+){0,4}? (?:(?:the )?same|different|alike|interchangeable|similar)(?: \w+)?"
                    r"(?: or (?:\w+ )?(?:the same|different|not|similar))?)$", re.I)
#: Where an ask may start in a message typed or dictated with no punctuation: a question word after a word.
_RUN_ON = re.compile(r"(?<=\w )(?:how|what|whats|what's|do|does|are)\b", re.I)
#: A word one of which every run-on comparison ask holds: a cheap test before looking for one.
_DIFFERING = ("diff", "distinct", "compar", "relat", "same", "alike", "similar", "interchangeab", "separat")
_AND_ALSO = re.compile(r"^(?:and|also)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.?!])\s+|[,;:]\s+|(?<!\s)\s+(?=and\s+how\b)")  # "what's X and how is that ...": a clause
_FIRST_CLAUSE = re.compile(r"[,;]\s")
#: After the first clause, words that go on to name the sides themselves: not a new clause.
_OWN_PAIR = re.compile(r"^(?:between|in|as|like|of|for|with|to|from|though|than)\b|\bbetween\b", re.I)
_DASH = re.compile(r"\s+(?:[-\u2013\u2014]+>?|=>)\s+")  # a dash, or an arrow typed as one ("X / Y -> who does which")
_DASH_OPENS = re.compile(r"^\s*(?:[-\u2013\u2014]+>?|=>)?\s*")  # the dash that opens what follows, only
MAX_SENTENCES = 8
_OR = re.compile(r"^(?:(?:is it|should i (?:say|use)|which is it|which one) )?(?!(?:who|what|which) or )"
                 r"(?P<a>.+?),? or (?P<b>[^,]+?)\?$", re.I)  # not "who or what is an ISSO?": one question
_MORE = re.compile(r"\s*(?:,|\bvs\.?(?!\w)|\bversus\b)\s*", re.I)
_PAIR = re.compile(r"\s+(?:or|and|vs\.?|versus|&)\s+", re.I)
_SLASH = re.compile(r"\s*/\s*")  # "NAT/PAT": the pair's link only when no word links it ("canary or blue/green")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n")
MAX_PAIR_WORDS = 4
MAX_LISTED = 3  # items before a list's last "or"/"and" read as sides: "a SOW, a PWS or a SOO"
#: "C corporation: what's the difference", "revenue vs profit -> not the same number?"
_CLAUSE = re.compile(r"\s*[:;](?=\s)\s*|\s+(?:[-\u2013\u2014]+>?|=>)\s+|(?<=[.?!])\s+")
_LAST_OF_LIST = re.compile(r"\s+(?:and|or)\s+", re.I)
_DO_ASKED = re.compile(r"^(?:\S+ ){0,3}?(?:what|wat) (?:do|does|did)\b", re.I)  # "... what do X vs Y mean"
_SIDE_JUNK = re.compile(r"^(?:the |an? )|[\s?!.,;:'\"]+$|^[\s'\"]+", re.I)
_SIDE_TAIL = re.compile(r"\s+(?:in (?:practice|general|simple terms|plain english|our context)|exactly|really|"
                        r"actually|again|please|pls|mean|means|is|are|thing|things|stuff|"
                        r"(?:-\s*)?(?:what(?:'s| is|s)|whats) the (?:\w+ )?diff\w{0,7}|"
                        r"how (?:do|does|are|is) (?:they|these|those|the two|both) (?:differ|different|compare))$",
                        re.I)


@dataclass(frozen=True)
class Frame:
    """What the message does with its terms. `parts`: the text of each term asked about, in order."""
    kind: FrameKind
    parts: tuple[str, ...] = ()
    aspect: Aspect | None = None
    strict: bool = False  # "X or Y?": a comparison only when every side is exactly a term
    likened: bool = False  # "is X basically Y?": with Y no term, it asks what X is


def _bare(text: str) -> str:
    """The message without fillers around it: 'ok, who owns it?' -> 'who owns it'."""
    return TAIL.sub("", LEAD.sub("", text)).strip()


def _side(text: str, verb: bool = True) -> str:
    """A side bare; "mean" ends it only as the `verb` of "what do X vs Y mean" (not "arithmetic mean vs ...")."""
    for _ in range(3):
        tail = _SIDE_TAIL if verb or not text.lower().rstrip(" ?!.,;:'\"").endswith((" mean", " means")) else _SIDE_JUNK
        text = tail.sub("", _SIDE_JUNK.sub("", text.strip())).strip()
    return text


def _sides(a: str, b: str) -> tuple[str, ...]:
    """'A, B and C' either side: every term, in the order asked; no side crosses a colon ("settle this: X vs Y")."""
    parts: list[str] = []
    a = a.rsplit(": ", 1)[-1]
    for n, side in enumerate((a, _CLAUSE.split(b)[0])):  # "C corporation: what's the difference": b ends there
        pieces = _MORE.split(side)
        if len(pieces) > 1:  # "A, B and C": the list's last "and" separates too ("P&L" and "R and D" stay whole)
            pieces[-1:] = _LAST_OF_LIST.split(pieces[-1], maxsplit=1)
        parts.extend(_side(p, verb=n == 1 and _DO_ASKED.match(a) is not None) for p in pieces)
    return tuple(p for p in parts if p)


def parse(text: str) -> Frame | None:
    """The frame of a cleaned message, or None for a plain question (the common case). The whole message first;
    then, for comparisons only, each sentence or clause in it, so a greeting, a story before the question or a
    sign-off after it does not hide "what's the difference between"."""
    text = text[:MAX_FRAME].strip()
    mark = text.find("?")
    frame = _parse(text[:mark + 1] if 0 <= mark < len(text) - 1 else text)  # the question, not what follows
    if frame is not None and frame.strict and 0 <= mark < len(text) - 1 and asks_difference(text[mark + 1:]):
        return Frame(frame.kind, frame.parts, frame.aspect)  # "blue green or canary? what's the difference"
    if frame is not None and frame.kind == "new":  # "ok and Theory Y? how does it differ from X"
        cut = mark + 1 if 0 <= mark < len(text) - 1 else next((m.start() for m in _DASH.finditer(text)), -1)
        frame = cut > 0 and _named_then_compared(text[:cut], _DASH_OPENS.sub("", text[cut:])) or frame
    if frame is not None:
        return frame
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text)][:MAX_SENTENCES]
    for start in starts:
        end = text.find("?", start)
        sentence = text[start:end + 1 if end >= 0 else len(text)]
        if start and (frame := _compare(sentence) or _named_then_compared(text[:start], sentence)) is not None:
            return frame
        if start and (_asks_named(sentence) or _UNSAID.match(_bare(sentence)) and coordinated_pair(text[:start])):
            return Frame("compare_named", (text[:start],))  # "How do they differ, and which is cheaper?", "annuity
            # due and ordinary annuity. difference?"
    for dash in islice(_DASH.finditer(text), MAX_SENTENCES):  # "monolith or microservices — how do they differ?"
        after = _bare(text[dash.end():])
        if frame := _named_then_compared(text[:dash.start()], after):
            return frame  # "what about mode — how is it different from the median?"
        if _asks_named(after) or (BACK_TO_PAIR.match(after) or _compare(after)) and coordinated_pair(
                text[:dash.start()]):  # "AES and DES — is DES just the older AES or totally different"
            return Frame("compare_named", (text[:dash.end()],))
    # "... a secured loan or an unsecured loan how are those different": an ask run on with no mark before it
    low = text.lower()
    for ask in islice(_RUN_ON.finditer(text) if any(w in low for w in _DIFFERING) else (), MAX_SENTENCES):
        if _NAMED.match(_bare(text[ask.start():])) and _bare(text[:ask.start()]):  # not "seriously what's the diff"
            return Frame("compare_named", (text[:ask.start()],))
        if frame := _compare_shapes(TAIL.sub("", text[ask.start():]).strip(), BETWEEN):
            return frame  # "... so what's the difference between X and Y"
    return None


def then_compared(frame: Frame | None, message: str) -> Frame | None:
    """A new term asked ("and mode?"), then compared in the sentence after it ("how is that different from
    median"): the comparison of the whole message."""
    if frame is None or frame.kind != "new" or (whole := parse(message)) is None or whole.kind != "compare":
        return frame
    return whole


def _named_then_compared(before: str, after: str) -> Frame | None:
    """A term named alone ("mode", "and Theory Y?", "what about mode"), then a clause asking how "it" differs
    from another ("how is it different from the median?"): the two compared, as after an answer."""
    match = COMPARE_LAST.match(_bare(after))
    if match is None or not aspects.refers_back(match.string[:match.start("y")]) \
            or not _DIFFERS.search(match.string[:match.start("y")]):
        return None  # not "STTR — is that like SBIR? what is it": a likeness asks what it is
    head = _bare(before)
    named = NEW.match(head)
    x, y = _side(named.group("x") if named else head), _side(match.group("y"))
    words = x.lower().split()
    return Frame("compare", (x, y)) if y and 0 < len(words) <= MAX_PAIR_WORDS and _ASKING.isdisjoint(words) else None


_ASKING = frozenset("what whats what's is are does do how why who which".split())  # "what is the mode? how is it ..."
_DIFFERS = re.compile(r"differ|compar", re.I)  # "different", "difference", "compare"


def asked_outright(frame: Frame | None, message: str) -> Frame | None:
    """A strict "X or Y?" asked outright after ("blue green or canary? what's the difference"): sides may be short."""
    if frame is None or not frame.strict or (whole := parse(message)) is None or whole.parts != frame.parts:
        return frame
    return whole


def _asks_named(sentence: str) -> bool:
    """The sentence, or its first clause, asks how the terms named before differ: "how do they differ, and
    which is cheaper?", "whats the diff, need to pick one"."""
    first_clause, *rest = _FIRST_CLAUSE.split(sentence, 1)
    names_own = bool(rest) and _OWN_PAIR.search(rest[0]) is not None  # ", in simple terms, between X and Y"
    return _NAMED.match(_bare(sentence)) is not None or not names_own and _NAMED.match(_bare(first_clause)) is not None


def coordinated_pair(text: str) -> tuple[str, ...] | None:
    """The two phrases joined by "or", "and", "vs" or "/" at the end of a text, each of a few words:
    "monolith or microservices — " before "how do they differ?"; a list's items too ("a SOW, a PWS or a SOO")."""
    last = _CLAUSE.split(_SENTENCE_END.split(text.strip(" \t-\u2013\u2014"))[-1])[-1].strip()
    pieces = _PAIR.split(last)
    pieces = _SLASH.split(last) if len(pieces) == 1 else pieces
    listed = [item for item in (LEAD.sub("", x).strip() for x in pieces[0].rstrip(" ,").split(",")) if item] \
        if len(pieces) == 2 else []  # "a SOW, a PWS, or a SOO"; not the "ok, so," before a pair
    if 2 <= len(listed) <= MAX_LISTED and all(len(item.split()) <= MAX_PAIR_WORDS for item in listed):
        pieces = [*listed, before_story(pieces[1], MAX_PAIR_WORDS)]  # "a SOW, a PWS or a SOO"
    elif len(pieces) == 2:  # "They'll argue about stateful vs stateless apps", "X or Y for the stadium work —"
        pieces = [after_story(pieces[0]), before_story(pieces[1], MAX_PAIR_WORDS)]
    if len(pieces) < 2 or len(pieces) == 2 < len(listed) or not all(0 < len(p.split()) <= MAX_PAIR_WORDS
                                                                     for p in pieces):
        return None
    sides = tuple(_side(p) for p in pieces)
    return sides if all(sides) else None


def asks_difference(text: str) -> bool:
    """"What's the (practical) difference?", "how do they differ?", "contract legalese. difference?": the last
    sentence asks to compare what came before, whatever remarks stand between."""
    last = _bare(next((part for part in reversed(_CLAUSE.split(text.strip())) if part.strip()), ""))
    return _NAMED.match(last) is not None or _UNSAID.match(last) is not None


def _compare(text: str) -> Frame | None:
    return _compare_shapes(LEAD.sub("", TAIL.sub("", COMPARE_TAIL.sub("", text)).strip()))


def _compare_shapes(lead_free: str, shapes: Sequence[re.Pattern[str]] = ()) -> Frame | None:
    """'X vs Y', 'difference between X and Y'...: the first shape that names two sides (of `shapes`, or all)."""
    for pattern in shapes or COMPARE:
        match = pattern.match(lead_free)
        if match and (pattern is not TIMES or plain_pair(match.group("a"), match.group("b"))):
            parts = _sides(match.group("a"), match.group("b"))
            if len(parts) >= 2:
                return Frame("compare", parts, likened=pattern is LIKENED, strict=pattern is TIMES)
    return None


def _parse(text: str) -> Frame | None:
    bare = _bare(text)
    if aspects.asks_other(bare):
        return Frame("about_last", aspect="other")
    for aspect, pattern in aspects.ABOUT_LAST:
        if pattern.match(bare) and aspects.refers_back(bare):
            return Frame("about_last", aspect=aspect)
    body = TAIL.sub("", text).strip()
    lead_free = LEAD.sub("", body) if not _AND_ALSO.match(body) else body
    match = COMPARE_LAST.match(lead_free) or (lead_free != body and COMPARE_LAST.match(body) or None)
    if match and aspects.refers_back(match.string[:match.start("y")]):
        return Frame("compare_last", (_side(match.group("y")),))
    if stated := STATED.match(LEAD.sub("", text.strip())):  # "opex is the same as capex?": "is opex the same ..."
        b = stated.group("b")
        lead_free = f"isn't {stated.group('a')} {b[4:]}" if b[:4].lower() == "not " else f"is {stated.group('a')} {b}"
    compared = _compare_shapes(COMPARE_TAIL.sub("", LEAD.sub("", lead_free)))  # "and how does X differ from Y"
    if compared is not None:
        return compared
    match = _OR.match(LEAD.sub("", text[:MAX_FRAME].strip()))
    if match and len(match.group("a").split()) <= 4 and len(match.group("b").split()) <= 4:
        return Frame("compare", _sides(match.group("a"), match.group("b")), strict=True)
    named = aspects.named(bare)
    if named is not None:
        return Frame("about_named", (named[1],), aspect=named[0])  # type: ignore[arg-type]
    match = NEW.match(body) or (lead_free != body and NEW.match(lead_free) or None)
    if match and _side(match.group("x")):
        return Frame("new", (_side(match.group("x")),))
    return None


def still_asked(part: str, message: str) -> str:
    """The rest of a follow-up ("and X?") read with the question mark the message ends on, when it is a
    sentence of its own: "and SaaS — I think our scheduling tool is SaaS?" still asks."""
    return f"{part}?" if message.rstrip().endswith("?") and not part.endswith("?") and " " in part else part
