"""A field the asker names for a term that the glossary never speaks of: the sense answered is not the one meant.

"what's a derivative in calculus", "what's a pod in school terms?", "what is ERP in neuroscience?": the asker
says where the word is meant, and the glossary's senses live nowhere near it (a derivative here is a
security, a pod a Kubernetes unit). Answering the glossary's sense confidently would be wrong, so it is only
offered. A field fits when a sense answered holds one of its words (names, definition, tags, related terms,
in any form: the caller reads that), or when the glossary speaks of it at all: a word at least KNOWN_MIN
entries use ("an IOC in security", "PR in the engineering sense" name worlds the glossary covers). A small
glossary (under MIN_TERMS entries) says too little by never using a word: it never doubts.

Only a field said on purpose counts, never "for backups", "in one sentence" or "in a nutshell": a marked one
("in school terms", "marketing speak", "in the HR sense", "for geography class", "the electricity unit";
not "jargon", which names the bot) or "in" and one or two uncommon words right
after the asked term (or after its "mean"/"stand for"), when an asking word is just before the term and the
field ends the clause ("what is ERP in neuroscience?", "what's a derivative in calculus, ..."). A place
("in a school"), a story ("... working capital in backstock") or the word that holds the term ("GPT in
ChatGPT") is no field.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable

from glossary import common_words, normalize
from glossary.common_words import NOT_COMMON
from glossary.cue_words import ASKING_WH, DEICTIC, NOT_FIELD, QUESTION_CUES
from glossary.models import Term

FIELD_WORD_RANK = 300  # "in one sentence", "in red": words this common name no field
KNOWN_MIN = 2  # entries that must use a word for the glossary to speak of it
#: A glossary this small says little by never using a word: "DC in electronics" when DC is "direct current".
MIN_TERMS = 200
CLIPPED = 4  # a word this short and no English may be clipped: "eng-speak", "dev speak"
ASK_REACH = 3  # tokens before the term where the asking word stands: "what is an IOC in security"
_WORD = r"[A-Za-z][\w/-]*"
#: "in school terms", "in a legal sense", "marketing speak", "fed-speak", "geography class", "electricity unit".
_MARKED = re.compile(r"\b(?P<a>[A-Za-z]\w*)[\s-](?:speak|lingo|parlance|class|unit)\b"
                     r"|\bin\s+(?:(?:a|an|the)\s+)?(?P<b>" + _WORD + r"(?:\s+" + _WORD + r")?)"
                     r"\s+(?:terms|sense|context|world)\b", re.I)
#: Right after the term: "ERP in neuroscience?", "frequency mean in physics?", "derivative in calculus, ...".
_AFTER = re.compile(r"(?:\s+(?:means?|stands?\s+for))?\s+in[ \t]+(?P<f>" + _WORD + r"(?:[ \t]+" + _WORD
                    + r")?)\s*(?=[?,)]|$|in\s)", re.I)  # not words of another language a reading marked ("in\u2002...")
#: Pointing back at the term named before: "OT, what does it mean in payroll?", "X... what does that stand for in HR".
_POINTED = re.compile(r"\b(?:does|do|did)\s+(?:it|that|this)\s+(?:mean|stand\s+for)\s+in\s+(?P<f>" + _WORD
                      + r"(?:\s+" + _WORD + r")?)\s*(?=[?,)]|$)", re.I)
#: Words that frame a field, not name one: "finance-speak", "in finance terms", "in a legal sense".
MARKERS = frozenset("speak lingo jargon parlance terms sense context world".split())
_SUFFIX = re.compile(r"(?:iers?|ies|ers?|ing|ed|ions?|ments?|y|s)$")
_marked = re.compile(r"\bin\s|speak|lingo|parlance|class|unit", re.I).search  # one plain search first


def field_form(word: str) -> str:
    """A field word: named on purpose, so only the commonest words are dropped ("government", "security" stay)."""
    form = normalize.singular(word)
    return form if len(form) >= 3 and form.isalpha() and common_words.rank(form) > FIELD_WORD_RANK else ""


def stated(text: str, subject: str) -> list[frozenset[str]]:
    """The fields the message names on purpose for the asked `subject`, each as its field words."""
    if not _marked(text):
        return []  # the common case: no "in", no "-speak"
    found = [_words(m.group("a") or m.group("b"), subject, every=False) for m in _MARKED.finditer(text)]
    low, name = text.lower(), subject.lower().strip()
    at = low.find(name) if name else -1
    while at >= 0:
        if (at == 0 or not low[at - 1].isalnum()) and (m := _AFTER.match(text, at + len(name))) \
                and _asked_before(text[:at]):
            found.append(_words(m.group("f"), subject, every=True))
        at = low.find(name, at + 1)
    if name and (m := _POINTED.search(text)) and re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", low[:m.start()]):
        found.append(_words(m.group("f"), subject, every=True))
    return [field for field in found if field]


def _asked_before(before: str) -> bool:
    """An asking word in the few tokens before the term, in its sentence: "what is an IOC", "define a pod"."""
    clause = re.split(r"[.?!;:—–]", before)[-1]
    return any(w in ASKING_WH or w in QUESTION_CUES for w in normalize.words(clause)[-ASK_REACH:])


def _words(phrase: str, subject: str, every: bool) -> frozenset[str]:
    """The field words of a phrase, none when a word is of manner or pointing ("in plain terms"), holds the
    term ("GPT in ChatGPT"), or (`every`: a bare phrase) is common English ("in one sentence", "in a box")."""
    words = normalize.words(phrase.replace("/", " "))
    if not DEICTIC.isdisjoint(words):
        return frozenset()  # "in the doc", "in our contract": a place at hand
    words = [w for w in words if not _manner(w) and w not in MARKERS]  # "in traditional chemistry terms": chemistry;
    # "in plain terms": none
    key, asked = normalize.key(subject), set(normalize.words(subject))
    forms = [field_form(w) for w in words]
    if not words or any(w in asked or key in w for w in words) or (every and not all(forms)):
        return frozenset()
    return frozenset(f for f in forms if f)


def _manner(word: str) -> bool:
    """A word of manner, in any degree: "in plain terms", "in the simplest terms", "in plainer english"."""
    return word in NOT_FIELD or any(word.endswith(end) and word[:-len(end)] in NOT_FIELD
                                    for end in ("st", "r", "est", "er"))


def _key(word: str) -> str:
    return _SUFFIX.sub("", word) if len(word) > 5 else word


class FieldFit:
    """Which stated fields the glossary speaks of; its words counted on first need."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self._terms = terms
        self._known: Counter[str] | None = None
        self._sorted: list[str] = []  # the known words in order: a clipped word's is a binary search

    def foreign(self, ids: list[str], text: str, subject: str, own: Callable[[str, frozenset[str]], int]) -> bool:
        """A field the message names for `subject` that no sense `ids` fits by its own text (`own`: the count of
        field words it holds) and the glossary never speaks of."""
        if len(self._terms) < MIN_TERMS:
            return False
        return any(not any(self._spoken(w) for w in field) and not any(own(i, field) for i in ids)
                   for field in stated(text, subject))

    def _spoken(self, word: str) -> bool:
        """At least KNOWN_MIN entries use the word; a short clipped word ("eng", "dev": no English word) counts
        the words it begins ("engineer", "developer")."""
        if self._known is None:
            known: Counter[str] = Counter()
            for term in self._terms.values():
                known.update({_key(normalize.singular(w)) for w in
                              normalize.words(" ".join((term.term, *term.aliases, term.definition)))})
            self._known, self._sorted = known, sorted(known)
        key = _key(word)
        if len(word) > CLIPPED or common_words.rank(word) != NOT_COMMON:
            return self._known[key] >= KNOWN_MIN
        seen, at = 0, bisect_left(self._sorted, key)
        while at < len(self._sorted) and self._sorted[at].startswith(key) and seen < KNOWN_MIN:
            seen, at = seen + self._known[self._sorted[at]], at + 1
        return seen >= KNOWN_MIN
