"""Everyday chat forms of the languages with a table of their own, from speakers' reviews of those tables: the
tables held textbook phrasings ("qué significa", "c'est quoi"), while people type "q onda con", "me lo explicas",
"ça veut dire quoi au juste", "maana yake nini". Only data, in tabled_more.json (one object a language: "phrases"
as [words, meaning], "small" words with their English, "particles" that go, "marks" that tell the language), turned
here into what the tables already hold: phrase patterns for glossary/foreign_phrases.py, and wider tables for
glossary/foreign_words.py.

A reviewed form is kept only where the tables' own rules allow it (tests/glossary/test_tabled_more.py): a phrase of
five words at most that an existing phrase does not already read, not a single English or chat word, not all
common English; a small word, particle or mark that is no English word (particles and marks of three and four
letters at least); a mark no other table knows. The reviewed phrases come after the tables' own, so where both
read a message, the tables' reading stands.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from glossary import common_words
from glossary.language_table import TOKEN, Language
from glossary.normalize import fold

_DATA: dict[str, dict] = json.loads(Path(__file__).with_name("tabled_more.json").read_text(encoding="utf-8"))

#: What each reviewed meaning reads as: (English, opens a question before its term, needs a "?" after it).
MEANINGS: dict[str, tuple[str, bool, bool]] = {
    "what is": ("what is", True, False), "what are": ("what are", True, False),
    "what does it mean": ("what means", True, False), "what does it stand for": ("what means", True, False),
    "meaning of": ("the meaning of", True, False), "what do they mean by": ("what do they mean by", True, False),
    "what is it (after)": (", what is it", False, False), "explain": ("explain", False, False),
    "explain simply": ("explain simply", False, False),
    "what is the difference between": ("what is the difference between", True, False),
    "the difference between": ("the difference between", False, False),
    "what is the difference (after)": (", what is the difference", False, False),
    "are they the same (after)": (", are they the same", False, False),
    "the same thing": ("the same thing", False, False), "and": ("and", True, False),
    "does anyone know": ("does anyone know", False, False), "please": ("please", False, False),
    "exactly": ("exactly", False, False), "in simple words": ("in simple words", False, False),
    "who": ("who", True, False), "when": ("when", True, False), "where": ("where", True, False),
    "why": ("why", True, False), "how much": ("how much", True, False)}
_FILLING = frozenset({"please", "exactly", "in simple words"})  # meanings of words that only fill
#: Articles that may open a reviewed phrase, which people often leave out ("la diferencia entre", "i diafora").
ARTICLES = frozenset("el la los las le les il lo gli der die das den dem ang yung i ta to ho hi al".split())
MAX_WORDS = 5  # words of a phrase: a longer one is a sentence, not a way of asking
ENGLISH_RANK = 3_000  # a phrase of words all this common in English is read as English ("me and", "so is")
MIN_PARTICLE, MIN_MARK = 3, 4  # letters: a shorter word is often another language's, or an acronym typed low
MIN_SMALL = 3  # letters of a reviewed small word in Latin letters: "vc", "gw", "nn" are acronyms typed low too
#: Small words of three letters that are acronyms typed in lower case as often, left as typed (as the tables leave
#: "des", "sem", "com").
AS_TYPED = frozenset("des sem com mis ato mou ota ptr msh".split())
_LETTERS = re.compile(r"[^\W\d_]+")
#: Marks joined to a letter, which no word boundary parts from it: Bengali "কখন" (when) is no word of "কখনো" (ever).
_MARKS = "\u0300-\u036f\u064b-\u065f\u0900-\u0dff"


def _pattern(phrase: str) -> str:
    """The phrase as a pattern: its words apart by blanks, each accent optional but in a word English spells without
    them, an apostrophe of either kind, an article opening it optional ("i diafora metaksi": "diafora metaksi", as
    people type it too)."""
    def letter(c: str) -> str:
        if c in "'\u2019":
            return "['\u2019]"
        bare = fold(c)
        return f"[{re.escape(bare)}{re.escape(c)}]" if bare and bare != c and len(bare) == 1 else re.escape(c)
    words = [re.escape(word) if _english_bare(word) else "".join(letter(c) for c in word) for word in phrase.split()]
    if len(words) > 2 and phrase.split()[0] in ARTICLES:  # two words or more are left: never "sama7t" alone
        return f"(?:{words[0]}\\s+)?" + r"\s+".join(words[1:])
    return r"\s+".join(words)


def _english_bare(word: str) -> bool:
    """Without its accents the word is an everyday English one: it is read only as written ("thế còn" is no "the
    con", "ai bít" no "AI bit", "cos è" no "cos e-invoicing")."""
    bare = fold(word)
    return bare != word and common_words.rank(bare) <= ENGLISH_RANK  # not "que": no everyday English word


def english_only(words: list[str]) -> bool:
    """Every word is an everyday English one, or the phrase is one word English or chat alone."""
    if len(words) == 1:
        return common_words.rank(fold(words[0])) != common_words.NOT_COMMON or common_words.is_chat(words[0]) \
            or len(words[0]) < MIN_PARTICLE
    return all(common_words.rank(w) <= ENGLISH_RANK for w in words)


def kept(phrase: str, meaning: str, read: re.Pattern[str]) -> bool:
    """The rules keep a reviewed phrase: a meaning of MEANINGS, five words at most, not English alone, and not read
    whole already by `read`, the tables' own phrases in one pattern."""
    words = phrase.split()
    return meaning in MEANINGS and 0 < len(words) <= MAX_WORDS and phrase == phrase.lower() \
        and not english_only(words) and read.fullmatch(" ".join(words)) is None


def _rows() -> list[tuple[str, str, str, list[str]]]:
    """(language, phrase, meaning, the words that find it) of every reviewed phrase, longest first: a longer phrase
    is tried first."""
    rows = [(language, phrase, meaning, found_by) for language, review in _DATA.items()
            for phrase, meaning, found_by in review.get("phrases", ())]
    return sorted(rows, key=lambda row: -len(row[1]))


def _rarest(phrase: str) -> str:
    """The phrase's rarest word in English (the longest among equals), never an article it may go without: "wah dat
    mean" is found by "wah", not "mean"; "el far2 ben" by "far2", not "el"."""
    words = phrase.split()
    said = " ".join(words[1:]) if len(words) > 2 and words[0] in ARTICLES else phrase
    return max(TOKEN.findall(said), key=lambda word: (common_words.rank(fold(word)), len(word)))


def found_by(phrase: str) -> list[str]:
    """The words a message holding the phrase holds, one of which finds it: its rarest, as typed and folded (folded,
    a script's marks may join pieces: "क्या"). Written beside each phrase by bench/tabled_review.py, so a start-up
    reads them instead of working them out."""
    folded = fold(phrase)
    rarest = {_rarest(phrase), _rarest(folded)} if folded != phrase else {_rarest(phrase)}
    return sorted(rarest | {fold(word) for word in rarest})


def _by_hint(rows: list[tuple[str, str, str, list[str]]]) -> dict[str, tuple[int, ...]]:
    """Each word that finds a phrase -> the phrases it finds (their places in PHRASES)."""
    found: dict[str, list[int]] = {}
    for n, (*_, words) in enumerate(rows):
        for word in words:
            found.setdefault(word, []).append(n)
    return {word: tuple(places) for word, places in found.items()}


_ROWS = _rows()
#: The reviewed phrases as the tables' are listed, but by their words, not a pattern (built only when a message holds
#: the phrase's rarest word, `pattern_for`): (words, English, opens a question, needs a mark).
PHRASES = tuple((phrase, *MEANINGS[meaning]) for _, phrase, meaning, _ in _ROWS)
_FOUND_BY = _by_hint(_ROWS)
HINTS = frozenset(_FOUND_BY)
#: The reviewed fillers ("esattamente", "di preciso", "por favor") as one pattern, each opened by "|": words that may
#: follow a phrase asking after its term before the clause closes ("il debenture cos'è esattamente??").
FILLERS = "".join(f"|{_pattern(phrase)}" for _, phrase, meaning, _ in _ROWS if meaning in _FILLING)


def pattern_for(words: set[str] | frozenset[str], offset: int) -> re.Pattern[str] | None:
    """The reviewed phrases a message's words (lower case, `foreign_words.TOKEN`) may hold, in one pattern whose
    groups are named by their places in glossary/foreign_phrases.PHRASES (`offset` + their own), or None: only a
    few phrases are ever tried on a message, however long the lists grow."""
    places = tuple(sorted({n for word in words for n in _FOUND_BY.get(word, ())}))
    return _compiled(places, offset) if places else None


@lru_cache(maxsize=256)
def _compiled(places: tuple[int, ...], offset: int) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<p{offset + n}>(?<![\\w'])(?:{_pattern(PHRASES[n][0])})(?![\\w'{_MARKS}]))"
                               for n in places), re.I)


