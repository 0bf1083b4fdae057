"""A term glossed by the asker: "rpm as in the package format", "grok as in understand, not the ai thing".

Saying which sense is meant asks about the term, question mark or not (glossary/cues.py gives the term
right before "as in" a clear cue). But the gloss is the asker's, and the glossary may hold another sense:
a sense is answered only when the gloss speaks of it, a content word of the gloss being a word of its
names or definition in some form ("package" of "Red Hat Package Manager", "understand" of "To fully
understand something"). "rpm as in revolutions per minute" or "grok as in the ai chatbot" gloss a sense the
glossary does not have: offered, never answered. The gloss ends where the asker turns to what is not meant
("not the linux modules") or at punctuation; one ended by "?" is a guess to check, read as guesses are.
One regex search on a message that says "as in"; else nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from glossary import normalize
from glossary.cue_words import FUNCTION, QUOTE_MARKS, SKIP
from glossary.half_spelled import STAND_INS
from glossary.models import LookupResult, Term

_GLOSS = re.compile(r"\bas\s+in\s+(?P<gloss>[^,.;:!?()\n]{1,80}?)(?=\s+(?:not|but|rather|nor)\b|[,.;:!?()\n]|$)",
                    re.I)
STEM = 5  # "package"/"packages", "understand"/"understanding": one word in two forms
TAIL = 80  # characters before "as in" where the glossed name and "mean," are read
_ASKED_END = re.compile(r"(?:\s+(?:means?|stands?\s+for))?[\s,;:\-\u2013\u2014]*$")  # between the name and "as in"
_DATED = re.compile(r"(?:q[1-4]|h[12]|fy\d{2,4}|(?:19|20)\d\d)$")  # "as in Q3", "as in 2023": a time
_TIMES = frozenset("year years month months quarter quarters week weeks prior previous past last earlier before "
                   "usual yesterday today recent".split())  # "as in prior years": a time compared, not a sense


def doubted(result: LookupResult, terms: dict[str, Term], text: str) -> LookupResult:
    """`result`, only offered when the asker glosses the answered term with words no answered sense uses."""
    if result.status not in ("answer", "ambiguous") or "as in" not in text.lower():
        return result  # the common case
    subject = result.subject.strip().lower()
    own = [w for w in normalize.words(subject) if w]
    for found in _GLOSS.finditer(text):
        before = _ASKED_END.sub("", text[max(0, found.start() - TAIL):found.start()].lower())  # "what's ISO, as in
        # ...", "DOS mean, as in ...": a bounded tail, so a message of many glosses is read in linear time
        if not subject or not before.endswith(subject) or before[:-len(subject)].rstrip().endswith("not") \
                or text[found.end():].lstrip()[:1] == "?":
            continue  # "same as in the last report": no gloss of the term; "not ABC as in the alphabet"; "PR as
            # in press release??" is a guess to check (glossary/guessed_sense.py), not the sense meant
        words = normalize.words(found["gloss"])
        opening = next((w for w in words if w not in SKIP), "")  # "as in the last period": its first word
        if opening in _TIMES or _DATED.match(opening):
            continue  # "prepared under IFRS as in prior years", "as in 2023", "as in Q3": as it was then, no gloss
        if any(w == name or w.startswith(name) and w[len(name):].isdigit() for w in words for name in own) \
                or found["gloss"].lstrip()[:1] in QUOTE_MARKS:
            continue  # "WIP as in wip limits on the board", "SHA as in sha256", 'as in "an 8(a) set-aside"': the
            # name used, an example of it, not a sense told
        said = {_stem(w) for w in words if w not in FUNCTION | SKIP | STAND_INS}
        if said and not any(said & _sense_words(terms[m.id]) for m in result.matches if m.id in terms):
            return replace(result, status="suggest")
    return result


def _sense_words(term: Term) -> set[str]:
    return {_stem(w) for text in (term.term, *term.aliases, term.definition) for w in normalize.words(text)}


def _stem(word: str) -> str:
    return word[:STEM]
