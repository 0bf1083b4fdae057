"""Which of the terms in a message is it asking about? General cues, no templates.

A span is "asked about" when the words around it say so: a question word or verb just before it ("what's a",
"define", "about", "meaning of", "heard"), "mean", "stand for" or a question mark just after it, quotes or backticks
around it, or "what does that mean" right after it. A span that is all the message has (bar question words and common
English) is asked about too. Everyday words and acronyms typed in another casing ("sow", "it") count only
when clearly asked about: a confident wrong answer is worse than "I don't know".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from glossary import came_up, common_words, equated, half_spelled, sense_marker, settings_at, span_use, yes_no
from glossary.asked_alone import asked_as_word, clearly
from glossary.asked_of import asks_of_others
from glossary.asked_past import likened_kind, past_hedge
from glossary.asked_shapes import by_time, embedded_what, learner_ask, points_back_to, said_only, set_apart, topic_asked
from glossary.casing import is_acronym
from glossary.compound import asks_nothing_after, compound
from glossary.coordination import AND_LINKS, coordinated, heads_before
from glossary.cue_words import (
    _BREAKS,
    _YES_NO,
    AFTER,
    BEFORE,
    COMMON_LOOSE_RANK,
    EVERYDAY_RANK,
    FIELD_AT,
    FUNCTION,
    HOW_USAGE,
    IN_FULL,
    KINDS,
    NAMING,
    OF_HEADS,
    OTHER_WH,
    POINTERS,
    PREPOSITIONS,
    QUESTION_CUES,
    REF_NOUNS,
    SCAFFOLD,
    STRONG,
    USAGE,
    WHAT,
)
from glossary.detect_types import Candidate
from glossary.field_setting import fielded
from glossary.implication import implied
from glossary.named_question import asked_by_name
from glossary.negation import NEGATORS
from glossary.phrase_end import bids_after, is_possessive, manner_after, plural_possessive
from glossary.pointed_back import opens_speech
from glossary.span_use import denied, described, noun_marked, object_follows, property_of
from glossary.span_use import prev_word as _prev
from glossary.specific import specific
from glossary.state_asked import asks_state, stated
from glossary.textscan import SENTENCE_WORD_RANK, Scan, pronoun_clitic, takes_object
from glossary.unknown_tail import tails as unknown_tails
from glossary.yes_no import after_person, asks_what, confirmed, doubted_after, guessed, predicate, verb_after

if TYPE_CHECKING:
    from glossary.message_shape import Shape


@dataclass(frozen=True)
class Scored:
    span: Candidate
    asked: int  # how strongly the words around it ask about it
    eligible: bool
    group: int = -1  # spans named together ("EFT and TIN") share a group
    everyday: bool = False  # asked about, but an everyday word in lower case, not the acronym ("the eta on")
    specific: bool = False  # a name nobody uses in passing: several words, an acronym as written, a rare word
    refers: tuple[int, ...] = ()  # tokens naming it again by its kind: "3389 ... what's *that port* for"


#: Before a term, ask about it ("info on X", "heard X"), but only name it asking of others: "who signed off on the MOU"
_IN_PASSING = frozenset("on by about regarding mentioned mention mentions heard hear saw see seeing said say says "
                        "saying".split())
def _asked(s: Scan, span: Candidate, content: list[int], other_wh: bool = False, after_head: bool = False,
           together: frozenset[int] = frozenset(), field_head: bool = False) -> int:
    """How strongly the words around `span` ask about it. `after_head`: a term comes before it in its sentence
    ("X is harder than Y": Y is set against X); `field_head`: right before it, bar small words, so "in/at/on X"
    is that term's field ("Centers of Excellence at GSA - what are they").
    `together`: the tokens of the names it is named with ("nat and pat?"), which share its place."""
    score, first, last = 0, span.first, span.last
    j, nxt = _prev(s, first), last + 1
    if span.weak and j >= 1 and s.norms[j] == "of" and s.norms[j - 1] in KINDS:
        return 0  # "what kind of contract is that?": a class, the question is about what was named before
    if j >= 0 and s.norms[j] in _IN_PASSING and asks_of_others(s, j):
        j = -1  # "who signed off on the MOU", "how many complaints mentioned 2FA": a person or a count asked
    if j >= 0 and s.norms[j] in _YES_NO | {"s"} \
            and (s.sentence_start[j] or OTHER_WH.intersection(s.norms[max(0, j - 3):j])):
        j = -1  # "is the PO in today?" asks whether, "why is the VPN down" why, "how long does an ATO take" how
        if nxt < len(s.norms) and asks_what(s, first, nxt):
            score += 2  # "is EBIT basically operating profit?", "is chaos engineering a real practice?"
    if j >= 0 and s.norms[j] in PREPOSITIONS and (span.weak or span.loose):
        pass  # "open on Fridays", "done by Monday": a preposition asks about a term, not about an everyday word
    elif field_head and j >= 0 and s.norms[j] in FIELD_AT and points_back_to(s, nxt):
        pass  # "period of performance on the IAA? what does it mean": "on" sets the head's field, not a cue
    elif j >= 0 and (embedded_what(s, j) or implied(s, j)):
        pass  # "tell me what an SLA is our contract ... has one"; "does that mean a recession is coming?": no cue
    elif j >= 0 and ":" in s.text[s.ends[j]:s.starts[first]] and nxt < len(s.norms) and s.soft[last]:
        pass  # 'the narrative says: "Costs are recorded under ..."': a passage quoted, its first word no term named
    elif j >= 0 and (s.norms[j] in BEFORE or s.norms[j] in ("for", "behind") and j > 0 and s.norms[j - 1] in OF_HEADS
                     and span_use.joined(s, j - 1) or learner_ask(s, j)) \
            and not pronoun_clitic(s, j) and not described(s, span, j, after_head) \
            and not asks_nothing_after(s, j, first) and not by_time(s, j) \
            and not (s.norms[j] == "get" and NEGATORS.isdisjoint(s.norms[max(0, j - 3):j])) \
            and not (s.norms[j] == "of" and span.weak and (j < 1 or s.norms[j - 1] not in OF_HEADS)):
        # not "X what is, devops say", "X mean, the dev says", "out of service" ("of": after "meaning"), "speak of X"
        score += 3 if asked_by_name(s, j, nxt) else 2  # "what is a X" (3), "definitions for X", "what means X"
    if nxt < len(s.norms) and j >= 0 and s.norms[j] in WHAT and embedded_what(s, nxt, bidden=True):
        score += 2  # "tell me what an SLA is", "no idea what KPIs are"
    if REF_NOUNS.intersection(s.norms[j + 1:first]) or s.norms[nxt:nxt + 2] == ["as", "in"] and j < 0 \
            and "?" not in s.text[s.ends[last]:]:  # not "PR as in press release??": a guess to check
        score += 3  # "the term X", "the acronym X keeps coming up", "rpm as in the package format": naming it
        # as a word, or saying which sense is meant, asks about it, even in a message that asks nothing else
    if nxt < len(s.norms) and s.norms[past_hedge(s, nxt)] in AFTER and not manner_after(s, first, nxt) \
            and not implied(s, nxt) and not (nxt + 1 < len(s.norms) and span_use.joined(s, nxt)
                     and (s.norms[nxt + 1] in ("of", "for") or s.norms[nxt + 1] == "on" and s.norms[nxt] in NAMING)):
        # "X meaning", not "definitions for X"; after a comma it asks about the sentence ("all-hands, meaning?")
        score += 1 if any(c in _BREAKS for c in s.text[s.ends[last]:s.starts[nxt]]) else 2
    elif bids_after(s, first, nxt):
        score += 2 * STRONG  # "compensating balance kindly explain, the letter says so", "X recap, anyone?": a bidding
    if (k := verb_after(s, nxt)) < len(s.norms) - 1 and s.norms[k] in ("is", "means") \
            and (s.norms[k + 1] == "what" or s.norms[k + 1] in AFTER) or k > nxt and s.norms[k] in AFTER \
            or k == nxt < len(s.norms) and s.norms[k] == "is" and yes_no.left_open(s, k):  # "YTM is?", "GAAP is...?"
        score += 2  # "X is what", "X is abbreviated how?", "beta of a stock is what", "X of a Y means?"
    elif guessed(s, first, verb_after(s, nxt)):
        score += 2  # "rfi is just info gathering?": the asker's guess at what it is, to confirm
    if span.spelled and (confirmed(s, last) or half_spelled.cut_after(s, last)):
        score += 3  # "RFP = request for proposal, right?", "AD is active directory?": is that what it is
    tail = s.text[s.ends[last]:s.ends[last] + 3]
    if "?" in tail[:2] or yes_no.last_asked(s, last):  # "storage guy said 'its just jbod'. ??"
        score += 1
    if tail.lstrip()[:1] == "=":
        score += 2  # "YTM = yield to ...?", "immutable infra = ?"
    if span_use.quoted(s, span):
        score += 2
    guess, asked_end = likened_kind(s, first, last)  # "Is a WAF a firewall? what is it?": the WAF, not the guess
    if 0 <= asked_end < len(s.norms) and points_back_to(s, asked_end) and not span.weak:
        score += 2
    if points_back_to(s, nxt, setting=True) and not span.weak and not (first and s.norms[first - 1] in _THIS_ONE) \
            and not guess and not set_apart(s, first, last) \
            and not (j >= 0 and (field_head and s.norms[j] in FIELD_AT or after_head and s.norms[j] == "than")):
        # "X is harder than the income statement. What is it meant to show?": what a term is set against is not "it"
        score += 2  # "... ARR, what does that mean?", "... zero trust architecture by 2026. what is it?"
    if doubted_after(s, first, last):
        score += 2  # "chaos engineering sounds made up. is it a real practice?"
    if set(content) <= together.union(range(first, last + 1)) and not other_wh:
        score += 3  # nothing else in the message could be the subject ("why is the VPN down" asks why), bar
        # the names it is named with: "nat and pat?" asks about both, each as the whole message would
    return score


def _pointed_at(s: Scan, span: Candidate) -> bool:
    """The span is what a question word points at ("what's *coop*"), a name of its own: not part of one,
    not an everyday word ("what is *it*")."""
    j = _prev(s, span.first)
    return j >= 0 and s.norms[j] in POINTERS and not (span.weak or span.loose or compound(s, span))


#: "... for this procurement. What is that?": the one at hand, not what "that" asks about.
_THIS_ONE = frozenset({"this", "these", "our", "my", "your", "their"})
MAX_SETTING = 8  # tokens between a name and the preposition setting it in a later one


def _sets(s: Scan, last: int, first: int, named: set[int]) -> bool:
    """Only small words, names or a participle between a name (ending at token `last`) and the preposition
    before a later name (at token `first`): "period of performance on the IAA", "debit and credit in
    accounting" set the first name in the second; a verb between ("wants me to turn on 2FA") takes it."""
    end = _prev(s, first)
    return end - last <= MAX_SETTING and all(
        s.norms[k] in FUNCTION or s.norms[k] in SCAFFOLD or s.norms[k] in AFTER or k in named
        or len(s.norms[k]) > 4 and s.norms[k].endswith("ed") and not s.norms[k].endswith("eed")
        for k in range(last + 1, end))  # a few words at most: each span's look-back is bounded


