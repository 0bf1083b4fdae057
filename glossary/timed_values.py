"""A question that dates what it asks about asks for a value then, not for a meaning.

"What was Apple's EPS last quarter?", "What is the exchange rate of USD to EGP today?", "what does the variance on
the diesel budget look like for Q3?": a definition holds no quarter and no day, so the term is only offered
(glossary/instances.py). The date is said after the term, in the clause that asks ("what/how much ..."), and no
word of the sentence asks what the term means ("what does EPS mean, we report it this quarter" still asks).
"in Q3 reporting" names a context, not a date: a date after "in" counts only where the clause ends, and a year or
quarter only after "for" or right after the term ("what is the Sarbanes-Oxley Act of 2002?", "what is FedRAMP in
2025?" ask what it is). Right after
the term comes the date or a preposition ("the EPS for Q3"), not a new clause of a run-on message ("what is CMMC
the defense prime wants all subs certified by next year"), and another question joined by "and" has its own
date ("what is EPS and how was it last quarter").
"""

from __future__ import annotations

import re

from glossary.cue_words import COUNTING, MEANING_WORDS
from glossary.instance_words import AUX, OWNERS
from glossary.textscan import Scan

#: Words that date a question on their own, and periods that "this/last/next/past" make a date of.
_DATES = frozenset("today yesterday tomorrow tonight now currently ytd mtd qtd yoy qoq".split())
_PERIODS = frozenset("week month quarter year morning afternoon evening night sprint day weekend monday tuesday "
                     "wednesday thursday friday saturday sunday fy period cycle season".split())
_SHIFTERS = frozenset("this last next past previous coming current".split())
_CODED = re.compile(r"^(?:q[1-4]|h[12]|fy\d{2,4}|20\d\d)$")  # "for Q3", "in FY24", "in 2023"
_OPENERS = frozenset("what whats wats how".split())
_OWNING = OWNERS | {"the"}  # before a term that opens its sentence: "the/our EPS for Q3?"
_BIDS = frozenset("pls please plz".split())  # a sentence of a term and its date asks for it with "?" or these
_ASKED_AFTER = MEANING_WORDS - _OPENERS  # a sentence after the dated term asking what it means ("what does X mean")
_ASKING = _OPENERS | frozenset("why when who where which is was are were".split())
_MEANING = MEANING_WORDS - {"what", "whats", "wat"}  # the question opens on "what": the others ask a meaning
_CLAUSE_MARKS = frozenset(",;:\u2014\u2013\"\u201c\u201d")
#: What may follow the term in a question about its value then: "the EPS *for* Q3", "the rate *of* USD to EGP".
_LINKING = frozenset("of on for in at to from with over by during across".split())
MAX_GAP = 8  # tokens between the term and its date: "the variance on the diesel budget look like for Q3"
#: Nouns whose "what/which" asks for a value, never a kind: "what time is it in UTC", "which port does LDAP use".
_MEASURES = frozenset("time day date year month hour port price version currency timezone size number percentage "
                       "percent rate".split())
_OWN_MEASURES = _MEASURES - {"time", "rate", "number", "percentage", "percent"}  # "what version of TLS", not "what
# percentage of revenue is COGS" (a share of one term, another asked) or "what rate of return"
_COUNTING = COUNTING | {"good", "typical", "normal"}  # "what size is considered an SMB", "what number is a good NPS"
_LEADS = frozenset("so and but ok okay hey hi quick q".split())
_COPULA = frozenset("is are was were s be".split())  # "what version of TLS is SSL?": SSL identified, not set


def asked_value(s: Scan, first: int, last: int) -> bool:
    """The question asks for a value of the term (tokens first..last): at a date, or by a noun of measure."""
    return dated(s, first, last) or measured(s, first)


def measured(s: Scan, first: int) -> bool:
    """The term's sentence opens "what/which <noun of measure> <aux>" before it ("What time is it now in UTC?",
    "what version does the SBOM list?"), and no word of it asks a meaning ("what year does EPS mean" is odd, but
    asks)."""
    start, end = s.sentence_bounds(first)
    while start < first and s.norms[start] in _LEADS:
        start += 1
    if not (start + 2 < first and s.norms[start] in ("what", "which") and s.norms[start + 1] in _MEASURES
            and _MEANING.isdisjoint(s.norms[start:end])):
        return False
    if s.norms[start + 2] == "of":  # "which version of TLS are we on?", "... do we enforce on the load balancer": a
        # value of the thing after "of", a later term its setting; not "what rate of X", "what size of firm counts as"
        return s.norms[start + 1] in _OWN_MEASURES and (_COUNTING | _COPULA).isdisjoint(s.norms[start + 3:first])
    return s.norms[start + 2] in AUX and _COUNTING.isdisjoint(s.norms[start + 3:first])  # what counts as it is asked


def dated(s: Scan, first: int, last: int) -> bool:
    """The clause asking about tokens first..last opens "what"/"how" and dates it after the term, or opens on the
    term dated right after it ("MTTR for last quarter pls, manager wants the number"; not "market cap of our company
    fell 10% today, what is market cap")."""
    start, end = s.sentence_bounds(first)
    opens_on_term = (first == start or first == start + 1 and s.norms[start] in _OWNING) and last + 2 < end \
        and s.norms[last + 1] == "for" and _date_at(s, last + 2, end) and (s.marked(end - 1) or not _BIDS.isdisjoint(
            s.norms[start:end]))  # "MTTR for last quarter pls": its value then; not "the forecast for Q3. what is that"
    if s.norms[start] not in _OPENERS and not opens_on_term or not _MEANING.isdisjoint(s.norms[start:end]) \
            or opens_on_term and _asked_after(s.norms[end:]):  # "CMMC for FY25? what is that even"
        return False
    k = last + 1
    if k < end and s.norms[k] not in _LINKING and not _date_at(s, k, end):
        return False  # a new clause of a run-on message, not the term's value asked
    while k < min(end, last + 1 + MAX_GAP) and not any(c in _CLAUSE_MARKS for c in s.text[s.ends[k - 1]:s.starts[k]]):
        if s.norms[k] in ("and", "but") and k + 1 < end and s.norms[k + 1] in _ASKING:
            return False  # "what is EPS and how was it last quarter": the date is another question's
        coded = _CODED.match(s.norms[k]) is not None  # "for Q3", "for FY24": not "the Act of 2002", "FedRAMP in 2025"
        if _date_at(s, k, end) and (s.norms[k - 1] == "for" or k == last + 1 and not s.norms[k].isdigit() if coded
                                    else s.norms[k - 1] != "in" or k + 1 == end or s.norms[k] in _SHIFTERS
                                    and k + 2 == end):  # "the Data Protection Act 2018" is a name
            return True
        k += 1
    return False


def _date_at(s: Scan, k: int, end: int) -> bool:
    """Token `k` dates the question: "today", "Q3", "FY24", "last quarter"."""
    norm = s.norms[k]
    return norm in _DATES or _CODED.match(norm) is not None or norm in _SHIFTERS and k + 1 < end \
        and s.norms[k + 1] in _PERIODS


def _asked_after(rest: list[str]) -> bool:
    """The sentences after a dated term ask what it is: a word of meaning, "what is it/that", "never heard"; not
    "what did we report?", "what are the numbers?"."""
    return not _ASKED_AFTER.isdisjoint(rest) or any(
        a in _OPENERS and b in ("is", "s") and c in ("it", "that", "this") or a == "never" and b == "heard"
        for a, b, c in zip(rest, rest[1:], [*rest[2:], ""], strict=False))
