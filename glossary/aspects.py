"""Questions about one side of a term, naming it or not: its owner, an example, a simpler wording.

"who owns SLA", "another example of MRR", "simpler please: EBITDA" name the term; "who owns it?"
refers back to the last answer (glossary/frames.py). "and the other one?" after a term with
several meanings asks for the senses not shown. A pronoun refers back only as a pronoun is
written: "IT" in capitals, in a message that is not shouted, is a term (the IT department).

Every pattern is anchored at both ends; the one free group is followed by the end or a fixed
literal: time linear in the text.
"""

from __future__ import annotations

import re
from typing import Literal

Aspect = Literal["example", "examples", "simpler", "owner", "related", "definition", "other"]

_PRONOUN = re.compile(r"\b(?:it|this|that|these|those|they|them)\b", re.I)
_OWNER = (r"(?:who (?:owns|maintains|wrote|defined|curates|is responsible for|is in charge of|looks after)|"
          r"who(?:'s| is) (?:the )?(?:owner|contact|person responsible|one responsible) (?:of|for)|"
          r"(?:the )?owner (?:of|for)|who (?:do|should) i (?:ask|talk to|contact) about)")
_POLITE = r"(?:(?:can|could|would) (?:you|u|someone) (?:please |pls )?|please |pls )?"
_GIVE = r"(?:(?:give|show|send|share|tell|got|have|need) (?:me |us )?)?"
_MORE = r"(?:another|one more|more|a different|a second|other|any other|some other|a new|new)"
_EXAMPLE = r"(?:examples?|use cases?|e\.?g\.?|instances?)"
_SIMPLER = (r"(?:simpler|more simply|simply|in simpler (?:terms|words)|in simple (?:terms|words)|simplify|"
            r"eli5|like i'?m (?:5|five)|in plain (?:english|words|language)|dumb(?:ed)? down|less technical|"
            r"in layman'?s terms|for (?:a )?(?:dummies|beginners|non-?techies)|in short|in brief|tl;?dr)")
#: Asking to be told simply asks what the term is: "zero trust architecture in plain english please. corporate is
#: rolling it out to the field offices" (fixed phrases, no nesting: linear).
TOLD_SIMPLY = re.compile(r"\b(?:in (?:plain|simple|simpler|layman'?s|laymans|everyday|normal) (?:english|terms|words|"
                         r"language)|eli5|like i'?m (?:5|five)|for (?:a )?(?:dummies|beginners|non-?techies)|"
                         r"dumb(?:ed)? (?:it )?down)\b", re.I)
_SIMPLER_VERB = r"(?:(?:explain|say|put|describe|define|what(?:'s| is| are)|whats)\s+)"
_RELATED = (r"(?:(?:what(?:'s| is| else is)|anything|any terms?|terms?|words?|things?) )?(?:related|similar|"
            r"connected|linked) (?:to|with)")
_X = r"(?:(?:the|an?|our) )?(?:(?:term|word|acronym) )?(?P<x>.+?)"
_END = r"[\s?!.,;:]*$"
_ASKS = r"(?:what|whats|how|why|who|which|where|when|is|are|can|could|do|does|any|got|give|need)\b"

NAMED: list[tuple[str, re.Pattern[str]]] = [
    ("owner", re.compile(rf"^{_OWNER} {_X}{_END}", re.I)),
    ("example", re.compile(rf"^{_POLITE}{_GIVE}{_MORE} ?{_EXAMPLE} (?:of|for|with|about) {_X}{_END}", re.I)),
    ("examples", re.compile(rf"^{_POLITE}{_GIVE}(?:(?:an?|any|some) )?{_EXAMPLE} (?:of|for|with|about) {_X}{_END}",
                            re.I)),
    ("example", re.compile(rf"^{_X},? {_MORE} {_EXAMPLE}(?: please| pls)?{_END}", re.I)),
    ("example", re.compile(rf"^(?!{_ASKS})(?=[^()]+$){_X}\s*[,:-]?\s*(?:an? )?(?:examples?|use cases?)(?: please| pls)?"
                           rf"{_END}", re.I)),  # "noncash expenses example?", not "what is a good example?" nor
    # "platform as a service (PaaS) example" (the spans keep the bracket's name whole)
    ("simpler", re.compile(rf"^{_POLITE}{_SIMPLER_VERB}?{_SIMPLER}(?: please| pls)?\s*[:,-]?\s*{_X}{_END}", re.I)),
    ("simpler", re.compile(rf"^{_POLITE}{_SIMPLER_VERB}?{_X}\s*[:,-]?\s*{_SIMPLER}(?: please| pls)?{_END}",
                           re.I)),
    ("related", re.compile(rf"^{_RELATED} {_X}{_END}", re.I)),
]
OTHER = re.compile(
    r"^(?:(?:(?:and|but|ok|okay|so|what about|how about|what's|what is|whats|show me) )*(?:the )?"
    r"(?:other|second|2nd|next) (?:one|ones|meaning|meanings|sense|senses|definition|definitions)"
    r"(?: (?:of (?:it|that|this)|then|please|pls))?|what else (?:can|could|does|might) (?:it|that|this) mean|"
    r"(?:are there |any )(?:other|more) (?:meanings?|senses?|definitions?)|"
    r"does (?:it|that) (?:have|mean) (?:any ?thing|some ?thing) else)[\s?!.]*$", re.I)


