"""Two names of one thing, offered side by side: does the entry vouch for the other name?

"comptroller / controller — what is this role", "ccc / cash conversion cycle?", "expense recognition aka
matching principle — what is it?", "laissez-faire / free-rein leadership = ...": the asker writes both names
they know, joined by a slash, brackets or "aka", so that one of them is recognised. A term written beside a
name no term is, or beside another term, is one subject only when the term's entry vouches for the other
name: the other is its initials ("ccc"), a part of the entry's own name ("free-rein (laissez-faire)
leadership"), or a name its definition gives it ("also referred to as controller", "(also, matching
principle)", "also called unsystematic risk"). Without that voucher the other name may be a second thing
("kubernetes / docker", "fiscal policy / monetary policy"), and the message names two subjects.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import normalize
from glossary.defined import spells
from glossary.detect_types import Candidate
from glossary.models import Term
from glossary.textscan import Scan

#: (a span's ids, the span as written, another name written beside it) -> an entry vouches for that name.
Vouch = Callable[[list[str], str, str], bool]

#: Words joining two names of one thing: "expense recognition aka matching principle".
ALIAS_WORDS = frozenset({"aka"})
#: Words of a definition that give its term another name just after: "also known as", "(also, X)", "also
#: called", "often abbreviated as", "referred to as", "aka".
_GIVING = frozenset({"also", "called", "known", "abbreviated", "referred", "aka"})
_REACH = 4  # words between a giving word and the name it gives ("also referred to as controller")


def voucher(terms: dict[str, Term]) -> Vouch:
    """The test of a glossary's entries: does one of the ids vouch for the other name?"""
    return lambda ids, written, other: any(vouches(terms[i], other, written) for i in ids if i in terms)


def vouches(term: Term, other: str, written: str) -> bool:
    """Does the entry `term`, written in the message as `written`, vouch that `other` names it too: its
    initials, a part of its own name, or a name its definition gives it?"""
    said = normalize.words(other)
    if not said or normalize.key(other) == normalize.key(written):
        return False
    names = [term.term, *term.aliases]
    if len(said) == 1 and any(spells(other, n) for n in (written, *names)):
        return True  # "ccc / cash conversion cycle"
    if _within(said, normalize.words(written)) < 0 and any(_within(said, normalize.words(n)) >= 0 for n in names):
        return True  # "laissez-faire / free-rein leadership": the entry's name holds both
    words = normalize.words(term.definition)
    at = _within(said, words)
    while at >= 0:
        if _GIVING.intersection(words[max(0, at - _REACH):at]):
            return True  # "(also, matching principle)", "also referred to as controller"
        nxt = _within(said, words[at + 1:])
        at = at + 1 + nxt if nxt >= 0 else -1
    return False


def one_of(s: Scan, inside: list[Candidate], runs: list[list[int]], vouch: Vouch | None) -> Candidate | None:
    """The span of a heading whose entry vouches for every other name the heading writes (`inside`: its
    spans, `runs`: its words no span covers), if any."""
    if vouch is None:
        return None
    names = [(x.first, x.last) for x in inside] + [(run[0], run[-1]) for run in runs]
    for x in inside:
        others = [s.text[s.starts[a]:s.ends[b]] for a, b in names if (a, b) != (x.first, x.last)]
        written = s.text[s.starts[x.first]:s.ends[x.last]]
        if others and all(vouch(x.ids, written, other) for other in others):
            return x
    return None


def _within(said: list[str], words: list[str]) -> int:
    """Where the words `said` run in `words`, or -1."""
    n = len(said)
    return next((i for i in range(len(words) - n + 1) if words[i:i + n] == said), -1)
