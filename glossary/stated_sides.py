"""A side of a comparison whose acronym the message spells out as another sense than the one compared.

"DOS — Department of State. how does DOS money differ from NSF money?": the asker said what DOS means, so
comparing the glossary's DOS (denial of service) with NSF is a confident wrong answer, as answering it
alone would be (expansions.py settles that one). A compared term written as an acronym the message spells
out, beside it or apart, with a phrase it does not agree with, is replaced by the one sense of that acronym
the phrase agrees with ("SAST vs SCA (software composition analysis)"); with none, the comparison is only
offered. Nothing is read for a result that compares nothing or a message with no acronym.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from glossary import expansions, normalize
from glossary.models import LookupResult, Match, Term

Exact = Callable[[list[str]], "LookupResult | None"]


def doubted(result: LookupResult, senses: expansions.Expansions, terms: dict[str, Term], exact: Exact,
            text: str) -> LookupResult:
    """`result`, with each compared sense the message spells out otherwise replaced by the one it means,
    or only offered."""
    if result.status != "compare" or not expansions.has_acronym(text):
        return result  # the common case
    found = [x for x in expansions.read(text) if x.cased and not x.half]
    matches = list(result.matches)
    for n, m in enumerate(matches):
        term = terms[m.id]
        keys = {normalize.key(name) for name in (term.term, *term.aliases)}
        for x in found:
            if normalize.key(x.acronym) not in keys or (ids := senses.agreeing(x, [m.id])) is None or m.id in ids:
                continue
            meant = _meant(x, senses, exact)
            if meant is None or meant in {k.id for k in matches}:
                return replace(result, status="suggest")
            matches[n] = Match(meant, terms[meant].term, m.score)
    return replace(result, matches=matches) if matches != result.matches else result


def _meant(x: expansions.Spelled, senses: expansions.Expansions, exact: Exact) -> str | None:
    """The one sense of the acronym the phrase agrees with, if exactly one."""
    named = exact([x.acronym])
    ids = senses.agreeing(x, [m.id for m in named.matches]) if named is not None else None
    return ids[0] if ids and len(ids) == 1 else None
