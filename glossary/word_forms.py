"""Another form of a term's words: "what does it mean to amortize" for amortization, "idempotent" for
idempotence, "diversify" for diversification, "deobligation" for De-obligation, "amortizing a loan" for
loan amortization.

Both the typed word and every name's words are cut to a crude stem (the longest common English
suffix off, at least five letters kept; "-ify"/"-ification" both end in "if" so "diversify" does not
meet "diversity", and "-ate"/"-ation" keep their "at" so "integrate" does not meet "integrity", nor "liquidate"
"liquidity"), so a verb, an adjective or a noun of the same root meet. A hyphenated name is also
indexed as one word ("de-obligation": "deobligation"). A form is answered only when its stem names
exactly one concept and the typed word is not everyday English ("operating" is a word of its own);
the index is built on first need, one pass over the names. A long rare word one keystroke off a form
("idempotnt", "amortizd") is that form, when nothing is typed right (`slipped`).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from rapidfuzz.distance import OSA

from glossary import common_words, normalize
from glossary.models import Term
from glossary.typo_rules import is_word

SUFFIXES = sorted(
    "izations ization isations isation izing ising ements ement ments ment ences ence ances ance "
    "encies ency ancies ancy abilities ability ibility able ible ities ity ings ing isms ism ives ive izes ized "
    "ize ises ised ise ents ent ants ant ers er ed es s e al ally ly ions ion ically ical ic ness"
    .split(), key=len, reverse=True)
TO_IF = sorted("ifications ification ifiable ifying ified ifies ify".split(), key=len, reverse=True)
_SUFFIXES, _TO_IF = frozenset(SUFFIXES), frozenset(TO_IF)
_SIZES = sorted({len(s) for s in SUFFIXES + TO_IF}, reverse=True)  # longest first, one set look-up each
MIN_STEM = 5
MIN_PHRASE_STEM = 4  # a word of a name of several words: the other words vouch for it ("scale", "scaling")
MIN_WORD = 6
MIN_SLIPPED = 8  # a shorter word one keystroke off a form is too often another word
SLIP_START = 3  # letters a slip leaves in place at the start ("idem...", "amor...")
MAX_PHRASE = 3  # names of up to three words are matched word by word ("loan amortization")
EVERYDAY_RANK = 10_000  # a typed word this common is meant as itself ("operating", "present")
EVERYDAY_NAME_RANK = 5_000  # a name this common means itself: "capitation" is no form of "capital"


def past_participle(word: str) -> bool:
    """A regular past form of five letters or more: "finalised", "happened"; not "need", "speed"."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed") and word.isalpha()


@lru_cache(maxsize=50_000)  # names repeat their words ("risk", "management")
def stem(word: str, least: int = MIN_STEM) -> str:
    """The word without its longest common suffix, keeping at least `least` letters; a doubled last
    consonant left by the suffix is one ("debarred", "debarment": "debar")."""
    for size in _SIZES:
        if len(word) - size < least:
            continue
        end = word[-size:]
        if end in _TO_IF:
            return word[:-size] + "if"
        if end in _SUFFIXES and not (end == "s" and word.endswith("ss")):  # "process" is no plural
            cut = word[:-size]
            return cut[:-1] if len(cut) > least and cut[-1] == cut[-2] and cut[-1] not in "aeiouls" else cut
    return word


def phrase_key(words: list[str]) -> frozenset[str]:
    """The stems of a name's words, order-free: "scale horizontally" and "horizontal scaling" meet."""
    return frozenset(stem(normalize.singular(w), MIN_PHRASE_STEM) for w in words)


def rare(word: str) -> bool:
    """A typed word that may be another form of a name: long enough, letters only, not everyday."""
    return len(word) >= MIN_WORD and word.isalpha() and not common_words.is_common(word, EVERYDAY_RANK)


_AGENT = ("er", "ers", "or", "ors")
_PROPERTY = ("ity", "ities")


