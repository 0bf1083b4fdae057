"""An acronym said as a word and typed by ear: "whack" for WACC, "voyp" for VoIP, "lie bore" for LIBOR,
"eye map" for IMAP, "a dunce number" for DUNS.

Voice dictation and people who spell by ear write the sound, not the letters, so neither the exact keys nor
fuzzy matching (letters apart) find the name. Both sides are reduced to a sound key (a Metaphone-like
reduction: one letter per consonant sound, every run of vowels one "a", a silent final e dropped), built once
per glossary on first need over the names written as abbreviations. A word asked (or two neighbouring words
asked, "hip ah") whose key is an abbreviation's key and that is not that name as written reads it. Many
everyday words sound like acronyms ("gap", "whack", "sock"), so a reading is answered only when exactly one
concept heard is backed by the message: its letters spelled ("g a a p"), two words of its expansion
("security ... operations"), a rarer word its name or tags use ("finance" beside "whack"), or the word after it
naming its last letter's word ("nick card", "gap accounting"). Anything else heard is at most offered: a word
that is no English word is no backing, since unknown acronyms, product names and other languages' words are
typed so too ("sase", "groq", "ahorro"). An abbreviation said with its first letter by its name ("G whack",
"gee whack") is heard from a capital typed alone or a letter's name that is no English word, then a word that
sounds like the rest: only that letter ("an E bike" is no ABAC), never a word that only sounds like a letter
("so easy", "the one act", "our back end").
"""

from __future__ import annotations

import re
from functools import lru_cache
from weakref import WeakKeyDictionary

from glossary import common_words, cues, normalize
from glossary.cue_words import FUNCTION, STRONG
from glossary.detect_types import Candidate
from glossary.matching import MAX_CHOICES, Matcher
from glossary.models import LookupResult, Match, Term
from glossary.readings import is_scaffold
from glossary.spelling import tight
from glossary.spoken_letters import CLEAR_NAMES
from glossary.textscan import Scan
from glossary.typo_rules import is_word
from glossary.word_forms import stem

MIN_KEY = 3  # "pa" (poe) or "sa": a two-sound key is any short word
MAX_NAME = 8  # longer abbreviations ("FedRAMP") are typed apart, not by ear (glossary/joined_words.py)
BACKING_RANK = 2_000  # a word this common ("team", "says") backs no one term
_SOFT_C = re.compile("c(?=[eiy])")
_SILENT_E = re.compile(r"(?<=..[^aeiouy])e(?=s?$)")
_SPELLING = [(re.compile(p), r) for p, r in (
    ("[^a-z]", ""), ("ck", "k"), ("ph", "f"), ("qu", "kw"), ("x", "ks"), ("c(?=[eiy])", "s"), ("[cq]", "k"),
    ("z", "s"), ("(?<=.)h", ""), ("(?<=[aeiouy])w", ""), ("(?<=.)y", "a"), ("[aeiou]+", "a"), (r"(.)\1+", r"\1"))]
_INDEX: WeakKeyDictionary[Matcher, dict[str, list[tuple[str, str]]]] = WeakKeyDictionary()
_LETTERED: WeakKeyDictionary[Matcher, dict[str, list[tuple[str, str, str]]]] = WeakKeyDictionary()
Hit = tuple[int, int, str, str]  # (first token, last token, term id, abbreviation)


@lru_cache(maxsize=8192)
def sound_key(text: str) -> str:
    """How `text` sounds, roughly: "whack" and "WACC" -> "wak", "lie bore" and "LIBOR" -> "labar"."""
    said = [_SILENT_E.sub("", _SOFT_C.sub("s", word)) for word in text.lower().split()]  # "bore", "dunce", "nakes"
    key = "".join(said)
    for pattern, sound in _SPELLING:
        key = pattern.sub(sound, key)
    return key


def _abbreviations(term: Term) -> list[str]:
    """The names of `term` written as abbreviations: one word of a few letters with two capitals or more."""
    names = [n for n, _ in term.names()] + [f for f, _ in term.derived_names()]
    return list(dict.fromkeys(n for n in names if " " not in n and n.isalpha() and len(n) <= MAX_NAME
                              and sum(c.isupper() for c in n) >= 2))


