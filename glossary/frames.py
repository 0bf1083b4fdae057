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

MAX_FRAME = 300
FrameKind = Literal["compare", "compare_last", "compare_named", "new", "about_last", "about_named"]

_LEAD = re.compile(r"^(?:(?:ok(?:ay)?|k|thanks|thank you|thx|ty|cool|great|nice|got it|perfect|hmm+|ah+|oh|right|"
                   r"sure|alright|yes|yeah|so|also|but|and|please|pls|hey|hi|hello|hiya|greetings|seriously|honestly|"
                   r"actually|anyway|well|sorry|lol|haha|"
                  r"good (?:morning|afternoon|evening|day)|(?:dear|respected) (?:sir|madam|ma'?am|all|team|colleagues?)"
                  r")\b(?!-\w)[\s,.!:;-]*)+", re.I)  # "Respected Sir, kindly explain X vs Y": a greeting, no side
_TAIL = re.compile(r"(?<![\s,])(?:[\s,]+(?:please|pls|plz|thanks|thx|then|too|again|as well|now))*[\s?!.,;:]*$", re.I)
#: After a comparison, how the asker wants it told: "containers vs vms eli5", "monolith vs microservices tldr".
_COMPARE_TAIL = re.compile(r"(?<![\s,])(?:[\s,]+(?:eli5|tl;?dr|briefly|quickly|exactly|anyway|lol|in short|in brief|"
                           r"in a nutshell|in simple terms|in plain english|"
                           r"or (?:the )?same(?: thing)?|or not|or no))+(?=[\s?!.,;:]*$)", re.I)  # "... or same thing"
_ART = r"(?:(?:an?|the|this|that|our|your) )?(?:(?:term|word|acronym|abbreviation|phrase|concept) )?"

_COMPARE_LAST = re.compile(
    r"^(?:how (?:is|'s|does|do|are) (?:that|this|it|they) (?:different|differ|compare|relate|similar)|"
    r"how (?:is|'s) (?:that|this|it) (?:not )?(?:the )?same (?:as|like)|what(?:'s| is) the difference (?:with|from|to)|"
    r"is (?:that|this|it) (?:(?:the )?same (?:[a-z]+ )?(?:as|like)|different (?:from|to|than)|like|similar to)|"
    r"(?:and )?(?:compared?|in comparison) (?:to|with)|difference (?:with|from|to)|(?:and|but) vs\.?|vs\.?|versus)"
    r"(?: (?:from|to|than|with|and))? (?P<y>.+)$", re.I)
_NEW = re.compile(r"^(?:and (?:what|how) about|what about|how about|and|"
                  r"(?:now )?(?:the )?same (?:q |question |thing |one |deal )?(?:but )?(?:for|with|about)|now|next|"
                  r"what of|then what about|ok(?:ay)? and|also|and also) (?P<x>.+)$", re.I)
#: Asking to have a comparison explained: "could you explain", "eli5", "please tell me" before it.
_ASK = (r"(?:(?:(?:can|could|would) (?:you|u|someone|somebody) (?:please |pls )?|please |pls |kindly )?"
        r"(?:explain|tell me|tell us|describe|clarify|eli5|help me understand|i don'?t (?:know|get|understand)|"
        r"i'?m (?:confused|not sure) (?:about|on))(?: to me| for me| me| us)?[:,]? )?")  # "explain me the difference"
_DIFF = r"(?:diff\w{0,7}|distinction)"  # "difference", "diff", and their typos ("differnce", "diffrence")
#: After two terms named together, a clause that picks one of them: "blue green or canary — which is the one...".
_BACK_TO_PAIR = re.compile(r"^(?:which|what) (?:one|is the one|of (?:them|the two|these|those)|is which)\b", re.I)
#: "is X like Y or totally different": a likeness asked together with its opposite compares both.
_SAME_OR_NOT = re.compile(r"^(?:is|are) " + _ART + r"(?P<a>.+?) (?:like|just|basically|(?:the )?same (?:as|like)|"
                          r"similar to) " + _ART
                          + r"(?P<b>.+?),? or (?:is it |are they )?(?:\w+ )?(?:different|not|something else)$", re.I)
