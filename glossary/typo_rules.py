"""When a typed word is a typo of a name, and when it is a word of its own: the rules fuzzy matching keeps.

A typo is a few keystrokes off a name; a correctly spelt English word, a word made by a prefix
("unsystematic", "de-identification") or a long word typed in lower case against an acronym
("vesting" for CESTING) is meant as itself and is never read as a typo.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from glossary import common_words, normalize, outside_names
from glossary.models import Term

REAL_WORD_RANK = 30_000  # the whole of glossary/common_words.txt
ACRONYM_TYPO_MIN = 5  # a word typed in lower case this long is not an acronym mistyped
ASKED_MIN = 6  # a word asked on its own this long may be a short name mistyped ("ingres"; not "kanbn")
DROP_MIN_KEY = 6  # "heding", "ingres": one letter left out of a word this long is a slip, not another word
LONG_SLIP_MIN = 8  # "debenchure": a word asked alone this long, two keystrokes off one name only, is that name
SWAP_MIN_KEY = 4  # "JBDO", "LDPA": two neighbouring letters swapped, the one slip a short key is answered for
MAX_ACRONYM = 6  # letters of an acronym a phrase's initials may stand for
SAME_SPELLING = 85  # a typed expansion this close to the entry's own is it, mistyped ("serch engine optimization")
AFFIXES = frozenset("de un non dis re anti in im ir il pre co sub mis multi".split())


def is_word(typed: str) -> bool:
    """An English word as typed, in either spelling ("organisation"): meant as itself, so never read as a typo of a
    term two keystrokes away."""
    return common_words.either_spelling(typed, REAL_WORD_RANK)


def plausible(typed: str, key_text: str, edits: int) -> bool:
    """Would a person see `key_text` in what they typed? Most of it must be shared: one keystroke off
    for short words, two (same start) from 7 characters, three from 12. "blocker" is not "docker", and a
    correctly spelt English word is not a typo two keystrokes off ("capacitor" is not "capacity")."""
    if edits <= 1:
        return True
    if is_word(typed):
        return False
    if edits == 2:
        return len(typed) >= 7 and typed[:2] == key_text[:2]
    return edits == 3 and len(typed) >= 12 and typed[:2] == key_text[:2]


def first_letters_kept(typed: str, term: Term, key_text: str) -> bool:
    """Each typed word keeps the first letter of the word of the name it stands for ("data lakehouse" is not
    "data warehouse", "credit swap" not "debit swap"): a slip rarely hits a word's first letter. Names of one
    word, or of another word count than typed, are left to `plausible`."""
    words = normalize.words(typed)
    name = next((n for n in (term.term, *term.aliases) if normalize.key(n) == key_text), "")
    own = normalize.words(name)
    if len(words) < 2 or len(own) != len(words):
        return True
    return all(a == b or first_letter_kept(a, b) for a, b in zip(words, own, strict=True))


def first_letter_kept(typed: str, word: str) -> bool:
    """A word typed a keystroke or two off `word` keeps its first letter: "wearhouse", not "lakehouse"."""
    return typed[:1] == word[:1]


def prefixed_word(typed: str, key_text: str) -> bool:
    """One key is the other with a prefix that makes another word ("un" + "systematic")."""
    short, long = sorted((typed, key_text), key=len)
    return long.endswith(short) and long[:len(long) - len(short)] in AFFIXES


def squeezed(word: str) -> str:
    """The word with doubled letters written once: "tarrif" and "tariff", "gannt" and "gantt" agree."""
    return "".join(c for n, c in enumerate(word) if n == 0 or c != word[n - 1])


@cache
def _words_by_shape() -> dict[tuple[int, str, int], list[str]]:
    """Every listed English word by (end, letter, length), built on first need."""
    shapes: dict[tuple[int, str, int], list[str]] = defaultdict(list)
    for word in common_words.ranks():
        shapes[(0, word[0], len(word))].append(word)
        shapes[(1, word[-1], len(word))].append(word)
    return shapes


def near_word(typed: str, but: set[str]) -> bool:
    """Is an English word other than `but` one keystroke from `typed`? "heding" may be heading or hedging."""
    shapes = _words_by_shape()
    pool = [w for n in range(len(typed) - 1, len(typed) + 2) for end, letter in ((0, typed[0]), (1, typed[-1]))
            for w in shapes.get((end, letter, n), ())]
    return any(w not in but for w, _, _ in process.extract(typed, pool, scorer=OSA.distance, score_cutoff=1,
                                                             limit=None))


def short_slip(typed: str, ranked: list[tuple[str, tuple[float, int, str]]]) -> list[str]:
    """The senses of the one name a short word asked on its own is a slip of ("ingres", "tarrif"): a keystroke
    off, or that name with a doubled letter misplaced; no English word and none a keystroke from it, and
    every other name more than two keystrokes off. "heding" (heading or hedging) stays a "did you mean".
    `ranked`: (term id, (score, keystrokes, key)), nearest first."""
    if not ranked or len(typed) < ASKED_MIN or not typed.isalpha() or is_word(typed):
        return []
    _, (_, edits, key) = ranked[0]
    if not (edits == 1 or edits == 2 and squeezed(typed) == squeezed(key)):
        return []
    senses = [tid for tid, (_, _, key_text) in ranked if key_text == key]
    if any(n <= 2 for tid, (_, n, _) in ranked if tid not in senses) or near_word(typed, {key}):
        return []
    return senses


def long_slip(typed: str, ranked: list[tuple[str, tuple[float, int, str]]]) -> list[str]:
    """The senses of the one name a long word asked on its own is two keystrokes off ("debenchure" for
    debenture), where the matcher's own rules answer only one: a word this long that is no English word and
    near none, starting as the name starts, with every other name three keystrokes off or more, has no other
    reading. `ranked`: (term id, (score, keystrokes, key)), nearest first."""
    if not ranked or len(typed) < LONG_SLIP_MIN or not typed.isalpha() or is_word(typed):
        return []
    _, (_, edits, key) = ranked[0]
    if edits != 2 or not plausible(typed, key, edits):
        return []
    senses = [tid for tid, (_, _, key_text) in ranked if key_text == key]
    if any(n <= edits + 1 for tid, (_, n, _) in ranked if tid not in senses) or near_word(typed, {key}):
        return []
    return senses


def swapped(typed: str, key_text: str) -> bool:
    """`typed` is `key_text` with two neighbouring letters swapped ("JBDO" for JBOD): the commonest slip of
    a fast typist, and one a random unknown acronym rarely makes by chance (a swap has 3 neighbours of a
    four-letter key, a changed letter 100)."""
    if len(typed) != len(key_text) or typed == key_text:
        return False
    diff = [i for i, (a, b) in enumerate(zip(typed, key_text, strict=True)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == key_text[diff[1]] \
        and typed[diff[1]] == key_text[diff[0]]


def slipped(typed: str, key_text: str) -> bool:
    """One slip a short key is answered for: two letters swapped, or one letter of a long word left out
    ("heding" for hedging): typing a letter too few leaves the rest in order, a changed letter makes a word."""
    if outside_names.known(typed):
        return False  # "FMEA" is an acronym of its own, no FEMA mistyped
    if len(typed) >= SWAP_MIN_KEY and swapped(typed, key_text):
        return True
    return len(typed) >= DROP_MIN_KEY and len(key_text) == len(typed) + 1 and typed.isalpha() \
        and any(key_text[:i] + key_text[i + 1:] == typed for i in range(len(key_text)))


def acronym_slip(typed: str, key_text: str) -> bool:
    """An acronym typed with two neighbouring letters swapped ("owsap") or a letter doubled, undoubled or
    doubled in the wrong place ("HIPPA", "dunns"): slips of a name remembered by its sound. A changed or
    missing letter is not one: it makes another acronym as often as not."""
    if not typed.isalpha() or len(typed) < SWAP_MIN_KEY or is_word(typed) or _word_slipped(typed) \
            or outside_names.known(typed):
        return False  # "FMEA" is an acronym of its own, not FEMA slipped
    return swapped(typed, key_text) or len(typed) >= ACRONYM_TYPO_MIN and typed != key_text \
        and squeezed(typed) == squeezed(key_text)


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_PLACES = {c: (r, i + r / 2) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}  # rows staggered by half a key
#: Each letter's neighbours on a QWERTY keyboard, beside it and in the rows above and below ("a": q w s z).
_NEIGHBOURS = {c: frozenset(d for d, (r2, x2) in _PLACES.items() if d != c and abs(r2 - r) <= 1 and abs(x2 - x) <= 1)
               for c, (r, x) in _PLACES.items()}


def lower_acronym_typo(typed: str, key_text: str, asked: bool) -> bool:
    """May a word typed in lower case, a keystroke or two off an acronym's key, be that acronym mistyped? A long one
    only as a slip asked alone ("owsap?"); a short one as a slip or with one letter hit beside it on the keyboard
    ("slq" for SLA, "ldsp"), never another word's letters ("chto", "chno": words of other languages, no CHCO). A
    letter more or fewer is left to the keystroke count (`plausible`)."""
    if len(typed) >= ACRONYM_TYPO_MIN:
        return asked and acronym_slip(typed, key_text)
    if len(typed) != len(key_text):
        return True
    changed = [(a, b) for a, b in zip(typed, key_text, strict=True) if a != b]
    return len(changed) == 1 and changed[0][0] in _NEIGHBOURS.get(changed[0][1], ()) or acronym_slip(typed, key_text)


@cache
def _squeezed_words() -> frozenset[str]:
    return frozenset(squeezed(word) for word in common_words.ranks())


def _word_slipped(typed: str) -> bool:
    """Is `typed` an English word slipped the same way ("tatoo" for tattoo, "form" for from)? Then it is
    that word as likely as an acronym."""
    return squeezed(typed) in _squeezed_words() or any(
        is_word(typed[:i] + typed[i + 1] + typed[i] + typed[i + 2:]) for i in range(len(typed) - 1))


def acronym_senses(typed: str, ranked: list[tuple[str, tuple[float, int, str]]]) -> list[str]:
    """The senses of the one acronym a word asked on its own is a slip of (acronym_slip), when no other
    name is a keystroke from it; else none. `ranked`: (term id, (score, keystrokes, key)), nearest first."""
    if not ranked or not acronym_slip(typed, key := ranked[0][1][2]):
        return []
    senses = [tid for tid, (_, _, key_text) in ranked if key_text == key]
    return [] if any(n <= 1 for tid, (_, n, _) in ranked if tid not in senses) else senses


def form_in_phrase(norms: list[str], tight: Callable[[int], bool], left: list[int], answered: list[bool]) -> bool:
    """A word read as a term only by its form (an English word: "indentured" for indenture) right before
    another English word left over that reads as nothing ("servitude"): the two are one phrase asked, a
    thing the glossary does not name, not the term. `left`: the leftover tokens; `answered`: whether each
    read as a term; `tight(i)`: tokens i and i + 1 are one phrase."""
    read = dict(zip(left, answered, strict=True))
    return any(ok and is_word(norms[i]) and read.get(i + 1) is False and is_word(norms[i + 1]) and tight(i)
               for i, ok in read.items())


def initials_of(term: Term, typed: str) -> bool:
    """May the phrase `typed` stand for the acronym entry `term` its initials spell? A short name that does not
    spell itself out otherwise: "material adverse change" is no MAC whose entry says "Mandatory Access Control"."""
    return len(term.term) <= MAX_ACRONYM and not spelled_otherwise(term, typed)


def spelled_otherwise(term: Term, typed: str) -> bool:
    """The acronym entry spells itself out in other words than the phrase typed with its initials: "material
    adverse change" is no MAC whose entry says "Mandatory Access Control" (an initials-only guess)."""
    typed_key, typed_words = normalize.key(typed), normalize.words(typed)
    letters = set(normalize.initials_variants(typed))  # "smiled and nodded" spells SAN with its "and"
    spelled = [name for name in (*term.aliases, *term.given_names(), term.definition.split(".")[0][:60])
               if len(normalize.words(name)) >= 2 and letters.intersection(normalize.initials_variants(name))]
    return bool(spelled) and not any(fuzz.ratio(normalize.key(name), typed_key) >= SAME_SPELLING
                                     or _mostly_same(normalize.words(name), typed_words) for name in spelled)


def _mostly_same(name: list[str], typed: list[str]) -> bool:
    """Most words the same in their places: "personal health information" for Protected Health Information,
    "segregation of duties" for Separation of duty (a word misremembered), not "material adverse change"."""
    same = sum(a == b or normalize.singular(a) == normalize.singular(b) for a, b in zip(name, typed, strict=False))
    return len(name) == len(typed) and 2 * same > len(name)
