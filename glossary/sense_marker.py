"""A term said with the field it is meant in: "spot rate — fx sense", "duration (bond sense)", "what is AWS in
the HR sense?", "derivative — finance def", "a protest, in contracting terms".

Naming the field a term is meant in asks what the term means there: the field words are context, not a
subject, and the message asks even with no question word. The field is one to three words that are no
everyday English ("makes sense", "makes perfect sense", "in this sense", "in plain terms" name no field), and
a bare "<field> sense" follows the term after punctuation ("ok, makes sense" is no term "ok" asked about).
A field of the glossary itself (a tag many entries carry: "business", "finance") said before a sense noun is
never the subject while another term is named: "chain of command, the business definition pls".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from glossary import common_words, normalize
from glossary.cue_words import NOT_FIELD, STRONG
from glossary.detect_types import Candidate
from glossary.guessed_words import ARTICLES
from glossary.models import LookupResult, Term
from glossary.textscan import Scan

#: Words this common are no field: "that makes sense", "in a good sense".
FIELD_WORD_RANK = 300
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


#: Nouns that, after a field, ask for a term's sense in it: "the business definition", "trade meaning?".
SENSE_NOUNS = frozenset("meaning meanings definition definitions def sense version".split())


def field_before_noun(norms: Sequence[str], first: int, last: int, fields: frozenset[str]) -> bool:
    """norms[first..last] name one of the glossary's fields just before a sense noun ("business definition")."""
    return last + 1 < len(norms) and norms[last + 1] in SENSE_NOUNS and " ".join(norms[first:last + 1]) in fields


_NOUN = re.compile(r"\b(?:meanings?|definitions?|def|sense|version)\b", re.I)


_FIELD_NOUN = re.compile(r"\b([a-z][\w-]*)\s+(?=(?:meanings?|definitions?|def|sense|version)\b)", re.I)


def field_cut(text: str, fields: Callable[[], frozenset[str]]) -> tuple[str, frozenset[str]] | None:
    """(the message without the glossary fields said before a sense noun, those fields): "code of ethics — what's
    the business definition?" reads "... what's the definition?"; None when it names none."""
    if not _NOUN.search(text):
        return None  # one plain search first: most messages say no sense noun
    cut = [m for m in _FIELD_NOUN.finditer(text) if m.group(1).lower() in fields()]
    for m in reversed(cut):
        text = text[:m.start()] + text[m.end():]
    return (text, frozenset(m.group(1).lower() for m in cut)) if cut else None


def field_reading(text: str, fields: Callable[[], frozenset[str]], read: Callable[[str], LookupResult],
                  terms: dict[str, Term]) -> LookupResult | None:
    """The answer to the message read without the fields it names before a sense noun (`field_cut`); of several
    senses, the one the field tags ("what's the business definition of discount rate"); else None."""
    cut = field_cut(text, fields)
    if cut is None:
        return None
    result = read(cut[0])
    if result.status == "ambiguous":
        tagged = [m for m in result.matches if cut[1].intersection(t.lower() for t in terms[m.id].tags)]
        if len(tagged) == 1:
            result.matches, result.status = tagged, "answer"
    return result if result.status == "answer" else None


def names_field(text: str, subject: str, fields: Callable[[], frozenset[str]]) -> bool:
    """The asked subject is a field said before a sense noun: "chain of command, the business definition pls"
    asks about chain of command in business, unless nothing else is named (the caller checks)."""
    if not _NOUN.search(text) or normalize.key(subject) not in fields():
        return False  # one plain search first: most messages say no sense noun
    norms, said = normalize.words(text), normalize.words(subject)
    n = len(said)
    return any(norms[i:i + n] == said and field_before_noun(norms, i, i + n - 1, fields())
               for i in range(len(norms) - n))


def subjects(s: Scan, spans: list[Candidate], fields: Callable[[], frozenset[str]]) -> list[Candidate]:
    """The spans that may be asked: not those naming a field before a sense noun ("environmental scanning?? ...
    business meaning?" asks about environmental scanning in business, not about business), nor those inside
    a sense-saying aside after another span (`aside_after`), when another span is left."""
    spans = [c for c in asides(s, spans) if not _audience(s, c)]  # "k8s. explain to procurement in one line"
    if SENSE_NOUNS.isdisjoint(s.norms):
        return spans  # the common case: no sense noun said
    spans = [c for c in spans if not (s.norms[c.last + 1:c.last + 2] and s.norms[c.last + 1] in SENSE_NOUNS
                                      and s.norms[c.last + 2:c.last + 3] == ["of"])]  # "the marketing meaning of X"
    kept = [c for c in spans if not field_before_noun(s.norms, c.first, c.last, fields())]
    return kept or spans


