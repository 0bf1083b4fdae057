""""what do engineers mean by it", "what does the CFO mean by runway", "what do people mean when they say
EBIT", "what does one understand under X": what is asked follows "mean by" (or "understand by", "mean with")
or the saying verb after "mean when".

A question "what do/does X mean by Y" asks what Y means, X being only who says it. The pointer of "what
does" reaches X first (glossary/message_shape.pointed); this moves it to Y, past an article, when "mean by"
follows in the same sentence within a few words. Only a message with "mean by" pays for more than a look-up.
"""

from __future__ import annotations

from glossary.cue_words import FUNCTION, SCAFFOLD, SKIP
from glossary.textscan import Scan

MAX_SAYER = 4  # words between "what does" and "mean by": who says it ("the new CFO")
_DO = frozenset({"do", "does", "did"})
#: "what do people mean when they *say* X": the verb of saying after which the term comes.
SAYING = frozenset("say says said talk talks talking mention mentions use uses call calls refer refers".split())
_ABOUT = frozenset({"about", "of", "to"})
_MEANING = frozenset({"mean", "understand"})  # "what do you understand by X"
_BY = frozenset({"by", "with", "under"})  # a learner's "mean with", "understand under" (German "mit", "unter")
#: Who says it, pointed at first: "what do *people* mean when they say X" ("what does agile mean when IT say
#: they're an agile team" asks about agile: the word pointed at is the term).
SAYERS = frozenset("people they you u we folks everyone everybody someone somebody he she ppl guys".split())
_ONE = SAYERS | {"one"}  # "what does one mean with X": anyone at all


def object_of(s: Scan, i: int, j: int) -> int:
    """The token asked about in "what <do, token i> X mean by <Y>" (the first of Y), or in "what's the deal with
    <Y>" when Y closes its clause; else `j`, the pointer."""
    if j >= 1 and s.norms[j] in _ABOUT_HEADS and s.norms[j - 1] == "the" and s.norms[j + 1:j + 2] == ["with"]:
        return _about(s, j + 2)
    if s.norms[i] not in _DO or j < 0:
        return j
    end = s.sentence_bounds(j)[1]
    for k in range(j, min(j + MAX_SAYER + 1, end - 2)):
        if s.norms[k] == "mean" and s.norms[k + 1] == "by" or s.norms[j] in _ONE and s.norms[k] in _MEANING \
                and s.norms[k + 1] in _BY:  # "what does one understand under X" (not "what does SLA mean under ITIL")
            return _past_skipped(s, k + 2, end)
        if s.norms[k] == "mean" and s.norms[k + 1] == "when" and s.norms[j] in SAYERS:  # "... when they say X"
            said = next((v for v in range(k + 2, min(k + 2 + MAX_SAYER, end - 1)) if s.norms[v] in SAYING), -1)
            y = said + 1 + (said > 0 and s.norms[said + 1] in _ABOUT)
            if said > 0 and y < end:  # "... when they talk about" with nothing after: no object
                return _past_skipped(s, y, end)
    return j


def _past_skipped(s: Scan, y: int, end: int) -> int:
    while y < end - 1 and s.norms[y] in SKIP:
        y += 1
    return y


_ABOUT_HEADS = frozenset("deal story craic".split())  # "what's the deal with LAPS": what LAPS is
_STATE = frozenset("being getting going is are was were keeps kept".split())  # "the deal with the VPN being slow"


def _about(s: Scan, y: int) -> int:
    """The first token of Y in "the deal with Y", when no state of Y follows in its clause (then the pointer stays
    on "deal": "what's the deal with the VPN being so slow today" asks what is wrong, not what a VPN is)."""
    if y >= len(s.norms):
        return y - 2
    end = s.sentence_bounds(y)[1]
    k = y
    while k < end and not (k > y and "," in s.text[s.ends[k - 1]:s.starts[k]]):
        if s.norms[k] in _STATE:
            return y - 2
        k += 1
    return _past_skipped(s, y, end)


MAX_EMBEDDED = 4  # words between "what" and "means" in "tell me what goodwill on a balance sheet means"
_MEANS = frozenset({"mean", "means", "meant", "stands", "stand"})
_NOT_SUBJECT = frozenset("is are was were s do does did can could would should will it this that they".split())


def embedded_subject(s: Scan) -> tuple[int, int]:
    """The tokens [first, end) asked in a question set inside a sentence, in its statement order: "could you tell
    me what goodwill means on the balance sheet" asks goodwill, so the balance sheet is only where; (-1, -1) when
    there is none ("what does X mean" and "what is X" are read by the pointer first)."""
    for i, norm in enumerate(s.norms[:-2]):
        if norm in ("what", "wat") and s.norms[i + 1] not in _NOT_SUBJECT:
            j = i + 1
            while j < len(s.norms) - 1 and s.norms[j] in SKIP:
                j += 1
            end = min(len(s.norms), j + 1 + MAX_EMBEDDED)
            k = next((k for k in range(j + 1, end) if s.norms[k] in _MEANS or s.sentence_start[k]), -1)
            if k > j and s.norms[k] in _MEANS and not s.sentence_start[k] and _NOT_SUBJECT.isdisjoint(s.norms[j:k]) \
                    and s.norms[j] not in FUNCTION and s.norms[j] not in SCAFFOLD and not s.norms[j].endswith("ly") \
                    and s.norms[j] not in SAYERS and s.norms[j] not in _OF_A_NAME \
                    and (_BY | _GOES_ON).isdisjoint(s.norms[k + 1:k + 2]):  # not "what our CFO means by runway"
                return j, k
    return -1, -1


#: After "means": the term comes after ("what people mean saying KPI", "what the vendor means about the SLA").
_GOES_ON = frozenset("when saying if about regarding talking referring re".split())
#: What a name is made of, or who says it: "what the letters stand for in SLA" asks SLA.
_OF_A_NAME = frozenset("letters letter initials abbreviation acronym word term words terms vendor team".split())
