"""How an English word sounds, closely enough to tell homophones ("bear"/"bare", "soul"/"sole", "sail"/"sale",
"prize"/"price", "tee"/"T") from words that only share consonants ("cost"/"cast", "part"/"port", "rate"/"rat").

sound_alike.sound_key collapses every vowel, which suits acronyms said as words but makes most short words
alike. Here the stressed (first) vowel keeps its sound: a long vowel however spelled ("a_e", "ai", "ay",
"ea" in "bear") is one mark, a short vowel another; later vowels are unstressed and alike ("accrual",
"cruel"). A spelling read two ways ("ea" in "bear", "meat", "bread") gives each reading. Near sounds are
keys too: the word without an inflection ("fixed" heard "fix"), a name's word without a leading unstressed
vowel ("accrual" heard "cruel").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from math import prod

MIN_KEY = 2
MAX_READINGS = 64  # a bound on the readings of one spelling, whatever its length
MIN_STRIP = 5  # a shorter word has no unstressed vowel to lose ("ace" is no "ce")
LETTERS = dict(zip("abcdefghijklmnopqrstuvwxyz", (
    "ay bee see dee ee ef gee aitch eye jay kay el em en oh pee cue ar ess tee you vee double ex why zee").split(),
    strict=True))
_BEFORE = [(re.compile(p), r) for p, r in (
    ("^wr", "r"), ("^kn", "n"), ("eigh", "A"), ("igh", "I"), ("gh(?=t)", ""), ("mb$", "m"), ("c(?=[eiy])", "s"),
    ("([^aeiou])\\1", "\\1"), ("(?<![aeiou])([aeiou])([^aeiouwxy])e(?=s?$)", lambda m: m[1].upper() + m[2]),
    ("(?<=..[^aeiou])e$", ""), ("(?<=[^aeiou])([aeiou])$", lambda m: m[1].upper()),  # "bare", "peace", "flu"
    ("(?<![qg])u(?=[ae][^aeiou])", "U@"))]  # "cruel", "accrual"; not "quest", "guest"
_TOKEN = re.compile("ai|ay|ei|ey|ee|ie|ea|oa|oe|ow|ou|oo|ew|ue|ui|au|aw|oi|oy|[aeiou]r(?![aeiou])|tch|"
                    "ph|ck|sh|ch|th|wh|qu|.")
_VOWELS: dict[str, tuple[str, ...]] = {
    "ai": ("A",), "ay": ("A",), "ei": ("A", "E"), "ey": ("A", "E"), "ee": ("E",),
    "ie": ("E", "I"), "ea": ("E", "A"), "oa": ("O",), "oe": ("O",), "ow": ("O", "W"), "ou": ("O", "U", "W"),
    "oo": ("U",), "ew": ("U",), "ue": ("U",), "ui": ("U",), "au": ("o",), "aw": ("o",), "oi": ("Y",), "oy": ("Y",),
    "er": ("3r",), "ir": ("3r",), "ur": ("3r",), "ar": ("ar",), "or": ("or",), "@": ("@",),
    **{v: (v,) for v in "aeiouAEIOU"}}
_CONSONANTS = {"ph": "f", "ck": "k", "qu": "kw", "x": "ks", "c": "k", "q": "k", "z": "s", "wh": "w", "tch": "ch"}
_LONG = re.compile("[^aeiou][aeiou][^aeiouwxy]ed$")
_ENDINGS = ("ed", "es", "s")  # an inflection heard or not: "fix fee", "fixed fee"


@lru_cache(maxsize=16384)
def sounds(word: str, written: bool = False) -> frozenset[str]:
    """Every key the word may be heard as (see the module's docstring); a letter is heard as its name. A
    word `written` (a name's own) may also be heard without its leading unstressed vowel; a word typed is
    as typed ("accosted" is no "cost")."""
    if len(word) == 1:
        return _keys(LETTERS[word]) if word in LETTERS else frozenset()
    forms = {word} | {word[:-len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 3
                      and not word.endswith(("ss", "us", "is"))}
    if _LONG.search(word):
        forms = (forms - {word[:-2]}) | {word[:-1]}  # "staked" is "stake", not "stak" (stack)
    forms |= {f[1:] for f in forms if written and len(f) >= MIN_STRIP and f[0] in "aei" and f[1] not in "aeiou"}
    return frozenset(k for f in forms for k in _keys(f))


def _keys(word: str) -> frozenset[str]:
    """The readings of one spelling: the first vowel as heard, later ones unstressed."""
    for pattern, sound in _BEFORE:
        word = pattern.sub(sound, word)
    options: list[tuple[str, ...]] = []
    stressed = False
    for piece in _TOKEN.findall(word):
        said = "I" if piece == "y" and options else piece  # "yield"; "style", "sky"
        if said in _VOWELS:
            heard = _VOWELS[said]
            options.append(heard if not stressed else tuple({"@r" if h.endswith("r") else "@" for h in heard}))
            stressed = True
        elif said == "h" and options:
            continue  # "ohm", "yeah": an h after the first sound is silent
        else:
            options.append((_CONSONANTS.get(said, said),))
    if prod(len(heard) for heard in options) > MAX_READINGS:
        return frozenset()  # never reached: only the first vowel is heard more than one way
    keys = {"".join(parts) for parts in product(*options)}
    return frozenset(k for k in keys if len(k) >= MIN_KEY)


_VOWEL_MARKS = frozenset("aeiouAEIOUY3@")


def stressed(word: str) -> set[str]:
    """The first vowel as heard, long or short alike: "bones" and "bonds" share it, "margin" and "merger" do not."""
    return {next((c.lower() for c in key if c in _VOWEL_MARKS), "") for key in sounds(word)} - {""}