class WordForms:
    """stem -> ids of the one-word names with that stem; the stems of a short name's words -> its ids."""

    def __init__(self, terms: dict[str, Term]) -> None:
        index: dict[str, set[str]] = defaultdict(set)
        phrases: dict[frozenset[str], set[str]] = defaultdict(set)
        names: dict[str, set[str]] = defaultdict(set)  # stem -> its one-word names (a slip of one is fuzzy's)
        self._property = {term.id for term in terms.values() if term.term.lower().endswith(_PROPERTY)}
        for term in terms.values():
            for name, _ in term.names():
                words = normalize.words(name)
                joined = "".join(words)
                if len(words) == 2 and "-" in name and joined.isalpha() and len(joined) >= MIN_WORD:
                    index[stem(joined)].add(term.id)  # "De-obligation" typed "deobligation"
                if len(words) == 1 and len(words[0]) >= MIN_WORD and words[0].isalpha() \
                        and not common_words.is_common(words[0], EVERYDAY_NAME_RANK):
                    index[stem(words[0])].add(term.id)
                    names[stem(words[0])].add(words[0])
                elif 1 < len(words) <= MAX_PHRASE and all(len(w) > 2 and w.isalpha() for w in words):
                    phrases[phrase_key(words)].add(term.id)
        self._index = dict(index)
        self._phrases = dict(phrases)
        self._names = dict(names)
        self._by_start: dict[str, list[str]] | None = None  # stems by their first letters, on first slip

    def slipped(self, word: str) -> list[str]:
        """The ids of the one-word names a rare typed word is another form of with one keystroke off
        ("idempotnt": idempotent, a form of idempotence; "amortizd"), when no form is typed right; or []. A
        slip of the name itself ("hypervisr is down") or of an English word ("availabe?", "scheudled?") is not one:
        the fuzzy match reads those, with its caution."""
        word = word.lower()
        if len(word) < MIN_SLIPPED or not rare(word) or is_word(word) or self._index.get(stem(word)):
            return []  # "dumpling", "meditate": words of their own
        if self._by_start is None:
            self._by_start = defaultdict(list)
            for key in self._index:
                self._by_start[key[:SLIP_START]].append(key)
        near = {key for key in self._by_start.get(word[:SLIP_START], ())
                for end in ("", *SUFFIXES) if abs(len(key) + len(end) - len(word)) <= 1
                and _dropped_or_swapped(word, key + end) and not is_word(key + end)}  # "availabe": available
        near = {key for key in near  # "kubernetse": a slip of the name itself, not of another of its forms
                if not any(OSA.distance(word, name, score_cutoff=2) <= 2 for name in self._names.get(key, ()))}
        return sorted({i for key in near for i in self._index[key]})

    def find(self, word: str) -> list[str]:
        """The ids a rare typed word is another form of, or []."""
        word = word.lower()
        if not rare(word):
            return []
        ids = self._index.get(stem(word), set())
        if word.endswith(_AGENT):  # "an observer" is no observability: who does a thing is not what it has
            ids = ids - self._property
        return sorted(ids)

    def phrase(self, words: list[str]) -> list[str]:
        """The ids of a short name whose words are the typed content words in other forms or order
        ("amortizing a loan": loan amortization), or []."""
        if not 1 < len(words) <= MAX_PHRASE:
            return []
        return sorted(self._phrases.get(phrase_key(words), ()))


def _dropped_or_swapped(typed: str, form: str) -> bool:
    """Is `typed` the form with one letter dropped or added, or two neighbours swapped ("idempotnt", "amortizd")?
    A letter changed is not read: it makes other words of its own too often ("arbitrage" is no "arbitrate")."""
    if len(typed) == len(form):
        return sorted(typed) == sorted(form) and OSA.distance(typed, form, score_cutoff=1) <= 1
    return OSA.distance(typed, form, score_cutoff=1) <= 1
