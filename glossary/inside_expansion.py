"""A term answered from one word of a longer name the message spells out for a short word beside it.

"what is roi, retrun on investment?": the asker types an acronym in lower case and, right after it, the
words its letters begin ("return on investment"); that whole name is what is asked. When the glossary
answers only one of its words ("return", here read through the slip "retrun"), it answers a part for the
whole, a confident wrong answer: it is only offered. The short word is no English word (common_words) and
has no more letters than an acronym; its expansion follows it after a mark (",", "(", "—", ":") or a link
("means", "stands for"), each word of content giving its first letters (spelling.walk), as a typed-out
acronym's would (expansions.py). The same holds when the subject is the acronym with its expansion and the
glossary answers one word of it ("what is AFE – authority for expenditure?": "authority"). Costs nothing for a
result that names no single word of the message.
"""

from __future__ import annotations

from dataclasses import replace

from glossary import common_words, spelling
from glossary.models import LookupResult
from glossary.textscan import Scan, scan

LINKS = frozenset("is means mean stands stand for short aka as in ie".split())
MARKS = frozenset(",(—–-:=")
MAX_LETTERS = 5
EVERYDAY_RANK = 20_000  # "man", "pay": an English word, not an acronym typed in lower case
MAX_LINKS = 3
_ANSWERED = ("answer", "ambiguous")


def doubted(result: LookupResult, text: str) -> LookupResult:
    """`result`, only offered when its subject is one word of a longer name that spells out a short word."""
    if result.status not in _ANSWERED or not result.subject:
        return result
    # the subject, or else a one-word name answered inside it ("AFE – authority for expenditure": "authority")
    words = {result.subject.strip().lower()} if " " not in result.subject.strip() \
        else {m.term.lower() for m in result.matches if " " not in m.term.strip()}
    if not words:
        return result
    s = scan(text)
    at = [k for k, raw in enumerate(s.raws) if raw.lower() in words]
    if not at:
        return result
    for i, norm in enumerate(s.norms):
        run = _expansion(s, i) if 2 <= len(norm) <= MAX_LETTERS and norm.isalpha() else None
        if run is not None and any(run[0] <= k <= run[1] for k in at) and run[1] > run[0]:
            return replace(result, status="suggest")
    return result


def _expansion(s: Scan, i: int) -> tuple[int, int] | None:
    """The run after token i, set off from it, whose words' first letters spell it; None if none."""
    letters = s.norms[i]
    if letters in spelling.PLAIN or common_words.is_common(letters, EVERYDAY_RANK):
        return None
    k, marked = i, False
    while True:
        marked = marked or bool(MARKS & set(s.text[s.ends[k]:s.starts[k + 1]] if k + 1 < len(s.norms) else ""))
        if k + 1 >= len(s.norms) or s.sentence_start[k + 1] or s.norms[k + 1] not in LINKS or k - i >= MAX_LINKS:
            break
        k += 1
    first = k + 1
    if not marked and k == i or not spelling.opens(s, first, letters):
        return None
    for j, states in spelling.walk(s, first, letters, len(letters)):
        if s.norms[j] not in spelling.PLAIN and any(done == len(letters) and giving >= 2 for done, giving in states):
            return first, j
    return None



