"""A term asked while the message also names a longer term that holds it, and the asked words lean to the
longer one: "loan amortization schedule — what does amortization mean for a loan?", "what is return on
assets return on total assets".

When the span the cues settled on is a run of the words of another span of the same message, a longer
name the glossary defines ("loan amortization" around "amortization", "return on total assets" around
"return"), the short word may stand for the longer thing. It does when the words asked say so: the asked
word runs on into the longer name's next word ("return *on* assets" for "return on total assets"), or the
asked sentence names the longer name's other words apart from it ("amortization ... for a *loan*"). A longer
name set against the asked one ("what is margin, not profit margin", "is loan amortization different") has
neither, and is left alone. Only distinct terms count, an everyday-word span is no longer name, and words
compare in the singular ("assets" holds "asset").
"""

from __future__ import annotations

from glossary import normalize
from glossary.cue_words import FUNCTION
from glossary.detect_types import Candidate
from glossary.textscan import Scan


def fuller(scan: Scan, spans: list[Candidate], asked: Candidate) -> Candidate | None:
    """The other span whose words hold the asked span's words in a row, with more, that the asked words
    lean to; None if none."""
    size = asked.last - asked.first
    longer = [span for span in spans if span.last - span.first > size and not span.weak]
    if not longer:
        return None  # most messages: no span longer than the asked one, nothing to compare
    words = _words(scan, asked.first, asked.last)
    for span in longer:
        if set(span.ids) & set(asked.ids):
            continue
        other = _words(scan, span.first, span.last)
        at = next((k for k in range(len(other) - len(words) + 1) if other[k:k + len(words)] == words), -1)
        if len(other) <= len(words) or at < 0:
            continue
        if _runs_on(scan, asked, other, at, len(words)) \
                or _named_apart(scan, asked, span, other[:at] + other[at + len(words):]):
            return span
    return None


def _runs_on(scan: Scan, asked: Candidate, other: list[str], at: int, size: int) -> bool:
    """The asked word goes on into the longer name's next word, before or after it: "return on ..." for
    "return on total assets"."""
    after, before = asked.last + 1, asked.first - 1
    return at + size < len(other) and after < len(scan.norms) \
        and normalize.singular(scan.norms[after]) == other[at + size] \
        or at > 0 and before >= 0 and normalize.singular(scan.norms[before]) == other[at - 1]


def _named_apart(scan: Scan, asked: Candidate, span: Candidate, extra: list[str]) -> bool:
    """The asked sentence names every content word the longer name adds, outside that name: "what does
    amortization mean for a loan" for "loan amortization"."""
    first, end = scan.sentence_bounds(asked.first)
    said = {normalize.singular(scan.norms[i]) for i in range(first, end) if not span.first <= i <= span.last}
    content = [w for w in extra if w not in FUNCTION]
    return bool(content) and all(w in said for w in content)


def _words(scan: Scan, first: int, last: int) -> list[str]:
    return [normalize.singular(w) for w in scan.norms[first:last + 1] if w.isalnum()]