def refers_back(text: str) -> bool:
    """Whether every pronoun in `text` is written as a pronoun: lower case, or capitalised at a sentence
    start. "IT" in capitals names the IT department, unless the whole message is shouted."""
    if not any(c.islower() for c in text):
        return True
    for match in _PRONOUN.finditer(text):
        word = match.group()
        if len(word) > 1 and word.isupper():
            return False
        if word[0].isupper() and match.start() > 0 and text[:match.start()].rstrip()[-1:] not in ".?!:":
            return False
    return True


#: A word every NAMED pattern needs (a superset test, one linear scan): most messages ask no aspect.
_ASPECT_WORD = re.compile(r"who|owner|example|use case|\be\.?g\b|instance|simpl|eli5|like i'?m|plain|dumb|"
                          r"less technical|layman|dummies|beginners|techies|in short|in brief|tl;?dr|related|similar|"
                          r"connected|linked", re.I)

#: Plain strings one of which every _ASPECT_WORD match holds, lower-cased: a cheaper first test (ASCII only,
#: where ignoring case is lower-casing).
_HINTS = ("who", "owner", "example", "use case", "eg", "e.g", "instance", "simpl", "eli5", "like i", "plain", "dumb",
          "less technical", "layman", "dummies", "beginners", "techies", "in short", "in brief", "tldr", "tl;dr",
          "related", "similar", "connected", "linked")


def named(text: str) -> tuple[str, str] | None:
    """(aspect, the text naming the term) when the message asks one side of a named term."""
    low = text.lower()
    if text.isascii() and not any(hint in low for hint in _HINTS) or not _ASPECT_WORD.search(text):
        return None
    for aspect, pattern in NAMED:
        match = pattern.match(text)
        subject = match.group("x").strip() if match else ""
        if subject and not (_PRONOUN.fullmatch(subject) and not (subject.isupper() and len(subject) > 1)):
            return aspect, subject
    return None


def asks_other(text: str) -> bool:
    """"and the other one?", "the other meaning?", "what else can it mean": the senses not shown."""
    return bool(OTHER.match(text.strip()))


#: A follow-up about the last term answered, by what it asks: "another example", "simpler please", "who owns it?".
ABOUT_LAST: list[tuple[Aspect, re.Pattern[str]]] = [
    ("example", re.compile(r"^(?:(?:can|could) (?:you|u) )?(?:(?:give|show|send) (?:me |us )?)?(?:another|one more|"
                           r"more|a different|other|an?|any|some)? ?(?:examples?|e\.?g\.?|use cases?|for instance)"
                           r"(?: (?:of|for) (?:it|that|this|them))?$", re.I)),
    ("simpler", re.compile(r"^(?:(?:can|could) (?:you|u) )?(?:(?:say|explain|put|make|describe) (?:it|that|this) )?"
                           r"(?:simpler|more simply|in simpler (?:terms|words)|simplify(?: (?:it|that|this))?|"
                           r"eli5(?: (?:it|that|this))?|like i'?m (?:5|five)|in plain (?:english|words|language)|"
                           r"dumb (?:it|that) down|less (?:technical|jargon)|shorter|tl;?dr|in layman'?s terms)$",
                           re.I)),
    ("owner", re.compile(r"^(?:who (?:owns|maintains|wrote|defined|curates) (?:it|that|this|the term|this one)|"
                         r"who(?:'s| is) (?:the )?(?:owner|responsible|in charge)(?: (?:of|for) (?:it|that|this))?|"
                         r"(?:the )?owner|who do i (?:ask|talk to)(?: about (?:it|that|this))?)$", re.I)),
    ("related", re.compile(r"^(?:related|related terms?|what(?:'s| is| else is) related(?: to (?:it|that|this))?|"
                           r"anything (?:else )?related|see also|similar terms?|what else|any related terms?)$",
                           re.I)),
    ("definition", re.compile(r"^(?:what (?:does|did) (?:it|that|this) (?:mean|stand for)|what(?:'s| is| was) "
                              r"(?:it|that|this)(?: again)?|(?:say|explain) (?:it|that) again|again|come again)$",
                              re.I)),
]
