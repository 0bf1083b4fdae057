"""Words that ask what a name is or means, in languages the bot has no reading for: "hva betyr SLA?", "mi az a
KPI?", "SLA mhanje kay?", "wetin be KYC?", "co je SLA?".

A language with a table of its own (glossary/foreign_words.py and the phrase modules) is read word by word and
translated. Most languages never get one, yet their speakers ask in their own words. Asking what something is
takes only a few words in any language ("what is", "means", "meaning"), so one list of them, language by language,
lets glossary/unknown_tail.py read a name asked in them. Only these words are known: every other word of the
clause must be one of them, a small English word or one of the language's particles ("abeg", "krub", "en"), so a
question about something else ("mikä on VPN tila?": its state; "wetin happen to VPN?": what happened) is not
read as asking what the name means. A single asking word is never an English one, a chat word or a glossary name
(tests/glossary/test_world_asks.py checks the list), and a phrase of two or three words asks only as a whole.

Words are written folded, as glossary/normalize.py reads messages: lower case, no accents ("mikä" is "mika"), and
are read only as typed in lower case (a phrase may open a sentence capitalised: "Hva betyr SLA?"), so an acronym in
capitals ("the MIS on SLA?") or a name ("Arai") is never one of them. Each language's words for "the difference",
"and" and "between" let glossary/world_compare.py read a comparison asked in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from glossary import common_words, world_words, world_words_added, world_words_more
from glossary.cue_words import FUNCTION
from glossary.normalize import fold
from glossary.romanised import KEYED, spelling_key, with_keys, with_spellings, words_of
from glossary.textscan import Scan
from glossary.world_words import MARKED, ROMANISED, WITHIN

#: The first list and the languages added to it, each with the forms speakers' reviews added (world_words_more.py)
LANGUAGES = world_words_more.widened(world_words.LANGUAGES | world_words_added.LANGUAGES)
EXPLAIN = world_words_more.explain(world_words.EXPLAIN | world_words_added.EXPLAIN)
PRONOUNS = world_words_more.pronouns(world_words.PRONOUNS)


def phrases_of(words: Sequence[str], language: str) -> frozenset[tuple[str, ...]]:
    """A language's phrases, each a tuple of words, with their keys when it is typed by ear (romanised.py)."""
    phrases = frozenset(tuple(phrase.split()) for phrase in words)
    return with_spellings(phrases) if language in ROMANISED else phrases


CUES = frozenset().union(*(phrases_of((*asking.cues, *EXPLAIN.get(name, ())), name)
                           for name, asking in LANGUAGES.items()))
DIFFER = frozenset().union(*(phrases_of(asking.differ, name) for name, asking in LANGUAGES.items()))
_CUE_WORDS = frozenset((word,) if phrase[0] != KEYED else (KEYED, word)  # each word of a phrase that asks, and
                       for phrase in CUES for word in words_of(phrase))  # its key where the language has keys
STARTS = frozenset(words_of(phrase)[0] for phrase in CUES | DIFFER)  # a message with none of them, in any spelling,
# asks in none of these
JOINS = frozenset(word for asking in LANGUAGES.values() for word in asking.joins.split())  # "og", "ani": and
PARTICLES = frozenset(word for name, asking in LANGUAGES.items()
                      for word in (*asking.particles.split(), *PRONOUNS.get(name, "").split()))
ELSEWHERE = frozenset(word for asking in LANGUAGES.values() for word in asking.elsewhere.split())
SETTING = frozenset(word for words in WITHIN.values() for word in words.split())  # "alli", "wala": "in", after
LONGEST = max(len(phrase.split()) for asking in LANGUAGES.values()  # words of the longest phrase: "inona no atao hoe"
              for phrase in (*asking.cues, *asking.differ, *asking.between))
NEAR = 4  # tokens between a particle and the word that asks: "co to vlastně SLA znamená"


