"""Bare acronym entries are names for their letters, not for the everyday words that spell them.

Big acronym lists hold entries whose definition is only their expansion ("L: Left.", "R: Right.",
"OBS: Observation.", "PRIME: Pain Research, Informatics, ..."). Such an entry says nothing about the
words it stands for, so an everyday word of a message never reaches it on its own:
- an expansion that is one everyday word ("left", "right", "observation") is no name to find in text: a
  message that says "what's left?" or "right-to-work" asks about the word, never about L or R;
- an everyday word typed in lower case that is such an acronym's letters only when capitalised ("prime"
  for PRIME) and begins the name of an entry that explains something ("prime rate") is short for that name,
  not the acronym: no span the cues read;
- a word typed in lower case right after another term in one phrase ("X.509 cert") is that phrase's noun,
  and so is every other lower-case occurrence of it in the message ("our certs must be X.509"): one word
  means one thing in one message, unless the asker sets the phrase aside ("not the usb hub ... a hub");
- a word of another language's message, in lower case, is that language's word ("daw" in Tagalog), not the acronym.
The detector never indexes the first kind (glossary/detect.py), a lone "what is left" is not read as an exact
name (glossary/readings.py), and the spans of the others are dropped before the cues (`meant`). A comparison
side found as a bare expansion is the explained entry it names (glossary/comparing.py).
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import common_words, foreign_words, normalize, world_asks
from glossary.casing import lower_case_word
from glossary.detect_types import Candidate
from glossary.foreign_asks import OWN_WORD
from glossary.models import Term
from glossary.span_use import denied
from glossary.textscan import Scan

EVERYDAY_RANK = 10_000  # "left", "observation", "database": the word means itself, not the letters L, OBS, DB


def explains(term: Term) -> bool:
    """The entry says more than its own names (glossary/explained.py, imported late: no import cycle)."""
    from glossary.explained import explains as says_more

    return says_more(term)


def everyday_expansion(term: Term, alias: str) -> bool:
    """`alias` is one everyday word and the whole of what `term` says ("Left" of L): no name to find."""
    words = normalize.words(alias)
    return len(words) == 1 and common_words.is_common(words[0], EVERYDAY_RANK) and not explains(term)


def bare_only(terms: dict[str, Term], ids: list[str]) -> bool:
    """Every sense only spells out its letters."""
    return bool(ids) and not any(explains(terms[i]) for i in ids)


def shortens_name(scan: Scan, span: Candidate, terms: dict[str, Term],
                  begins: Callable[[str], list[str]]) -> bool:
    """A lower-case everyday word found as bare acronyms only in another casing ("prime" for PRIME) that
    begins the name of an entry that explains something ("prime rate"): short for that name."""
    if not span.loose or span.first != span.last or not lower_case_word(scan.raws[span.first]):
        return False
    return bare_only(terms, span.ids) and any(explains(terms[i]) for i in begins(scan.norms[span.first]))


def meant(scan: Scan, spans: list[Candidate], terms: dict[str, Term],
          begins: Callable[[str], list[str]]) -> list[Candidate]:
    """The spans less the bare acronyms that only an everyday reading of a lower-case word reaches, and less a
    lower-case word of the message's language that a name spells: a word of another language's asking phrase
    ("kuwi opo": Javanese, no OPO), or one the English reading marked as that language's own ("franchise agreement
    daw. ano po yun": Tagalog's "daw", no DAW)."""
    if not any(_lower(scan, span) for span in spans):
        return spans  # the common case of an acronym typed in capitals: nothing to read
    asking, own = _asking_phrases(scan), foreign_words.own_tokens(scan)  # "explain sa client": Cebuano "sa"
    return [span for span in spans
            if not (shortens_name(scan, span, terms, begins) or noun_of_phrase(scan, spans, span, terms)
                    or _lower(scan, span) and (asking.issuperset(range(span.first, span.last + 1)) or span.first
                                               == span.last and (_marked_own(scan, span.first) or span.first in own)))]


def _marked_own(scan: Scan, k: int) -> bool:
    """Token `k` follows the mark the English reading of another language's question sets before a word of its
    own (glossary/foreign_asks.py)."""
    return OWN_WORD in scan.text[scan.ends[k - 1] if k else 0:scan.starts[k]]


def _asking_phrases(scan: Scan) -> set[int]:
    """The tokens of another language's phrases of two words or more that ask what a thing is ("kuwi opo": Javanese
    "what is that"): a word of one, in lower case, is that language's word, no acronym (OPO)."""
    if not world_asks.may_ask(scan.norms):
        return set()
    return world_asks.cue_tokens(scan, range(len(scan.norms)), shortest=2)


def noun_of_phrase(scan: Scan, spans: list[Candidate], span: Candidate, terms: dict[str, Term]) -> bool:
    """A bare sense typed in lower case that the message also uses as a term's noun ("x.509 cert?"): the word
    is that phrase's own noun, not the acronym (Computer Emergency Response Team), and so is the same word
    anywhere else in the message ("our certs must be X.509")."""
    if not _lower(scan, span) or not bare_only(terms, span.ids):
        return False
    return any(other.ids == span.ids and _lower(scan, other) and _after_term(scan, spans, other) for other in spans)


def _lower(scan: Scan, span: Candidate) -> bool:
    return all(r.islower() for r in scan.raws[span.first:span.last + 1])


def _after_term(scan: Scan, spans: list[Candidate], span: Candidate) -> bool:
    """Typed right after another term in one phrase (nothing but spaces between) that the asker does not set
    aside: "not the usb hub on my desk — what is a hub in networking" asks about the other hub."""
    prev = span.first - 1
    if prev < 0 or scan.text[scan.ends[prev]:scan.starts[span.first]].strip():
        return False
    return any(s.last == prev and not (s.weak or s.loose or denied(scan, s)) for s in spans)
