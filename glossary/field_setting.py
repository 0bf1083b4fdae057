"""A name that sets the field of the question, not its subject: "what does it mean in IT", "protest in procurement
means what", "ingress. In kubernetes. ... What is it", "in procurement, bundling means what ah" (glossary/cues.py
never answers it as what is asked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from glossary.asked_shapes import pointed_before
from glossary.compound import spoken_of
from glossary.cue_words import FIELD_AT, FUNCTION, PARTITIVE, QUESTION_CUES, REF_NOUNS, SCAFFOLD
from glossary.textscan import Scan

if TYPE_CHECKING:
    from glossary.detect_types import Candidate

#: Words that ask what the word before the field means: "protest in procurement *means* what".
_MEANS = frozenset({"means", "mean", "meant", "stands", "meaning", "significa", "significan"})
_IN_OWN = frozenset({"en", "em"})  # "in" in Spanish and Portuguese
#: Words for a piece of the name itself: "what do the letters in SLO mean" asks about SLO.
_OF_THE_NAME = REF_NOUNS | PARTITIVE | frozenset("letters letter words initials".split())


def fielded(s: Scan, span: Candidate) -> bool:
    """The span sets the field after "in/on/at": after a question pointing back ("what does it mean in IT"), after the
    word a "means" after it asks of ("protest in procurement means what"), alone in a sentence ("X. In kubernetes.")
    or opening one before a comma ("in procurement, bundling means what ah")."""
    j, after = span.first - 1, span.last + 1
    if spoken_in_setting(s, span.first):
        return True  # "what is meant by beta when analysts speak of systematic risk?": the setting, not the subject
    if j < 0 or s.norms[j] not in FIELD_AT and not (s.norms[j] in _IN_OWN and _meaning_before(s, j)):
        return False  # Spanish and Portuguese "en"/"em" only after a verb of meaning: "qué significa X en agile?"
    alone = s.sentence_start[j] and j > 0 and (after == len(s.norms) or s.sentence_start[after])  # "X. In k8s."
    opening = s.sentence_start[j] and after < len(s.norms) and "," in s.text[s.ends[span.last]:s.starts[after]] \
        and _names_more(s, after)  # "in procurement, bundling means what"; not "In arrears, what does it mean?"
    return pointed_before(s, j) or alone or opening or _meaning_before(s, j) \
        or j > 0 and not s.sentence_start[j] and after < len(s.norms) \
        and s.norms[after] in _MEANS and s.norms[j - 1].isalpha() and s.norms[j - 1] not in FUNCTION \
        and s.norms[j - 1] not in _OF_THE_NAME


def spoken_in_setting(s: Scan, first: int) -> bool:
    """The name at token `first` is what a clause opened by "when"/"whenever"/"if" speaks of, after another question
    in its sentence: "what does beta mean when analysts speak of systematic risk?"."""
    j = first - 1 if first >= 1 and s.norms[first - 1] not in _ARTICLES else first - 2
    if not (j >= 1 and spoken_of(s, j)):
        return False
    start = s.sentence_bounds(first)[0]
    opener = next((k for k in range(j - 2, max(start, j - 2 - _SUBJECT_WORDS) - 1, -1) if s.norms[k] in _SETTING), -1)
    return opener > start and bool(QUESTION_CUES.intersection(s.norms[start:opener]))


def _meaning_before(s: Scan, j: int) -> bool:
    """The "in" at token `j` follows, in its sentence, a verb of meaning and a word asked through it: "'ship it' means
    what in agile?", "what does churn mean in SaaS?", "qué significa 'burndown' en agile?" set the field, whatever
    the word asked is ("what does it mean in IT" points back instead: `pointed_before`)."""
    start = s.sentence_bounds(j)[0]
    if s.sentence_start[j] or not any(s.norms[k] in _MEANS for k in range(start, j)):
        return False
    return any(any(c.isalpha() for c in n) and n not in FUNCTION and n not in SCAFFOLD and n not in QUESTION_CUES
               and n not in _MEANS for n in s.norms[start:j])


_ARTICLES = frozenset({"a", "an", "the"})
_SETTING = frozenset({"when", "whenever", "if"})
_SUBJECT_WORDS = 3  # words of the clause's subject: "when the Fed folks speak of"


def _names_more(s: Scan, start: int) -> bool:
    """The sentence from token `start` holds a word that names something, not only a question pointing back."""
    for k in range(start, s.sentence_bounds(start)[1]):
        norm = s.norms[k]
        if norm.isalpha() and norm not in FUNCTION and norm not in SCAFFOLD and norm not in QUESTION_CUES:
            return True  # "in kubernetes, what is a job?": the job
    return False
