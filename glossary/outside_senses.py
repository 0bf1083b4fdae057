"""Senses of an acronym people use outside this glossary: "send it by EOD" means end of day where the glossary's
EOD is a government's entrance on duty; "CORS error in the browser" is web security, not a contracting officer's
representative; "more SEO on the blog" is search engine optimisation, not a seasoned equity offering. Everyday
words the glossary defines in one sense are listed too ("swap is full" on a Linux server is disk used as memory, not
the interest-rate swap; "principal" of a loan is no person in charge), as one word of at most MAX_KEY letters.

A glossary holds the senses its company uses, but people also use an acronym in its everyday sense, and answering
that with the glossary's is a confident wrong answer. glossary/outside_senses.tsv lists, for common workplace and
chat acronyms, each well-known sense with the words that usually come with it (written for this project). When the
message's words point to a sense the glossary does not hold, more than to its own and not at all to the glossary's
senses (their definitions, names, tags and related terms), the name is offered, not answered (glossary/fields.py
asks). A bare "what is SEO?" says nothing of a sense, so the glossary's stands. The list is only ever read for
caution: no answer comes from it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import NamedTuple

from glossary import common_words, negation, normalize
from glossary.cue_words import QUESTION_CUES
from glossary.field_fit import stated
from glossary.models import Term
from glossary.senses import QUESTION_WORDS
from glossary.span_use import comma_before
from glossary.textscan import scan

MAX_KEY = 15  # letters of a name the list may hold: an acronym or an everyday word ("swap", "federation")
MIN_POINTING = 2  # weight of the words pointing to the outside sense (`_weight`), with none to the glossary's
EVERYDAY = 5_000  # rank of the English words that point only weakly: "send", "board", "tax"
STEM = 5  # letters two forms of one word share: "operating", "operational"
#: Words of the question itself, which point to no sense: "what does the term LTD mean" is no long-term disability.
ASKING = QUESTION_WORDS | QUESTION_CUES


class Outside(NamedTuple):
    """One sense of an acronym: its expansion as written, its words and those that usually come with it (`forms`),
    and more such words (`also`), which point to it but never tell which listed sense a glossary entry is: the more
    words a sense lists, the more of them a glossary definition shares by chance."""

    name: str
    expansion: frozenset[str]
    near: frozenset[str]
    also: frozenset[str] = frozenset()


class Own(NamedTuple):
    """A glossary sense as the list is compared with it: its words (names, definition, tags, related terms; `forms`),
    each of its names as one word ("multifactorauthentication"), whether a name spells the acronym out, and its
    words' stems."""

    words: frozenset[str]
    names: frozenset[str]
    spelled_out: bool
    stems: frozenset[str]  # the first STEM letters of its longer words: "operating" meets "operational"


def own(term: Term) -> Own:
    """What the list compares of a glossary sense (glossary/fields.py keeps one per sense)."""
    names = (term.term, *term.aliases)
    words = forms(" ".join([*names, term.definition, *term.tags, *term.related]))
    return Own(words, frozenset(normalize.key(name) for name in names), any(len(_plain(name)) > 1 for name in names),
               frozenset(w[:STEM] for w in words if len(w) >= STEM))


def _plain(text: str) -> list[str]:
    """`text`'s words in their singular, in order, those of a hyphenated word apart ("just-in-time"), but for the
    smallest ("of", "the", "and") and single letters."""
    return [normalize.singular(w) for w in normalize.words(text.replace("-", " "))
            if w.isalpha() and len(w) > 1 and w not in normalize.SMALL]  # not the "s" of "Prime Minister's"


def forms(text: str) -> frozenset[str]:
    """`text`'s plain words (`_plain`), as a set."""
    return frozenset(_plain(text))


def spelled(text: str) -> str:
    """`text`'s plain words (`_plain`) in order: "small and medium enterprises" and "small medium enterprise" spell
    one name."""
    return " ".join(_plain(text))


def parse(text: str) -> dict[str, list[Outside]]:
    """The list's lines (acronym, expansion, words near it, maybe more words pointing to it; tab-separated) by the
    acronym's key ("EOD": "eod")."""
    senses: dict[str, list[Outside]] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) not in (3, 4) or line.startswith("#"):
            continue
        acronym, expansion, near, *also = parts
        senses.setdefault(normalize.key(acronym), []).append(
            Outside(expansion.strip(), forms(expansion), forms(near), forms(" ".join(also)) - forms(near)))
    return senses


@cache
def _shipped_text() -> str:
    """The list file shipped with the package, read once, on the first question that may need it."""
    return resources.files("glossary").joinpath("outside_senses.tsv").read_text(encoding="utf-8")


