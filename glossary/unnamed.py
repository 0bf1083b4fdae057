"""A question pointed at a phrase that no term names, though a term sits in or after it.

"what's a flow-down clause" asks about a kind of clause nobody defined; "what does runway mean when the CEO
says ..." about runway, whatever else it names; "what will the weather be like in DC" about the weather, with
DC only its setting. glossary/message_shape.py reads these as a question asked elsewhere than at the term.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from glossary import asides, common_words, normalize
from glossary.compound import foreign, said_by
from glossary.cue_words import EVERYDAY_RANK, FIELD_AT, FUNCTION, OF_HEADS, SCAFFOLD, SKIP, USAGE
from glossary.phrase_end import FINITE
from glossary.span_use import prev_word
from glossary.textscan import Scan

if TYPE_CHECKING:
    from glossary.cues import Scored


def hyphenated(s: Scan, start: int, end: int) -> bool:
    """Two of the tokens start..end joined by a hyphen: one word made of two ("flow-down", "three-way")."""
    return any(s.text[s.ends[i]:s.starts[i + 1]] == "-" for i in range(start, min(end, len(s.norms) - 1)))


AUX_ASKED = frozenset({"will", "would", "did", "could", "should", "might"})  # "what will the weather be like"
_GOING = frozenset({"s", "is", "whats", "are"})


def set_later(s: Scan, j: int, covered: set[int]) -> bool:
    """After "what will/did ...", token `j` (no term) is the subject the question asks about; a term that comes
    only later in its sentence, after "in/on/at", is the setting ("what will the weather be like in DC")."""
    i = prev_word(s, j)
    if i < 1 or s.norms[i] not in AUX_ASKED | _GOING or j in covered:
        return False
    if s.norms[i] in _GOING and "going" not in s.norms[j + 1:j + 3]:
        return False  # "what's the weather going to be like in DC": the future, said with "going to"
    _, end = s.sentence_bounds(j)
    m = next((m for m in range(j + 1, end) if m in covered), -1)
    p = prev_word(s, m)
    return m > 0 and p > j and s.norms[p] in FIELD_AT


MAX_MODIFIER = 3  # words before a term that may make a longer name of it
_DEFINING = frozenset({"mean", "means", "stand", "stands"})


def defined_unnamed(s: Scan, j: int, covered: set[int]) -> bool:
    """"what does W mean": the words between the pointer and "mean"/"stand for" are exactly what is asked;
    when no term covers them, the question is about something no term names, whatever else it mentions."""
    k = j
    while k < len(s.norms) and k < j + MAX_MODIFIER and not s.sentence_start[k] and s.norms[k] not in _DEFINING \
            and k not in covered and s.norms[k] not in FUNCTION:
        k += 1
    return j < k < len(s.norms) and s.norms[k] in _DEFINING and not s.sentence_start[k] and j > 0 \
        and s.norms[j - 1] in ("does", "do", "did")


def modified(s: Scan, j: int, covered: set[int], weak: frozenset[int] = frozenset()) -> bool:
    """The question points at a modifier no term covers, joined to a term right after it, and the
    modifier is hyphenated or rare ("what's a flow-down clause", "a 10-K filing"), or any word before an
    everyday word's span the cues refused as part of a phrase (`weak`: their first tokens; "what does deferred
    revenue mean"): the asked name is the longer one, which the glossary does not define; the term is only
    its head."""
    if j in covered:
        return False
    t = next((i for i in range(j + 1, min(j + 1 + MAX_MODIFIER, len(s.norms))) if i in covered or s.sentence_start[i]),
             -1)
    if t < 0 or t not in covered or s.sentence_start[t] or not all(s.soft[j:t]):
        return False  # (the modifier and the term make one phrase: not "cert = digital certificate")
    if asides.manner(s, t - 1) or any(s.norms[i] in FINITE and not s.joined[i] and not (i and s.joined[i - 1])
                                      for i in range(j, t)):  # (not "need-to-know": one word)
        return False  # "netflix-style chaos engineering": how it is done; "the scope mentions X": a clause
    joined = hyphenated(s, j, t)
    rare = any(len(s.norms[i]) >= 4 and s.norms[i].isalpha() and not common_words.is_common(s.norms[i], EVERYDAY_RANK)
               and s.norms[i] not in SCAFFOLD and not foreign(s, i) and not said_by(s, i)  # "per glossary, GAAP
               for i in range(j, t))  # is?": the bot's own name; "vamos fazer canary deployment": Portuguese words
    headed = t == j + 1 and t in weak and s.norms[j].isalpha() and s.norms[j] not in SCAFFOLD
    return joined or ((rare or headed) and not FUNCTION.intersection(s.norms[j:t]))


def heads(s: Scan, around: Sequence[Scored], scored: Sequence[Scored]) -> bool:
    """The words pointed at are an everyday word's span right before a term the cues still hold eligible,
    so its entry says them ("what's a bond indenture?": "legal term for a bond contract", glossary/phrases.py):
    the question points at the noun phrase that term heads, not at the everyday word."""
    last = max(x.span.last for x in around)
    return all(x.span.weak for x in around) and any(
        y.eligible and y.span.first == last + 1 and s.text[s.ends[last]:s.starts[last + 1]] == " " for y in scored)


#: After the phrase asked, words setting a term as its scene ("smoke testing before a canary"); not "of"/"for".
ATTACHED = FIELD_AT | frozenset({"before", "after", "with", "inside", "under", "behind"})


def field_links(s: Scan, j: int, k: int) -> frozenset[str]:
    """The words that set a field after the phrase asked at j..k: "for" too when that phrase names a thing ("a
    Helm chart for Kubernetes", "dilution for shareholders"), not a use ("used for X"), a meaning or a clause
    ("finance asks for the payback period")."""
    return ATTACHED if (USAGE | OF_HEADS | FINITE).intersection(s.norms[j:k]) else ATTACHED | {"for"}


def set_for(s: Scan, j: int, k: int, covered: set[int]) -> bool:
    """A phrase naming a thing at j..k, then "for"/"under" and a term that ends its clause: the phrase is asked, the
    term its setting ("dilution for shareholders — what means", "goodwill impairment under US GAAP, how ...?");
    not when the clause goes on past the term ("black friday for autoscaling they set up": a story)."""
    if s.norms[k] not in ("for", "under") or not in_field(s, k, covered, field_links(s, j, k)):
        return False
    last = next(i for i in range(k + 1, len(s.norms)) if i in covered)
    while last + 1 in covered:
        last += 1
    ends = last + 1 >= len(s.norms) or s.sentence_start[last + 1] or any(
        mark in s.text[s.ends[last]:s.starts[last + 1]] for mark in ",;:()\u2013\u2014-")
    return ends and (_unfamiliar(s, j, k) or _BACK.isdisjoint(s.norms[last + 1:]))  # "Training for HIPAA — what is
    # it?": an everyday opener, and "it" points back at the term


_BACK = frozenset("it its that this they them".split())


def _unfamiliar(s: Scan, j: int, k: int) -> bool:
    """A word of tokens j..k a reader may not know: rare in any form, written as an acronym, or hyphenated."""
    return hyphenated(s, j, k) or any(s.raws[i].isupper() and len(s.norms[i]) > 1 or s.norms[i].isalpha() and not
                                      common_words.is_common(normalize.singular(s.norms[i]), EVERYDAY_RANK)
                                      for i in range(j, k))


_SOME = frozenset("another any each every other some".split())
FIELD_REACH = 4  # words from "in"/"on" to the term that sets the field: "on another university's contract"


def in_field(s: Scan, k: int, covered: set[int], links: frozenset[str] = FIELD_AT, named_from: int = -1) -> bool:
    """Token `k` is "in"/"on"/"at"… and a term follows it in a few words ("on another university's contract"):
    the field of what came before (from `named_from`, a phrase naming a thing may be set with "for", `set_for`)."""
    if named_from >= 0 and set_for(s, named_from, k, covered):
        return True
    after = k + 1
    while after < min(len(s.norms), k + FIELD_REACH) and not s.sentence_start[after] and after not in covered \
            and _before_term(s, after, k):
        after += 1  # "on another university's contract": "another" and the owner "university's" skipped
    if after + 1 < len(s.norms) and after + 1 in covered and after not in covered and _modifier(s, after):
        after += 1  # "OCR for supplier invoices": a word that tells which invoices
    return s.norms[k] in links and after in covered


def _modifier(s: Scan, i: int) -> bool:
    """Token `i` may qualify the term right after it: a plain word, no small word or verb, in the same phrase."""
    return s.norms[i].isalpha() and s.norms[i] not in FUNCTION | SKIP | FINITE and not s.sentence_start[i + 1] \
        and s.text[s.ends[i]:s.starts[i + 1]] == " "


def _before_term(s: Scan, i: int, k: int) -> bool:
    """Token `i`, after the link at `k`, is an article, "another", an owner or its "'s", or the doing a "for" is
    for ("the deadline for submitting KPIs"): not yet the term."""
    owner = i + 1 < len(s.norms) and s.norms[i + 1] == "s" and "'" in s.text[s.ends[i]:s.starts[i + 1]]
    doing = i == k + 1 and s.norms[k] == "for" and len(s.norms[i]) > 5 and s.norms[i].endswith("ing")
    return s.norms[i] in SKIP or s.norms[i] in _SOME or owner or s.norms[i] == "s" and i > k + 1 or doing
