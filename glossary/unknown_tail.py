"""A name asked about in English words set among those of a language the bot has no table for: "CVE-oda meaning
theriyanum", "EBITDA full form mikä on", "junk bonds meaning kertokaa".

Such words around a name would otherwise read as part of a longer name nobody defined, and the English word that
asks ("meaning", "full form", "definition", "explain") would find no name of its own. So a clause holding the name,
an English word asking for a meaning, small English words and at most a few words that are no English at all (not an
everyday word, not a shortening of one, no chat abbreviation without vowels, no other name of the glossary, in lower
case; at least one of four letters or more) asks about the name.

A question mark alone is not enough: "VPN nejede?", "RFQ zatwierdzone?", "ATO kadhi milel?" ask whether it works,
whether it is approved, when it comes, and nothing tells them from "mikä on SLA?" without knowing the language. An
independent review of 190 probes in twelve such languages found the question-mark reading answered 23 more
negatives for 10 more right answers, so the reading needs the English word that asks.
"""

from __future__ import annotations

import bisect
from functools import cache

from glossary import common_words, foreign_words
from glossary.cue_words import AFTER, QUESTION_CUES
from glossary.detect_types import Candidate
from glossary.textscan import Scan
from glossary.typo_rules import near_word

MAX_OTHER = 4  # words besides the name: "CVE-oda meaning theriyanum" has three, a sentence about it more
SHORT = 3  # letters of a word that may be another language's though an English list holds it ("na", "ti")
EVERYDAY = 3_000  # rank of English words that are English even when short ("la", "ya", "ok")
ANCHOR_MIN = 4  # letters of a word that alone shows another language ("enna", not "doc" or "dev")
NEAR_MIN = 6  # letters from which a word a keystroke from an English one is that word ("recognise"), not another
#: English words that may sit in such a clause: no question word, verb or time of its own.
_SMALL = frozenset("a an the be is are it this that to of in on for".split())
#: English words asking what a name means: one must be in the clause.
_CUES = QUESTION_CUES | AFTER | {"full", "form"}
_BREAK = frozenset(".?!;:,()[]/=\n\"“”")
_VOWELS = frozenset("aeiou")
#: Endings of English words past any list of everyday ones ("eligibility", "chargeback", "idempotent").
_ENGLISH_ENDINGS = tuple("ity tion sion ment ness able ible ance ence ship ing ed ize ise ism ist ive ous ful less "
                         "back ent ant ery ory ics".split())


def foreign(raw: str) -> bool:
    """A word of no English as typed: lower case letters with a vowel ("enna", "ti"; not "tmrw", "pls"),
    no everyday English word, no chat word."""
    if not (raw.isalpha() and raw.islower() and _VOWELS.intersection(raw)) or common_words.is_chat(raw):
        return False
    rank = common_words.rank(raw)
    if len(raw) >= NEAR_MIN and (near_word(raw, set()) or raw.endswith(_ENGLISH_ENDINGS)):
        return False  # "recognise", "eligibility", "chargeback" are English, if rare
    return rank == common_words.NOT_COMMON or len(raw) <= SHORT and rank > EVERYDAY


def _bounds(s: Scan, span: Candidate) -> tuple[int, int] | None:
    """[first, end) of the clause around the span; None for a clause of more than MAX_OTHER other words (the walk
    stops there: bounded for each span, whatever the message's length)."""
    first, end = span.first, span.last + 1
    while first > 0 and not _BREAK.intersection(s.text[s.ends[first - 1]:s.starts[first]]):
        first -= 1
        if span.first - first > MAX_OTHER:
            return None
    while end < len(s.norms) and not _BREAK.intersection(s.text[s.ends[end - 1]:s.starts[end]]):
        end += 1
        if end - 1 - span.last + span.first - first > MAX_OTHER:
            return None
    return first, end


def tails(s: Scan, spans: list[Candidate]) -> list[bool]:
    """For each span, whether it is asked about in English words among a few of a language no table holds."""
    named = {i for span in spans for i in range(span.first, span.last + 1)}  # "x.509 cert?": CERT, no foreign word
    return [asked(s, span, named) for span in spans]


def asked(s: Scan, span: Candidate, named: set[int]) -> bool:
    """The span is asked about in English words among a few of a language no table holds. `named`: every token of a
    glossary name in the message (those are no foreign words). Linear in the clause."""
    bounds = _bounds(s, span)
    if bounds is None:
        return False
    first, end = bounds
    other = [k for k in range(first, end) if not span.first <= k <= span.last]
    if not other or named.intersection(other) \
            or first and "(" in s.text[s.ends[first - 1]:s.starts[first]] or not _named(s, span):
        return False  # "ce e un cluster (in sens k8s)?": an aside; "Pos orizetai akrivos?": no name as typed
    unknown = [k for k in other if foreign(s.raws[k])]
    cued = [k for k in other if s.norms[k] in _CUES]
    return bool(cued) and any(_anchor(s.raws[k]) for k in unknown) \
        and all(k in unknown or k in cued or s.norms[k] in _SMALL for k in other) \
        and not foreign_words.spoken(s.text)  # a language with a table is read by it, its "who" and "where" too


def _named(s: Scan, span: Candidate) -> bool:
    """A name nobody uses in passing: several words, capitals as written ("SLA"), or a word of four letters or more
    no English is, not merely capitalised to open a sentence ("jbod", "FaaS"; not "Pos", "des", "ratio")."""
    raw = s.raws[span.first]
    return not span.weak and (span.last > span.first or raw.isupper() or len(raw) > SHORT
                              and not common_words.is_common(raw.lower(), common_words.NOT_COMMON - 1)
                              and not (raw.istitle() and s.sentence_start[span.first]))


def _anchor(raw: str) -> bool:
    """A word that can only be of another language: no English word, four letters or more, and not the start of
    an English word as a shortening would be ("cert", "repo", "params", "auth"; "doc" and "dev" are too short
    to tell, so they never count alone)."""
    return len(raw) >= ANCHOR_MIN and common_words.rank(raw) == common_words.NOT_COMMON \
        and not _shortens(raw) and not (raw.endswith("s") and _shortens(raw[:-1]))


def _shortens(raw: str) -> bool:
    """`raw` opens an English word longer than it: "cert" (certificate), "config" (configure)."""
    words = _sorted_words()
    at = bisect.bisect_right(words, raw)
    return at < len(words) and words[at].startswith(raw)


@cache
def _sorted_words() -> list[str]:
    """The everyday English words, sorted, for looking up what a word opens (built on first use, about 10 ms)."""
    return sorted(common_words.ranks())
