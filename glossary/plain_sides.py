"""One side of a comparison: whether one term found is all that is asked, or only one side of it.

A message that compares ("X vs Y", "how do they differ?") with one side no term is one-sided: answering the
known term alone would answer half the question ("ISSM vs ISSO", "letter of credit vs letter of intent").
But often the other side is the plain, everyday thing the term is set against, and the asker wants the term
explained: "what's an rfq vs a normal quote", "a mutual fund vs just buying stocks", "container image vs the
container itself", "what is a KPI vs a metric". Such a side is written in everyday lower-case English and
says it is the plain case: it starts with a word that marks the ordinary one ("normal", "regular", "real",
"plain", "just") or ends with "itself"; or it is one everyday word set against a term the message asks
about ("what is X vs Y").

The term's own head word marked ordinary is the everyday thing the term is a kind of: "term loan — what is
that vs a normal loan", "a mutual fund vs a regular fund"; so is the plain way of doing it, told with a verb
("vs just hosted in the cloud" for cloud native apps). A side that only asks ("what is that", "what's the
difference") is the question, no side. A glossary term marked the plain one ("what is SFTP vs normal FTP?")
is what the asker already knows: the term asked outright is answered (`asked_over_plain`).

An unknown term on the other side keeps the comparison one-sided: an acronym or a capital ("ISSO", "a SAFE
note"), a rare word, a name built with "of" ("letter of intent"), a side sharing any other word of the term's
names (a sibling: "red team vs blue team", "annuity due vs an ordinary annuity", whose head is not "annuity";
"a normal secured loan"), or one word that heads a two-word glossary name (a name typed short: "what's a
median vs a mean", for the arithmetic mean).
"""

from __future__ import annotations

import re

from glossary import common_words, frames, normalize
from glossary.compare_sides import ARTICLES
from glossary.contrast import is_cue, names_subject
from glossary.cue_words import FUNCTION
from glossary.models import Term
from glossary.readings import is_scaffold
from glossary.twin_names import vouches

ORDINARY = frozenset("normal regular real plain ordinary usual actual just simply".split())  # first: the plain one
MARKED = ORDINARY - {"just", "simply", "real", "actual"}  # an adjective: "normal FTP", not "just FTP"
_JUST = frozenset({"just", "simply"})  # "just hosted in the cloud": doing the plain thing
_ONE = frozenset({"one", "ones"})  # "vs the one they advertise": the pronoun of the plain case, with its clause
ITSELF = frozenset({"itself", "themselves"})  # last: "the container itself" is the thing proper
EVERYDAY_RANK = 20_000  # every word of a plain side is at least this common ("metric", "stocks")
MAX_WORDS = 5  # "just asking for a price"; longer is a sentence about something else
_ASKING = frozenset({"what", "whats", "define", "explain", "meaning"})  # "what is X vs Y": X is asked about
_TYPED_PLAIN = re.compile(r"[a-z' -]+")  # no capital, digit or sign: never an acronym or a name


def _doing(words: list[str]) -> bool:
    """"just hosted in the cloud", "simply renting servers": the plain way of doing it, told with a verb, no
    name of a sibling, though a word of the term's name may be in it."""
    return len(words) >= 3 and words[0] in _JUST and (words[1].endswith("ing") or words[1].endswith("ed")
                                                      and words[2] in FUNCTION)  # not "just secured loans"


