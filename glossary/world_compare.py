"""Comparisons asked in the words of a language the bot has no reading for: "mi a különbség a SAML és az OAuth
között?", "RTO ani MTTR madhe farak kay?", "forskjellen mellom SLA og SLO?" read as "difference SAML and OAuth?".

glossary/world_asks.py lets a name be asked about in those languages; a comparison needs two more words, "the
difference" and "and", and the two names they join. Its list gives, for each language people compare in, those words
and "between". A message holding, in lower case, a language's word for the difference and its word for "and" or
"between" is read again with them in English, its words for "between" and those asking "what is" or softening
dropped: the English reading of "difference X and Y" then finds both names. A word for the difference alone changes
nothing ("after chai, SLA and KPI sync?": tea, not Korean). Several languages share a word for the difference
("farak": Marathi and Punjabi): the one whose own words the message holds most is read. People borrow the word for
the difference from a neighbour language or from English ("NPV ane IRR ma shu farak?", "SLA ena KPI, what's the
difference?"): a language's word for "and" joins the pair with any such word, when it is no English or chat word and
has three letters or more ("a", "to", "da", "og", "un" never join so) or comes with the language's "between" ("X te Y
ch ki difference"). Every word for the difference in the message is read as one ("NPV ane IRR ma shu farak? ... alag
..."). English's "and" joins a pair with a language's own word for the difference when the language's words that ask
are there too, or a question mark closes it ("X and Y wenasa kiyala denna", "SLA and KPI razlika?"; not Hindi "SLA
and KPI ke liye alag team hai": a separate team).

Linear in the message: on a message holding some language's (or English's) word for the difference, one pass over
its words, then for each language only its own words looked up.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from glossary import common_words, normalize
from glossary.foreign_words import BLANKS
from glossary.romanised import with_keys, words_of
from glossary.textscan import Scan, scan
from glossary.world_asks import DIFFER, EXPLAIN, LANGUAGES, cue_tokens, phrases_of, spelt


class _Comparing(NamedTuple):
    """One language's words, as sets: for the difference, "between", asking (dropped), and "and" and its particles."""

    differ: frozenset[tuple[str, ...]]
    between: frozenset[tuple[str, ...]]
    cues: frozenset[tuple[str, ...]]
    joins: frozenset[str]
    particles: frozenset[str]


_COMPARING = {name: _Comparing(phrases_of(asking.differ, name), phrases_of(asking.between, name),
                               phrases_of((*asking.cues, *EXPLAIN.get(name, ())), name),
                               frozenset(asking.joins.split()), frozenset(asking.particles.split()))
              for name, asking in LANGUAGES.items() if asking.differ}
_ENGLISH = frozenset({("difference",), ("differences",), ("diff",)})  # not "different tiers of SLA og KPI"
_ENGLISH_JOINS = frozenset({"and"})  # "vs" compares in English alone
MIN_JOIN = 3  # letters of a word for "and" that joins a pair with a borrowed word for the difference: "ane", "ena"
_ANY_DIFFER = DIFFER | _ENGLISH
_FIRST = frozenset(words_of(phrase)[0] for phrase in _ANY_DIFFER)


class _Marks(NamedTuple):
    """The message's tokens to rewrite: its words for the difference, for "and", and those dropped."""

    differ: set[int]
    joins: set[int]
    dropped: set[int]


