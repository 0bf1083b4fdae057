"""What a question word opens: a question about a term, or about something else.

A sentence that opens on "who is/are" asks what a role is, "?" typed or not. Careless typists drop the
question mark: "who is the COR on a gov contract" asks what a COR is, as "what is" would. The opening marks
the question, as an opening "can you ..." does (`polite_request`), when the sentence is about a
term: one is named in it, or it points back at one ("who are they"). Only "who": "how do I turn on MFA",
"how much is left on our line of credit" ask how to do something or how much of it there is, not what it is,
and without "?" they stay statements.

The other way round, "what" can ask for advice ("what do I tell her"), "can you" for a task ("can you
check the list") and "should I", "is there" whether to do something or whether a thing exists
(glossary/polar.py): questions about something else, as "who broke prod?" is; so do "what did the vendor say about
X", "can someone prep the numbers", "explain to the client why ..." (glossary/asked_instead.py). Each reading is
one pass over the message's words, or a bounded look at the few words after each asking word."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from glossary import asked_instead
from glossary.asked_of import counted_at
from glossary.asked_shapes import CLOSES_EMBEDDED, progressive
from glossary.cue_words import (
    ADDRESSED,
    CLAUSE_MARKS,
    ENDS_PHRASE,
    FUNCTION,
    KNOWING_VERBS,
    MODALS,
    OTHER_WH,
    POSSESSIVES,
    PRONOUN_QUESTION,
    QUESTION_CUES,
    USAGE,
)
from glossary.cues import Scored
from glossary.implication import implied
from glossary.other_questions import asks_event, story_after, story_told
from glossary.phrase_end import is_possessive
from glossary.span_use import comma_before, joined
from glossary.textscan import Scan

#: "who" and the verb that makes the opening an identity question ("who is", "who are").
ASKING_NEXT = frozenset({"is", "are", "was", "were"})
POINTING_BACK = PRONOUN_QUESTION | {"they", "them"}


def opens_question(s: Scan, scored: Sequence[Scored]) -> bool:
    """Does a sentence open on "who is/are" ("who is the COR") and name or point back at a term?"""
    for i in range(len(s.norms) - 1):
        if s.sentence_start[i] and s.norms[i] == "who" and s.norms[i + 1] in ASKING_NEXT:
            end = s.sentence_bounds(i)[1]
            if any(i <= x.span.first < end for x in scored if x.eligible) \
                    or POINTING_BACK.intersection(s.norms[i + 2:end]):
                return True
    return False


#: "what do I tell her", "what should we do": "what" is the object of something the asker must do or say,
#: so the question asks for advice, not for a meaning (unlike "what do they mean by", "what do you call").
_PERSONS = frozenset({"i", "we", "you", "u"})  # not "what do they do": what a team named does
_DOING = asked_instead.TASKS | {"do", "tell", "say", "reply", "respond", "answer", "write", "put", "expect", "ask"}


def asks_advice(s: Scan) -> bool:
    """Is every "what" in the message "what + do/should + I/we/you + a verb of doing" ("what do i tell her"), or
    "what did SOMEONE say/think ..." ("what did the vendor say about the MVP scope?")?"""
    at = [i for i, norm in enumerate(s.norms) if norm in ("what", "wat")]
    return bool(at) and all(i + 3 < len(s.norms) and s.norms[i + 1] in asked_instead.ASKING_AUX
                            and s.norms[i + 2] in _PERSONS and s.norms[i + 3] in _DOING
                            or asked_instead.said_by_other(s, i) for i in at)


def asks_task(s: Scan) -> bool:
    """"SOW #4 attached - can you check the list?", "you can check if is ok?": a task asked of someone, the
    question is no "what is"."""
    n = s.norms
    return any((n[i] in asked_instead.ASKING_AUX and n[i + 1] in ADDRESSED or n[i] in ADDRESSED and n[i + 1] in MODALS)
               and asked_instead.tasked(n, i + 2) for i in range(len(n) - 2))


def cues_and_other(s: Scan, norms: set[str]) -> tuple[set[str], bool]:
    """(the words that ask what a term is, does a question ask something else): "what do i tell her" and
    "can you check the list" ask for advice or a task, as "who" and "why" ask for a person or a reason."""
    cues = norms & QUESTION_CUES
    cues -= {n for i, n in enumerate(s.norms[:-1]) if n in cues and (story_after(s, i) or implied(s, i))}
    if cues and not asked_instead.TOLD.isdisjoint(norms):  # "might someone in IT explain why ...": the cue asks the why
        told = Counter(n for n in s.norms if n in cues)
        cues -= {n for i, n in enumerate(s.norms[:-1]) if n in cues and asked_instead.wh_after(s, i) and told[n] == 1}
    if knows_only(s, cues):
        cues = set()  # "I know what a VPN is, I just can't connect", "TIL what DUNS is": known, not asked
    if cues <= {"what", "wat"} and ((asks_advice(s) or asks_event(s)) if cues else asks_task(s)):
        return set(), True
    return cues, bool(norms & OTHER_WH) or "which" in norms and _picks(s)


def knows_only(s: Scan, cues: set[str]) -> bool:
    """The message's only asking words are a "what" the asker says they know: "I know what a VPN is"."""
    return bool(cues) and cues <= {"what", "wat"} and all(_known(s, i) for i, n in enumerate(s.norms) if n in cues)


