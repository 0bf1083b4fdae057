"""A typo inside a name of several words: "platfrom engineering", "a pull reqest", "an acquistion plan".

The leftover words of a question (no span covers them, not common English) are typo-matched one by one,
but a mistyped word that is part of a longer name finds nothing alone, or only the shorter name it begins
("acquistion" -> "acquisition"). So around each leftover word the short runs of its neighbours are
matched too: the word with the next one or two, and with the previous one or two, never across a
sentence, punctuation, a question word or a function word. A window is answered only when it finds one
name within the matcher's answer rules and every word of that name is close to a word typed; the
longest such window wins. Anything less sure is a "did you mean". At most MAX_WINDOWS fuzzy searches.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from glossary import cues, normalize, phrase_slips
from glossary.matching import Matcher
from glossary.models import LookupResult, Match, Term
from glossary.textscan import Scan

MAX_WINDOWS = 8  # fuzzy searches per message at most (each costs one rapidfuzz pass over a key pool)
REACH = 2  # neighbouring words a window adds on one side
_JOINS = (" ", "-")  # a gap a window may span: a name is never cut by punctuation
#: Function words found inside names ("allowance for doubtful accounts", "cost of goods sold"): a window may
#: run through one, never start or end on one, and it costs no word of REACH.
LINKS = frozenset({"of", "for", "and", "to", "in", "on", "as"})


def windows(scan: Scan, left: list[int], asking: set[int]) -> list[tuple[int, int]]:
    """(first, last) token runs around each leftover word, longest first, at most MAX_WINDOWS."""
    found: dict[tuple[int, int], None] = {}
    for i in left:
        lo = hi = i
        while lo > 0 and _words(scan, lo, i) < REACH and _joinable(scan, lo - 1, asking):
            lo -= 1
        while hi + 1 < len(scan.norms) and _words(scan, i + 1, hi + 1) < REACH \
                and _joinable(scan, hi, asking, after=True):
            hi += 1
        for first, last in ((a, b) for a in range(lo, i + 1) for b in range(i, hi + 1)):  # each run holding i
            while first < i and scan.norms[first] in LINKS:
                first += 1  # a name never starts or ends on its link word ("for doubtfull accounts")
            while last > i and scan.norms[last] in LINKS:
                last -= 1
            if last > first:
                found[(first, last)] = None
    return sorted(found, key=lambda w: (w[0] - w[1], w[0]))[:MAX_WINDOWS]


def _words(scan: Scan, first: int, end: int) -> int:
    """Words of substance in tokens first..end-1: a link word is free ("reserve for inventory obsolesence")."""
    return sum(scan.norms[k] not in LINKS for k in range(first, end))


def _joinable(scan: Scan, i: int, asking: set[int], after: bool = False) -> bool:
    """Can token `i` and the next one be in one window? `after`: token i is already in, i + 1 is asked."""
    j = i + 1 if after else i
    norm = scan.norms[j]
    return j in asking and scan.text[scan.ends[i]:scan.starts[i + 1]] in _JOINS and not scan.sentence_start[i + 1] \
        and norm.isalnum() and (norm in LINKS or norm not in cues.SCAFFOLD and norm not in cues.FUNCTION)


def best(matcher: Matcher, scan: Scan, left: list[int], asking: set[int]) -> tuple[LookupResult | None, list[Match]]:
    """(the one name a window answers, or None; the names windows suggest), over the leftover words."""
    answered: dict[int, dict[str, LookupResult]] = {}  # window length -> term id -> result
    suggested: dict[str, Match] = {}
    for first, last in windows(scan, left, asking):
        typed = scan.text[scan.starts[first]:scan.ends[last]]
        result = matcher.fuzzy(typed)
        if result.status == "unknown":
            continue
        sure = phrase_slips.sure(result, typed, matcher.terms, matcher.concepts)  # "opensource sofware"
        result = sure or result
        words = normalize.words(typed)
        if sure or result.status in ("answer", "ambiguous") \
                and all(covers(words, matcher.terms[m.id]) for m in result.matches):
            answered.setdefault(last - first, {})[result.matches[0].id] = result
        else:
            suggested.update((m.id, m) for m in result.matches if m.id not in suggested)
    if answered:
        longest = answered[max(answered)]
        if len(longest) == 1:
            return next(iter(longest.values())), []
        suggested = {m.id: m for r in longest.values() for m in r.matches} | suggested
    return None, list(suggested.values())


def covers(typed: list[str], term: Term) -> bool:
    """Each word of one of the term's names is close to the word typed in its place:
    the window is that name mistyped, not a name that merely shares a stretch of letters."""
    return any(len(words) == len(typed) and all(_close(w, t) for w, t in zip(words, typed, strict=True))
               for words in phrase_slips.names(term))


def _close(word: str, typed: str) -> bool:
    """One keystroke off, or two in a word of seven letters or more."""
    return OSA.distance(word, typed) <= (2 if len(word) >= 7 else 1)