@cache
def shipped() -> dict[str, list[Outside]]:
    """The list shipped with the package, by acronym key."""
    return parse(_shipped_text())


def unsure_plural(typed: str) -> bool:
    """A name read as an acronym's plural may be an acronym of its own: shouted ("CORS": the S may be its letter), or
    in lower case where the list knows it as one ("cors": cross-origin resource sharing, no plural of COR)."""
    raw = typed.strip()
    return normalize.shouted_plural(raw) or len(raw) >= 4 and raw.islower() and raw.isalpha() and raw.endswith("s") \
        and normalize.key(raw) in _acronyms()  # not "containers", an everyday word the list also holds


@cache
def _acronyms() -> frozenset[str]:
    """The keys the list writes in capitals: acronyms, not everyday words ("Containers")."""
    lines = _shipped_text().splitlines()
    return frozenset(normalize.key(name) for name, *_ in (line.split("\t") for line in lines) if name.isupper())


def usage(acronym: str, term: Term, first: bool = False,
          senses: Callable[[], dict[str, list[Outside]]] = shipped) -> bool | None:
    """Whether people use the acronym for the term, as the list says: True when a listed sense (with `first`, the
    first listed, the one most people mean) shares a word with the term's name ("mean time to recovery" is near
    enough the listed "mean time to repair"), False when the list knows the acronym's senses and none does ("GST"
    read as the initials of goal-setting theory, where people mean goods and services tax), None when the list
    does not know the acronym."""
    listed = senses().get(normalize.key(acronym))
    if not listed:
        return None
    names = forms(" ".join((term.term, *term.aliases)))
    return any(not names.isdisjoint(o.expansion) for o in (listed[:1] if first else listed))


def points_elsewhere(subject: str, ids: list[str], text: str, own_of: Callable[[str], Own],
                     fit: Callable[[str, frozenset[str]], int],
                     senses: Callable[[], dict[str, list[Outside]]] = shipped) -> str | None:
    """The expansion of a sense of the acronym `subject` that none of the glossary's senses `ids` is, when the
    message's words point to it more than to any of those ("end of day"); else None. `own_of(id)`: the glossary
    sense as compared (`own`); `fit(id, words)`: how many of `words` the glossary's sense shares. A glossary sense
    like none listed and with no name spelling the acronym out ("ROI": "What we get back for what we put in.") may
    be any of them: nothing is said; one that spells it out is a listed sense only when that sense's expansion is
    mostly its words (`_alike`). Words the asker rules out ("not the spy agency") point nowhere."""
    key = normalize.key(subject)
    if not (2 <= len(key) <= MAX_KEY) or " " in subject.strip():
        return None
    listed = senses().get(key)
    if not listed:
        return None
    ours: set[int] = set()
    for i in ids:  # each glossary sense's own is the listed sense most alike it
        sense = own_of(i)
        shared = [_shared(o, sense) if not sense.spelled_out or _alike(o, sense) else 0 for o in listed]
        most = max(shared)
        if not most and not sense.spelled_out:
            return None
        ours.update(n for n, count in enumerate(shared) if most and count == most)
    others = [o for n, o in enumerate(listed) if n not in ours]
    if not others:
        return None
    kept = negation.kept_words(text)
    words = frozenset(w for w in kept if w.isalpha() and len(w) > 1
                      and w not in normalize.SMALL) - forms(subject) - ASKING
    beside = _beside(text, key)
    field = frozenset().union(*stated(text, subject))  # "what is ATM in banking?": the asker names the world
    known = max((_weight(listed[n], words, beside, field) for n in ours), default=0)
    said = f" {spelled(text)} "
    if typed := [o for o in others if f" {spelled(o.name)} " in said]:  # the sense typed out: the asker's guess
        if len(typed) > 1 or known or not _guessed(text, key, typed[0].name):  # ("OT on the timesheet, is it
            return None  # overtime?"), or one ruled out ("not end of day"), or a word of the story before
        whole = normalize.key(text)  # not when the words or a name typed point to a glossary sense ("EOD ... offer")
        if any(fit(i, words) or any(len(n) > 5 and n in whole for n in own_of(i).names) for i in ids):
            return None
        return typed[0].name
    best = max(others, key=lambda o: _weight(o, words, beside, field))  # the first listed of equals
    pointing = _weight(best, words, beside, field)
    if pointing < MIN_POINTING or any(fit(i, words) for i in ids):
        return None
    return best.name if pointing > known else None  # "MFA ... every login needs a code": the glossary's own


