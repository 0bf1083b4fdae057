"""Asking words that ask for something other than a meaning, read from the words that follow them.

"could you explain to the client why the deployment got rolled back" asks for a reason, as "explain why" does;
"can someone go sign for it?" and "can you prep the numbers?" ask for a task, whatever its verb, as long as it is
no verb of explaining; "what did the vendor say about the MVP scope?" asks what someone said, as "what do I tell
her" asks for advice; "our helpdesk tool: can it integrate with AD?" asks whether a thing does something. The cue
words inside a name ("weighted *mean*", "mean time to repair") ask nothing. glossary/wh_opening.py and
glossary/asked_values.py read these.
"""

from __future__ import annotations

from collections.abc import Sequence

from glossary import common_words
from glossary.cue_words import FUNCTION, OTHER_WH
from glossary.cues import Scored
from glossary.instance_words import EXPLAINING
from glossary.textscan import Scan

#: Auxiliaries that open a question about doing: "what *do* I tell her", "*can* it integrate", "what *did* they say".
ASKING_AUX = frozenset({"do", "does", "did", "should", "can", "could", "would", "will", "shall", "must"})
#: Verbs of a task asked of someone ("can you check the list"), known however rare; any other common verb but one of
#: explaining is a task too (`tasked`).
TASKS = frozenset("send bring pay buy order choose pick try check fix change look review update approve sign "
                  "share forward book sort add remove move restart reset merge deploy ship take remind".split())
#: Whom an explanation is for, between the verb and what it explains: "explain *to the client* why", "tell me how".
_FOR_WHOM = frozenset("him her them everyone everybody".split())  # not "me", "us": "explain to me why we need X"
_ADDRESSEE_MAX = 6  # words after "to": "to everyone in the channel"
TOLD = OTHER_WH | {"that"}  # what the addressee is told: why, how, when... or that something is so
#: Words that may stand between "can you" and the task's verb: "can someone *just quickly* check".
_BEFORE_VERB = frozenset("please pls plz just quickly kindly also maybe possibly pretty urgently still go".split())
#: "go over", "go through": ways of explaining; "go sign", "go check": a task.
_GONE_OVER = frozenset({"over", "through", "thru"})
#: Verbs that explain in a phrase: "put it in plain words", "shed light on", "dumb it down", "make sense of", "get me up
#: to speed".
_TOLD_BY = frozenset("put shed dumb make get".split())
TASK_RANK = 20_000  # a common English word: a verb typed right, not a slip of "explain" nor another language's word
#: Verbs of what a named person said or chose, after "did/does/will": "what did the vendor *say* about the MVP scope?"
#: (not "do": "what does an SRE do" asks what the term is).
_SAID = frozenset("say tell decide think want need agree propose quote offer suggest recommend charge send write "
                  "reply ask expect".split())
_POINTERS = frozenset("it this that these those".split())  # "what does it tell the bank": what the term tells
#: Verbs a metric, a word or a document "does" as well as a person: counted only after a person's word.
_THING_SAYS = frozenset("tell suggest want need expect".split())
_PERSONAL = frozenset("i we you u they he she people everyone everybody someone anyone folks team client customer "
                      "vendor boss manager".split())
#: What opens a consequence after ", meaning": ", meaning *we* lose sessions", ", meaning *more* rate risk".
_SAID_NEXT = frozenset("we i you they he she it there our more less no that".split())
_SUBJECT_MAX = 3  # "the vendor", "our new CFO"
_LOOK_AHEAD = 12  # words after the verb read for a word of meaning: bounded work per "what"
#: What a meaning is asked through: "what do they *mean*", "what does the V *stand* for", "what did the trainer say a
#: nonce *is*".
_MEANT = frozenset("mean means meant stand stands refer refers call called is are was were".split())


def norms_outside_names(s: Scan, scored: Sequence[Scored]) -> set[str]:
    """The message's words, but those inside a name of two words or more ("weighted mean" asks nothing) and a
    "meaning" that joins a consequence ("the pod keeps restarting, meaning we lose sessions")."""
    inside = {i for x in scored if x.span.last > x.span.first for i in range(x.span.first, x.span.last + 1)}
    if "meaning" in s.norms:
        inside |= {i for i, n in enumerate(s.norms) if n == "meaning" and consequence(s, i)}
    return set(s.norms) if not inside else {n for i, n in enumerate(s.norms) if i not in inside}


