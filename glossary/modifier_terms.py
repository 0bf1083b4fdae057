"""Two terms named as one phrase, the first saying which one of the second: "M1 money supply", "M2 money
supply? the slide shows M2 growth" ask about M1 and M2, not about the money supply.

In "X Y" where X and Y are both glossary terms and the phrase as a whole is none (the detector would have
found the longer name), Y is the kind of thing and X the specific one. When X's own names or definition
speak of Y by one of Y's words ("M1": "readily available money", "M2": "the U.S. monetary supply"), the
glossary itself says X is a Y, so the asker names the kind only to place X: the cue on the phrase asks
about X. A definition that never speaks of Y ("EBITDA margin", "KPI dashboard") leaves Y asked, as before.
X must be specific (an acronym as written, or several words) and joined to Y by a space only; Y must be
the span the cues would answer (eligible), so a phrase that goes on ("M1 money supply growth") is left alone.

The other way round, "what is a kubernetes pod": when Y's definition speaks of every word of X ("Within a
Kubernetes environment, a pod ...") and X's does not speak of Y, X only places Y; a cue on the phrase asks about
Y, even an everyday word, and the phrase is read as Y.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from glossary import cues, normalize
from glossary.classifiers import says
from glossary.cue_words import FUNCTION
from glossary.phrase_end import ends_phrase
from glossary.textscan import Scan

MIN_WORD = 4  # a word of Y shorter than this ("of", "tax") says too little about what X is


def prefer(scan: Scan, scored: list[cues.Scored], told: Callable[[str], str]) -> list[cues.Scored]:
    """The scores with every "X Y" pair read as asking about X when X's definition speaks of Y ("M1 money
    supply"), else about Y when Y's definition speaks of every word of X ("kubernetes pod")."""
    out = list(scored)
    for n in range(len(out) - 1):
        x, y = out[n], out[n + 1]
        x_places_y = _speaks_of(told, x, _words(scan, y))  # X's definition speaks of Y: "M1 money supply"
        if _placed(scan, x, y) and x_places_y:
            out[n] = replace(x, asked=max(x.asked, y.asked), eligible=True, specific=True)
            out[n + 1] = replace(y, eligible=False)
        elif _headed(scan, x, y):  # "trade-off theory of capital structure, explain": the theory asked
            out[n] = replace(x, asked=max(x.asked, y.asked), eligible=True)
            out[n + 1] = replace(y, eligible=False)
        elif _set_in(scan, x, y) and max(x.asked, y.asked) >= cues.STRONG and not x_places_y \
                and _speaks_of(told, y, _words(scan, x), every=True):  # "Series A funding round" stays Series A
            out[n] = replace(x, eligible=False)
            out[n + 1] = replace(y, span=replace(y.span, first=x.span.first), asked=max(x.asked, y.asked),
                                 eligible=True, specific=True)  # the phrase, read as Y: what the question points at
    return out


def _words(scan: Scan, x: cues.Scored) -> list[str]:
    """The span's words long enough to say something (singular): "money supply", not "of"."""
    return [normalize.singular(w) for w in scan.norms[x.span.first:x.span.last + 1]
            if len(w) >= MIN_WORD and w not in FUNCTION]


def _speaks_of(told: Callable[[str], str], x: cues.Scored, words: list[str], every: bool = False) -> bool:
    """Every sense of `x` speaks of one (or, `every`, all) of the words in its names or definition."""
    found = all if every else any
    return bool(words) and all(found(says(told(i), w) for w in words) for i in x.span.ids)


def _set_in(scan: Scan, x: cues.Scored, y: cues.Scored) -> bool:
    """X, a name of its own (not an everyday word, no sense of Y's), right before Y, joined by a space, Y ending its
    phrase: "a kubernetes pod", "the docker container"."""
    if x.span.last + 1 != y.span.first or x.span.weak or x.span.loose \
            or not set(x.span.ids).isdisjoint(y.span.ids) \
            or scan.text[scan.ends[x.span.last]:scan.starts[y.span.first]] != " ":
        return False
    nxt = y.span.last + 1
    return nxt >= len(scan.norms) or not scan.soft[y.span.last] or ends_phrase(scan, nxt, y.span.first)


def _headed(scan: Scan, x: cues.Scored, y: cues.Scored) -> bool:
    """ "X of (a) Y", X a name of several words, Y a term: one noun phrase whose head is X ("the trade-off theory of
    capital structure"), so what asks about the phrase asks about X (an acronym of Y may ask a value: "ETA of SSO")."""
    of = x.span.last + 1
    if of >= len(scan.norms) or scan.norms[of] != "of" or x.span.weak or x.span.loose or y.span.weak \
            or y.span.first - of - 1 not in (0, 1) or y.span.first - of == 2 and scan.norms[of + 1] not in _ARTICLES:
        return False
    return x.span.last > x.span.first \
        and all(scan.text[scan.ends[k]:scan.starts[k + 1]] == " " for k in range(x.span.last, y.span.first))


_ARTICLES = frozenset({"a", "an", "the"})


def _placed(scan: Scan, x: cues.Scored, y: cues.Scored) -> bool:
    """X right before Y, joined by a space, X specific and refused only as part of the phrase, Y asked."""
    span, raw = x.span, scan.raws[x.span.first]
    coded = span.last == span.first and any(c.isdigit() for c in raw) and any(c.isalpha() for c in raw)  # "m2"
    if span.last + 1 != y.span.first or x.eligible or not y.eligible or span.weak or span.loose and not coded:
        return False  # letters with digits are a code, whatever the case: "m2 money supply"
    if scan.text[scan.ends[span.last]:scan.starts[y.span.first]] != " ":
        return False
    return span.last > span.first or (any(c.isupper() for c in raw) and not raw.islower()) or coded