def english(text: str) -> str | None:
    """`text` with a comparison asked in one of these languages put in English words, or None when it asks none."""
    if not may_hold_difference_word(text):
        return None
    s = scan(text)
    every = range(len(s.norms))
    said = with_keys(s.norms)  # a phrase whose first word the message lacks, in any spelling, is not looked for
    lowered: dict[str, list[int]] = {}  # each word typed in lower case, where: one pass, not one per language
    for k in every:
        if s.raws[k].islower():
            lowered.setdefault(s.norms[k], []).append(k)
    borrowed = difference_words(s)  # any language's word for the difference, or English's
    best: _Marks | None = None
    for comparing in _COMPARING.values():
        joins = {k for word in comparing.joins for k in lowered.get(word, ())}
        between = _found(s, comparing.between, said)
        own = _found(s, comparing.differ, said)
        if not (joins or between) and own and (cue_tokens(s, every, phrases=comparing.cues) or _asked_last(s, own)):
            joins = {k for word in _ENGLISH_JOINS for k in lowered.get(word, ())}  # the language's own word for the
            # difference, English's "and", with the language's words that ask or a question mark closing it: "X and
            # Y wenasa kiyala denna", "SLA and KPI razlika?"; not Hindi "SLA and KPI ke liye alag team hai"
        if not (joins or between):
            continue  # "after chai, SLA and KPI sync?": no word of the language joins the pair
        differ = own | borrowed if own or joins and between or any(  # "X te Y ch ki difference": both words
            common_words.rank(s.norms[k]) == common_words.NOT_COMMON and len(s.norms[k]) >= MIN_JOIN
            and not common_words.is_chat(s.norms[k]) for k in joins | between) else set()
        if not differ:
            continue
        dropped = between | cue_tokens(s, every, phrases=comparing.cues)
        dropped |= {k for k in every if s.norms[k] in comparing.particles and s.raws[k].islower()}
        if best is None or len(joins | dropped) > len(best.joins | best.dropped):
            best = _Marks(differ, joins, dropped)
    return _rewritten(text, s, best) if best is not None else None


def holds_difference_word(text: str) -> bool:
    """The message holds, in lower case, a word for the difference: English's or one of these languages'."""
    return may_hold_difference_word(text) and bool(difference_words(scan(text)))


def may_hold_difference_word(text: str) -> bool:
    """Cheap test before any scan: the message holds the first word of a word for the difference."""
    return opens_difference_word(normalize.words(text))


def opens_difference_word(words: list[str]) -> bool:
    """`may_hold_difference_word` over a message's words already split (normalize.words)."""
    return not _FIRST.isdisjoint(with_keys(words))


def difference_words(s: Scan) -> set[int]:
    """The tokens of the scanned message spelling a word for the difference, typed as such (world_asks.typed_as)."""
    return cue_tokens(s, range(len(s.norms)), phrases=_ANY_DIFFER)


def is_difference_word(norm: str) -> bool:
    """A folded word that alone is a word for the difference ("diff", "farak")."""
    return spelt((norm,), _ANY_DIFFER)


def _asked_last(s: Scan, differ: set[int]) -> bool:
    """A word for the difference closes the question, a question mark right after it or after one more word ("SLA and
    KPI razlika?", "NPV and IRR fark ne?")."""
    return any(s.marked(k) or k + 1 < len(s.norms) and not s.sentence_start[k + 1] and s.marked(k + 1) for k in differ)


def _found(s: Scan, phrases: frozenset[tuple[str, ...]], said: frozenset[str]) -> set[int]:
    """The tokens spelling one of `phrases` (world_asks.cue_tokens), read only when the message holds a first word."""
    return set() if _firsts(phrases).isdisjoint(said) else cue_tokens(s, range(len(s.norms)), phrases=phrases)


@cache
def _firsts(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The first words of `phrases`, once per set: a message lacking them all is not scanned for any."""
    return frozenset(words_of(p)[0] for p in phrases)


def _rewritten(text: str, s: Scan, marks: _Marks) -> str:
    """The message with "difference" once for its word for the difference, "and" for its joining words, and its words
    for "between", for asking and its particles gone."""
    pieces, said = [text[:s.starts[0]]], False
    for k, raw in enumerate(s.raws):
        if k in marks.differ:
            pieces.append("" if said else "difference")
            said = True
        elif k in marks.dropped:
            pieces.append("")
        else:
            pieces.append("and" if k in marks.joins else raw)
        pieces.append(text[s.ends[k]:s.starts[k + 1]] if k + 1 < len(s.raws) else text[s.ends[k]:])
    return BLANKS.sub(" ", "".join(pieces)).strip()
