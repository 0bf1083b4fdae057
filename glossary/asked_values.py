"""Questions that name a term to ask for a value or a detail of one, not its meaning (read by glossary/instances.py):
"what's a good CPM for LinkedIn ads?", "what's the best CRM for us?", "the DDoS — any update?", "the CO's phone
extension"."""

from __future__ import annotations

from glossary.asked_instead import asks_capability, said_by_other
from glossary.cue_words import CLASSED, CLAUSE_MARKS, OF_HEADS
from glossary.instance_words import (
    COPULA,
    DEFINITE,
    FUSED_WH,
    JUDGED,
    MEANING,
    NEWS,
    OWNED_BY,
    SUPERLATIVES,
    WH,
)
from glossary.textscan import Scan

#: What one looks up about a person or an office, never a meaning: "the CO's phone extension", "the CFO's name".
CONTACT = frozenset("phone extension email mail address cell mobile calendar availability name".split())


def contact(s: Scan, first: int, last: int) -> bool:
    """The term owns a contact detail asked for: "what is the CO's phone extension?"; a name only when one
    person is meant ("the CFO's name"): "HIPAA's full name" is what the letters stand for. So does it own any
    other thing that is no word for what it is ("the VPN's password", "DHCP's IP range"; not "the CFO's role")."""
    owned = last + 2 < len(s.norms) and s.norms[last + 1] == "s" and "'" in s.text[s.ends[last]:s.starts[last + 1]]
    asked = set(s.norms[last + 2:last + 4]) & CONTACT if owned else set()
    one = first > 0 and s.norms[first - 1] in DEFINITE
    other = owned and s.norms[last + 2].isalpha() and s.norms[last + 2] not in OF_HEADS | _SAID_OF | CONTACT \
        and s.marked(s.sentence_bounds(first)[1] - 1)  # asked there: not "... the SSEB's findings. what is an SSEB?"
    return (bool(asked) and (one or asked != {"name"}) or other) and _ASKS_MEANING.isdisjoint(s.norms)


#: Words before a word for what a term is: "HIPAA's full name", "the SLA's exact meaning".
_SAID_OF = frozenset("full official exact actual real proper technical formal literal basic main core own".split())
_ASKS_MEANING = frozenset("mean means meaning stand stands define definition explain".split())  # "... also, what
# does CFO stand for?": the meaning is asked too


def judged(s: Scan, first: int, last: int) -> bool:
    """"what's a good CPM for LinkedIn ads?", "a healthy current ratio for a retailer": a value worth having
    for something, not what the term is; "what's the best CRM?": a pick among them."""
    j = first - 1
    picked = j >= 2 and s.norms[j] in SUPERLATIVES and s.norms[j - 1] == "the" \
        and (MEANING - {"what"}).isdisjoint(s.norms)  # "what's the best CRM?": a pick; not "... what does CRM mean?"
    if not picked and (j < 2 or s.norms[j] not in JUDGED or s.norms[j - 1] not in ("a", "an")
                       or not (last + 2 < len(s.norms) and s.norms[last + 1] in OWNED_BY)):
        return False  # "what is a typical SLA" asks what one is; "a good CPM for LinkedIn ads" a value there
    k = j - 2 - (j >= 3 and s.norms[j - 2] in CLASSED)  # "what is considered a good current ratio for a SaaS firm?"
    return s.norms[k] in FUSED_WH or s.norms[k] in COPULA and k >= 1 and s.norms[k - 1] in WH


def picked_way(s: Scan) -> bool:
    """"what's the best way to present the DCF", "best tool for value-stream mapping?": a pick among ways or tools
    for the term, with no word of meaning."""
    return any(norm in SUPERLATIVES and s.norms[k + 1] in _WAYS for k, norm in enumerate(s.norms[:-1])) \
        and (MEANING - {"what"}).isdisjoint(s.norms)


_WAYS = frozenset("way ways tool tools option options approach software platform vendor provider app apps".split())


def news(s: Scan) -> bool:
    """"any update on the root cause?", "any news?": news of the thing asked for, with no word of meaning."""
    return any(norm == "any" and s.norms[k + 1] in NEWS for k, norm in enumerate(s.norms[:-1])) \
        and MEANING.isdisjoint(s.norms)


def meant_around(s: Scan, start: int, end: int, first: int, last: int) -> bool:
    """A word of meaning ("mean", "define") among tokens start..end, outside the term's own tokens first..last:
    "what's the arithmetic *mean* of the Q3 scores?" holds one only inside the name."""
    return not (MEANING - {"what"}).isdisjoint(s.norms[start:first] + s.norms[last + 1:end])


def reported(s: Scan) -> bool:
    """Every "what" opens "what did/does SOMEONE say/think/decide ... about X" ("what did the CFO say about the
    dividend?"): what a person said of the term, with no word of meaning (asked_instead.said_by_other)."""
    at = [k for k, norm in enumerate(s.norms) if norm in ("what", "wat")]
    return bool(at) and all(said_by_other(s, k) for k in at) and _ASKS_MEANING.isdisjoint(s.norms)


def acts_on(s: Scan, first: int = 0) -> bool:
    """A clause opens "can/does/will it|they VERB" ("our NAS, does it support iSCSI?", "the new SIEM — can it ingest
    firewall logs?"): whether the thing does something, with no word of meaning nor "what" ("NAS, what is it?"); what
    a bare name (token `first`) holds or says asks what it is ("EBITDA, does it include rent?")."""
    return _WHAT.isdisjoint(s.norms) and _ASKS_MEANING.isdisjoint(s.norms) and any(
        (s.sentence_start[k] or s.text[s.ends[k - 1]:s.starts[k]].strip() in CLAUSE_MARKS)
        and asks_capability(s.norms, k) and not (s.norms[k + 2] in _CONTENT and not (
            first > 0 and s.norms[first - 1] in DEFINITE)) for k in range(1, len(s.norms)))


#: What a bare name holds or says: "EBITDA, does it include rent?", "MTTR - does it measure repair?" ask what it is.
_CONTENT = frozenset("include includes cover covers count counts measure measures signify signifies represent "
                     "represents denote denotes relate relates imply implies involve involves contain contains".split())


_WHAT = frozenset({"what", "whats", "wat"})
