"""A name asked by name: "what is X", "whats X", "what actually is a X", "what does X mean".

Two readings weigh such a question above other clues: the cues (glossary/cues.py) give a name right after "what
is" a little more than a name after a word such as "on" ("what is eBPF, the agent requires it on nodes"), and the
instance check (glossary/instances.py, through quoted_speech.own_mention) reads the mention the asker asks about
by name, not an earlier request for the thing ("Can you pull the PWS ...? done, but what IS a PWS").
"""

from __future__ import annotations

from glossary.textscan import Scan

_COPULA_ASKED = frozenset({"is", "are", "s", "re", "whats", "wats", "wat"})  # "what is X", "whats X"
_WHAT = frozenset({"what", "whats", "wat", "wats"})
#: "whats the call on github", "the call re github": the call is github's, a status asked.
_OF_ANOTHER = frozenset("on for of with about at in re regarding from to by".split())
_HEDGES = frozenset("actually exactly really even".split())  # "what actually is a QASP?"
_ARTICLES = frozenset({"a", "an", "the"})


def asked_by_name(s: Scan, j: int, nxt: int) -> bool:
    """Token `j`, right before a name (articles skipped by the caller; `nxt`: the token after the name), closes
    "what is"/"whats"; not for an owner ("what are the Fed's ...") nor a thing of another's ("whats the call on
    github": a status asked)."""
    if s.norms[j] not in _COPULA_ASKED or not (s.norms[j] in _WHAT or j > 0 and s.norms[j - 1] in _WHAT):
        return False
    after = s.norms[nxt] if nxt < len(s.norms) else ""
    return not (after == "s" and s.text[s.ends[nxt - 1]:s.starts[nxt]] == "'") \
        and not (after in _OF_ANOTHER and s.soft[nxt - 1])


def asked_in_sentence(s: Scan, k: int) -> bool:
    """The name at token `k` is asked by name in its own sentence: "what is a X", "what actually is a X", "what
    does X mean" (the asker's own question, whatever the sentences before asked of it)."""
    j = k - 1
    while j > 0 and s.norms[j] in _ARTICLES and not s.sentence_start[j + 1]:
        j -= 1
    if j < 1 or s.sentence_bounds(j) != s.sentence_bounds(k):
        return False
    if s.norms[j] in ("does", "do") and s.norms[j - 1] == "what":
        return s.norms[k + 1:k + 2] in (["mean"], ["stand"])  # "what does RFP mean anyway?"
    if j > 1 and s.norms[j - 1] in _HEDGES:  # "what actually is a QASP?"
        return s.norms[j] in ("is", "are") and s.norms[j - 2] in _WHAT and _closes(s, k)
    return asked_by_name(s, j, k + 1) and _closes(s, k)


_CLOSING = frozenset("mean means stand exactly anyway actually again though tho lol haha".split())


def _closes(s: Scan, k: int) -> bool:
    """The name at `k` ends its noun phrase: the sentence's end, a mark, or a closing word ("what is a PWS lol");
    not "what is the VPN address?", where it only modifies the noun asked."""
    nxt = k + 1
    return nxt >= len(s.norms) or s.sentence_start[nxt] or s.norms[nxt] in _CLOSING \
        or bool(s.text[s.ends[k]:s.starts[nxt]].strip())