def cue_tokens(s: Scan, tokens: Sequence[int], names: set[int] | frozenset[int] = frozenset(),
               phrases: frozenset[tuple[str, ...]] = CUES, shortest: int = 1) -> set[int]:
    """The tokens (of `tokens`, ascending) that make up a word or a whole phrase of `phrases` (by default, those
    asking what something means). A phrase must run over consecutive tokens of `tokens`: "mhanje kay", never "mhanje
    SLA kay". A single word that is a glossary name here (`names`) asks nothing; a phrase does ("co znamená": CO).
    `shortest`: the fewest words a phrase found may have (2: phrases only)."""
    found: set[int] = set()
    opens = _lengths(phrases)
    for at, k in enumerate(tokens):
        norm = s.norms[k]
        own, keyed = opens.get(norm, ()), opens.get(spelling_key(norm), ())
        if not own and not keyed:
            continue  # the common case: the word opens no phrase
        for size in sorted({n for n in (*own, *keyed) if n >= shortest}, reverse=True):  # only the lengths of the
            # phrases this word (or its key) opens
            run = tokens[at:at + size]
            if len(run) == size and run[-1] - k == size - 1 and typed_as(s, run, phrases) \
                    and not (size == 1 and k in names):
                found.update(run)
                break
    return found


@cache  # one entry per set of phrases: the lists' own sets, module constants (a few dozen)
def _lengths(phrases: frozenset[tuple[str, ...]]) -> dict[str, set[int]]:
    """Each word (or key) a phrase of `phrases` opens on, with the lengths of the phrases it opens (built on first
    need, a few ms; read only)."""
    found: dict[str, set[int]] = {}
    for phrase in phrases:
        words = words_of(phrase)
        found.setdefault(words[0], set()).add(len(words))
    return found


def typed_as(s: Scan, run: Sequence[int], phrases: frozenset[tuple[str, ...]]) -> bool:
    """The tokens `run` spell one of `phrases`, typed as another language's words are: in lower case, a phrase's first
    word capitalised only where a sentence opens ("Hva betyr SLA?"); never an acronym ("the MIS on SLA?", Estonian "mis
    on") nor a name ("Arai SLA?"); a word that is also a given name only before a question mark."""
    if not spelt(tuple(s.norms[j] for j in run), phrases) or len(run) == 1 and s.norms[run[0]] in MARKED \
            and not _right_after_name(s, run[0]):
        return False
    first = s.raws[run[0]]
    return all(s.raws[j].islower() for j in run[1:]) \
        and (first.islower() or first.istitle() and s.sentence_start[run[0]] and (len(run) > 1 or _answered(s, run[0])))


def _answered(s: Scan, k: int) -> bool:
    """A single word that asks, capitalised to open a short question, is one when particles of its own language and of
    no English close it ("Kisa ERP ye?"): a name opening a sentence ("Arai SLA?", "Arai, the VPN is down") has none,
    nor one before English words ("Arai SLA are done?") or another language's ("Arai SLA yaar?")."""
    end = s.sentence_bounds(k)[1]
    spoken = _SPOKEN_IN.get(s.norms[k], frozenset())
    return k + 2 < end <= k + NEAR and s.marked(end - 1) and all(
        spoken & _SPOKEN_IN.get(s.norms[j], frozenset()) and s.raws[j].islower()
        and not common_words.is_common(s.norms[j], _EVERYDAY) for j in range(k + 2, end))


def _spoken_in() -> dict[str, frozenset[str]]:
    """Each single word that asks, and each particle, with the languages it is one of."""
    spoken: dict[str, set[str]] = {}
    for name, asking in LANGUAGES.items():
        words = [cue for cue in (*asking.cues, *EXPLAIN.get(name, ())) if " " not in cue]
        for word in (*words, *asking.particles.split(), *PRONOUNS.get(name, "").split()):
            spoken.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in spoken.items()}