def _content(s: Scan) -> list[int]:
    """Token indexes that could be a subject: not scaffolding, not a very common word, not "full form"."""
    return [i for i, norm in enumerate(s.norms) if norm not in SCAFFOLD and norm not in FUNCTION
            and not (norm in IN_FULL and s.norms[i - 1:i] == ["full"])]


def _other_wh(s: Scan) -> bool:
    norms = set(s.norms)  # "MTTR, what is it now?": its value now, as "when"/"who" ask another thing
    usage = HOW_USAGE if "how" in norms else USAGE  # "X how to understand?"; not "who would understand X?"
    return bool(norms & OTHER_WH) and not norms & (QUESTION_CUES | usage) or asks_state(s)


def phrase(s: Scan, span: Candidate) -> tuple[int, bool]:
    """(cue score, part of a longer phrase) of a phrase read as if it were a span: "TPM chip what is it"
    asks about "TPM chip" as a whole (glossary/classifiers.py)."""
    return _asked(s, span, _content(s), _other_wh(s)), compound(s, span)


def score(s: Scan, spans: list[Candidate]) -> list[Scored]:
    """Every span with its cue score and whether it may be the subject at all."""
    content = _content(s)
    other_wh = _other_wh(s)
    firsts = {span.first for span in spans}
    groups = [group for group in coordinated(s, spans, AND_LINKS) if len(group) > 1]
    group_of = {id(span): n for n, group in enumerate(groups) for span in group}
    together = {id(span): frozenset(i for x in group for i in range(x.first, x.last + 1))
                for group in groups for span in group}
    heads = heads_before(s, spans)
    named = {i for span in spans for i in range(span.first, span.last + 1)}
    fields = [head if head is not None and _sets(s, spans[head].last, span.first, named) else None
              for span, head in zip(spans, heads, strict=True)]  # "the new CRM wants me to turn on 2FA": no field
    asks = [_asked(s, span, content, other_wh, head is not None, together.get(id(span), frozenset()), field is not None)
            for span, head, field in zip(spans, heads, fields, strict=True)]
    asks = [a + b + c for a, b, c in zip(asks, sense_marker.aside_cues(s, spans), equated.cues(s, spans), strict=True)]
    for n, span in enumerate(spans):  # "balance sheet – can you explain me simply?": the topic, then the question
        if topic_asked(s, span.first, span.last) and not any(
                other.ids != span.ids and asks[m] >= STRONG and _pointed_at(s, other) for m, other in enumerate(spans)):
            asks[n] += 2  # but "COOP plan — what's coop" asks about the term the question names
        elif came_up.came_up(s, span.first, span.last):
            asks[n] += STRONG + 1  # "amortization heard it in the budget mtg": the topic, then where it came up
    settings_at.weigh(s, spans, fields, asks)
    tails = unknown_tails(s, spans, [a >= STRONG for a in asks])  # "CVE-oda meaning theriyanum", "SIEM chi ast?"
    asks = [a + 3 * STRONG * t for a, t in zip(asks, tails, strict=True)]  # over a foreign word read as asked
    out = []
    for span, asked, tail in zip(spans, asks, tails, strict=True):
        owner = span.last if span.last > span.first and is_possessive(s, span.last) else span.last + 1
        chat = all(common_words.is_chat(raw) for raw in s.raws[span.first:span.last + 1]) \
            and not (asked >= STRONG and asked_as_word(s, span, content))
        eligible = not chat and not span.weak and not span.loose and (tail or not compound(s, span)) \
            and not (is_possessive(s, owner) and owner + 1 in firsts) \
            and not (plural_possessive(s, span.last) and span.last + 1 in firsts) \
            and not denied(s, span) and not (asked < STRONG and opens_speech(s, span.last)) and not fielded(s, span) \
            and s.text[s.starts[span.first] - 1:s.starts[span.first]] != "@"
        # "the SBA's 8(a) firms"; "not the acceptable use policy"; "@dev"; "what is X, cfo says"; "... mean in IT"
        surface = s.norms[span.first]
        everyday = False
        if chat:  # "hi", "lol", "wtf is a yeet", "cya tomorrow": chat; not "what does cya mean", the word asked
            pass
        elif span.loose and span.first == span.last:
            # "what's sow": an acronym that is also a word, in lower case. Never "it", "so", "mean".
            eligible = asked >= STRONG and surface not in SCAFFOLD \
                and not common_words.is_common(surface, COMMON_LOOSE_RANK)
            if eligible and common_words.is_common(surface, EVERYDAY_RANK) \
                    and not clearly(s, span, content, together.get(id(span), frozenset())) \
                    and not is_acronym(s.raws[span.first]):  # "whats SoD exactly": capitals inside, no word
                eligible, everyday = False, True
        elif span.loose:
            eligible = asked >= STRONG and (tail or not compound(s, span))
        elif span.weak:
            eligible = asked >= STRONG and surface not in SCAFFOLD and not compound(s, span) \
                and not predicate(s, span.first) and not after_person(s, span.first) \
                and not span_use.said_of_term(s, span, spans) \
                and not takes_object(s, span.last) and not object_follows(s, span) and not property_of(s, span) \
                and not (span.variant and common_words.is_common(surface, SENTENCE_WORD_RANK)
                         and not noun_marked(s, span))
            # "this is good or bad for us?", "ship it": said, not asked; "whats good" for "goods": a word of
            # everyday speech in another number than the name is that name only as a noun ("a good", "the goods")
        out.append(Scored(span, asked, eligible, group_of.get(id(span), -1), everyday, specific(s, span)))
    return out


