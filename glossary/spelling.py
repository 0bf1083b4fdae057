"""How a run of words spells the letters of an acronym: one walk shared by the full expansion
(expansions.py, "service level objective" for SLO) and the half one (half_spelled.py, "site reliability..."
for SRE).

Every word but a small one ("of", "as a") gives a letter or more from its start ("DevOps", "PaaS").
"""

from __future__ import annotations

from collections.abc import Iterator

from glossary.cue_words import FUNCTION, SCAFFOLD
from glossary.normalize import SMALL
from glossary.textscan import Scan

#: Words that spell out nothing on their own: "what is an ISA" does not say "is an".
PLAIN = FUNCTION | SCAFFOLD
MAX_PER_WORD = 3  # letters one word gives at most: "DevOps", "PaaS"
STEM = 6  # "engineer"/"engineering", "optimization"/"optimisation" are one word here


def tight(s: Scan, i: int) -> bool:
    """Tokens i and i + 1 are words of one phrase: a space or a hyphen between, nothing else."""
    return not s.sentence_start[i + 1] and s.text[s.ends[i]:s.starts[i + 1]].strip() in ("", "-", "/")


def gives(word: str, want: str) -> list[int]:
    """How many of the letters `want` (from its start) `word` may give."""
    ks: list[int] = []
    for k in range(1, min(len(word), len(want), MAX_PER_WORD) + 1):
        if word[:k] != want[:k]:
            break
        ks.append(k)
    return ks


def opens(s: Scan, first: int, letters: str) -> bool:
    """Token `first` may start a run spelling `letters`: no function word, with its first letter ("simple email
    service" for SES, though "simple" is also a word of questions: the run still needs two content words)."""
    return first < len(s.norms) and s.norms[first] not in FUNCTION and s.norms[first][:1] == letters[:1]


def walk(s: Scan, first: int, letters: str, most: int, stop: frozenset[str] = frozenset()
         ) -> Iterator[tuple[int, set[tuple[int, int]]]]:
    """Token by token along the tight run from `first`, which opens() it: (j, states), each state (letters
    spelled, content words that gave letters) reachable with token j last, `most` letters at most. Stops where
    the phrase breaks, at the acronym itself ("EBITDA and adjusted EBITDA"), at a word of `stop`, or when no
    state is left."""
    states = {(0, 0)}
    for j in range(first, min(len(s.norms), first + 2 * len(letters) + 2)):
        word = s.norms[j]
        if j > first and not tight(s, j - 1) or word == letters or word in stop:
            return
        nxt: set[tuple[int, int]] = set()
        for done, giving in states:
            if word in SMALL and j > first:
                nxt.add((done, giving))
            nxt.update((done + k, giving + (word not in PLAIN)) for k in gives(word, letters[done:most]))
        states = nxt
        if not states:
            return
        yield j, states


def same_word(a: str, b: str) -> bool:
    """One word, maybe shortened: "engineer"/"engineering", "optimization"/"optimisation", "govt"/"government"."""
    if a[:STEM] == b[:STEM]:
        return True
    short, long = sorted((a, b), key=len)
    rest = iter(long[1:])
    return len(short) >= 3 and short[0] == long[0] and all(c in rest for c in short[1:])