#: Words that ask for an explanation: "explain it to procurement", "a def for the form", "eli5 for marketers".
EXPLAINING = frozenset("explain explained define def definition eli5 translate describe summarize summarise".split())
AUDIENCE_REACH = 6  # tokens before "to"/"for" where the asking for an explanation stands


def _audience(s: Scan, c: Candidate) -> bool:
    """Whom an explanation is for, not what is asked: "k8s. explain to procurement in one line", "Free cash
    flow. Explain it as you would to a shareholder"."""
    j = c.first - 1
    while j >= 0 and s.norms[j] in ARTICLES:
        j -= 1
    return j >= 0 and s.norms[j] in ("to", "for") and not EXPLAINING.isdisjoint(s.norms[max(0, j - AUDIENCE_REACH):j])


#: Words that, in brackets after a term, say which of its senses is meant: "(microsoft thing, not swimming)",
#: "(the sales tool kind)", "(govt sense)", "(the federal one)", "(company type)".
QUALIFYING = frozenset("not nor no nothing thing things kind sense one version type side stuff".split())


def aside_after(s: Scan, last: int) -> range | None:
    """The tokens of a bracketed aside right after token `last` that says which sense is meant (a negation or a
    word of kind in it: QUALIFYING), or None. Its names are context, never the subject ("discount rate (for NPV,
    not the fed one)"), and the term before it is asked as jargon ("what is laps (microsoft thing, ...)")."""
    k = last + 1
    if k >= len(s.norms) or "(" not in s.text[s.ends[last]:s.starts[k]]:
        return None
    end = k
    while end + 1 < len(s.norms) and ")" not in s.text[s.ends[end]:s.starts[end + 1]]:
        end += 1
    inside = range(k, end + 1)
    return inside if any(s.norms[i] in QUALIFYING for i in inside) else None


def aside_cues(s: Scan, spans: list[Candidate]) -> list[int]:
    """A clear cue (STRONG) for the first span of a clause a sense-saying aside closes: saying which sense is meant
    marks the term talked about ("discount rate (for NPV, not the fed one) — what is it?", "options on the
    contract (govt sense, ...)" of options), else 0."""
    cues = [0] * len(spans)
    if "(" not in s.text:
        return cues  # the common case: no brackets
    for at, c in enumerate(spans):
        if aside_after(s, c.last) is not None:
            start = _clause_start(s, c.last)
            cues[min((n for n, o in enumerate(spans) if start <= o.first <= c.first), default=at)] = STRONG
    return cues


def _clause_start(s: Scan, i: int) -> int:
    """The first token of the clause token `i` is in: back to punctuation that parts clauses."""
    while i > 0 and not _PARTS.search(s.text[s.ends[i - 1]:s.starts[i]]):
        i -= 1
    return i


_PARTS = re.compile(r"[,.;:?!()—–]|\s-+\s")


def asides(s: Scan, spans: list[Candidate]) -> list[Candidate]:
    """The spans less those inside a sense-saying aside after another span (`aside_after`)."""
    if "(" not in s.text:
        return spans  # the common case: no brackets
    inside = {i for c in spans if (at := aside_after(s, c.last)) for i in at}
    kept = [c for c in spans if c.first not in inside]
    return kept or spans


def aside_words(text: str) -> list[str]:
    """The words of each sense-saying aside in brackets before any negation in it: "(the sales tool kind)"
    gives "sales tool kind", "(gov contracting, not the windows ...)" gives "gov contracting"."""
    if "(" not in text:
        return []
    out = []
    for m in _ASIDE.finditer(text):
        norms = normalize.words(m.group(1))
        if any(w in QUALIFYING for w in norms):
            cut = next((n for n, w in enumerate(norms) if w in _DENIALS), len(norms))
            out.append(" ".join(w for w in norms[:cut] if w not in QUALIFYING))
    return out


_ASIDE = re.compile(r"\(([^()]{1,80})\)?")
_DENIALS = frozenset("not nor no nothing".split())
