"""A side of a comparison typed short: "sharpe vs treynor", "agile vs waterfall", "monolith vs microservices".

Alone, "waterfall" only earns "did you mean waterfall development?". As a side of "X vs Y" it is known
to name a term, so a suggestion stands for the side when the side could only be that name written
short: every word typed is a word of one of its names, or the start of one ("monolith" for monolithic
apps), or the side is a name's initials in lower case ("sre" for site reliability engineering), and
only one concept fits. A typed word in none of the names never fits: "letter of intent" is no letter
of credit, "DAST" no SAST, so a comparison with one side unknown stays one-sided.
"""

from __future__ import annotations

import re

from glossary import common_words, normalize
from glossary.cue_words import COURTESY, FUNCTION
from glossary.models import Match, Term

ARTICLES = frozenset({"a", "an", "the", "our", "your", "their", "this", "that", "these", "those"})
EVERYDAY = 5_000  # a side that is one word this common is that word, not a longer name it begins
MIN_PREFIX = 5  # "monolith" starts "monolithic"; a shorter start ("mono") is too loose
MAX_SIDE_WORDS = 4
_ONE = re.compile(r"\s+ones?$", re.I)  # "a tightly coupled one": the head word is the other side's
#: Where a side's own words end and the story about it begins: "T&M contract for the website rebuild",
#: "waterfall in 2 sentences", "mean vs median order value which should we report".
#: Chat words end a side as well: "container idk which to use", "waterfall ngl our studio", "microservices tl;dr".
_STORY_WORD = re.compile(r"\s(?:for|in|on|at|with|when|if|because|since|so|but|which|who|that|from|to|into|"
                         r"before|after|during|while|than|as|where|why|how|tl;?dr|diff|difference|differences|"
                         + "|".join(sorted(COURTESY)) + r")(?=\s|$)", re.I)
MAX_CUTS = 3
_SENTENCE_END = re.compile(r"[.!?]+\s+")


def without_one(part: str) -> str:
    """The side without a trailing "one" that stands for the other side's head word."""
    return _ONE.sub("", part)


def shorter_sides(part: str, *, likened: bool = False) -> list[str]:
    """The side without the story that follows its name, longest first: "request for proposal for the
    website" gives "request for proposal", then "request". Not when a term is likened to it: "are junk bonds
    just bonds that are low rated?" describes junk bonds, it compares nothing."""
    if likened:
        return []
    cuts = [m.start() for m in _STORY_WORD.finditer(part)]
    return [part[:at].strip() for at in reversed(cuts[:MAX_CUTS]) if part[:at].strip()]  # the name opens the side


def before_story(part: str, most: int) -> str:
    """A last side longer than `most` words less the story after its name ("cost-plus-fixed-fee for the stadium
    work"); a side that fits is left whole, since story words join names too ("return on investment")."""
    if len(part.split()) <= most or (told := split_story(part)) is None:
        return part
    return told[0]


def split_story(part: str) -> tuple[str, str] | None:
    """A later side's own words and the story after them: "credit which one is which like in the t account"
    gives ("credit", "one is which like in the t account"); None when no story follows words of its own."""
    cut = _STORY_WORD.search(part)
    lead = part[:cut.start()].strip() if cut else ""
    return (lead, part[cut.end():].strip()) if cut and lead else None


#: Words that tie a side to one thing: "revenue x costs for store 12", "PHI x PII for the march breach".
_OWNING = frozenset("for in on at from by per this that our my your their".split())  # "of" joins names: line of credit
_CLAUSE_MARK = re.compile(r"\s*(?:[.,;:?!\u2014\u2013]|\s-\s)")
MAX_PAIR_SIDE = 4  # words of a name on either side of an "x"


def plain_pair(a: str, b: str) -> bool:
    """Are both sides of "A x B" names alone, up to the clause's end ("debit x credit — which is left?"), with no
    number and nothing tying them to one thing ("margin x revenue for store 9?" asks for figures)?"""
    sides = (a.split(), _CLAUSE_MARK.split(b, maxsplit=1)[0].split())
    return all(0 < len(words) <= MAX_PAIR_SIDE and not any(w.lower() in _OWNING or _figure(w) for w in words)
               for words in sides)


def _figure(word: str) -> bool:
    """A number, not a name with a digit in it ("store 12", "$40k", "9%"; not "POP3", "M1", "EXT4")."""
    return any(c.isdigit() for c in word) and not any(c.isalpha() for c in word.lower().rstrip("km"))


def after_story(part: str) -> str:
    """The words after the last function word ("They'll argue about stateful" gives "stateful"): where a
    name ends a story; the whole part when it has no function word, "" when one ends it."""
    words = part.split()
    start = max((n + 1 for n, w in enumerate(words) if w.lower().strip(",.'") in FUNCTION), default=0)
    return " ".join(words[start:])


def story_tail(part: str) -> str:
    """The name after the story of a first side ("They'll argue about stateful" vs ...), or "" when the part
    has no story before a name."""
    tail = after_story(_SENTENCE_END.split(part)[-1])  # "cto wants to split the monolith. monolith"
    return tail if tail != " ".join(part.split()) else ""


def _fits_word(typed: str, name_words: set[str]) -> bool:
    if typed in name_words or normalize.singular(typed) in name_words:
        return True
    return len(typed) >= MIN_PREFIX and any(w.startswith(typed) and len(w) > len(typed) for w in name_words)


def _fits(typed: list[str], term: Term) -> bool:
    """Every typed word is in one of the term's names (or starts one of its words); or the side is one
    lower-case word that is a name's initials; or the words typed, joined, are a name ("op ex")."""
    for name, _ in term.names():
        words = normalize.words(name)
        if len(typed) > 1 and "".join(typed) == "".join(words):
            return True  # "op ex" for OPEX: a name written as one word, typed as two
        if len(typed) == 1 and len(words) > 1 and typed[0] in normalize.initials_variants(name):
            return True
        name_words = {normalize.singular(w) for w in words} | set(words)
        if all(_fits_word(w, name_words) for w in typed):
            return True
    return False


def short_side(part: str, suggested: list[Match], terms: dict[str, Term]) -> list[Match] | None:
    """The suggestions that one concept's name, typed short, explains; None when none or several do."""
    typed = [w for w in normalize.words(part) if w not in ARTICLES]
    if not typed or len(typed) > MAX_SIDE_WORDS or (len(typed) == 1 and common_words.is_common(typed[0], EVERYDAY)):
        return None  # "a forecast vs a budget": an everyday word alone is no budget object code
    fitting = [m for m in suggested if m.id in terms and _fits(typed, terms[m.id])]
    concepts = {normalize.key(terms[m.id].term) for m in fitting}
    if len(concepts) != 1:
        return None
    return [Match(m.id, m.term, 100.0) for m in fitting]


def initials_of_other(found: list[tuple[str, list[Match]]], terms: dict[str, Term]) -> bool:
    """Two sides, one typed as an acronym that is the initials of the other's name: "what does purchase order
    mean? is it the same as a PO" checks a short form the asker has in mind. Whatever the glossary's PO is
    (a project officer, or the purchase order again), comparing the two answers nothing asked."""
    if len(found) != 2:
        return False
    for (short, _), (_, named) in (found, found[::-1]):
        typed = short.split()
        letters = typed[1] if len(typed) > 1 and typed[0].lower() in ("a", "an", "the") else typed[0] if typed else ""
        key = normalize.key(letters)
        if letters.isalpha() and letters.isupper() \
                and any(key in normalize.initials_variants(terms[m.id].term) for m in named if m.id in terms):
            return True  # "a PO at a store": the acronym typed, then a story
    return False
