"""What a pointing question ("what is that?", "is it real debt?") points back at, when no term is it.

"what does that mean" after a sentence asks about what the sentence names, and a term found in it is not
always that thing:
- the speaker of reported speech is who spoke, not what was said: "CFO said our operating leverage is
  kicking in. what does that mean?" asks about the operating leverage;
- a word no term covers, written as an acronym and named nearer the question than the term, is what the
  question points at: "AP has to run an OFAC check before paying new vendors. what is that?"; so is a
  name nearer the question that is only part of a longer phrase: "rfp has some AbilityOne requirement in
  section h, what is that" asks about the AbilityOne requirement, not the RFP;
- a term only after the pointer, in the asker's own guess, is not what was pointed at: "how is ebitda
  computed? is it just EBIT + D&A?" asks about ebitda.
"what does it mean to write off an invoice" asks what a phrasal verb means; the term after it is only the
action's object. glossary/message_shape.py reads all of these as a question asked elsewhere than at a term.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from glossary import common_words
from glossary.asked_shapes import CLOSES_EMBEDDED, said_by
from glossary.casing import PLAIN_RANK, written_acronym
from glossary.cue_words import (
    EVERYDAY_RANK,
    FUNCTION,
    LIKENED,
    POINTING_VERBS,
    PRONOUN_QUESTION,
    SCAFFOLD,
    SPEECH,
    STRONG,
)
from glossary.phrase_end import BIDDING, is_possessive
from glossary.span_use import quoted_alone
from glossary.textscan import Scan

if TYPE_CHECKING:
    from glossary.cues import Scored
    from glossary.detect_types import Candidate

_COPULAS = frozenset("is are was were".split())  # a clause saying what a thing is, before a term: no speaker
_PREDICATE_REACH = 8  # tokens looked back from the term: "is a closely held corporation", bounded
_OPENERS = frozenset("that which who and but because so if when while".split())  # a new clause begins after
_HABIT = frozenset("keeps keep kept always just also often never constantly".split())  # before the verb of speech
#: Particles that make a phrasal verb of the verb before them: "write off", "true up", "roll back".
PARTICLES = frozenset("off up out down back over away through".split())
_POINTERS = PRONOUN_QUESTION | {"they"}  # "what are they"
_VERBS = POINTING_VERBS | {"are"}  # "what are those"
_WHAT = frozenset({"what", "wat"})
#: Adverbs that may follow the pointer, which a noun it determined could not: "what does that even mean".
_ADVERBS = frozenset("even exactly precisely actually really literally basically supposed".split())


def unnamed(s: Scan, scored: list[Scored]) -> bool:
    """The message's question points back at a clause, or asks what an action means, and no term it
    names is that thing (see the module doc): the terms found are context, not the subject."""
    asked = {tuple(x.span.ids) for x in scored if x.eligible}
    if not asked:
        return False
    covered = {i for x in scored for i in range(x.span.first, x.span.last + 1)}
    if _beside_strangers(s, [x for x in scored if x.eligible], covered):
        return True  # "WAWF / PIEE for invoices?": the acronyms nobody defined are asked, not the invoices
    if (to := _action(s, covered)) >= 0:
        return all(x.span.first > to for x in scored if x.eligible)  # "what does it mean to write off an invoice"
    p = _pointer(s)
    if p < 0 or _quoted_alone(s, scored, p):
        return False
    start, end = _region(s, p, covered)
    inside = [x for x in scored if start <= x.span.first < end and tuple(x.span.ids) in asked]
    named = [x for x in inside if not speaker(s, x.span.last, end) and not said_by(s, x.span.first, x.span.last)]
    if not named:  # only the speaker named, or the terms come after the question, likened to what it asks
        return bool(inside) or _likened(s, p) and any(_unknown(s, i) and i not in covered for i in range(start, end))
    last = max(x.span.last for x in named)
    return all(x.asked < STRONG for x in named) \
        and (any(_acronym(s, i) and i not in covered for i in range(last + 1, end))
             or not (_subject_pointed(s, p, start, named) and all(  # "Kubernetes appears in the infrastructure
                 s.raws[x.span.first].islower() for x in scored if last < x.span.first < end))  # budget. What is it?"
             and any(last < x.span.first and _modifies(s, x, end) for x in scored))  # (not "a SAM registration")


def _subject_pointed(s: Scan, p: int, start: int, named: list[Scored]) -> bool:
    """The pointing question at `p` says "it", and a term opens the clause it points back at (`start`), maybe
    after an article: "it" takes up the subject, whatever phrase no term is comes later in the clause."""
    pointer = next((k for k in range(p, min(p + 3, len(s.norms))) if s.norms[k] in _POINTERS), -1)
    opening = start
    while opening < p and s.norms[opening] in _ARTICLES:
        opening += 1
    return pointer >= 0 and s.norms[pointer] == "it" and any(x.span.first == opening for x in named)


_ARTICLES = frozenset({"the", "a", "an", "our", "this", "that"})


def _quoted_alone(s: Scan, scored: list[Scored], p: int) -> bool:
    """The message's only quotation marks set off one name before the pointer: the asker names it as the word
    asked ('the trustees wish to discuss "succession planning" ...; I assume ... lineages. What is it?')."""
    named = quoted_alone(s, [x.span for x in scored if x.eligible])
    return named is not None and named.last < p


def _modifies(s: Scan, x: Scored, end: int) -> bool:
    """The span, a name of its own, only modifies the word after it before `end`: "some AbilityOne
    requirement" is a requirement, a phrase no term is."""
    nxt = x.span.last + 1
    return nxt < end and not (x.eligible or x.span.weak or x.span.loose) and s.norms[nxt].isalpha() \
        and s.norms[nxt] not in FUNCTION and s.norms[nxt] not in SCAFFOLD