def _guessed(text: str, key: str, name: str) -> bool:
    """The sense `name` is typed after the acronym's last mention with no negation between: the asker's guess
    ("OT on the timesheet, is it overtime?"), not a word of the story before ("Overtime again for the OT crew")
    nor one denied in its clause ("I'm guessing it isn't small and medium enterprises", "I don't think OT means
    overtime here")."""
    s, guess = scan(text), normalize.words(name)
    words = s.norms
    last = max((k for k, w in enumerate(words) if w == key), default=len(words))
    at = next((j for j in range(last + 1, len(words)) if words[j:j + len(guess)] == guess), None)
    if at is None:
        return False
    start = s.sentence_bounds(at)[0]  # its clause: "I don't think OT means overtime here" denies it, "never seen OT
    start = next((k for k in range(at, start, -1) if comma_before(s, k)), start)  # on a
    return negation.NEGATORS.isdisjoint(words[start:at])  # timesheet, is it overtime?" guesses it


def _weight(sense: Outside, words: frozenset[str], beside: frozenset[str], field: frozenset[str] = frozenset()) -> int:
    """How clearly the message's `words` point to `sense`: a rarer word ("timesheet", "scrum") counts two, an
    everyday one ("send", "board") one, and one more typed right beside the acronym ("CORS error", "OT hours"),
    unless it is a word of the sense's own expansion ("a new hire" is no new drug application beside NDA); a word
    of its longer list (`also`) counts one, so one alone never reaches MIN_POINTING ("an SME from finance"). A
    field the asker names on purpose (`field`: "in banking", "in software testing") counts one more when it is a
    word of the sense or its expansion, in its own form or with an ending ("banking": "bank")."""
    told = beside - sense.expansion
    near = sense.near | sense.expansion
    stems = _stems(near)  # "the Indian supplier form" points to "india" as "india" does
    named = {w for w in field if w in near or _ended(w, near)}
    listed = {w for w in words if w in near or len(w) >= STEM and w[:STEM] in stems} | named
    return sum((1 if common_words.is_common(w, EVERYDAY) else 2) + (w in told) for w in listed) \
        + len((words & sense.also) - listed) + len(named)  # one each: alone, a word of the longer list points nowhere


_ENDINGS = ("ing", "ers", "er", "ed")  # "banking" is a word of "bank", "testers" of "test"


def _ended(word: str, words: frozenset[str]) -> bool:
    """`word` is one of `words` with an ending: "banking" of "bank"."""
    return any(word.endswith(end) and len(word) - len(end) >= 4 and word[:-len(end)] in words for end in _ENDINGS)


@cache
def _stems(words: frozenset[str]) -> frozenset[str]:
    """The first STEM letters of the longer of `words`: "operational" meets "operating", "indian" meets "india"."""
    return frozenset(w[:STEM] for w in words if len(w) >= STEM)


_SKIPPED = frozenset("a an the it by of to in on for at".split())


def _beside(text: str, key: str) -> frozenset[str]:
    """The words (singular) right before and after each mention of the acronym (`key`), articles, "it" and
    prepositions skipped ("send it by EOD": "send"; not "VC in our team": "our")."""
    plain = [w for w in normalize.words(text) if w not in _SKIPPED]
    return frozenset(normalize.singular(plain[j]) for k, w in enumerate(plain) if w == key for j in (k - 1, k + 1)
                     if 0 <= j < len(plain))


def _alike(listed: Outside, sense: Own) -> bool:
    """The listed sense's expansion is mostly the glossary sense's words: a glossary name spelling the acronym out
    another way ("Special Item Number") is no "social insurance number", though both are numbers."""
    return normalize.key(listed.name) in sense.names or 2 * _used(listed.expansion, sense) > len(listed.expansion) \
        or _used(listed.near, sense) >= 2  # "Scope of Work" for SOW: a statement of work's words all the same


def _used(words: frozenset[str], sense: Own) -> int:
    """How many of `words` the glossary's sense uses, a word sharing its first letters counting ("operating",
    "operational")."""
    return sum(1 for w in words if w in sense.words or len(w) >= STEM and w[:STEM] in sense.stems)


def _shared(listed: Outside, sense: Own) -> int:
    """How many of the listed sense's words (its expansion and those near it) the glossary's sense uses: of the
    listed senses `_alike` it, those sharing most are the glossary's, the others another. Its expansion being one of
    the sense's names, typed as one word or not ("Multifactor Authentication"), counts as all its words."""
    if normalize.key(listed.name) in sense.names:
        return len(listed.expansion | listed.near)
    return _used(listed.expansion | listed.near, sense)