def says_known(s: Scan) -> bool:
    """The message's only asking words are a "what" the asker says they know and the verb of meaning after it: "I
    know what a KPI is", "we all know what SLA stands for"."""
    return knows_only(s, set(s.norms) & QUESTION_CUES - _MEANING - _TELLING)  # "don't explain what X is"


_MEANING = frozenset({"mean", "means", "meant", "stand", "stands"})


def _known(s: Scan, i: int) -> bool:
    """The "what" at token `i` follows the asker saying they know: "I know what", "we understand what", "TIL what",
    "I'm aware of what"."""
    return i >= 1 and (s.norms[i - 1] == "til" or _untold(s, i)
                       or i >= 2 and s.norms[i - 1] in KNOWING_VERBS
                       and (s.norms[i - 2] in _KNOWERS or _all_know(s, i - 2))
                       or i >= 3 and s.norms[i - 2:i] == ["aware", "of"] and s.norms[i - 3] in _BEING)


_KNOWERS = frozenset("i we now already".split())  # not "don't know", "do you know"


def _untold(s: Scan, i: int) -> bool:
    """The "what" at token `i` follows a telling the asker declines: "don't explain what a firewall is", "no need to
    tell me what MFA is"."""
    k = i - 1 - (i >= 2 and s.norms[i - 1] in ("me", "us"))  # the verb of telling
    return k >= 1 and s.norms[k] in _TELLING and (s.norms[k - 1] in ("dont", "never") or s.norms[k - 2:k] in (
        ["don", "t"], ["need", "to"]) and (s.norms[k - 2] == "don" or k >= 3 and s.norms[k - 3] == "no"))


_TELLING = frozenset({"explain", "tell", "define", "describe"})


def _all_know(s: Scan, k: int) -> bool:
    """Token `k` says everyone knows, opening the statement: "we all know what", "everybody knows what" (not "does
    everybody know what", "help everyone understand what")."""
    if s.norms[k] in ("everyone", "everybody"):
        return s.sentence_start[k]
    return s.norms[k] == "all" and k >= 1 and s.norms[k - 1] in ("we", "they") and s.sentence_start[k - 1]
_BEING = frozenset("m am re are well fully".split())  # "I'm aware of what", "we are well aware of what"
#: After "which", words of a question about meaning ("which one is the left side", "which term means X").
_WHICH_OF_MEANING = frozenset("one ones is are of term terms word words acronym meaning sense definition means mean "
                              "stands".split())


def _picks(s: Scan) -> bool:
    """A sentence opens "which <noun> ...": it asks to pick one ("which cloud provider is cheapest for us, AWS
    or Azure?"), not what a term means."""
    return any(norm == "which" and (s.sentence_start[i] or comma_before(s, i)) and i + 1 < len(s.norms)
               and s.norms[i + 1] not in _WHICH_OF_MEANING for i, norm in enumerate(s.norms))  # ", which day ..."



def polite_request(s: Scan, scored: Sequence[Scored] = ()) -> bool:
    """"can you put it in plain words", "could someone give me the short version", "tell me about X, my
    manager mentioned it": a question without "?", asked of the bot with a modal or in the imperative."""
    n = s.norms
    return any((n[i] in MODALS and n[i + 1] in ADDRESSED or _bidden(s, i, scored)) and (
        i == 0 or s.sentence_start[i] or n[i - 1] in _OPENERS
        or s.text[s.ends[i - 1]:s.starts[i]].strip() in CLAUSE_MARKS) for i in range(len(n) - 1))


_OPENERS = frozenset({"so", "pls", "please", "plz", "kindly", "hey", "hi", "just", "quickly"})
#: Imperatives that bid the bot tell the asker about a thing named whole: "tell me about X, my manager mentioned
#: it", "enlighten me on X." Only where a sentence or clause opens, never "they told me"; not "walk me through"
#: or "fill me in on", a procedure or a state of things.
_TELL = frozenset({"tell", "remind", "enlighten", "educate"})
_TOLD = frozenset({"me", "us"})
_ON = frozenset({"about", "on", "of"})
_THE = frozenset({"the", "a", "an"})
MAX_TOLD = 4  # words of the thing told about: a longer run is a story ("tell me about the SIEM migration plan")
MAX_CONTEXT = 12  # words of the clause after it read for a question of its own