def _pointer(s: Scan) -> int:
    """The first token of a clause that opens with a pointing question ("what is that", "what does that
    mean", "whats it", "is it just ..."), or -1."""
    for k in range(1, len(s.norms)):
        if s.norms[k] not in _POINTERS or s.norms[k - 1] not in _VERBS and not _embedded(s, k):
            continue
        p = k - 2 if k >= 2 and s.norms[k - 2] in _WHAT and not s.sentence_start[k - 1] else k - 1
        if s.norms[p] not in _WHAT and s.norms[p] not in ("is", "whats", "wat"):
            continue  # "how does it work", "why is it down": not what the thing is
        nxt = k + 1
        if s.norms[p] in _WHAT | {"whats"} and nxt < len(s.norms) and not s.sentence_start[nxt] \
                and s.norms[nxt] not in FUNCTION | SCAFFOLD | _ADVERBS:
            continue  # "what is that team doing": a determiner, not a pointer
        if p > 0 and (_opens_clause(s, p) or s.norms[p] in _WHAT | {"whats"}):
            return p
    return -1


def _embedded(s: Scan, k: int) -> bool:
    """The pointer at `k` opens a question the asker bids the bot answer: "could you explain what that
    means", "tell me what it is" (not "I have no idea what that means", which may point anywhere)."""
    bid = k - 2 - (k >= 3 and s.norms[k - 2] in ("me", "us"))
    return s.norms[k - 1] in _WHAT and k + 1 < len(s.norms) and s.norms[k + 1] in CLOSES_EMBEDDED \
        and bid >= 0 and s.norms[bid] in BIDDING | {"tell"}


def _likened(s: Scan, p: int) -> bool:
    """The pointer at `p` asks what the thing is ("what is that") or likens it to the words after it ("is
    it just EBIT + D&A"), which are then not the thing; "is that what job rotation means" names it."""
    return s.norms[p] != "is" or p + 2 < len(s.norms) and s.norms[p + 2] in LIKENED


def _opens_clause(s: Scan, p: int) -> bool:
    return s.sentence_start[p] or not s.soft[p - 1] or "," in s.text[s.ends[p - 1]:s.starts[p]]


def _region(s: Scan, p: int, covered: set[int]) -> tuple[int, int]:
    """[start, end) of the clause the pointer at `p` points back at: the words before it in its sentence,
    else the sentence before; a clause that names nothing ("that makes no sense to me") is skipped."""
    end = p
    while end > 0:
        start = _clause_start(s, s.sentence_bounds(end - 1)[0], end)
        if any(i in covered or _unknown(s, i) for i in range(start, end)):
            return start, end
        end = start
    return 0, 0


def _clause_start(s: Scan, start: int, end: int) -> int:
    """The last comma-opened clause among tokens start..end, when the sentence runs on before it."""
    return next((i for i in range(end - 1, start, -1) if "," in s.text[s.ends[i - 1]:s.starts[i]]), start)


def speaks(s: Scan, span: Candidate) -> bool:
    """The term is who spoke, not what was said: "dev said ...", "The CO says ...", "the CFO keeps saying ..."."""
    return opens_speech(s, span.last)


def _speech_verb(s: Scan, last: int, end: int) -> int:
    """Where the verb of speech after token `last` is, past a habit word ("cfo says", "our cfo keeps saying"),
    before token `end`; -1 when there is none."""
    verb = last + 2 if last + 1 < end and s.norms[last + 1] in _HABIT else last + 1
    return verb if verb < end and s.norms[verb] in SPEECH else -1


