"""Yes/no questions about something other than what a term is: whether a person should do something ("should I
cc legal?", "do we need one?"), whether a thing exists ("is there a status page?", "There is VAT in the US?"), whether
it does something ("can it integrate with AD?"), whether anyone did ("anyone verified that?"), a report closed by
"anyone else?", or a consequence ("does that mean we can go live?"). Moved out of glossary/wh_opening.py, which reads
the question words; each test is one pass over the message's words or a bounded look after a clause's first word."""

from __future__ import annotations

from glossary import asked_instead
from glossary.came_up import CAME_UP
from glossary.cue_words import ADDRESSED, KNOWING_VERBS, MEANING_WORDS, MODALS, USAGE
from glossary.implication import implied
from glossary.span_use import comma_before
from glossary.stated_of import is_it
from glossary.textscan import Scan

_POLAR = frozenset("is are was were do does did can could will would should has have had any am".split())
#: After "should/is/do ..." opening a clause: the yes/no question is about the asker, anyone or "there" (not
#: "are you familiar with ERP?"; "can you ..." counts only before a task, `asked_instead.tasked`).
_WHETHER_OF = frozenset({"i", "we", "there", "anyone", "anybody", "someone", "somebody"})


def whether(s: Scan) -> tuple[bool, bool]:
    """(a sentence opens on "is/are/did/can/any...", or a clause "is it/that ...", a clause opens "should I", "is
    there", "is anyone", "do we", "can you" + a task or "can it" + a verb): a yes/no question, and one about what a
    person should do, whether a thing exists or what it does, not what a term is."""
    opens = [i for i in range(len(s.norms)) if s.norms[i] in _POLAR and (s.sentence_start[i] or comma_before(s, i))]
    n = s.norms  # "VPN down for the whole office, is there a status page?": a clause opens after a comma
    if _of_anyone(s):
        return True, True  # "VPN keeps dropping, anyone else?": "is anyone ..." with its verb left out
    return any(s.sentence_start[i] or is_it(n, i) or implied(s, i + 2) for i in opens), any(  # "..., is it the VPN?"
        i + 1 < len(n) and (_tasked_of(n, i + 2) and n[i + 1] in ADDRESSED if n[i] in MODALS
                            else n[i + 1] in _WHETHER_OF) or asked_instead.asks_capability(n, i)
        for i in opens) or _there_asked(s) or _how_to(s)


def _how_to(s: Scan) -> bool:
    """A sentence opening "how do/can/should I/we <a task>": what a person should do ("how do I set up the ingress
    controller?"), not what the term is; a verb of using or working out ("how do I calculate NPV") still asks it."""
    n = s.norms
    return any(n[i] == "how" and s.sentence_start[i] and n[i + 1] in _HOW_AUX and n[i + 2] in _DOERS
               and _tasked_of(n, i + 3) and n[i + 3] not in USAGE for i in range(len(n) - 3))


_HOW_AUX = frozenset({"do", "can", "could", "should", "would"})
_DOERS = frozenset({"i", "we", "you", "u"})


def _tasked_of(n: list[str], j: int) -> bool:
    """A task's verb at `j`, or after a short phrase saying who is asked: "can someone from backend look?", "could
    anyone on the infra team check?"; `asked_instead.tasked` reads the verb."""
    if n[j:j + 1] and n[j] in _WHO_OF:
        return any(asked_instead.tasked(n, k) for k in range(j + 2, min(len(n), j + 2 + _WHO_WORDS)))
    return asked_instead.tasked(n, j)


_WHO_OF = frozenset({"from", "on", "in", "at"})
_WHO_WORDS = 3  # words of the phrase after "from": "backend", "the infra team"


def _of_anyone(s: Scan) -> bool:
    """A report, then "anyone else?" or ", someone check?" closing its sentence ("VPN keeps dropping, anyone else?"):
    whether a person is. "EBIT, anyone?" and "the CFO keeps saying X, anyone?" still ask; so does a word of meaning."""
    meant: dict[int, bool] = {}  # per sentence, whether it has a word of meaning: read once, linear
    for i, norm in enumerate(s.norms):
        if norm in _PEOPLE:
            first, after = s.sentence_bounds(i)
            end = after - 1
            if i - first >= _REPORT and s.marked(end) and (comma_before(s, i) or end - i < 2) \
                    and CAME_UP.isdisjoint(s.norms[max(first, i - _SAID_REACH):i]):  # not "boss keeps saying X..."
                return True
            if s.marked(end) and _done_by(s, i + 1, end):  # "founder says they're FedRAMP — anyone verified that?"
                if first not in meant:
                    meant[first] = not MEANING_WORDS.isdisjoint(s.norms[first:after])  # once a sentence
                if not meant[first]:
                    return True
    return False


def _done_by(s: Scan, k: int, end: int) -> bool:
    """Right after "anyone", bar an adverb, a verb in the past: whether someone did it ("anyone verified that?")."""
    while k < end and s.norms[k] in _ADVERBS:
        k += 1
    return k < end and len(s.norms[k]) > 4 and s.norms[k].endswith("ed") and s.norms[k] not in KNOWING_VERBS


_ADVERBS = frozenset("actually ever already else here really".split())
_REPORT = 3  # words before "anyone" that say something happened: "VPN keeps dropping"
_SAID_REACH = 12  # words before "anyone" read for a report of the term said: bounded work per "anyone"
_PEOPLE = frozenset({"anyone", "anybody", "someone", "somebody", "any1"})


def _there_asked(s: Scan) -> bool:
    """A clause opens "there is/are ..." and its sentence ends on "?": "is there" in a learner's word order
    ("There is VAT in the US?", "..., there is someone of IT here?"): whether a thing exists."""
    return any(norm == "there" and i + 1 < len(s.norms) and s.norms[i + 1] in ("is", "are", "s")
               and (s.sentence_start[i] or comma_before(s, i)) and s.marked(s.sentence_bounds(i)[1] - 1)
               and _NAMED.isdisjoint(s.norms[i + 2:i + 6]) for i, norm in enumerate(s.norms))


_NAMED = frozenset({"called", "such", "term", "word", "named"})  # "there is something called FedRAMP?": the name
