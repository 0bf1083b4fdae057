"""A modifier the glossary never puts before a name makes another kind of that thing: "transfer pricing"; so does
a link word and a noun it never puts after one: "return on investment" where it names "return on equity".

Glossaries name kinds of one thing with a word before it: "penetration pricing", "cost-plus pricing",
"skimming pricing". When the asked name is such a family's head and the word typed right before it is
none of the family's modifiers ("what is transfer pricing"), the question is about a kind the glossary
does not define: the head is offered, never answered as if it were the kind. Only the glossary's own
names say which heads are families; a head qualified in fewer than MIN_FAMILY names is not one, and an
everyday word before it ("our", "new", "the") is no modifier. The index is built on first need.
"""

from __future__ import annotations

import re

from glossary import common_words, normalize
from glossary.cue_words import BEFORE, COURTESY, FUNCTION, SKIP
from glossary.edges import OPENING
from glossary.models import Term

MIN_FAMILY = 3  # names that qualify one head before it counts as a family of kinds
EVERYDAY_RANK = 1_000  # "new pricing", "good pricing": too common a word to name a kind
_ASKING = (BEFORE | SKIP | {"what"}) - {"of", "on", "by", "about", "keep", "keeps", "get"}  # "what is a", "explain"
_BREAKS = ",;:.!?()\"'"  # a modifier is typed in the same phrase
_ENDS = ".!?"  # a sentence ends
MAX_RUN = 3  # words of a modifier phrase: "most favored customer"
#: Link words inside a name, after its head: "return on equity", "cost of capital", "debt to equity".
_LINKS = frozenset("on of to for per over".split())  # not "in": "MAN in networking" sets a field
MAX_SEQUEL = 40  # characters read after each place the name is typed
_CHATTER = COURTESY | OPENING  # "kindly", "ok", "btw", "folks": no modifier of a name
MAX_BEFORE = 120  # characters read before each place the name is typed: linear in the text
MAX_QUOTED = 60  # characters of a quoted modifier read back: '"most favored customer" pricing'
_QUOTED_BEFORE = re.compile(r"(?<!\w)[\"'](?P<q>[^\"']{1,50})[\"'](?!\w)\s+$")


class Families:
    """Head key -> the words its names put right before it, from every name of two words or more."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self._terms = terms
        self._index: dict[str, set[str]] | None = None
        self._after: dict[str, set[tuple[str, str]]] | None = None  # head key -> (link, word) its names go on with

    def undefined_kind(self, text: str, surface: str) -> bool:
        """`surface` is asked somewhere in `text` with a modifier before it ("what is transfer pricing",
        "explain a bid protest") that none of its family's names has, or with a link word and a word after it
        that none of its names has (sequel_undefined). The index is read only then."""
        return self._modifier_undefined(text, surface) or self._sequel_undefined(text, surface)

    def _sequel_undefined(self, text: str, surface: str) -> bool:
        """`surface` typed with a link word and a noun after it ("what is return on investment", "debt to income")
        where the glossary's own names go on from it with that link ("return on equity", "return on assets") but
        never with that noun: another of those kinds, which the glossary does not define."""
        sequels = self._built_after().get(normalize.singular_key(surface))
        if not sequels:
            return False
        low, name = text.lower(), surface.lower()
        links = {link for link, _ in sequels}
        for at in _occurrences(low, name, 0):
            words = normalize.words(low[at + len(name):at + len(name) + MAX_SEQUEL])[:2]
            if (at == 0 or not low[at - 1].isalnum()) and len(words) == 2 and words[0] in links \
                    and words[1].isalpha() and words[1] not in FUNCTION and words[1] not in SKIP \
                    and (words[0], normalize.singular(words[1])) not in sequels:
                return True
        return False

    def _built_after(self) -> dict[str, set[tuple[str, str]]]:
        if self._after is None:
            after: dict[str, set[tuple[str, str]]] = {}
            for term in self._terms.values():
                for name, _ in term.names():
                    words = [normalize.singular(w) for w in normalize.words(name)]
                    for k in range(1, len(words) - 1):
                        if words[k] in _LINKS:
                            after.setdefault("".join(words[:k]), set()).add((words[k], words[k + 1]))
            self._after = after
        return self._after

    def _modifier_undefined(self, text: str, surface: str) -> bool:
        low, name = text.lower(), surface.lower()
        found = _occurrences(low, name)
        modifiers = {m for at in found if (m := _modifier(_before_asked(text, at)))}
        if not modifiers or text[:found[-1]].rstrip()[-1:] in _ENDS:
            return False  # nothing before the name but a question word, or it is last typed opening a sentence
            # of its own ("... data integrity. integrity means what"): asked as itself
        family = self._built().get(normalize.singular_key(surface), set())
        return any(normalize.singular(m[0]) not in family and (m[1] or len(family) >= MIN_FAMILY) for m in modifiers)

    def _built(self) -> dict[str, set[str]]:
        if self._index is None:
            index: dict[str, set[str]] = {}
            for term in self._terms.values():
                for name, _ in term.names():
                    words = [normalize.singular(w) for w in normalize.words(name)]
                    for k in range(1, len(words)):
                        index.setdefault("".join(words[k:]), set()).add(words[k - 1])
            self._index = index
        return self._index


def _modifier(before: str) -> tuple[str, bool] | None:
    """The word typed right before a name, when an asking word comes just before its phrase ("what is *transfer*",
    "what does most favored *customer*", 'what does "*surge*"'): a modifier that may make another kind of the
    named thing, and whether it names a kind whatever the glossary's families (a quoted phrase: 'a "change of
    control" clause'; a bare run only for a family the glossary has); None otherwise. A
    quoted phrase is a modifier however common its words; a bare run of up to MAX_RUN words needs one that
    is not everyday."""
    quoted = _QUOTED_BEFORE.search(before[-MAX_QUOTED:])
    if quoted is not None:
        words = normalize.words(before[:len(before) - len(quoted.group(0))])[-1:]
        inside = normalize.words(quoted.group("q"))
        return (inside[-1], True) if words and words[0] in _ASKING and inside and inside[-1].isalpha() else None
    if not before.endswith(" ") or before.rstrip()[-1:] in _BREAKS:
        return None
    words = normalize.words(before)[-(MAX_RUN + 1):]
    for start in range(len(words) - 1):
        run = words[start + 1:]
        if words[start] in _ASKING and all(w.isalpha() and w not in FUNCTION and w not in _ASKING for w in run):
            return (run[-1], False) if any(not common_words.is_common(w, EVERYDAY_RANK) for w in run) \
                else None
    return None  # "we'll revisit auditing": a verb and its object, not a kind


def _before_asked(text: str, at: int) -> str:
    """What is typed before `at`, with an asking word put before it when the few words there open the message:
    "holding period return" alone asks as "what is holding period return" does; chat is left out ("um contribution
    margin" holds the modifier "contribution", "kindly margin" none)."""
    before = text[max(0, at - MAX_BEFORE):at]
    kept = [w for w in normalize.words(before) if w not in _CHATTER]  # "um contribution margin": contribution
    opens = at <= MAX_BEFORE and len(kept) <= MAX_RUN and before.rstrip()[-1:] not in _BREAKS
    return f"what {' '.join(kept)} " if opens and kept else before


def _occurrences(text: str, name: str, first: int = 1) -> list[int]:
    """Where `name` starts in `text` (both lower case) from character `first` on, left to right (by default
    after the first character: at the very start nothing comes before it)."""
    found, at = [], text.find(name, first)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + 1)
    return found
