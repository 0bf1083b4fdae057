"""Names typed short inside a longer message: "workers comp — what is it, someone tripped on a cable",
"std dev — def", "infra as code... what is it for?".

glossary/clipped.py reads a name typed short when it is the whole subject the parser found; in a message
of several clauses the subject is a longer piece and the detector finds only a word inside the name
("comp", "dev"), which then wins the cues as the asked term. Here every run of two to four words inside
one sentence, joined by spaces or hyphens only, no acronym and no function word at either end, is read by
the same reader (clipped pieces, business shorthand: the glossary's own words decide, no list of
abbreviations); a run it reads as the names of exactly one concept becomes a span, and the spans found
inside it give way to it, as the detector's longer names do. A run where no term was found, in a message
where a term typed whole was, is marked everyday: a guess the cues must single out ("'platform
engineering' team in the org chart. what do they do": the org chart is no rival). A run said after "not"
is what is not meant. The cues (glossary/cues.py) then decide whether the message asks about it, so a
name typed short in passing is no more answered than one typed whole. A run that is itself a span (a name
as written) or that cuts a longer span is left to the detector.

Cheap per message: a run is read only when its first word's first letters begin an indexed name or one
of its words may be shorthand (a dict look-up per word); the index is glossary/clipped.py's, built on
first need.
"""

from __future__ import annotations

from glossary import span_use
from glossary.clipped import Clipped
from glossary.cue_words import FUNCTION
from glossary.detect_types import Candidate
from glossary.textscan import APOSTROPHES, Scan

MIN_RUN, MAX_RUN = 2, 4  # one word typed short is glossary/clipped.py's (a subject) or a typo's to read: alone in a
# message, one word is too often a brand or a word of its own ("costco": cost + co, "intro")
_GAPS = frozenset({" ", "-", "\u2010", "\u2011"})  # "workers comp", "long-term": no comma, slash or dash


def add(scan: Scan, spans: list[Candidate], clipped: Clipped, shortest: int = MIN_RUN) -> list[Candidate]:
    """`spans` with the names typed short among them: each replaces the shorter spans it covers. `shortest`: 1
    where a single word may be one ("opex, capex difference?": the sides of a comparison already cued)."""
    found = _find(scan, spans, clipped, shortest) + _initialed_runs(scan, spans, clipped)
    if not found:
        return spans
    kept = [c for c in spans if not any(f.first <= c.first and c.last <= f.last for f in found)]
    return sorted(kept + found, key=lambda c: c.first)


def _find(scan: Scan, spans: list[Candidate], clipped: Clipped, shortest: int) -> list[Candidate]:
    out: list[Candidate] = []
    norms, count, i = scan.norms, len(scan.norms), 0
    whole = [span for span in spans if not (span.weak or span.loose)]  # terms typed whole: rivals to a guess
    while i < count:
        run = None
        if norms[i].isalpha() and clipped.may_read(norms[i:i + MAX_RUN]):
            for last in range(min(count, i + MAX_RUN) - 1, i + shortest - 2, -1):
                if _joined(scan, i, last) and _apart(spans, i, last) and (ids := clipped.sure(_text(scan, i, last))):
                    sentence = scan.sentence_bounds(i)  # "capex kiyanne? IT budget eke ...": IT is no rival
                    rivals = any(other.ids != ids and sentence[0] <= other.first < sentence[1] for other in whole)
                    run = Candidate(i, last, ids, not _covers(spans, i, last) and rivals)
                    break
        if run is None or span_use.denied(scan, run):  # "PPI — producer price index, not past performance info"
            i += 1
            continue
        out.append(run)
        i = run.last + 1
    return out


def _initialed_runs(scan: Scan, spans: list[Candidate], clipped: Clipped) -> list[Candidate]:
    """Names typed with a run of their words as initials ("an AR aging schedule every Monday"), one concept
    each, as one phrase: only spaces or hyphens between its words (glossary/initialed.py)."""
    runs: dict[tuple[int, int], list[str]] = {}
    for first, last, tid in clipped.initialed_names.find(scan.norms, scan.raws):
        runs.setdefault((first, last), []).append(tid)
    return [Candidate(first, last, ids, False) for (first, last), found in runs.items()
            if len(ids := clipped.concepts.once(found, _text(scan, first, last))) == 1 and _apart(spans, first, last)
            and all(scan.text[scan.ends[k]:scan.starts[k + 1]] in _GAPS for k in range(first, last))
            and not any(scan.sentence_start[k] for k in range(first + 1, last + 1))]


def _joined(scan: Scan, first: int, last: int) -> bool:
    """Words of one phrase: letters only, no acronym ("the COR" is no "the customer"), no function word at
    either end, one sentence, only spaces or hyphens between them."""
    return all(scan.norms[k].isalpha() and not _acronym(scan.raws[k]) for k in range(first, last + 1)) \
        and scan.norms[first] not in FUNCTION and scan.norms[last] not in FUNCTION \
        and not any(scan.sentence_start[k] for k in range(first + 1, last + 1)) \
        and all(scan.text[scan.ends[k]:scan.starts[k + 1]] in _GAPS or _possessive(scan, k)
                for k in range(first, last))


def _apart(spans: list[Candidate], first: int, last: int) -> bool:
    """No span found as written is the run itself or reaches out of it (the detector's longer reading)."""
    for span in spans:
        if span.first <= last and first <= span.last and not (first <= span.first and span.last <= last) \
                or (span.first, span.last) == (first, last):
            return False
    return True


def _covers(spans: list[Candidate], first: int, last: int) -> bool:
    """A span found as written lies inside the run: the run reads those words better ("workers comp")."""
    return any(first <= span.first and span.last <= last for span in spans)


def _acronym(raw: str) -> bool:
    return len(raw) > 1 and raw.isupper()


def _text(scan: Scan, first: int, last: int) -> str:
    return scan.text[scan.starts[first]:scan.ends[last]]


def _possessive(scan: Scan, k: int) -> bool:
    """Token `k` and the next are a word and its "'s": "worker's comp" is one phrase, as "workers comp" is."""
    return scan.text[scan.ends[k]:scan.starts[k + 1]] in APOSTROPHES and scan.norms[k + 1] == "s"
