"""A quoted phrase asked as a whole, longer than the term answered: "what does 'host family' involve?".

Quote marks set the asker's unit apart; right after the asking words ("what is", "what does", "what's a")
the quoted phrase is what is asked. When it holds the answered term and more words of content that none of
the term's names has ("host" in 'host family'), it names another thing, a kind the glossary does not
define: answering the term would answer a part for the whole, so it is only offered. A quote that is the
term's name ("what is a 'shop steward'"), or a phrase quoted elsewhere in the message ("says 'MVP only'.
what does MVP mean"), changes nothing. Costs nothing on a message without a quote mark.
"""

from __future__ import annotations

from dataclasses import replace

from glossary import normalize
from glossary.cue_words import QUOTE_MARKS, WHAT
from glossary.models import LookupResult, Term
from glossary.spelling import PLAIN
from glossary.textscan import Scan, scan
from glossary.word_forms import MIN_PHRASE_STEM, stem

#: Words between "what" and a quoted phrase it asks for: "what is 'X'", "what does 'X' involve", "what's a 'X'".
ASKING = frozenset("s is does are do a an the".split())
MAX_WORDS = 4
_ANSWERED = ("answer", "ambiguous")


def doubted(result: LookupResult, terms: dict[str, Term], text: str) -> LookupResult:
    """`result`, only offered when a quoted phrase asked as a whole holds its term and more."""
    if result.status not in _ANSWERED or not any(q in text for q in QUOTE_MARKS):
        return result  # the common case
    s = scan(text)
    for first, last in _quoted(s):
        said = [_form(w) for w in s.norms[first:last + 1]]
        if len(said) < 2 or not _asked(s, first):
            continue
        for m in result.matches:
            names = [[_form(w) for w in normalize.words(n)] for n in (terms[m.id].term, *terms[m.id].aliases)]
            told = {w for name in names for w in name}
            if said in names or not told & set(said):
                continue  # the term's own name, or a phrase the term is not in
            if any(w not in told and w not in PLAIN and w.isalpha() for w in said):  # PLAIN: no stem cuts them
                return replace(result, status="suggest")
    return result


def _form(word: str) -> str:
    """One word in any form: "marked to market" is "marking to market"."""
    return stem(normalize.singular(word), MIN_PHRASE_STEM)


def _asked(s: Scan, first: int) -> bool:
    """"what" and asking words only right before token `first`, in its sentence."""
    k = first - 1
    while k >= 0 and s.norms[k] in ASKING and first - k <= 3 and not s.sentence_start[k + 1]:
        k -= 1
    return k >= 0 and k < first - 1 and s.norms[k] in WHAT and not s.sentence_start[k + 1]


def _quoted(s: Scan) -> list[tuple[int, int]]:
    """[first, last] token runs a quote mark opens right before and closes right after, in one phrase."""
    found = []
    for first in range(len(s.norms)):
        at = s.starts[first] - 1  # the opening mark, after a space: not the "'s" of "what's"
        if at < 0 or s.text[at] not in QUOTE_MARKS or at > 0 and not s.text[at - 1].isspace():
            continue
        for last in range(first, min(len(s.norms), first + MAX_WORDS)):
            after = s.text[s.ends[last]:s.ends[last] + 1]
            if after in QUOTE_MARKS:
                found.append((first, last))
                break
            if after != " ":
                break
    return found
