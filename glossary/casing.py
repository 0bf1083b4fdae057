"""When casing decides: an acronym that is also a word counts only in its own casing.

"IT" is a department and "it" a pronoun; "AM" an account manager and "am" a verb; "SOW"
a statement of work and "sow" what farmers do. Shouted text ("IT IS URGENT") says
nothing, and "10 AM" is a time. Acronyms that are not words ("sla", "SAAS") may be
written in any case.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from glossary import common_words
from glossary.textscan import APOSTROPHES, Scan

ACRONYM_WORD_RANK = 30_000  # "sow", "sam": an acronym whose lower case is among these words is a word
TIME_MARKERS = frozenset({"am", "pm"})


def is_acronym(raw: str) -> bool:
    """'SLA', 'SaaS', 'IoT', '2FA': casing is part of the name."""
    if raw.islower():
        return False  # the common case: a word in lower case has no capital to count
    return sum(c.isupper() for c in raw) >= 2 or (len(raw) >= 2 and raw.isupper())


PLAIN_RANK = 3_000  # "OK", "US", "NO": everyday words shouted, not an acronym


def written_acronym(raw: str, norm: str) -> bool:
    """Written as an acronym nobody shouts by chance: two capitals or more, letters only ("OFAC", "BvA"), and no
    everyday word (`norm`, its folded form) typed in capitals."""
    return len(raw) >= 2 and raw.isalpha() and sum(c.isupper() for c in raw) >= 2 \
        and not common_words.is_common(norm, PLAIN_RANK)


def is_word_acronym(raw: str) -> bool:
    """'IT', 'AM', 'SOW': an acronym that is also an everyday word, so only its own casing counts."""
    return len(raw) < 3 or common_words.is_common(raw.lower(), ACRONYM_WORD_RANK)


def lower_case_word(text: str) -> bool:
    """One everyday word in lower case: read as itself, never as an acronym's plural ("goes" is no GOEs)."""
    word = text.strip()
    return word.islower() and word.isalpha() and is_word_acronym(word)


@lru_cache(maxsize=65536)
def casing_ok(name: str, surface: str, shouting: bool) -> bool:
    """May `surface` (as written) stand for the name token `name` (as in the glossary)?"""
    if not is_acronym(name):
        return True
    is_word = is_word_acronym(name)
    if surface == name:
        return not (shouting and is_word)
    # "sla" and "SAAS" are fine; "sow", "mom" and "it" are words, and the digits or "&" must be the same.
    # "DoS" for DOS: capitals inside a word type it as an acronym, even one that is also a word ("dos")
    return surface.upper() == name.upper() and (not is_word or is_acronym(surface)) \
        and not plural_of_shorter(name, surface)


def plural_of_shorter(name: str, surface: str) -> bool:
    """"VMs", "ACLs" are the plurals of VM and ACL, never the acronyms VMS and ACLS, in any casing rule."""
    return len(surface) > 2 and surface[-1] == "s" and surface[:-1].isupper() and name[-1:] == "S"


def is_time(name_norm: str, previous_raw: str | None) -> bool:
    """'10 AM', '9:30 PM': a time, not an account or product manager."""
    return name_norm in TIME_MARKERS and previous_raw is not None and previous_raw[:1].isdigit()


SHOUT_REACH = 4  # tokens either side of a word that tell whether its own stretch of text is shouted
_SHOUTED_WORDS = frozenset("what is are was does do did it this that the a an of for and or why how who".split())


def shouted_near(raws: list[str], sentence_start: list[bool], i: int) -> bool:
    """Token `i` stands in a shouted stretch of its sentence ("... from the agency. WHAT IS IT. urgent"):
    mostly capitals around it, and another shouted everyday word among them; a few tokens either side, so each
    call costs the same whatever the message's length."""
    start = i
    while start > max(0, i - SHOUT_REACH) and not sentence_start[start]:
        start -= 1
    end = i + 1
    while end < min(len(raws), i + SHOUT_REACH + 1) and not sentence_start[end]:
        end += 1
    words = [(k, r) for k, r in enumerate(raws[start:end], start) if len(r) > 1 and r.isalpha()]
    upper = [(k, r) for k, r in words if r.isupper()]
    return len(words) >= 3 and len(upper) >= 0.6 * len(words) \
        and any(k != i and r.lower() in _SHOUTED_WORDS for k, r in upper)


def title_word(raw: str) -> bool:
    """'Helen', 'Service': a capital and then lower case only, as a name or a word opening a sentence is written."""
    return len(raw) > 1 and raw[0].isupper() and raw[1:].islower()


_CLITICS = frozenset({"s", "re", "ll", "ve", "d", "m", "t"})  # after an apostrophe: "it's", "we're", "I'd"


def contracted(s: Scan, i: int, j: int) -> bool:
    """Tokens i..j are a word and its clitic ("it's", "let's"), in lower case or opening a sentence ("It's"); "IT's"
    is the acronym's."""
    return j == i + 1 and s.norms[j] in _CLITICS and s.text[s.ends[i]:s.starts[j]] in APOSTROPHES \
        and (not s.raws[i].isupper() or s.raws[i] == "I")  # "I'd like ...": the pronoun, never ID


def inside_word(s: Scan, i: int, j: int) -> bool:
    """Tokens i..j, in lower case, end a longer word an apostrophe runs through, as many languages write one
    ("he'ise", "ta'rif", "mba'e"): not an acronym typed in lower case. An article, pronoun or preposition elided before
    it ("l'sla", "d'api", "dell'sla", "quest'api", "jusqu'api") leaves the acronym whole, and so does an English
    clitic ("it's") or a case ending typed after it ("kpi'ların")."""
    if i == 0 or s.text[s.ends[i - 1]:s.starts[i]] not in APOSTROPHES or not s.raws[i].islower():
        return False
    before = s.raws[i - 1].lower()
    return before[-1:].isalpha() and len(before) > 1 and not before.endswith(_ELIDED) and s.norms[i] not in _CLITICS


#: Endings of the words elided before a vowel (French, Italian, Catalan): "l'", "dell'", "quest'", "jusqu'", "un'".
_ELIDED = ("ll", "qu", "un", "quest", "tutt", "senz", "quand", "com", "dov", "anch")


ECHO_RANK = 200  # "it", "us", "am", "mean" (183) are grammar or everyday talk; "rest" (362) may be the acronym


def echoed(raw: str, names: Collection[str], s: Scan) -> bool:
    """A word in lower case that the message also writes in capitals as one of these names: "REST api - what does
    rest mean?" asks REST, one word meaning one thing in one message; never one of the commonest words, which
    grammar needs everywhere ("IT said it is down", "our AM ... I am sure")."""
    return raw.islower() and (upper := raw.upper()) in names and upper in s.capitals \
        and common_words.rank(raw) > ECHO_RANK
