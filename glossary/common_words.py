"""How everyday an English word is: its frequency rank in glossary/common_words.txt.

"lead", "release" and "bill" are glossary words and everyday words at once; the
detector asks for context before it calls them jargon. The rank tells how
everyday a word is (1 = "the"); words not in the list rank after all of them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from glossary import normalize

NOT_COMMON = 1_000_000
EVERYDAY = 300  # "so", "the", "what", "it": words that on their own ask about nothing


@cache
def ranks() -> dict[str, int]:
    """word -> rank, loaded once per process (about 5 ms)."""
    text = resources.files("glossary").joinpath("common_words.txt").read_text(encoding="utf-8")
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {word: rank for rank, word in enumerate(words, start=1)}


def rank(word: str) -> int:
    """Frequency rank of a folded word; NOT_COMMON when it is rare or not English."""
    return ranks().get(word, NOT_COMMON)


#: British endings and their American forms ("organisation", "centre", "programme", "cheque"); not "-lled" nor
#: "-ence": "scalling" and "expence" are slips of "scaling" and "expense" as often as British spellings.
_ENDINGS = (("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"),
            ("ising", "izing"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"), ("tre", "ter"), ("tres", "ters"),
            ("ogue", "og"), ("ogues", "ogs"), ("mme", "m"), ("mmes", "ms"), ("eque", "eck"), ("eques", "ecks"))


@lru_cache(maxsize=8192)
def british_rank(word: str) -> int:
    """The rank of the American spelling of a British one ("colour": "color"), NOT_COMMON when the list holds none."""
    if len(word) < 4 or not word.isalpha():
        return NOT_COMMON
    table = ranks()
    forms = [word[:-len(uk)] + us for uk, us in _ENDINGS if word.endswith(uk)]
    forms += [word.replace("our", "or")] if "our" in word[1:] else []  # "colour", "behaviour", "favourite"
    return min((table[form] for form in forms if form in table), default=NOT_COMMON)


def is_common(word: str, within: int) -> bool:
    return rank(word) <= within


def either_spelling(word: str, within: int) -> bool:
    """Common in its American spelling or its British one ("organisation"): a word, no slip of a name."""
    return rank(word) <= within or british_rank(word) <= within


#: Greetings, sign-offs and chat interjections: typed in lower or title case they are never a term
#: ("Hi,\nwhat does span of control mean?" is not about H/I; "lol" is not Loss Of Limb).
CHAT = frozenset("hi hey hello yo hiya morning evening lol lmao rofl haha omg wtf wth btw fyi imo imho idk "
                 "thx ty thanks cheers bye best regards ok okay cool yes yeah yep no nope sure ppl rn tbh ngl iirc "
                 "afaik brb gtg ttyl cya np yup nah ugh oof welp yay ikr thanx noice bruh halp".split())


#: Laughter as typed in any language: "hahaha", "hehe", "jajaja" (Spanish), "kkkk" and "rsrs" (Portuguese), "xD".
_LAUGHTER = re.compile(r"(?:(?:ha){2,}|(?:he){2,}|(?:hi){2,}|(?:ja){2,}|(?:je){2,}|(?:rs){2,})h?|k{3,}|lo+l|xd+", re.I)


def is_chat(raw: str) -> bool:
    """A chat word as typed: "hi", "Lol", "kkkk" (but "LOL" in capitals may be an acronym someone asks about)."""
    return not raw.isupper() and (raw.lower() in CHAT or is_laughter(raw))


def is_laughter(raw: str) -> bool:
    """One syllable of laughter repeated ("hahaha", "jajaja", "kkkk"), never a word like "harsh" or "jars"."""
    return _LAUGHTER.fullmatch(raw) is not None


def only_everyday(text: str, within: int = EVERYDAY) -> bool:
    """True for 'so', 'the', 'so what': every word among the `within` most common English words.

    Such a message that names no glossary term is not a question for curators, so it is not logged
    as unanswered (the digest's "define them" list stays meaningful)."""
    words = normalize.words(text)
    return bool(words) and all(rank(w) <= within for w in words)


VERB_RANK = 20_000  # the base form of a gerund is an English word this common: "compound", "mark", "price"
#: Words in -ing that are nouns of their own, not a verb's form: "morning" is no "morn".
_ING_NOUNS = frozenset("morning evening wedding herring ceiling nothing something anything everything "
                       "spring string sibling pudding".split())
_VOWELS = frozenset("aeiou")


def plain_verb_form(name: str) -> str | None:
    """A name that opens on a gerund, said with the plain verb: "compounding interest" as "compound
    interest", "marking to market" as "mark to market", "carrying costs" as "carry costs". The base is
    the stem ("mark"), the stem with its "e" back ("price", "rate": tried first after one vowel and one
    consonant, so "rating" is not "rat") or undoubled ("shop"; "sell" keeps its "ll"), the first that is
    an English word; None when the name opens on no gerund, is one word ("marketing") or opens on a noun
    in -ing ("morning")."""
    parts = name.split(" ", 1)
    first = parts[0].lower()
    if len(parts) < 2 or not first.isalpha() or not first.endswith("ing") or len(first) < 6 or first in _ING_NOUNS:
        return None
    stem = first[:-3]
    single = stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-3:-2] not in ("", *_VOWELS)
    doubled = stem[-1] == stem[-2] and stem[-2:] not in ("ll", "ss", "ff", "zz")
    order = (stem + "e", stem) if single else (stem[:-1], stem) if doubled else (stem, stem + "e")
    base = next((b for b in order if is_common(b, VERB_RANK)), None)
    return f"{base} {parts[1]}" if base else None