#: A likeness asked in a statement's word order: "opex is the same as capex?", "EV is different of market cap?"
_STATED = re.compile(r"^(?:(?:so|but) )?(?P<a>(?!(?:the|our|my|your|this|that|it) )[^,?\d]+?) (?:is|are) "
                     r"(?P<b>(?:not )?"
                     r"(?:(?:the )?same (?:[a-z]+ )?(?:as|like)|different (?:from|to|than|of)|similar to) "
                     r"(?!(?:on|in|at|for|with|from|last|this|our|my|the) )[^?\d]+?)"  # not "as on the PO?", "SKU 12"
                     r"(?:,? right)?\?$", re.I)
_LIKENED = re.compile(r"^(?:(?:so|but) )?(?:is|are|isn'?t|aren'?t) " + _ART + r"(?P<a>.+?) "
                      r"(?:(?:the )?same (?:[a-z]+ )?(?:as|like)|"
                      r"different (?:from|to|than|of)|similar to|(?:the )?opposites? (?:of|to)|just|basically|"
                      r"another word for|a kind of|a type of|part of) " + _ART + r"(?P<b>.+)$", re.I)
#: "does BAFO mean the same thing as final proposal revision?": one meaning for two names, asked.
_MEANS_SAME = re.compile(r"^(?:(?:so|but) )?(?:does|do|doesn'?t|don'?t) " + _ART + r"(?P<a>.+?) (?:mean|stand for) "
                         r"(?:the )?same(?: thing)? (?:as|like) " + _ART + r"(?P<b>.+)$", re.I)
#: The difference asked in so many words: also read where an ask runs on with no mark before it.
_BETWEEN = (re.compile(r"^" + _ASK + r"(?:(?:what|which|wtf|wth)(?:'s| is| are|s)? |whats |"
                       r"(?:is|are) there (?:an?y?|some) )?(?:the )?"
                       r"(?:main |real |key |big )?" + _DIFF + r" (?:between|betwen|btwn|b/w|btw|of|among) (?P<a>.+?) "
                       r"(?:and|&|vs\.?|or|n|with) (?P<b>.+)$", re.I),)
_COMPARE = [
    _SAME_OR_NOT,
    *_BETWEEN,
    _LIKENED,
    _MEANS_SAME,
    re.compile(r"^" + _ASK + r"how (?:(?:is|are|does|do) )?" + _ART + r"(?P<a>.+?) (?:(?:is|are) )?(?:differ(?:s|ent)?|"
               r"compares?|relates?) (?:from|to|than|with|against) " + _ART + r"(?P<b>.+)$", re.I),
    re.compile(r"^" + _ASK + r"how (?:do|does|are|is) " + _ART + r"(?P<a>.+?) (?:and|&) " + _ART + r"(?P<b>.+?) "
               r"(?:differ|compare|different|relate)$", re.I),
    re.compile(r"^" + _ASK + r"(?:what|which) (?:separates|distinguishes|differentiates|sets apart) " + _ART
               + r"(?P<a>.+?) (?:from|and) " + _ART + r"(?P<b>.+)$", re.I),
    re.compile(r"^" + _ASK + r"(?:(?:compare|contrast) )?(?P<a>.+?) (?:vs\.?|versus|v\.?|v/s|compared (?:to|with)|"
               r"and how it differs from) (?P<b>.+)$", re.I),
    re.compile(r"^(?:compare|contrast) (?P<a>.+?) (?:and|with|to) (?P<b>.+)$", re.I),
    _TIMES := re.compile(r"^(?P<a>[^\d\s][^,;:?=]*?) x (?!(?:or|and|vs|versus)\b)"  # "Theory X or Theory Y"
                         r"(?P<b>[^\d\s=][^=]*)$", re.I),  # "debit x credit"; no formula
]
#: What may follow a difference asked with no subject of its own: how to tell it ("difference in 1-2 lines?",
#: "explain the diff like i'm an engineer"), never a side ("the difference with X", "the difference between").
_REMARK = (r"(?:,? (?:in|like|for|as|please|pls|plz|plainly|simply|briefly|quickly|exactly|really|actually|again|"
           r"here|then|though|eli5|tl;?dr|without|minus)\b[^,;:?]{0,40})?")  # ", without the marketing"
