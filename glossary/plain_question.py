"""A plain question about one name, read before anything else is loaded: "what does SLA mean?", "TCO?".

A new `jargon ask` process answers its question from the few terms its candidate names point to
(glossary/service.py), so it does not build the whole index first. That shortcut must give the outcome the
whole pipeline gives, so it takes only messages that no other reading of the pipeline looks at:
- typed plainly: letters, digits, spaces and "'", "-", "/", "&", "?", "!" only (no quotes, brackets, dots or
  emoji, which other readings look at), no mark said aloud ("question mark");
- no frame (comparison, follow-up) and nothing but asking words around the name ("what", "does", "mean",
  "define", ...): "SLA 😅 explain pls", "working capital omg what is going on" go the long way;
- one sense, explained, and a name that is no English word ("what does CO mean?", "define IT": the
  pipeline weighs those) and is not the question's own word ("what is expansion").
Checked against the whole pipeline on every stored question set and every name of the public glossaries in
eight phrasings (13,259 cold answers, 17,064 with the VA acronyms): the same outcome each time it answers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from glossary import common_words, dictated, frames, normalize
from glossary.explained import explains
from glossary.question import subject_candidates
from glossary.readings import everyday_acronym, names_more, scaffold_word
from glossary.window import prepare

if TYPE_CHECKING:
    from glossary.matching import Matcher
    from glossary.models import LookupResult

_PLAIN = re.compile(r"[A-Za-z0-9 '\-/&?!]{1,120}")
#: The only words a plain question holds besides the name.
ASKING = frozenset("what whats s is are does do mean means meaning define definition of a an explain stand stands "
                   "for".split())


def candidates(query: str) -> list[str] | None:
    """The subjects a plain question may name, or None when the message is not one."""
    if not _PLAIN.fullmatch(query) or dictated.said_marks(query):
        return None
    cleaned = prepare(query)
    if not cleaned or frames.parse(cleaned) is not None:
        return None
    return subject_candidates(cleaned)[:1] or None


def answer(matcher: Matcher, query: str, named: list[str]) -> LookupResult | None:
    """The one term a plain question asks about (`named`: its candidates), or None."""
    result = matcher.exact(named)
    if result is None or result.status != "answer":
        return None
    rest = normalize.words(query)
    for word in normalize.words(result.subject):
        if word in rest:
            rest.remove(word)
    if not set(rest) <= ASKING or common_words.rank(normalize.key(result.subject)) != common_words.NOT_COMMON \
            or scaffold_word(result.subject) or names_more(query, result.subject) \
            or everyday_acronym(matcher.terms, result, query) or not explains(matcher.terms[result.matches[0].id]):
        return None
    result.query = query
    return result
