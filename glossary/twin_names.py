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

import functools
import re
from collections.abc import Callable

from glossary import common_words, normalize
from glossary.defined import spells
from glossary.detect_types import Candidate
from glossary.models import Term
from glossary.textscan import Scan

#: (a span's ids, the span as written, another name written beside it) -> an entry vouches for that name.
Vouch = Callable[[list[str], str, str], bool]

#: Words joining two names of one thing: "expense recognition aka matching principle".
ALIAS_WORDS = frozenset({"aka"})
#: A clause that gives its term another name: "also called unsystematic risk, a risk that ...", "(also,
#: matching principle) matches ...", "...; also known as market risk", "WebAssembly (often abbreviated as
#: Wasm) is ...". Only where the clause is about the term: the definition's opening (after the term's own
#: name, if it starts so) or a clause after a semicolon; mid-sentence ("issues shares to shareholders (also
#: known as stockholders)") the name given is of another thing.
_GIVING = re.compile(r"\(?\s*(?:it\s+is\s+)?(?:(?:also|often|sometimes|commonly)\b\s*,?\s*)+"
                     r"(?:(?:called|known\s+as|referred\s+to\s+as|abbreviated\s+as)\s+)?|"
                     r"\(?\s*(?:aka|called|known\s+as)\s+", re.I)
#: The name given runs to the clause's end, maybe with its abbreviation in brackets ("net asset value (NAV);"),
#: or to an "or" before another ("face amount or face value"); a name that runs on ("Securities and Exchange
#: Commission (SEC) Form 10-K") is only the start of a longer one, and gives nothing.
_NAME = re.compile(r"(?:(?:the|an?)\s+)?([^,;.:()\"“”]+?)(?:\s*\([^()]*\))?\s*(?:[,;.:)\"”]|\s(?:or|is|are)\s|$)", re.I)
MAX_GIVEN_WORDS = 5
EVERYDAY_NAME = 30_000  # a one-word name given this common ("controller") has senses the glossary does not hold


def voucher(terms: dict[str, Term]) -> Vouch:
    """The test of a glossary's entries: does one of the ids vouch for the other name?"""
    return lambda ids, written, other: any(vouches(terms[i], other, written) for i in ids if i in terms)


def vouches(term: Term, other: str, written: str) -> bool:
    """Does the entry `term`, written in the message as `written`, vouch that `other` names it too: its
    initials, a part of its own name, or a name its definition gives it?"""
    said = normalize.without_article(other)  # "the matching principle"
    if not said or normalize.key(other) == normalize.key(written):
        return False
    names = [term.term, *term.aliases]
    if len(said) == 1 and any(spells(other, n) for n in (written, *names)):
        return True  # "ccc / cash conversion cycle"
    if normalize.find_run(normalize.words(written), said) < 0 \
            and any(normalize.find_run(normalize.words(n), said) >= 0 for n in names):
        return True  # "laissez-faire / free-rein leadership": the entry's name holds both
    key = normalize.key(" ".join(said))
    if any(normalize.key(n) == key for n in given_names(term.definition, names)):
        return True  # "(also, matching principle)", "also referred to as controller"
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


def given_names(definition: str, names: list[str]) -> tuple[str, ...]:
    """The names a definition gives its term in a clause about the term (see `_GIVING`); `names`: the
    term's own names, which may open the definition ("Kubernetes, often abbreviated as K8s, is ...")."""
    return _given(definition, tuple(names))


@functools.lru_cache(maxsize=16_384)
def _given(definition: str, names: tuple[str, ...]) -> tuple[str, ...]:
    if "also" not in definition.lower() and "called" not in definition and "known" not in definition \
            and "aka" not in definition.lower() and "abbreviated" not in definition:
        return ()  # most definitions: one cheap test
    text = definition.strip()
    own = next((n for n in names if text.lower().startswith(n.lower())), "")
    opening = text[len(own):].lstrip(" ,") if own else text
    found = []
    for clause in (opening, *(part.lstrip() for part in text.split(";")[1:])):
        m = _GIVING.match(clause)
        if not m or not m.group().strip(" (,"):
            continue
        named = _NAME.match(clause, m.end())
        name = named.group(1).strip() if named else ""
        if len(name) > 1 and len(name.split()) <= MAX_GIVEN_WORDS:
            found.append(name)
    return tuple(found)


def also_called(term: Term) -> list[str]:
    """The names `term`'s definition gives it (`given_names`) that may answer like an alias: none of its own
    names again, no one everyday word ("also referred to as controller": it has senses the glossary does not
    hold), no numeronym ("K8s" is read as one, glossary/numeronyms.py)."""
    own = {n.lower() for n, _ in term.names()}
    return [n for n in given_names(term.definition, [term.term, *term.aliases]) if n.lower() not in own
            and not (" " not in n.strip() and common_words.is_common(n.lower(), EVERYDAY_NAME))
            and not any(c.isdigit() for c in n)]


class GivenNames:
    """The names definitions give their terms (`given_names`), by key, gathered on first need: "unsystematic
    risk" names the diversifiable risk, whose definition opens "also called unsystematic risk"."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self._terms = terms
        self._ids: dict[str, list[str]] | None = None

    def ids(self, text: str) -> list[str]:
        """The entries whose definitions give `text` (an article aside) as their name; [] when none."""
        if self._ids is None:
            self._ids = {}
            for term in self._terms.values():
                for name in given_names(term.definition, [term.term, *term.aliases]):
                    self._ids.setdefault(normalize.key(name), []).append(term.id)
        return self._ids.get(normalize.key(" ".join(normalize.without_article(text))), [])