#: After a comparison stated before it, a sentence that asks the difference with no subject of its own, however
#: said: "difference?", "explain the diff like i'm an engineer", "which one".
_UNSAID = re.compile(r"^(?:(?:so|and|but|ok) )?(?:" + _ASK + r"(?:(?:what(?:'s| is|s)|whats) )?(?:the )?(?:\w+ )?"
                     + _DIFF + _REMARK + r"|which (?:one|is which)(?: is which)?)$", re.I)
_BOTH = r"(?:them|the two|these|those|both|these two|those two)"
#: "How do they differ?", "who does what" with the terms named earlier in the message: compare the terms it named.
_NAMED = re.compile(r"^(?:(?:so|and|but|ok) )?(?:how (?:do|does|are|is|would) (?:they|these|those|the two|both|them|"
                    r"these two|those two) (?:differ|different|compare|relate)|(?:(?:can|could|would) (?:you|u) "
                    r"(?:please |pls )?|please |pls |kindly )?(?:explain|describe|clarify) (?:the )?(?:\w+ )?" + _DIFF
                    + r" between " + _BOTH + r"|(?:what(?:'s| is|s)|whats) (?:the )?"
                    r"(?:\w+ )?" + _DIFF + r"(?: between " + _BOTH + r"(?: \w+)?)?|"
                    r"what (?:separates|distinguishes) them|what do (?:they|these|those|both)(?: each| both)? mean|"
                    r"(?:explain|define|describe) (?:both|them both|the two|each)|who does (?:which|what)|"
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
MAX_SENTENCES = 8
_OR = re.compile(r"^(?:(?:is it|should i (?:say|use)|which is it|which one) )?(?P<a>.+?),? or (?P<b>[^,]+?)\?$", re.I)
_MORE = re.compile(r"\s*(?:,|\bvs\.?(?!\w)|\bversus\b)\s*", re.I)
_PAIR = re.compile(r"\s+(?:or|and|vs\.?|versus|&)\s+", re.I)
_SLASH = re.compile(r"\s*/\s*")  # "NAT/PAT": the pair's link only when no word links it ("canary or blue/green")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n")
MAX_PAIR_WORDS = 4
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
    return _TAIL.sub("", _LEAD.sub("", text)).strip()


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
    if frame is not None:
        return frame
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text)][:MAX_SENTENCES]
    for start in starts:
        end = text.find("?", start)
        sentence = text[start:end + 1 if end >= 0 else len(text)]
        if start and (frame := _compare(sentence)) is not None:
            return frame
        if start and _asks_named(sentence):
            return Frame("compare_named", (text[:start],))  # "How do they differ, and which is cheaper?"
    for dash in islice(_DASH.finditer(text), MAX_SENTENCES):  # "monolith or microservices — how do they differ?"
        after = _bare(text[dash.end():])
        if _asks_named(after) or (_BACK_TO_PAIR.match(after) or _compare(after)) and coordinated_pair(
                text[:dash.start()]):  # "AES and DES — is DES just the older AES or totally different"
            return Frame("compare_named", (text[:dash.end()],))
    # "... a secured loan or an unsecured loan how are those different": an ask run on with no mark before it
    low = text.lower()
    for ask in islice(_RUN_ON.finditer(text) if any(w in low for w in _DIFFERING) else (), MAX_SENTENCES):
        if _NAMED.match(_bare(text[ask.start():])) and _bare(text[:ask.start()]):  # not "seriously what's the diff"
            return Frame("compare_named", (text[:ask.start()],))
        if frame := _compare_shapes(_TAIL.sub("", text[ask.start():]).strip(), _BETWEEN):
            return frame  # "... so what's the difference between X and Y"
    return None


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


