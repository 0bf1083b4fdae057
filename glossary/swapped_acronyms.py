"""A short acronym typed in lower case with two neighbouring letters swapped: "vnp" for VPN, "cev" for CVE.

Fuzzy scoring ranks a three-letter word's swaps below its dropped and changed letters ("vn", "vnc"), so it
finds them late or not at all; yet a swap is a fast typist's commonest slip, and a key of n letters has only
n - 1 of them (a changed letter has 25 n). Each neighbouring pair of the typed word is swapped and looked up
exactly, a dict look-up per pair. The swaps that name one acronym (one concept's senses) give it; two
acronyms, or a word that is English or an English word swapped ("form"), are at most a "did you mean".
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import common_words, normalize
from glossary.cue_words import FUNCTION
from glossary.matching import MAX_CHOICES, Matcher
from glossary.models import LookupResult, Match, Term
from glossary.readings import is_scaffold
from glossary.textscan import Scan
from glossary.typo_rules import is_word

MIN_LETTERS = 3  # "sa" for AS: a two-letter swap is any other pair
MAX_LETTERS = 5  # a longer word is fuzzy-matched (typo_rules.acronym_slip)
BACKING_RANK = 2_000  # a word this common ("team", "service") backs no one term


def swaps(word: str) -> list[str]:
    """Every way of swapping two neighbouring letters of `word` that changes it."""
    return list(dict.fromkeys(s for i in range(len(word) - 1)
                              if (s := word[:i] + word[i + 1] + word[i] + word[i + 2:]) != word))


def typed_short(raw: str) -> bool:
    """A lower-case word of 3-5 letters that is no English word nor chat ("pls", "thx"): it may be an acronym
    mistyped."""
    return MIN_LETTERS <= len(raw) <= MAX_LETTERS and raw.isalpha() and raw.islower() and not is_word(raw) \
        and not is_scaffold(raw) and not common_words.is_chat(raw)


def find(raw: str, is_acronym: Callable[[str], bool]) -> tuple[list[str], bool]:
    """The acronym keys `raw` is a swap of, and whether it is surely the one: a single acronym, and no English
    word a swap away (then `raw` may be that word mistyped: "hte"). `is_acronym(key)`: an acronym is written so."""
    if not typed_short(raw):
        return [], False
    keys = [key for key in swaps(raw) if is_acronym(key)]
    return keys, len(keys) == 1 and not any(is_word(key) for key in swaps(raw) if key not in keys)


def read(matcher: Matcher, scan: Scan, covered: set[int], asking: set[int]) -> tuple[LookupResult | None, list[Match]]:
    """The acronym the one short lower-case word asked (no span covers it) is a swap of, when sure; and every
    acronym such words are a swap of, to offer. Sure also needs the rest of the message to back it: a word (of
    no other term found) its definition uses ("a tmp chip": TPM, "a ... chip"). A bare swap ("vnp?", "dso?",
    "whats tam") is only offered: measured on independent sets, two such answers were right for five
    answered negatives (DOS for "dso", ATM for "tam"). "bank rec" (RCE) and "def pls" (PSL) are clipped
    words, not acronyms."""
    hits = [(i, *find(raw, matcher.is_acronym_key)) for i, raw in enumerate(scan.raws)
            if i not in covered and i in asking and typed_short(raw)]
    hits = [hit for hit in hits if hit[1]]
    hits = [hit for n, hit in enumerate(hits) if all(scan.norms[hit[0]] != scan.norms[h[0]] for h in hits[:n])]
    # a word typed twice ("what is vnp? ... the vnp") is one word asked, not two readings
    named = [found for _, keys, _ in hits for key in keys if (found := matcher.exact([key.upper()]))]
    offered = [m for found in named for m in found.matches]
    if len(hits) != 1 or not hits[0][2] or not named:
        return None, offered
    at = hits[0][0]
    rest = [k for k, w in enumerate(scan.norms) if w != scan.norms[at] and not is_scaffold(w) and w not in FUNCTION
            and (w.isalpha() or w.isdigit())]  # a word of a term found backs that term, not this one
    backing = {normalize.singular(scan.norms[k]) for k in rest if k not in covered}
    if not _backed(matcher, backing, named[0].matches):
        return None, offered  # "dso?", "tam sam som. whats tam": a swap with nothing behind it is only offered
    return LookupResult(scan.raws[at], scan.raws[at], named[0].status, named[0].matches), offered


def _said(term: Term) -> set[str]:
    """The words a term's name, aliases, definition and tags use (singular)."""
    text = " ".join([term.term, *term.aliases, term.definition, *term.tags])
    return {normalize.singular(w) for w in normalize.words(text)}


def doubted(result: LookupResult, matcher: Matcher, text: str) -> LookupResult:
    """An answer read from a short lower-case word as typed ("tmp": TMP) becomes a "did you mean" when a swap
    of it is another acronym the rest of the message backs and the reading as typed is not backed ("a tmp
    chip": TPM, a chip). Only a word with an acronym swap costs more than a look-up."""
    word = result.subject.strip()
    if result.status not in ("answer", "ambiguous") or not typed_short(word):
        return result
    keys, _ = find(word, matcher.is_acronym_key)
    if not keys:
        return result
    rest = {normalize.singular(w) for w in normalize.words(text) if w != word and not is_scaffold(w)
            and w not in FUNCTION}
    other = [m for key in keys if (found := matcher.exact([key.upper()])) for m in found.matches]
    if _backed(matcher, rest, result.matches) or not _backed(matcher, rest, other):
        return result
    return LookupResult(result.query, result.subject, "suggest", list({m.id: m for m in other + result.matches}
                                                                        .values())[:MAX_CHOICES])


def _backed(matcher: Matcher, words: set[str], matches: list[Match]) -> bool:
    """Does a word of the message, rarer than everyday talk ("chip", not "team"), name one of these terms?"""
    rare = {w for w in words if not common_words.is_common(w, BACKING_RANK)}
    return any(rare & _said(matcher.terms[m.id]) for m in matches)
