"""A term said with the field it is meant in: "spot rate — fx sense", "duration (bond sense)", "what is AWS in
the HR sense?", "derivative — finance def", "a protest, in contracting terms".

Naming the field a term is meant in asks what the term means there: the field words are context, not a
subject, and the message asks even with no question word. The field is one to three words that are no
everyday English ("makes sense", "makes perfect sense", "in this sense", "in plain terms" name no field), and
a bare "<field> sense" follows the term after punctuation ("ok, makes sense" is no term "ok" asked about).
"""

from __future__ import annotations

import re

from glossary import common_words

#: Words this common are no field: "that makes sense", "in a good sense".
FIELD_WORD_RANK = 300
#: Words of manner or pointing, not of a field: "in plain terms", "in this context", "in a general sense".
NOT_FIELD = frozenset("this that these those the our my your their its his her here there same other "
                      "plain simple layman laymans layman's basic general practical everyday normal english human "
                      "real broad short few strict technical literal usual ordinary".split())
_FIELD = r"(?P<field>[^\s,;:()—–?!.]+(?:[ -][^\s,;:()—–?!.]+){0,2})"
_MARKER = (r"(?:in\s+(?:(?:the|a|an)\s+)?" + _FIELD + r"\s+(?:sense|context|terms|world)"
           r"|(?P<bare>" + _FIELD.replace("field", "bfield") + r"\s+(?:sense|def|definition)))")
#: Anywhere in a message: every field phrase said with a marker.
_ANY = re.compile(r"(?<![\w-])" + _MARKER + r"(?!\w)", re.I)
#: A candidate subject that ends with the marker: the term before it, the marker after punctuation or "in".
_TAIL = re.compile(r"^(?P<term>.+?)(?:\s*(?P<sep>[(—–:,]|\s-+)\s*|\s+)" + _MARKER + r"\s*\)?$", re.I)


_marked = re.compile(r"sense|context|terms|world|def", re.I).search  # one plain search first: most have none


def is_field(phrase: str) -> bool:
    """One to three words that may name a field: none everyday English, none of manner or pointing."""
    words = phrase.lower().replace("-", " ").split()
    return bool(words) and not any(w in NOT_FIELD or (w.isalpha() and common_words.rank(w) <= FIELD_WORD_RANK)
                                   for w in words)


def fields(text: str) -> list[str]:
    """The field phrases the message names with a marker ("fx sense", "in the HR sense"), in order."""
    if not _marked(text):
        return []
    found = (m.group("field") or m.group("bfield") for m in _ANY.finditer(text))
    return [f for f in found if is_field(f)]


def term_before(subject: str) -> str | None:
    """The term a candidate subject names before its field ("spot rate — fx sense" -> "spot rate"), else None."""
    m = _TAIL.match(subject) if _marked(subject) else None
    if m is None or (m.group("bare") and not m.group("sep")):
        return None  # "does that make sense", "duration bond sense": no term set apart from a field
    field = m.group("field") or m.group("bfield")
    term = m.group("term").strip()
    return term if term and is_field(field) else None