_SPOKEN_IN = _spoken_in()
_EVERYDAY = 3_000  # rank of English words that are English after a name ("are", "boss", "exactly"; not "ye")


def spelt(words: tuple[str, ...], phrases: frozenset[tuple[str, ...]]) -> bool:
    """`words` (folded) are one of `phrases` as written or as romanised another way ("ennu vechaal" for "ennu
    vechal"); a single word of English is never another spelling of one ("then" is no "ten")."""
    if words in phrases:
        return True
    keys = (KEYED, *(spelling_key(word) for word in words))
    return keys in phrases \
        and not (len(words) == 1 and common_words.rank(words[0]) != common_words.NOT_COMMON)


def only_asking(text: str) -> bool:
    """Every word of `text` asks or softens in one of these languages, typed in lower case, and is no everyday English
    ("athu enthaanu", "kisa"): no typo of a name is looked for in them ("athu" is no slip of ATO; but "Chie" may be a
    name, and "mean" is English)."""
    words = _RAW_WORDS.findall(text)
    return bool(words) and all(raw.islower() and not common_words.is_common(word := fold(raw), _ENGLISH_RANK)
                               and (word in PARTICLES or spelt((word,), _CUE_WORDS)) for raw in words)


_RAW_WORDS = re.compile(r"[^\W_]+")
_ENGLISH_RANK = 10_000  # an English word this common is English here ("mean" of Khmer "mean nai tha", "to")


def may_ask(norms: list[str]) -> bool:
    """Cheap test before any reading: a word opening a phrase that asks or says "the difference", in any spelling."""
    return not STARTS.isdisjoint(with_keys(norms))


def _right_after_name(s: Scan, k: int) -> bool:
    """Token `k` stands right after a word that may end a name, nothing but a space between, and a question mark or
    another word that asks follows it: "SIPC andre?", "invoice andre exact definition enu?"; not "send the SLA to
    andre?", "the SLA, andre?"."""
    return k > 0 and not s.text[s.ends[k - 1]:s.starts[k]].strip() and s.norms[k - 1] not in FUNCTION \
        and (s.marked(k) or any(_cue_at(s, j) for j in range(k + 1, min(len(s.norms), k + NEAR + 1))))


def asks_elsewhere(s: Scan) -> bool:
    """The message asks who, where, when, how much or why in one of these languages ("vem ansvarar för SOC:en?",
    "mennyi most a WACC?"): not what a name means, however short the question. Lower case only: "PSE", "BLE" are
    acronyms."""
    return any(_asks_elsewhere_at(s, k) for k in range(len(s.norms)))


def elsewhere_tokens(s: Scan) -> list[int]:
    """The tokens asking who, where, when, how much or why, in order: found once, so each clause's test is a
    bisection, not a scan to its sentence's end (linear in the message however many clauses ask)."""
    return [k for k in range(len(s.norms)) if _asks_elsewhere_at(s, k)]


def _asks_elsewhere_at(s: Scan, k: int) -> bool:
    return s.norms[k] in ELSEWHERE and s.raws[k].islower()


def asks_at(s: Scan, k: int) -> bool:
    """Token `k` is part of a word or phrase asking what something means ("betyr" in "hva betyr SLA"), or a particle
    with one a few words away ("co" in "co SLA znamená"): it begins or modifies no name. Reads a few tokens around."""
    if s.norms[k] in PARTICLES and s.raws[k].islower():
        return any(_cue_at(s, j) for j in range(max(0, k - NEAR), min(len(s.norms), k + NEAR + 1)) if j != k)
    return _cue_at(s, k)


def _cue_at(s: Scan, k: int) -> bool:
    """Token `k` is part of a cue: at most LONGEST tokens read on either side."""
    return any(typed_as(s, range(start, start + size), CUES) for size in range(1, LONGEST + 1)
               for start in range(max(0, k - size + 1), min(k, len(s.norms) - size) + 1))