def coordinated_pair(text: str) -> tuple[str, str] | None:
    """The two phrases joined by "or", "and", "vs" or "/" at the end of a text, each of a few words:
    "monolith or microservices — " before "how do they differ?"."""
    last = _CLAUSE.split(_SENTENCE_END.split(text.strip(" \t-\u2013\u2014"))[-1])[-1].strip()
    pieces = _PAIR.split(last)
    pieces = _SLASH.split(last) if len(pieces) == 1 else pieces
    if len(pieces) == 2:  # "They'll argue about stateful vs stateless apps", "X or Y for the stadium work —"
        pieces = [after_story(pieces[0]), before_story(pieces[1], MAX_PAIR_WORDS)]
    if len(pieces) != 2 or not all(0 < len(p.split()) <= MAX_PAIR_WORDS for p in pieces):
        return None
    a, b = (_side(p) for p in pieces)
    return (a, b) if a and b else None


def asks_difference(text: str) -> bool:
    """"What's the (practical) difference?", "how do they differ?", "contract legalese. difference?": the last
    sentence asks to compare what came before, whatever remarks stand between."""
    last = _bare(next((part for part in reversed(_CLAUSE.split(text.strip())) if part.strip()), ""))
    return _NAMED.match(last) is not None or _UNSAID.match(last) is not None


def _compare(text: str) -> Frame | None:
    return _compare_shapes(_LEAD.sub("", _TAIL.sub("", _COMPARE_TAIL.sub("", text)).strip()))


def _compare_shapes(lead_free: str, shapes: Sequence[re.Pattern[str]] = ()) -> Frame | None:
    """'X vs Y', 'difference between X and Y'...: the first shape that names two sides (of `shapes`, or all)."""
    for pattern in shapes or _COMPARE:
        match = pattern.match(lead_free)
        if match and (pattern is not _TIMES or plain_pair(match.group("a"), match.group("b"))):
            parts = _sides(match.group("a"), match.group("b"))
            if len(parts) >= 2:
                return Frame("compare", parts, likened=pattern is _LIKENED, strict=pattern is _TIMES)
    return None


def _parse(text: str) -> Frame | None:
    bare = _bare(text)
    if aspects.asks_other(bare):
        return Frame("about_last", aspect="other")
    for aspect, pattern in aspects.ABOUT_LAST:
        if pattern.match(bare) and aspects.refers_back(bare):
            return Frame("about_last", aspect=aspect)
    body = _TAIL.sub("", text).strip()
    lead_free = _LEAD.sub("", body) if not _AND_ALSO.match(body) else body
    match = _COMPARE_LAST.match(lead_free) or (lead_free != body and _COMPARE_LAST.match(body) or None)
    if match and aspects.refers_back(match.string[:match.start("y")]):
        return Frame("compare_last", (_side(match.group("y")),))
    if stated := _STATED.match(_LEAD.sub("", text.strip())):  # "opex is the same as capex?": "is opex the same ..."
        b = stated.group("b")
        lead_free = f"isn't {stated.group('a')} {b[4:]}" if b[:4].lower() == "not " else f"is {stated.group('a')} {b}"
    compared = _compare_shapes(_COMPARE_TAIL.sub("", _LEAD.sub("", lead_free)))  # "and how does X differ from Y"
    if compared is not None:
        return compared
    match = _OR.match(_LEAD.sub("", text[:MAX_FRAME].strip()))
    if match and len(match.group("a").split()) <= 4 and len(match.group("b").split()) <= 4:
        return Frame("compare", _sides(match.group("a"), match.group("b")), strict=True)
    named = aspects.named(bare)
    if named is not None:
        return Frame("about_named", (named[1],), aspect=named[0])  # type: ignore[arg-type]
    match = _NEW.match(body) or (lead_free != body and _NEW.match(lead_free) or None)
    if match and _side(match.group("x")):
        return Frame("new", (_side(match.group("x")),))
    return None


def still_asked(part: str, message: str) -> str:
    """The rest of a follow-up ("and X?") read with the question mark the message ends on, when it is a
    sentence of its own: "and SaaS — I think our scheduling tool is SaaS?" still asks."""
    return f"{part}?" if message.rstrip().endswith("?") and not part.endswith("?") and " " in part else part