def opens_speech(s: Scan, last: int) -> bool:
    """A verb of speech follows token `last` ("cfo says", "the CFO keeps saying"): the name ending there opens a
    clause as its speaker; it is no item of a list before it."""
    return _speech_verb(s, last, len(s.norms)) >= 0


def speaker(s: Scan, last: int, end: int) -> bool:
    """The term ending at `last` is the speaker, a verb of speech following it, then what was said; or the
    owner of what is pointed at ("the CIO's paper says ... what that means")."""
    if last + 2 >= end or _predicate(s, last) and _short_speaker(s, last, end):
        return False  # "our holding is a closely held corporation says legal": what is said, the speaker after it
    verb = _speech_verb(s, last, end)
    return 0 <= verb < end - 1 or is_possessive(s, last + 1) and last + 3 < end \
        and s.norms[last + 3] in SPEECH  # "the CIO's paper says": not "GDPR's rules"


def _short_speaker(s: Scan, last: int, end: int) -> bool:
    """After the verb of speech right after `last`, a speaker of a word or two closes the clause ("... says legal.",
    "... says the CFO."), not what was said ("the product owner says MVP first")."""
    verb, stop = _speech_verb(s, last, end), s.sentence_bounds(last)[1]
    if verb < 0:
        return False
    stop = next((j + 1 for j in range(verb + 1, stop) if not s.soft[j] or "," in s.text[s.ends[j]:s.starts[j + 1]]
                 or s.text[s.ends[j]:s.starts[j + 1]].strip() in ("-", "\u2013", "\u2014")), stop)  # "says HR, what"
    return stop - verb - 1 <= 3 + (verb + 1 < stop and s.norms[verb + 1] in _ARTICLES)


def _predicate(s: Scan, last: int) -> bool:
    """The term ending at `last` completes a clause that says what something is ("our holding is a closely held
    corporation"), no new clause opening between ("the rule is that the CFO says ...": the CFO speaks)."""
    for k in range(last - 1, max(s.sentence_bounds(last)[0], last - _PREDICATE_REACH) - 1, -1):
        if s.norms[k] in _COPULAS:
            return True
        if s.norms[k] in _OPENERS or "," in s.text[s.ends[k]:s.starts[k + 1]]:
            return False
    return False


def _action(s: Scan, covered: set[int]) -> int:
    """The verb of "what does it mean to VERB PARTICLE ..." when no term covers it, or -1: a phrasal verb
    ("write off", "true up", "roll back") is an idiom of its own, what is asked, while "what does it mean
    to deploy the app" keeps the object reading (an everyday verb means itself)."""
    for i in range(2, len(s.norms) - 2):
        if s.norms[i] == "to" and s.norms[i - 1] in ("mean", "means") and s.norms[i - 2] in PRONOUN_QUESTION | _WHAT \
                and s.norms[i + 2] in PARTICLES and not covered.intersection((i + 1, i + 2)) \
                and s.norms[i + 1].isalpha() and s.norms[i + 1] not in FUNCTION:
            return i + 1
    return -1


def _beside_strangers(s: Scan, eligible: list[Scored], covered: set[int]) -> bool:
    """Every term the cues may answer is one word in lower case, no clear cue on it ("..., meaning?"), and
    its sentence writes an acronym no term covers: the message asks about what the glossary does not hold, the
    word is only its setting."""
    if not all(x.span.first == x.span.last and s.raws[x.span.first].islower() and x.asked < STRONG
               and _word(s.norms[x.span.first]) for x in eligible):
        return False
    first, end = s.sentence_bounds(eligible[0].span.first)
    return any(_acronym(s, i) and i not in covered for i in range(first, end))


def _word(norm: str) -> bool:
    """A word, long or common, not an acronym typed in lower case ("my eod is monday")."""
    return len(norm) > _ACRONYM_LETTERS or common_words.is_common(norm, PLAIN_RANK)


_ACRONYM_LETTERS = 4  # "eod", "sla", "kpis": as short as an acronym typed in lower case


def _acronym(s: Scan, i: int) -> bool:
    """Token `i` is written as an acronym ("OFAC", "BvA") and is no everyday word shouted."""
    return written_acronym(s.raws[i], s.norms[i]) and not common_words.is_chat(s.raws[i])


def _unknown(s: Scan, i: int) -> bool:
    """A word nobody uses in passing, or one written as an acronym: something a question may point at."""
    norm = s.norms[i]
    return _acronym(s, i) or len(norm) >= 4 and norm.isalpha() and norm not in SCAFFOLD \
        and not common_words.is_common(norm, EVERYDAY_RANK)
