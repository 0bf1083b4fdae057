"""A name of several words read word by word: "mean time between faliures", "man in the midle attack".

Typo windows (typo_windows.py) fuzzy-match a short run of typed words as one string; that misses a long
name whose mistyped word sits far from its start, a name that runs through "the", a dropped possessive
("Maslows"), a three-letter slip ("agency shp") and a name with every word slightly off ("mutaul fnud").
Here the glossary's own names lead: each rare typed word is looked up among the words of multi-word
names (a keystroke or two off, by length and first or last letter), and every name holding such a word
is laid over the typed words around it. It fits when each of its words is typed right or as a typo (not
as another English word), in one sentence, joined only by spaces, hyphens or an apostrophe. The longest
fit wins; two names (not one concept) fitting as long is a "did you mean", never a guess.
"""

from __future__ import annotations

import weakref
from collections import Counter, defaultdict

from rapidfuzz import process
from rapidfuzz.distance import OSA

from glossary import classifiers, normalize
from glossary.matching import Matcher
from glossary.models import LookupResult, Match, Term
from glossary.textscan import APOSTROPHES, Scan
from glossary.typo_rules import ASKED_MIN, is_word, near_word
from glossary.typo_windows import LINKS

MAX_NAME_WORDS = 7  # a longer name is a title, not something typed from memory
GENERIC_HEAD = 8  # names ending in a word this often make it a class ("contract"), said or left out
MIN_TYPED = 3  # "shp": a shorter typed word is too many words' slip
_GAPS = frozenset({"", "-", "'", "’", "'s", "’s", "/"})  # what may sit between two words of one name


class NameWords:
    """Multi-word names by their words, built once per glossary snapshot (on first need)."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self.names: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)  # word -> (words, id)
        self._by_shape: dict[tuple[int, str, int], list[str]] = defaultdict(list)  # (end, letter, len) -> words
        seen: set[tuple[tuple[str, ...], str]] = set()
        for term in terms.values():
            for name, _ in term.names():
                if " " not in name and "-" not in name:
                    continue  # most names are one word (acronyms): nothing to lay word by word
                for part in name.split(" or "):
                    words = name_words(part.split("(")[0] + " " + part.split(")")[-1] if "(" in part else part)
                    if 2 <= len(words) <= MAX_NAME_WORDS and (words, term.id) not in seen:
                        seen.add((words, term.id))
                        for w in set(words):
                            self.names[w].append((words, term.id))
        self.heads = Counter(words[-1] for words, _ in seen)  # the last words of names: "contract", "ratio"
        for w in self.names:
            self._by_shape[(0, w[0], len(w))].append(w)
            self._by_shape[(1, w[-1], len(w))].append(w)

    def droppable(self, tail: tuple[str, ...]) -> bool:
        """A tail a name is said without: a complement ("of needs") or a noun naming its class, in apposition
        ("an IDIQ is a contract", glossary/classifiers.py) and heading many of the glossary's names."""
        head = tail[0]
        return head in ("of", "for") and len(tail) <= 3 or len(tail) == 1 and self.heads[head] >= GENERIC_HEAD \
            and (head in classifiers.CLASSIFIERS or head in classifiers.KINDS)

    def near(self, typed: str) -> list[str]:
        """Name words `typed` may be a slip of (itself excluded): two edits at most, scored in C first."""
        pool = [w for n in range(len(typed) - 2, len(typed) + 3) for w in self._by_shape.get((0, typed[0], n), ())]
        pool += [w for n in range(len(typed) - 2, len(typed) + 3) for w in self._by_shape.get((1, typed[-1], n), ())
                 if w[0] != typed[0]]
        hits = process.extract(typed, pool, scorer=OSA.distance, score_cutoff=2, limit=None)
        return [w for w, _, _ in hits if w != typed and close(w, typed)]


def name_words(name: str) -> tuple[str, ...]:
    """A name's words, a possessive "s" dropped ("Maslow's hierarchy" -> maslow, hierarchy)."""
    return tuple(w for w in normalize.words(name) if w != "s")


def close(word: str, typed: str) -> bool:
    """A keystroke off (a letter missed from a word of four), or two from seven letters with the same start;
    "maslows" is "maslow" with the possessive's apostrophe dropped."""
    if len(typed) < MIN_TYPED or len(word) < 4 or not typed.isalpha():
        return False
    edits = OSA.distance(word, typed, score_cutoff=2)
    if edits <= 1:
        return len(typed) >= 4 or len(word) == 4 and typed in (word[:i] + word[i + 1:] for i in range(4))
    return edits == 2 and len(word) >= 7 and len(typed) >= 6 and word[:2] == typed[:2]


def typed_words(scan: Scan, allowed: set[int]) -> list[list[int]]:
    """Runs of token indices that one name may span: one sentence, joined by spaces, hyphens or an
    apostrophe; a possessive "s" token is skipped."""
    runs: list[list[int]] = [[]]
    for i, norm in enumerate(scan.norms):
        if norm == "s" and i and scan.text[scan.ends[i - 1]:scan.starts[i]] in APOSTROPHES:
            continue
        prev = runs[-1][-1] if runs[-1] else None
        if i not in allowed or not norm.isalnum() or scan.sentence_start[i] or prev is None \
                or "".join(scan.text[scan.ends[prev]:scan.starts[i]].split()) not in _GAPS:
            runs.append([])
        if i in allowed and norm.isalnum():
            runs[-1].append(i)
    return [r for r in runs if len(r) >= 2]


Fit = tuple[float, int, int, list[str]]  # (words spelt, first token, last token, term ids)


