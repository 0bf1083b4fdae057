"""A long name typed short inside a longer message: "CFO blames the fed funds rate for the freeze. what is
it", "servers are 'bare metal' in the colo per IT. def?", "ROA? return on assets i think. define".

glossary/prefixes.py reads a phrase that is a name with a generic word left out ("bare metal" machine,
"return on [total] assets"), a word clipped ("fed" funds rate, "past performance info") or a kind noun
added, but only when that phrase is the whole subject the parser found. In a message of several clauses
the subject is a longer piece, and the detector finds at most a word inside the name ("return", "assets"),
so nothing is asked. Here every run of two to four words inside one sentence, joined by spaces or hyphens,
no acronym, no question word and no function word at either end, is read by that same reader; a run it
reads as one concept *surely* (its own rules: the left-out words generic, the typed words no everyday
English only, one concept begun) becomes a span beside the terms found as written, and the spans inside it
give way to it. The cues (glossary/cues.py, through glossary/form_spans.py's `asked`) then decide whether
the message asks about it, so a name typed short in passing ("the fed funds rate went up again") is no more
answered than one typed whole. A run that is a span itself or cuts a longer span is the detector's. A
yes/no question with no cue asking for a meaning ("is Marmalade the expense thing or the data migration?")
asks about a run only when the run opens its sentence ("bare metal server?? is that a server without a case").

Read only for a message nothing else singled out (glossary/understand.py), so it costs nothing elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from glossary import casing, message_shape, normalize
from glossary.clipped_spans import MAX_RUN, MIN_RUN, _joined
from glossary.clipped_spans import _apart as clipped_apart
from glossary.cue_words import FUNCTION, SCAFFOLD
from glossary.detect_types import Candidate
from glossary.models import Term
from glossary.prefixes import MIN_CLIP
from glossary.textscan import Scan

ARTICLES = frozenset("a an the".split())
#: The typed phrase -> (the ids it begins, whether one concept is sure): glossary/prefixes.py's reading.
Begun = Callable[[str], tuple[list[str], bool]]


def find(scan: Scan, taken: list[Candidate], begun: Begun, terms: dict[str, Term]) -> list[Candidate]:
    """Spans of the runs that surely name one concept typed short, longest first, left to right."""
    out: list[Candidate] = []
    norms, count, i = scan.norms, len(scan.norms), 0
    form = message_shape.shape(scan)
    heads_only = form.polar and not form.cue  # "is X the expense thing or the data migration?" asks no meaning
    while i < count:
        run = None
        if norms[i].isalpha() and norms[i] not in SCAFFOLD and (not heads_only or _opens(scan, i)):
            for last in range(min(count, i + MAX_RUN) - 1, i + MIN_RUN - 2, -1):
                if _phrase(scan, i, last) and _apart(scan, taken, i, last) \
                        and (read := begun(scan.text[scan.starts[i]:scan.ends[last]]))[1] and len(read[0]) == 1 \
                        and (not _goes_on(scan, last) or _words_left(terms[read[0][0]], norms[i:last + 1])):
                    run = Candidate(i, last, read[0], False)
                    run = None if _added_to(scan, taken, run) else run
                    break
        if run is None:
            i += 1
            continue
        out.append(run)
        i = run.last + 1
    return out


def _added_to(scan: Scan, taken: list[Candidate], run: Candidate) -> bool:
    """The run is a name found as written with words added ("the platform engineering team"): whether the
    noun asks about the name is glossary/classifiers.py's to judge, not a name typed short."""
    return any(_trimmed(scan, span, run.first).first == run.first and span.ids == run.ids for span in taken)


def _goes_on(scan: Scan, last: int) -> bool:
    """A word of the same phrase follows the run ("gantry cron code"): the noun takes the place of a word
    the name leaves out, as in glossary/prefixes.py's swap."""
    nxt = last + 1
    return nxt < len(scan.norms) and _phrase(scan, last, nxt) and scan.norms[nxt] not in FUNCTION


def _words_left(term: Term, typed: list[str]) -> bool:
    """Every word a name leaves out beside the typed ones is an English word, so another noun may stand for
    it ("bare metal server" for Bare Metal Machine); an abbreviation ("Gantry Cron CM") is no such word."""
    for name, _ in term.names():
        left = [raw for raw in name.split() if not any(_same(normalize.fold(raw), word) for word in typed)]
        if left and len(left) < len(name.split()):
            return all(raw.isalpha() and not casing.is_acronym(raw) for raw in left)
    return False


def _same(word: str, typed: str) -> bool:
    return word == typed or (len(typed) >= MIN_CLIP and (word.startswith(typed) or typed.startswith(word)))


def _opens(scan: Scan, i: int) -> bool:
    """Token `i` opens its sentence, an article aside: the run heads it ("bare metal server?? is that ...")."""
    return scan.sentence_start[i] or (i > 0 and scan.sentence_start[i - 1] and scan.norms[i - 1] in ARTICLES)


def _phrase(scan: Scan, first: int, last: int) -> bool:
    """Words of one phrase (glossary/clipped_spans.py), no question word ("what is prime") but the function
    words inside a name ("return on assets")."""
    return _joined(scan, first, last) and not any(scan.norms[k] in SCAFFOLD and scan.norms[k] not in FUNCTION
                                                  for k in range(first, last + 1))


def _apart(scan: Scan, spans: list[Candidate], first: int, last: int) -> bool:
    """No span found as written is the run itself or reaches out of it (the detector's longer reading), but
    for function words before it: "the fed" in "the fed funds rate" is the run's first word."""
    return clipped_apart([_trimmed(scan, span, first) for span in spans], first, last)


def _trimmed(scan: Scan, span: Candidate, first: int) -> Candidate:
    before = scan.norms[span.first:first]
    return replace(span, first=first) if span.first < first <= span.last and all(n in FUNCTION for n in before) \
        else span