def _unplural(name: str) -> str:
    """An abbreviation without a plural's "s": "SPACs" sounds "spac"."""
    return name[:-1] if name.endswith("s") and name[-2].isupper() else name


def _index(matcher: Matcher) -> dict[str, list[tuple[str, str]]]:
    """sound key -> (term id, abbreviation) for the glossary, built on first need."""
    found = _INDEX.get(matcher)
    if found is None:
        found = {}
        for term in matcher.terms.values():
            for name in _abbreviations(term):
                for key in {sound_key(name), sound_key(_unplural(name))}:
                    if len(key) >= MIN_KEY:
                        found.setdefault(key, []).append((term.id, name))
        _INDEX[matcher] = found
    return found


def _lettered(matcher: Matcher) -> dict[str, list[tuple[str, str, str]]]:
    """The sound of an abbreviation less its first letter -> (that letter, term id, abbreviation): "GWAC" is
    heard "G" + "wac", "CPARS" "cee" + "pars". Built on first need."""
    found = _LETTERED.get(matcher)
    if found is None:
        found = {}
        for term in matcher.terms.values():
            for name in _abbreviations(term):
                plain = _unplural(name)
                if name[:2].isupper() and len(plain) >= 4 and len(key := sound_key(plain[1:])) >= MIN_KEY:
                    found.setdefault(key, []).append((plain[0].lower(), term.id, name))
        _LETTERED[matcher] = found
    return found


def _said_letter(scan: Scan, i: int) -> frozenset[str]:
    """The letter token i is said as: a capital typed alone ("G whack"), or a letter's name that is no English
    word ("gee whack", "cee pars"); never a word that only sounds like one ("the", "so", "our", "oh")."""
    raw, norm = scan.raws[i], scan.norms[i]
    if len(norm) == 1:
        return frozenset({norm}) if raw.isupper() and norm not in "ai" else frozenset()
    return frozenset({CLEAR_NAMES[norm]}) if norm in CLEAR_NAMES and not is_word(norm) else frozenset()


def read(matcher: Matcher, scan: Scan, covered: set[int], asking: set[int]) -> tuple[LookupResult | None, list[Match]]:
    """The abbreviation one word (or two neighbouring words) asked sounds like, when the message backs exactly
    one concept heard; and every abbreviation heard, to offer."""
    index = _index(matcher)
    heard: list[Hit] = []
    said = _said(scan, covered, asking)
    for first, last in said:
        typed = " ".join(scan.norms[first:last + 1])
        for tid, name in index.get(sound_key(typed), ()):
            if normalize.key(typed) not in (normalize.key(name), normalize.singular_key(name)):
                heard.append((first, last, tid, name))  # a name typed as written is the exact readings' own
    heard += _heard_lettered(matcher, scan, covered, asking)
    heard = _asked(scan, heard)
    if not heard:
        return None, []
    backing = {h: _backing(scan, h, matcher.terms[h[2]]) for h in heard}
    alone = sum(first == last for first, last in said) == 1
    offered = [Match(tid, matcher.terms[tid].term, 80.0) for tid in dict.fromkeys(
        h[2] for h in heard if backing[h] or h[0] < h[1] or not is_word(scan.norms[h[0]])
        or alone and not common_words.is_common(scan.norms[h[0]], BACKING_RANK))]
    # "voyp", "eye map", "what is whack" (the one word asked) are offered; not "the bed" (BOD), nor "a bid
    # protest" (BOD) or "the fed funds rate" (RHIT): an English word among others asked is that word
    best = max(backing.values())
    backed = [h for h in heard if backing[h] == best]  # "sock ... security operations": SOC over SEC
    ids = list(dict.fromkeys(h[2] for h in backed))
    if not best or len({normalize.key(" ".join(scan.norms[h[0]:h[1] + 1])) for h in backed}) != 1 or \
            len(ids) > 1 and not matcher.concepts.one_concept(ids, backed[0][3]):
        return None, offered[:MAX_CHOICES]
    tid = ids[0] if len(ids) == 1 else matcher.concepts.richest(ids)
    typed = scan.text[scan.starts[backed[0][0]]:scan.ends[backed[0][1]]]
    return LookupResult(typed, typed, "answer", [Match(tid, matcher.terms[tid].term, 90.0)]), offered[:MAX_CHOICES]


