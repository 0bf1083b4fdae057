"""Questions asked of a named thing other than what it means: who acts on it ("the invoice for the AWS bill, who
will pay it?"), what happened to it ("what happened to the SOW?"), how a past event of it went ("explain how the WACC
was calculated in the valuation model"), what follows from it ("they got the ATO, does that mean we can go live?",
glossary/implication.py). A message that asks one of these, and no word of it asks a meaning, is offered the term,
never answered with a definition (glossary/stated_pair.py applies that to the final reading). Each test reads a few
tokens from a question word: linear in the message."""

from __future__ import annotations

from glossary.asked_of import TOLD_BY
from glossary.cue_words import QUESTION_CUES, USAGE
from glossary.implication import implied
from glossary.instance_words import EXPLAINING
from glossary.span_use import comma_before
from glossary.textscan import Scan


def acts_asked(s: Scan) -> bool:
    """A question opens on who, where or when, and asks who does something to a thing, where or when: "the CMS for
    the marketing site, who has a login?", "the invoice for the AWS bill, who will pay it", "on the balance sheet,
    where do we put the lease?". Its clause ends on "?" or on the thing's pronoun, before any comma ("my manager, who
    loves jargon, keeps saying ..." is no question); "when" and "where" take an auxiliary ("when will", "where do":
    not "KPI?? when my boss says it"). Not "who is FASB", "who owns it" (the glossary's owner is answered), nor a
    message with a word asking a meaning, a word of use or of telling ("who can decode EBITDA for me?")."""
    if not _ASKED_OF_IT.isdisjoint(s.norms):
        return False
    for i in range(len(s.norms) - 1):
        nxt = s.norms[i + 1]
        if s.norms[i] not in _ACTS_OF or nxt in _BEING or nxt in _OWNING \
                or s.norms[i] != "who" and nxt not in _AUXILIARIES \
                or not (s.sentence_start[i] or comma_before(s, i)):
            continue
        end = s.sentence_bounds(i)[1]
        end = next((k for k in range(i + 1, end) if comma_before(s, k)), end)
        if s.marked(end - 1) or s.norms[end - 1] in _OBJECTS:
            return True
    return False


_ACTS_OF = frozenset({"who", "where", "when"})
_BEING = frozenset({"is", "are", "s", "was", "were", "re", "counts", "count", "qualifies"})  # "who counts as X"
_OWNING = frozenset({"owns", "own", "maintains", "maintain", "curates"})  # the glossary's owner: glossary/aspects.py
_TELLING = frozenset("decode unpack explained mention mentions mentioned define clarify describe".split())
_ASKED_OF_IT = QUESTION_CUES | USAGE | TOLD_BY | _TELLING  # a meaning, a use or a telling asked: no other question
_AUXILIARIES = frozenset("will would can could do does did should shall must might may has have had".split())
_OBJECTS = frozenset({"it", "them", "am"})  # "... who go pay am" (Pidgin "am": it)


def asks_other(s: Scan) -> bool:
    """The message asks something other than a meaning of a thing it names (`acts_asked`, a consequence): its
    terms are only offered."""
    return acts_asked(s) or QUESTION_CUES.intersection(s.norms) <= _MEANS and any(
        implied(s, i) for i, norm in enumerate(s.norms) if norm in _MEANS)  # not "whats the X, does it mean we ..."


_MEANS = frozenset({"mean", "means"})


def story_after(s: Scan, i: int) -> bool:
    """The cue at token `i` asks "how/why" of a past event or of the asker's own one: "explain how the WACC was
    calculated in the valuation model", "explain how our P/E ratio dropped"; "explain how WACC is calculated" asks,
    so do "explain how the deferred revenue works" and "explain how OAuth works, I keep getting redirected" (a comma
    ends the clause told)."""
    n, j = s.norms, i + 1
    if j + 1 >= len(n) or n[i] not in EXPLAINING or n[j] not in ("how", "why") or s.sentence_start[j]:
        return False
    end = min(s.sentence_bounds(j)[1], j + 1 + _STORY_REACH)
    clause = n[j + 1:next((k for k in range(j + 1, end) if comma_before(s, k)), end)]
    return bool(_PAST.intersection(clause)) or bool(_OURS.intersection(clause[:2]))


def story_told(s: Scan) -> bool:
    """Some cue of the message asks how or why of a past event (`story_after`): "how ... calculated" asks no usage."""
    return any(story_after(s, i) for i in range(len(s.norms)))


def asks_event(s: Scan) -> bool:
    """Every "what" opens "what (has) happened / changed / caused ...": an event asked, not a meaning ("what happened
    to the SOW?", "what's happened to the SOW?", "the VPN, what happened?", "what caused the DDoS?")."""
    n = s.norms
    at = [i + 1 + (i + 2 < len(n) and n[i + 1] in _HAVING) for i, w in enumerate(n) if w in ("what", "wat")]
    return bool(at) and all(k < len(n) and n[k] in _EVENTS for k in at)


#: Verbs of what happened ("what's counted as ARR?" asks what it holds; "what happens in an LBO?" how it works).
_EVENTS = frozenset("happened changed caused went broke failed triggered led crashed dropped spiked occurred came ran "
                    "took".split())
_HAVING = frozenset({"s", "has", "had", "have"})  # "what's happened", "what has changed"
_PAST = frozenset("was were did had".split())
_STORY_REACH = 8  # words after "how" that may tell the event: "how the WACC was calculated"
_OURS = frozenset("our my their his her".split())