def _bidden(s: Scan, i: int, scored: Sequence[Scored]) -> bool:
    """Token `i` bids the bot tell about one term named whole (a span of `scored`), and a clause of context
    follows: "tell me about X, my manager mentioned it" (alone, "tell me about X" reads as it always has). Not
    a thing named longer ("the DNS incident, it was bad"), not an owner's ("tell me about our SLA with acme"),
    not "tell me a joke about", not "remind me at 3pm about"."""
    n = s.norms
    if not (n[i] in _TELL and i + 3 < len(n) and n[i + 1] in _TOLD and n[i + 2] in _ON):
        return False
    k = i + 3 + (n[i + 3] in _THE)
    end = k
    while end < len(n) and end - k < MAX_TOLD and joined(s, end - 1) and not s.sentence_start[end] \
            and n[end] not in FUNCTION and n[end] not in POSSESSIVES and not is_possessive(s, end):
        end += 1
    return k < end < len(n) and (s.sentence_start[end] or not joined(s, end - 1)) \
        and any(x.span.first == k and x.span.last == end - 1 for x in scored) \
        and OTHER_WH.isdisjoint(n[end:end + MAX_CONTEXT]) and "what" not in n[end:end + MAX_CONTEXT]  # context
    # after, not "tell me about SOC, who's on shift"


_EXCLAIMED = frozenset({"a", "an"})
#: A verb in the words after "what a(n)" makes it a question or an embedded one: "what a CLIN is", "what an SLA
#: means", "what a blocker does", "what a dividend yield represents", "what a SOW should contain", "what a BPA covers".
_ASKING_VERBS = CLOSES_EMBEDDED | ENDS_PHRASE | MODALS | frozenset("was were s does do did stand should must may might "
                                                                    "shall contain".split())
MAX_EXCLAIMED = 5  # words after "what": a longer run is a clause, read as typed
#: Words before "what" that embed a question ("tell me what a debenture pays", "no idea what a WAF blocks").
_EMBEDDING = frozenset("me us know knows knew idea clue wonder wondering sure understand explain explains asked "
                       "ask asking learn learned learnt see show remind describe clarify out about on is".split())


def exclaims(s: Scan) -> bool:
    """Every "what" of the message opens an exclamation ("what a rabbit hole", "what a day, the VPN was down
    again"): "what a(n)" and a few words, no verb, no question mark before the clause ends. Such a message asks
    nothing with its "what"."""
    at = [i for i, norm in enumerate(s.norms) if norm in ("what", "wat")]
    return bool(at) and all(_exclamation(s, i) for i in at)


def _exclamation(s: Scan, i: int) -> bool:
    n = s.norms
    if i + 2 >= len(n) or n[i + 1] not in _EXCLAIMED or i and not s.sentence_start[i] and n[i - 1] in _EMBEDDING:
        return False  # "can you tell me what a SLA covers": a question embedded, whatever its verb
    k = i + 1
    while k + 1 < len(n) and not s.sentence_start[k + 1] and joined(s, k):
        k += 1
        if n[k] in _ASKING_VERBS or k - i > MAX_EXCLAIMED:
            return False
    return "?" not in s.text[s.ends[k]:s.starts[k + 1] if k + 1 < len(n) else len(s.text)]


def used_after_wh(s: Scan) -> bool:
    """A word of use after "how"/"who"... in its sentence ("how is it calculated"); not "the work order system
    ... does anyone know who owns it", where "work" is a noun of another sentence, nor after "how we", "how our"
    ("explain how we ended up with three task orders for the same work": how something came about here), nor after
    "how much" ("how much will X cost us to run": an amount)."""
    asked = False  # an OTHER_WH word seen in this sentence: one pass, linear in the message
    for i, norm in enumerate(s.norms):
        asked = asked and not s.sentence_start[i]
        if asked and norm in USAGE:
            return not story_told(s)  # "explain how the WACC was calculated": a past event, no use
        after = s.norms[i + 1] if i + 1 < len(s.norms) else ""
        asked = asked or norm in OTHER_WH and after not in _TOLD_OF and not counted_at(s, i)
    return False


_TOLD_OF = frozenset("we our they their i my you your he his she".split())  # "how we ...": a story, not a use


def asks_doing(s: Scan) -> bool:
    """A "what", a subject, and its verb in the progressive: "idk what the vpn is doing" (not "what is marketing")."""
    for i, norm in enumerate(s.norms):
        if norm in ("what", "wat"):
            for j in range(i + 1, min(i + 6, len(s.norms) - 1)):
                if s.sentence_start[j] or not joined(s, j - 1):
                    break  # "port 636 is for what, ldap team is asking": a mark ends the question
                if j > i + 1 and s.norms[j] in ("is", "are", "was", "were", "s") and progressive(s, j + 1):
                    return True
    return False


def asked_before(s: Scan) -> int:
    """The word right before a learner's "what is" that ends its clause, the sentence opening on it ("NDA what
    is, ..."; not "service mesh in istio what is", where the word before is the field), or -1."""
    for i in range(2, len(s.norms)):
        if s.norms[i] == "is" and s.norms[i - 1] in ("what", "wat") and not s.sentence_start[i - 1] \
                and (i + 1 == len(s.norms) or s.sentence_start[i + 1] or "," in s.text[s.ends[i]:s.starts[i + 1]]):
            start = s.sentence_bounds(i)[0]
            return i - 2 if i - 2 - start <= 2 and _FIELD_LINKS.isdisjoint(s.norms[start:i - 1]) else -1
    return -1


_FIELD_LINKS = frozenset("in for of on at with".split())