def _heard_lettered(matcher: Matcher, scan: Scan, covered: set[int], asking: set[int]) -> list[Hit]:
    """The abbreviations a letter said by its name and the word after it sound like ("G whack": GWAC)."""
    lettered, norms, found = _lettered(matcher), scan.norms, []
    for i in range(len(norms) - 1):
        if {i, i + 1} & covered or not {i, i + 1} <= asking or not norms[i + 1].isalpha() or not tight(scan, i):
            continue
        letters = _said_letter(scan, i)
        found += [(i, i + 1, tid, name) for letter, tid, name in lettered.get(sound_key(norms[i + 1]), ())
                  if letter in letters] if letters else []
    return found


def _asked(scan: Scan, heard: list[Hit]) -> list[Hit]:
    """The hits a question cue points at as it would at a name ("what is whack", "... what does voyp mean",
    "fass, what is that"): a word only mentioned ("the new phones are voyp") is no question about it."""
    places = list(dict.fromkeys((h[0], h[1]) for h in heard))
    scored = cues.score(scan, [Candidate(first, last, [], weak=False, loose=True) for first, last in places])
    asked = {place for place, x in zip(places, scored, strict=True) if x.asked >= STRONG}
    return [h for h in heard if (h[0], h[1]) in asked]


def _said(scan: Scan, covered: set[int], asking: set[int]) -> list[tuple[int, int]]:
    """The words no span covers that a question asks, alone and in neighbouring pairs ("lie bore")."""
    free = [i in asking and i not in covered and scan.norms[i].isalpha() and len(scan.norms[i]) >= 2
            and not is_scaffold(scan.norms[i]) and scan.norms[i] not in FUNCTION
            and sum(c.isupper() for c in scan.raws[i]) < 2 for i in range(len(scan.norms))]  # "CAC": written
    ones = [(i, i) for i in range(len(free)) if free[i] and len(scan.norms[i]) >= MIN_KEY]
    return ones + [(i, i + 1) for i in range(len(free) - 1) if free[i] and free[i + 1] and tight(scan, i)]


def _backing(scan: Scan, hit: Hit, term: Term) -> int:
    """How strongly the rest of the message backs the abbreviation heard (see the module's docstring): 3 its
    letters spelled, 2 its expansion begun or two of its words, 1 a rarer word its name or tags use, 0 nothing."""
    first, last, _, name = hit
    rest = [w for k, w in enumerate(scan.norms) if not first <= k <= last]
    if normalize.key(name) in "".join(w if len(w) == 1 else " " for w in rest).split():
        return 3  # "gap accounting g a a p"
    expansions = [normalize.words(n) for n, _ in term.names() if " " in n.strip()]
    content = {stem(w) for words in expansions for w in words if w not in FUNCTION and len(w) > 2}
    said = {stem(normalize.singular(w)) for w in rest if w not in FUNCTION}
    if len(content & said) >= 2 or any(normalize.find_run(rest, words[:2]) >= 0 for words in expansions):
        return 2  # "platform as a service", "is that voice over something"
    typed = scan.norms[first:last + 1]
    after = {stem(scan.norms[k + len(typed)]) for k in range(len(scan.norms) - len(typed))
             if scan.norms[k:k + len(typed)] == typed}  # "the nick card ... what is a nick"
    rare = {normalize.singular(w) for w in rest if w.isalpha() and len(w) >= MIN_KEY  # not the "s" of "what's"
            and not common_words.is_common(w, BACKING_RANK)}
    uses = " ".join([term.term, *term.aliases, *term.tags])  # its definition's words back too many a word
    return int(bool(after & content) or bool(rare & {normalize.singular(w) for w in normalize.words(uses)}))

