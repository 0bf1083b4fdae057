"""Words after a name that may ask about it in a language no table holds ("ni iki", "chi ast"), and words to the
listener ("po", "ji"): glossary/unknown_tail.py and glossary/closing_pointer.py read a clause by them.

A word counts only when it is no English as typed (not an everyday word, an English word's opening or plural, nor
English typed a keystroke off, with two letters swapped or drawn out), and asks no "when", "where" or "who", no
thanks or greeting in a language some table lists. Each test reads one word, a few dozen letters at most.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from glossary import common_words, foreign_words, world_asks
from glossary.textscan import Scan
from glossary.typo_rules import near_word
from glossary.world_asks import LANGUAGES
from glossary.world_words import SOCIAL, TABLED_ELSEWHERE

ANCHOR_MIN = 4  # letters of a word that alone shows another language ("enna", not "doc" or "dev")
SHORT = 3  # letters of a word that may be another language's though an English list holds it ("na", "ti")
EVERYDAY = 3_000  # rank of English words that are English even when short ("la", "ya", "ok")
NEAR_MIN = 6  # letters from which a word a keystroke from an English one is that word ("recognise"), not another
_VOWELS = frozenset("aeiou")
_DRAWN_OUT = re.compile(r"(.)\1\1")  # a letter typed three times: "sloooow", "noooo"
NEAR_TAIL = 5  # letters from which a word a keystroke from English is English: "brokn", "laggy", "danke"
#: English words saying how to answer, beside another language's words that ask: "X andre exact definition enu?",
#: "X andre enu simple aagi heli".
MANNER = frozenset("exact exactly simple simply formal formally proper properly basic basically actually really "
                    "brief briefly quick quickly plain detail detailed".split())
#: Words to the listener in the languages of workplace chat: honorifics and words for brother, sister, friend, boss
#: ("SOW po?", "PKI ji?", "KPI anna?"). Not the discourse particles beside them ("kan", "diba", "lang", "pala": right?,
#: only, so), which ask their own things.
ADDRESS = frozenset("po opo ji jee bhai bhaiya bhaijaan dada didi anna akka machan macha machi maga bro sir saar "
                    "madam maam boss bhau chetta chechi aiyya thambi yaar apu oga kaka habibi khoya akhi abi abla "
                    "hocam aga uka sensei senpai hyung hyeong noona oppa unnie kuya manong manang bai pare tol "
                    "mate bru boet chale shamwari ndugu mzee bwana bapak pak mbak kak abang encik puan anh sayar "
                    "ustaz".split())
#: Words after a name that ask something else or nothing: when, where, who; thanks, greetings, yes, no
_ASKS_NO_MEANING = world_asks.ELSEWHERE | TABLED_ELSEWHERE | SOCIAL
#: Each language's particles proper (no pronoun): alone after a name they ask nothing ("SLA kiitos", "SIEM hej")
_SOFTENERS = frozenset(word for asking in LANGUAGES.values() for word in asking.particles.split())
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


def address(s: Scan, k: int) -> bool:
    """Token `k` is a word to the listener (`ADDRESS`), typed in lower case: after a name and before a question
    mark, the name asked politely ("SOW po?", "PKI ji?")."""
    return s.raws[k].islower() and s.norms[k] in ADDRESS


def asks_by_tail(s: Scan, tokens: list[int] | range) -> bool:
    """One or two words that may ask about a name before them: each `tail_word`, and one of them a word of no
    English list at all, of three letters or more, that no language lists as a mere particle or word of address
    ("ni iki", "chi ast", "kana bhai"; not "SLA kiitos", "VPN bhai", "VPN eta", "SLA yup")."""
    return all(tail_word(s, k) for k in tokens) and any(_content(s.raws[k]) for k in tokens) \
        and (len(tokens) > 1 or _syllabic(s.raws[tokens[0]].lower()))


def _syllabic(word: str) -> bool:
    """A lone word typed as another language's syllables: ending in a vowel, not opening on two consonants but a
    breathed one ("kana", "iki", "bhai"). English jargon, products and chat shorthand after a name seldom are
    ("LDAP ldapsearch?", "DNS anycast?", "SLA recvd?", "EBIT qoq?", "HIPAA dpa?")."""
    return word[-1] in _VOWELS and (word[0] in _VOWELS or word[1] in _VOWELS or word[1] in "hy")


def _content(raw: str) -> bool:
    word = raw.lower()
    return len(word) >= 3 and common_words.rank(word) == common_words.NOT_COMMON and not common_words.is_chat(word) \
        and word not in _SOFTENERS and not foreign_words.addressed(word)


def tail_word(s: Scan, k: int) -> bool:
    """A word after a name that may ask about it: of no English (nor an English word's opening, "x.509 cert?", nor
    its plural, "certs"; nor English typed with two letters swapped, "dwon", a keystroke off, "brokn", or drawn
    out, "sloooow") or a particle; no word asking when, where or who ("kab")."""
    raw, norm = s.raws[k], s.norms[k]
    if norm in _ASKS_NO_MEANING or _DRAWN_OUT.search(norm):
        return False
    return norm in world_asks.PARTICLES or foreign(raw) and not (
        len(raw) >= ANCHOR_MIN and (shortens(raw) or raw.endswith("s") and shortens(raw[:-1])
                                    or _swapped_english(raw) or len(raw) >= NEAR_TAIL and near_word(raw, set())))


def _swapped_english(raw: str) -> bool:
    """Two adjacent letters of `raw` swapped make an everyday English word ("dwon", "waht")."""
    return any(common_words.is_common(raw[:i] + raw[i + 1] + raw[i] + raw[i + 2:], EVERYDAY)
               for i in range(len(raw) - 1))


def shortens(raw: str) -> bool:
    """`raw` opens an English word longer than it: "cert" (certificate), "config" (configure)."""
    words = _sorted_words()
    at = bisect.bisect_right(words, raw)
    return at < len(words) and words[at].startswith(raw)


@cache
def _sorted_words() -> list[str]:
    """The everyday English words, sorted, for looking up what a word opens (built on first use, about 10 ms)."""
    return sorted(common_words.ranks())


def own_word(s: Scan, k: int) -> bool:
    """Token `k` is a word of the language itself, as typed: no English ("tila"), or a lone letter English never
    writes alone (Czech "co je s VPN?": what is up with it; "v", "z", "k": in, from, to), but for the end of a
    contraction ("vendor's", "don't")."""
    raw = s.raws[k]
    if len(raw) == 1:
        return raw.isalpha() and raw.islower() and raw not in "aiu" \
            and not (s.starts[k] > 0 and s.text[s.starts[k] - 1] in "'’")
    return foreign(raw)


def runs_on(s: Scan, k: int) -> bool:
    """Token `k` runs on into the next within one clause: nothing but blanks between them."""
    return not s.text[s.ends[k]:s.starts[k + 1]].strip()