def wh_after(s: Scan, i: int) -> bool:
    """The cue at token `i` explains a why/how/when ("explain why", "explain to the client why", "tell me how") or
    passes a fact on ("explain to the vendor that ..."), in its sentence: "explain to me. why do we need X?" asks the
    why of its own."""
    j = i + 1
    if j < len(s.norms) and s.norms[j] in _FOR_WHOM:
        j += 1
    elif j + 1 < len(s.norms) and s.norms[j] == "to" and s.norms[j + 1] not in ("me", "us"):  # the asker's own why
        end = min(len(s.norms), j + 2 + _ADDRESSEE_MAX)
        j = next((k for k in range(j + 1, end) if s.norms[k] in TOLD or s.sentence_start[k]), j)
        if j < len(s.norms) and s.norms[j] == "that" and not s.sentence_start[j]:
            return True  # "explain to the vendor that the BAFO is due monday": a fact to pass on
    return j < len(s.norms) and s.norms[j] in OTHER_WH and (j == i + 1 or not s.sentence_start[j])


def tasked(n: Sequence[str], j: int) -> bool:
    """The verb at `j` (after "can you ...", words like "please", "just" or "go" skipped) is a task's: one of TASKS,
    or any common verb but one of explaining ("can someone go sign for it", "can you prep the numbers")."""
    while j < len(n) and n[j] in _BEFORE_VERB and not (n[j] == "go" and j + 1 < len(n) and n[j + 1] in _GONE_OVER):
        j += 1
    if n[j:j + 1] == ["remind"] and n[j + 1:j + 2] in (["me"], ["us"]) and n[j + 2:j + 3] in _RECALLED \
            and not any(n[m] in ("for", "on", "at") and n[m + 1] in _OWNING
                        for m in range(j + 3, min(len(n) - 1, j + 3 + _REACH))):
        return False  # "could you remind me of the principle of comparative advantage?"; not "... the RTO for the DB"
    return j < len(n) and (n[j] in TASKS or _doing(n[j]) and common_words.is_common(n[j], TASK_RANK))


_RECALLED = (["of"], ["what"])  # "remind me of/what ...": explain it again
_OWNING = frozenset("the our this that my your their".split())  # "... for the billing DB": one instance's value
_REACH = 6  # tokens after "remind me of" read for that owner


def _doing(word: str) -> bool:
    """A word that may be a verb of doing: no verb of explaining, no function word."""
    return word.isalpha() and word not in EXPLAINING and word not in _TOLD_BY and word not in FUNCTION


def asks_capability(n: Sequence[str], i: int) -> bool:
    """Token `i` opens "can/does/will it|they VERB": whether the thing does something ("our helpdesk tool: can it
    integrate with Active Directory?", "Kubernetes: can it autoscale?"), not what it is ("does it mean ...")."""
    return n[i] in ASKING_AUX and i + 2 < len(n) and n[i + 1] in ("it", "they") and n[i + 2] not in _MEANT \
        and _doing(n[i + 2])


def consequence(s: Scan, i: int) -> bool:
    """The "meaning" at token `i` joins a consequence to the clause before ("margin went up, meaning we need to post
    more cash", ", meaning more rate risk"): no question of what a word means ("EBITDA, meaning?")."""
    return s.norms[i] == "meaning" and i > 0 and s.text[s.ends[i - 1]:s.starts[i]].strip() in (",", "-", "\u2014") \
        and i + 1 < len(s.norms) and s.norms[i + 1] in _SAID_NEXT and not s.sentence_start[i + 1]


def said_by_other(s: Scan, i: int) -> bool:
    """The "what" at token `i` opens "what did/does/will SUBJECT VERB ..." with a subject of a few words and a
    verb of saying or choosing: what someone said or wants, not what a name means. Not "what does it mean", nor
    "what did they say X stands for", nor what a thing tells or suggests ("what does EBITDA tell you": a person's
    word must stand before "tell", "suggest", "want", "need" or "expect")."""
    n = s.norms
    if i + 3 >= len(n) or n[i + 1] not in ASKING_AUX or n[i + 2] in _POINTERS:
        return False
    for k in range(i + 2, min(len(n), i + 3 + _SUBJECT_MAX)):
        if n[k] in _MEANT or s.sentence_start[k]:
            return False
        if k > i + 2 and n[k] in _SAID:
            if n[k] in _THING_SAYS and _PERSONAL.isdisjoint(n[i + 2:k]):
                return False  # "what does EBITDA tell you", "what does MVP want to say": what the name says
            return _MEANT.isdisjoint(n[k + 1:min(s.sentence_bounds(k)[1], k + 1 + _LOOK_AHEAD)])
    return False
