"""A follow-up opened by another language's "and": "og liquidity ratios?", "und SLA?", "ok und SLA?", "ug ang MTBF?"
(Cebuano, with its article), "e o MTBF?", "w DMZ?" read as "and X?" (glossary/world_english.py puts it in English).

Only the word for "and", an article, a name and particles may make the sentence: "et le VPN, il est down?" and "und das
SLA ist kaputt" say more, and are left to the other readings.
"""

from __future__ import annotations

from typing import NamedTuple

from glossary import foreign_words, world_asks
from glossary.asides import ASIDES
from glossary.cue_words import SCAFFOLD
from glossary.tail_words import own_word, runs_on
from glossary.textscan import Scan

#: "and" in the languages with a table of their own (glossary/foreign_words.py), opening a follow-up: "und SLA?",
#: "et le BFR?", "e o MTBF?", "w DMZ?" (Arabic), "ve SLA?", "dan SLA?"; not "y" ("y SLA?": why) nor English words.
TABLED_AND = frozenset("und et e w wa ve dan kai și şi".split())  # not "ke", "ta", "si", "va": words of others
#: Articles after it: "ug ang MTBF?", "e o MTBF?", "et le BFR?", "und das SLA?", "e il KPI?".
ARTICLES = frozenset("ang yung el la los las le les il lo gli der die das den dem o os as al un una".split())
#: Spanish articles after "y": "y la balance of payments?", "y un front end?" ("y" alone is chat's "why": "y SLA?").
_SPANISH_ARTICLES = frozenset("el la los las un una".split())
#: Words of acknowledgement it may follow: not "hey" ("hey dan, VPN?": a name) nor "maybe" or "wait".
ACKNOWLEDGED = ASIDES - frozenset("hey wait maybe perhaps probably possibly".split())
MAX_ACKNOWLEDGED = 2  # words of acknowledgement before it: "ok und SLA?", "ok ok, et le BFR?"
_CLAUSE_MARKS = frozenset(",;:\u2013\u2014")
_CHAT_LETTERS = frozenset("ruykc")  # letters chat types for words: "r" are, "u" you, "y" why, "k" ok, "c" see


class Opening(NamedTuple):
    """Another language's "and" opening a follow-up (token `join`), and the article after it, if any (`last`)."""

    join: int
    last: int


def opening(s: Scan) -> Opening | None:
    """Another language's "and", with its article, opening the message's last sentence, as a follow-up does ("og
    liquidity ratios?", "ok und SLA?", "ug ang MTBF?", "thanks! et le BFR?"), after a few words of acknowledgement
    at most; a word English also spells ("a", "to", "me"), a filler ("um") or a word a language with a table
    marks but not as "and" ("ja", "da") never counts, nor "y" without a Spanish article ("y SLA?": why)."""
    last_start = max((k for k, opens in enumerate(s.sentence_start) if opens), default=0)
    k = last_start
    while k < len(s.norms) and k - last_start < MAX_ACKNOWLEDGED and s.norms[k] in ACKNOWLEDGED:
        k += 1
    spanish = k + 2 < len(s.norms) and s.raws[k] == "y" and s.raws[k + 1] in _SPANISH_ARTICLES  # "y la X?": and
    if k + 1 >= len(s.norms) or not s.raws[k].islower() or s.norms[k] in SCAFFOLD or not (
            s.raws[k] == s.norms[k] and s.norms[k] in world_asks.JOINS and own_word(s, k)
            and not foreign_words.spoken_in({s.norms[k]}) or s.raws[k] in TABLED_AND or spanish):  # "é o SOW?": is
        return None
    if not runs_on(s, k):
        return None  # "e-procurement": one word
    article = k + 1 < len(s.norms) - 1 and s.raws[k + 1] in ARTICLES and runs_on(s, k + 1)
    if len(s.raws[k]) == 1 and (s.raws[k] in _CHAT_LETTERS and not spanish or not article and s.raws[k + 1].islower()):
        return None  # "e procurement ba lel": a word's prefix typed apart; "r SLA?": are; "e SLA?", "w DMZ?" are not
    return Opening(k, k + 1 if article else k)


def follow_up_only(s: Scan, opening: Opening, named: set[int]) -> bool:
    """After the opening "and" (and its article), a name and nothing else closes the sentence: name words, words in
    capitals or with digits, a particle; no mark parting a clause that may ask another thing ("et le VPN, il est
    down?", "und das SLA ist kaputt")."""
    after = range(opening.last + 1, closing(s, opening).start)
    return bool(after) and (opening.last + 1 in named or not s.raws[opening.last + 1].islower()) \
        and all(k in named or not s.raws[k].islower() or s.norms[k] in world_asks.PARTICLES for k in after) \
        and not any(_CLAUSE_MARKS.intersection(s.text[s.ends[k - 1]:s.starts[k]]) for k in after)


def closing(s: Scan, opening: Opening) -> range:
    """The word for "then" closing the follow-up's sentence ("et le MTTR alors ?", "et IFRS du coup ?", "and the
    SLO then?"): no part of the name, and no other thing asked."""
    end = s.sentence_bounds(opening.join)[1]
    last = end - 1
    if last - 1 > opening.last + 1 and s.norms[last - 1:end] == ["du", "coup"] and s.raws[last - 1].islower():
        return range(last - 1, end)
    if last > opening.last + 1 and s.norms[last] in _THEN and s.raws[last].islower():
        return range(last, end)
    return range(end, end)


#: Words for "then" closing a follow-up, in the languages that open one so ("du coup" is read as a pair).
_THEN = frozenset("then alors donc entonces entao allora quindi dann pues".split())