def foreign_word(word: str, least: int) -> bool:
    """`word` is no English or chat word, only letters, and `least` letters long at least."""
    return len(word) >= least and common_words.rank(fold(word)) == common_words.NOT_COMMON \
        and not common_words.is_chat(word) and _LETTERS.fullmatch(word) is not None


MIN_UNACCENTED = 5  # letters of a mark typed without its accents that still tells its language ("definicion")


def unaccented(marks: frozenset[str] | set[str]) -> set[str]:
    """The marks in Latin letters typed without their accents, as people chat ("definicion", "explicame"): long ones of
    no English."""
    return {bare for mark in marks if (bare := fold(mark)) != mark and len(bare) >= MIN_UNACCENTED and bare.isascii()
            and common_words.rank(bare) == common_words.NOT_COMMON}


def widened(tables: dict[str, Language]) -> tuple[Language, ...]:
    """Each table with its review's small words, particles and marks (bench/tabled_review.py kept only what the rules
    allow: no mark a table already knows); a small word the table already has keeps its English."""
    out = []
    for name, table in tables.items():
        review = _DATA.get(name, {})
        particles = review.get("particles", ())
        dropped = "|".join([table.dropped, *map(re.escape, particles)]) if particles else table.dropped
        marks = table.marks | set(review.get("marks", ()))
        out.append(replace(table, marks=marks | unaccented(marks),
                           small={**review.get("small", {}), **table.small}, dropped=dropped))
    return tuple(out)