def fits(index: NameWords, scan: Scan, left: list[int], allowed: set[int]) -> dict[tuple[str, ...], Fit]:
    """A name's words -> how it lies over the typed words around a leftover word, where it does."""
    found: dict[tuple[str, ...], Fit] = {}
    runs = typed_words(scan, allowed)
    for i in left:
        run = next((r for r in runs if i in r), None)
        if run is None:
            continue
        typed = [scan.norms[k] for k in run]
        at = run.index(i)
        for word in index.near(typed[at]):
            for words, term_id in index.names[word]:
                for p in (p for p, w in enumerate(words) if w == word):
                    start = at - p
                    laid = _laid(index, words, typed[start:], p) if start >= 0 else 0
                    old = found.get(words)
                    if laid and (old is None or laid > old[0]):
                        found[words] = (laid, run[start], run[start + int(laid + .5) - 1], [term_id])
                    elif laid and laid == old[0] and term_id not in old[3]:
                        old[3].append(term_id)
    return found


def _laid(index: NameWords, words: tuple[str, ...], typed: list[str], at: int) -> float:
    """How many of the name's words the typed words spell from their start: all of them, or all but a
    droppable tail less half a word ("Maslows hierachy" [of needs], "indefinate ... quantity" [contract]);
    0 when a word typed is neither the name's word nor a slip of it."""
    n = 0
    while n < len(words) and n < len(typed) and (_same(words[n], typed[n]) or close(words[n], typed[n])
                                                 and not is_word(typed[n])):
        n += 1
    if n == len(words):
        return n
    if n <= at or sum(w not in LINKS for w in words[:n]) < 2 or not index.droppable(words[n:]):
        return 0
    return n - .5


def best(matcher: Matcher, index: NameWords, scan: Scan, left: list[int], allowed: set[int],
         subject: str) -> LookupResult | None:
    """The one name laid longest over the typed words (answer), several as long ("did you mean"), or None."""
    found = fits(index, scan, left, allowed)
    if not found:
        return None
    longest = max(fit[0] for fit in found.values())
    names = [words for words, fit in found.items() if fit[0] == longest]
    if len(names) > 1:  # "load balancng": balancing or balancer, never a guess
        ids = list(dict.fromkeys(i for words in names for i in found[words][3]))
        return LookupResult(subject, subject, "suggest", [Match(i, matcher.terms[i].term, 90.0) for i in ids])
    _, first, last, ids = found[names[0]]
    typed = scan.text[scan.starts[first]:scan.ends[last]]
    exact = matcher.exact([" ".join(names[0])])  # the name spelt right reads as typed right: every sense of it
    if exact is not None and set(ids) <= {m.id for m in exact.matches}:
        return LookupResult(typed, typed, exact.status, exact.matches)
    if len(ids) > 1 and matcher.concepts.one_concept(ids, typed):
        ids = [matcher.concepts.richest(ids)]
    matches = [Match(i, matcher.terms[i].term, 95.0) for i in ids]
    return LookupResult(typed, typed, "answer" if len(ids) == 1 else "ambiguous", matches)


def _same(word: str, typed: str) -> bool:
    """The name's word as typed, or its singular or plural ("gannt chart" for "Gantt charts")."""
    return word == typed or normalize.singular(word) == normalize.singular(typed)


MAX_LEFT = 4  # typed words looked up at most per message
_INDEX: weakref.WeakKeyDictionary[Matcher, NameWords] = weakref.WeakKeyDictionary()


def slip(scan: Scan, i: int) -> bool:
    """Could token `i` be a name's word mistyped? Letters, not an English word, not an acronym."""
    norm, raw = scan.norms[i], scan.raws[i]
    return len(norm) >= MIN_TYPED and norm.isalpha() and not (raw.isupper() and len(raw) > 1) and not is_word(norm)


def read(matcher: Matcher, scan: Scan, covered: set[int], allowed: set[int], subject: str) -> LookupResult | None:
    """The name the typed words around the message's slips spell (see the module docstring), or None."""
    left = [i for i in sorted(allowed) if i < len(scan.norms) and i not in covered and slip(scan, i)][:MAX_LEFT]
    if not left:
        return None
    return best(matcher, _index(matcher), scan, left, allowed, subject)


def _index(matcher: Matcher) -> NameWords:
    """The name words of this glossary snapshot, built on first need."""
    index = _INDEX.get(matcher)
    if index is None:
        index = _INDEX[matcher] = NameWords(matcher.terms)
    return index


def head_slip(matcher: Matcher, typed: str) -> str | None:
    """The one word of the glossary's longer names a word asked on its own is a slip of ("micorservices"),
    when no English word is a keystroke from it; None when it is a word or near several."""
    near = _index(matcher).near(typed) if len(typed) >= ASKED_MIN and typed.isalpha() and not is_word(typed) else []
    return near[0] if len(near) == 1 and not near_word(typed, {near[0]}) else None


def spelled(matcher: Matcher, scan: Scan, unknown: LookupResult) -> LookupResult | None:
    """The phrase an acronym is spelled out as, read as a name mistyped ("a bill of materails (BOM)?" when
    no sense of BOM is defined): answered only when it is one name's words exactly, slips aside."""
    at = scan.text.find(unknown.subject)
    if at < 0 or not unknown.subject:
        return None
    words = {i for i in range(len(scan.norms)) if at <= scan.starts[i] and scan.ends[i] <= at + len(unknown.subject)}
    found = read(matcher, scan, set(), words, unknown.subject)
    return found if found is not None and found.status in ("answer", "ambiguous") and \
        len(normalize.words(found.subject)) == len(normalize.words(unknown.subject)) else None