class PlainSides:
    """Over one glossary snapshot; the last words of its names are gathered on first need."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self._terms = terms
        self._ends: frozenset[str] | None = None

    def set_against(self, frame: frames.Frame | None, subject: str, ids: list[str],
                    compared: frames.Frame | None = None) -> bool:
        """Whether every side of the comparison but the found term's is a plain everyday thing, so the term
        (`subject`, `ids`) is what is asked. Sides that only ask ("what is that") belong to the term. So is
        a side the term's entry gives as another of its names ("matching principle / expense recognition —
        is that the same as ..."): one thing named twice. `compared`: the comparison read from the terms
        named, when no frame shape caught it."""
        if self._named_twice(compared or frame, subject, ids):
            return True
        if frame is None or frame.kind != "compare" or frame.strict:
            return False
        own_words = set(normalize.words(subject))
        own = [p for p in frame.parts if names_subject(p, subject)  # "loan — what is that", "what's the diff"
               or all(w in own_words or is_scaffold(w) or is_cue(w) for w in normalize.words(p))]
        others = [p for p in frame.parts if p not in own]
        if not own or not others:
            return False
        asked = any(_ASKING & set(normalize.words(p)) for p in own)
        named = [normalize.words(name) for i in ids if i in self._terms for name, _ in self._terms[i].names()]
        names = {f for words in named for w in words for f in (w, normalize.singular(w))}
        heads = {normalize.singular(words[-1]) for words in named if len(words) > 1}
        return all(self._plain(part, names, heads, asked=asked, pair=len(frame.parts) == 2) for part in others)

    @staticmethod
    def asked_over_plain(frame: frames.Frame) -> tuple[str, str, str] | None:
        """The side that asks what its term is ("what is SFTP") when the only other side is a name marked
        the plain one ("normal FTP"): the asker knows the plain thing and wants the term set against it
        explained, not both defined. Returned with the other side as written and without its marker, for
        the caller to check that the marker is no word of a name ("an ordinary annuity" is a name)."""
        if frame.kind != "compare" or frame.strict or len(frame.parts) != 2:
            return None
        for asked, other in (frame.parts, frame.parts[::-1]):
            words = normalize.words(other)
            at = next((n for n, w in enumerate(words) if w not in ARTICLES), len(words))
            if _ASKING & set(normalize.words(asked)) and words[at:at + 1] and words[at] in MARKED \
                    and 1 <= len(words) - at - 1 <= 2:
                return asked, other, " ".join(words[at + 1:])
        return None

    def _named_twice(self, frame: frames.Frame | None, subject: str, ids: list[str]) -> bool:
        """Every side but the term's is a name its entry vouches for (glossary/twin_names.py)."""
        if frame is None or frame.kind != "compare":
            return False
        others = [p for p in frame.parts if not names_subject(p, subject)]
        return 0 < len(others) < len(frame.parts) and all(
            any(vouches(self._terms[i], part, subject) for i in ids if i in self._terms) for part in others)

    def _plain(self, part: str, names: set[str], heads: set[str], *, asked: bool, pair: bool = False) -> bool:
        """A side that is the plain thing, not a term: see the module docstring. `heads`: the last word of
        each of the term's names of two words or more ("loan" of term loan)."""
        if not _TYPED_PLAIN.fullmatch(part.strip()):
            return False
        words = [w for w in normalize.words(part) if w not in ARTICLES]
        if not words or len(words) > MAX_WORDS or "of" in words:
            return False
        if asked and pair and (words[0] in _ONE and len(words) > 1 or words[0] in _JUST and _doing(words)):
            return True  # "the one they advertise": no thing named; "just having grafana dashboards": a doing
        if not all(common_words.is_common(w, EVERYDAY_RANK) for w in words):
            return False
        content = [w for w in words if w not in ORDINARY | ITSELF | FUNCTION]
        if words[-1] not in ITSELF and any(w in names or normalize.singular(w) in names for w in content) \
                and not (words[0] in ORDINARY and len(content) == 1 and normalize.singular(content[0]) in heads) \
                and not _doing(words):
            return False  # a sibling of the term ("a blue team"), not the thing it is a kind of ("a normal loan")
        if words[0] in ORDINARY or words[-1] in ITSELF:
            return bool(content)
        return asked and len(words) == 1 and not {words[0], normalize.singular(words[0])} & self._name_ends()

    def _name_ends(self) -> frozenset[str]:
        """The head of every two-word name ("mean" of arithmetic mean): the glossary defines kinds of it, so
        the word alone may be one of them typed short. (A longer name, "file integrity monitoring", is no kind
        of everyday monitoring one would shorten so.)"""
        if self._ends is None:
            self._ends = frozenset(normalize.singular(words[-1]) for term in self._terms.values()
                                   for name, _ in term.names() if len(words := normalize.words(name)) == 2)
        return self._ends