def choose(scored: list[Scored], form: Shape) -> tuple[list[Candidate], bool]:
    """(spans, decided): one span when the cues single it out; else the plausible ones, undecided."""
    eligible = [x for x in scored if x.eligible]
    if not eligible:
        return [], False
    # "what's the eta on the dashboard": the question points at a word no term is, so no other term is its subject
    pointed = form.elsewhere or any(x.everyday for x in scored)
    distinct = {tuple(x.span.ids) for x in eligible}  # "KMS. kms = key mgmt system?": one term named twice
    if form.elsewhere and not (len(distinct) == 1 and max(x.asked for x in eligible) >= 3 * STRONG):
        return [x.span for x in sorted(eligible, key=lambda x: -x.asked)], False  # "Stuck on 'X' - what is it"
    # a message that asks nothing ("new blog post on GitOps is live", "we did a canary deployment") needs
    # more than a preposition before a term: the term alone, or two cues; so does one that asks whether of
    # a person or "there" ("should I cc legal on the cure notice?")
    strong = (2 * STRONG if form.personal and not form.cue else STRONG) if form.question else STRONG + 1
    if len(distinct) == 1:
        best = max(x.asked for x in eligible)
        plain = form.question and not (form.other_wh or pointed)
        sure = best >= strong or plain and strong <= STRONG and (best >= 1 or form.cue) \
            or plain and not (form.polar or form.personal) and all(x.specific for x in eligible)
        one = eligible[-1].span  # "RFP done?", "DNS down?": a state asked, unless a question word asks what it is
        return [one], sure and not (best == 0 and said_only(form.scan, one.first, scored) or not form.cue
                                    and stated(form.scan, one.last))
    best = max(x.asked for x in eligible)
    top = [x for x in eligible if x.asked == best]
    totals: dict[tuple[str, ...], int] = {}
    for x in eligible:  # a term asked about in two sentences rivals one asked more in one
        totals[tuple(x.span.ids)] = totals.get(tuple(x.span.ids), 0) + x.asked
    rival = any(total >= best for ids, total in totals.items() if ids != tuple(top[-1].span.ids))
    together = {tuple(x.span.ids): x.span for x in eligible if x.group == top[-1].group >= 0}
    if best >= strong and len({tuple(x.span.ids) for x in top}) == 1 and not rival and len(together) < 2:
        return [top[-1].span], True
    if best >= 1 and top[0].group >= 0 and all(x.group == top[0].group for x in top):
        # "what do EFT and TIN mean", "what is RBAC and ABAC": asked about all of them together, each once
        return list(together.values()), True
    ranked = sorted(eligible, key=lambda x: -x.asked)
    return [x.span for x in ranked], False
