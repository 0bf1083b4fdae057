"""What the whole message looks like around its terms: a question about a term, or about something else.

"who broke prod?" asks who, not what prod is; "what are sidecars in k8s" points at a word no term covers (k8s is
context); "I did NEO. what is an SF-50?" at a longer name nobody defined. glossary/cues.py `choose` reads it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from glossary import common_words, meant_by, pointed_back, pointed_phrase, run_on, span_use, state_asked, wh_opening
from glossary.asked_instead import norms_outside_names
from glossary.asked_shapes import defined_before, equated, names_topic, pointing
from glossary.compound import foreign as marked_foreign
from glossary.cue_words import (
    AFTER,
    CLASSED,
    EVERYDAY_RANK,
    FILLERS,
    FUNCTION,
    OF_HEADS,
    OTHER_WH,
    POINTERS,
    PRONOUN_QUESTION,
    QUESTION_CUES,
    SCAFFOLD,
    SKIP,
    USAGE,
)
from glossary.cues import STRONG, Scored, points_back_to
from glossary.detect_types import Candidate
from glossary.later_asking import first_mark, later_asking
from glossary.phrase_end import is_possessive, opens_with_request
from glossary.polar import whether
from glossary.pro_forms import STANDS_IN, modifies_one, said_of
from glossary.scan_kept import per_scan
from glossary.textscan import Scan
from glossary.unnamed import AUX_ASKED, defined_unnamed, field_links, heads, hyphenated, in_field, modified, set_later
from glossary.world_asks import asks_elsewhere
from glossary.yes_no import TAG_WORDS


@dataclass(frozen=True)
class Shape:
    """What the whole message looks like: a question about a term, or about something else."""

    question: bool  # a question word, "mean", "define" or a question mark
    other_wh: bool  # "who broke prod?": who/why/when/where/how with no "what"/"mean" in sight
    cue: bool = False  # a question word ("what", "mean", "define"), not only a question mark
    polar: bool = False  # a sentence opens on "is/are/did/can/any...": it asks whether, not what
    scan: Scan | None = field(default=None, repr=False, compare=False)  # what `elsewhere` reads, on first need
    scored: Sequence[Scored] = field(default=(), repr=False, compare=False)
    personal: bool = False  # "should I ...", "can you ...", "is there ...": whether, of a person or a thing

    @cached_property
    def elsewhere(self) -> bool:
        """The question word points at a rare word that is no term ("what are sidecars"); read on first need."""
        s, scored = self.scan, self.scored
        return s is not None and (_elsewhere(s, scored) or pointed_back.unnamed(s, scored))  # type: ignore[arg-type]


@per_scan  # asked of one scan by several steps: worked out once
def shape(s: Scan, scored: Sequence[Scored] = ()) -> Shape:
    norms = norms_outside_names(s, scored) - ({"what", "wat"} if wh_opening.exclaims(s) else set())  # "what a mess"
    usage = bool(norms & OTHER_WH and norms & USAGE) and wh_opening.used_after_wh(s)  # "how do I use it"
    referring = bool(norms & OTHER_WH and norms & _REFERRING)  # "FASB who are they", "how is it calculated"
    asks = bool(norms & QUESTION_CUES) and not wh_opening.knows_only(s, norms & QUESTION_CUES) or "?" in s.text \
        or usage or bool(norms & PUZZLED) or referring or wh_opening.polite_request(s, scored) or _wants_to_know(s) \
        or opens_with_request(s) or "who" in norms and wh_opening.opens_question(s, scored) \
        or any(span_use.guessed_last(s, x.span.first, x.span.last) for x in scored)  # "... is that job rotation"
    polar, personal = whether(s)
    cues, other = wh_opening.cues_and_other(s, norms)  # "..., what do i tell her": advice asked, like "who"
    other = other or not cues and asks_elsewhere(s)  # "vem ansvarar för SOC:en?": who, in Swedish
    if wh_opening.asks_doing(s) or state_asked.asks_state(s):
        cues, other = [], True  # "idk what the vpn is doing": what it does now, not what it is
    return Shape(asks, other and not cues and not usage, bool(cues) or usage, polar, s, scored, personal)


#: Saying one is puzzled asks too: "im confused about SLA", "I don't understand the term".
PUZZLED = frozenset("confused confusing unsure understand wondering wonder clue lost".split())
_REFERRING = frozenset({"it", "they", "them"})  # after who/how/why: the term named before
_TRUE = frozenset("actual real exact proper official precise formal correct technical literal true".split())
_RELAY = frozenset("of behind what whats is are s normally usually typically generally commonly"
                   .split()) | CLASSED  # what a pointer points through: "what's normally on port 179", "what is
# considered operating expenses"


def pointed(s: Scan) -> int:
    """The token the first "what is" / "what's" / "define" points at ("what is *the* signification of"), or -1."""
    for i, norm in enumerate(s.norms):
        if (norm in POINTERS or norm == "means" or norm in AUX_ASKED) \
                and (norm in ("whats", "define", "explain") or (i and s.norms[i - 1] in ("what", "wat"))):
            # "what means ship?": a learner's "what does ship mean"
            j = i + 1
            while j < len(s.norms) and not s.sentence_start[j] \
                    and (s.norms[j] in SKIP or s.norms[j] in OF_HEADS or s.norms[j] in _RELAY
                         or s.norms[j] in _TRUE and j + 1 < len(s.norms) and s.norms[j + 1] in OF_HEADS) \
                    and not (j + 1 < len(s.norms) and "," in s.text[s.ends[j]:s.starts[j + 1]]) \
                    and not run_on.clause_after(s, j):  # "what is that the switch keeps ...": no comma typed
                j += 1  # "what is the signification of SAML", "explain me what is a helm chart"; but "duns
                # number what is that, US vendor form asks for it": a comma ends what "that" points at
            apart = "," in s.text[s.ends[i]:s.starts[i + 1]] if i + 1 < len(s.norms) else True
            j = meant_by.object_of(s, i, j) if j < len(s.norms) and not s.sentence_start[j] and not apart else -1
            return j  # "X - what is the definition?", "X kindly explain, the letter says": -1; "what do
            # engineers mean by it": it
    for i, norm in enumerate(s.norms[:-2]):  # "a one-line definition of COGS", "the meaning of lgtm"
        if norm in _MEANING and s.norms[i + 1] == "of":  # not "a definition for the blog"
            j = i + 2
            while j < len(s.norms) - 1 and s.norms[j] in SKIP:
                j += 1
            return j
    return -1


_MEANING = frozenset({"meaning", "meanings", "definition", "definitions", "explanation", "expansion"})


def _topic_elsewhere(s: Scan, scored: list[Scored]) -> bool:
    """"control plane in kubernetes — explain?", "recompete = ?": a sentence opens on a phrase no term
    covers, set in a field or asked with "=", so the terms after it are context."""
    covered = {i for x in scored for i in range(x.span.first, x.span.last + 1)}
    mark = first_mark(s)
    opened = max((x.span.first if s.sentence_start[x.span.first] else later_asking(s, x.span, mark)
                  for x in scored if x.eligible and x.asked >= STRONG), default=-1)  # "webhook signature use HMAC.
    # HMAC what is", "citrix guy pitched VDI. what VDI is exactly?": a later sentence asks of its own term
    for start in (i for i in range(opened + 1, len(s.norms)) if s.sentence_start[i]):
        k, asked = start, s.marked(s.sentence_bounds(start)[1] - 1)
        while k < len(s.norms) and k < start + 3 and k not in covered and s.norms[k] not in FUNCTION | SCAFFOLD \
                and (k == start or not s.sentence_start[k] and not (asked and "=" in _gap(s, k))):
            k += 1  # "runway = months until ...?": the phrase asked ends at "=", the asker's guess follows
        if k == start or equated(s, start, covered):
            continue  # "revolver in the debt note = revolving credit agreement?" asks about the term it names
        if modified(s, start, covered):
            return True  # "true-up clause in the order form, meaning?": a kind of clause nobody defined
        gap = _gap(s, k)
        if "=" in gap and not _named_next(s, k, covered) \
                and not defined_before(s, scored, start):
            return True  # "recompete = ?"; not "cert = digital cert?", nor "yield curve def. inverted = bad?"
        if k < len(s.norms) and not s.sentence_start[k] and (
                in_field(s, k, covered, named_from=start) or "(" in gap and any(
                    x.span.first == k and "=" in _gap(s, x.span.last + 1).partition(")")[2] for x in scored)):
            return True  # "error budget in the SLO", "dilution for shareholders - meaning?", "magic number (SaaS) = ?"
        if (_unknown_word(s, start, k) or hyphenated(s, start, k)) \
                and (points_back_to(s, k) or k < len(s.norms) and s.norms[k] in AFTER):
            return True  # "MTTD what is it, SOC reports it next to MTTR", "blockchain — def (... invoices)",
            # "three-way match — what does it mean in AP": what is asked is the phrase it opens on, no term
    return bool(_quoted_referent(s, covered))


def _gap(s: Scan, k: int) -> str:
    return s.text[s.ends[k - 1]:s.starts[k] if k < len(s.norms) else len(s.text)]


def _unknown_word(s: Scan, start: int, end: int) -> bool:
    """A word among tokens start..end that is rare, or written as an acronym; not one of another language that the
    reading of a question asked in it marked ("router de pichhe SSID likhya, what is it": SSID is asked)."""
    return any(s.norms[i].isalpha() and len(s.norms[i]) >= 2 and not marked_foreign(s, i)
               and ((len(s.norms[i]) >= 3 and not common_words.is_common(s.norms[i], EVERYDAY_RANK))
                    or s.raws[i].isupper()) for i in range(start, end))  # not "e.g."


def _named_next(s: Scan, k: int, covered: set[int]) -> bool:
    """A term right after token `k`'s gap, in the same sentence, and all the rest of it bar a tag ("cert =
    digital certificate, right?"): the asker names the term. "EBITDA = EBIT + D&A?" guesses with a term."""
    if not (k < len(s.norms) and k in covered and not s.sentence_start[k]):
        return False
    end = s.sentence_bounds(k)[1]
    end = next((i for i in range(k + 1, end) if "," in s.text[s.ends[i - 1]:s.starts[i]]), end)  # a clause ends
    while k < end and k in covered:  # at a comma: "cogs = cost of goods sold, what's in it"
        k += 1
    return all(w in TAG_WORDS for w in s.norms[k:end])


def referent(s: Scan, spans: list[Candidate]) -> str:
    """The quoted phrase no term covers that "that"/"it" points at ('we should "dogfood" the portal. is that
    a real term?'): the subject to read for a typo or another form of a name; "" when there is none."""
    inside = _quoted_referent(s, {i for c in spans for i in range(c.first, c.last + 1)})
    inside = inside[1:] if len(inside) > 1 and s.norms[inside[0]] in ("a", "an", "the") else inside  # "'the X'"
    return s.text[s.starts[inside[0]]:s.ends[inside[-1]]] if 0 < len(inside) <= MAX_REFERENT else ""


def _quoted_referent(s: Scan, covered: set[int]) -> list[int]:
    """'my invoice "failed the three-way match". what's that?': "that" points at the quoted phrase just
    before it, and no term covers it; its tokens, or [] ."""
    for k in range(1, len(s.norms)):
        if s.norms[k] in PRONOUN_QUESTION and pointing(s, k) and not said_of(s, k, covered):
            before = s.text[:s.starts[k]]  # (but "'2/10' — is that a cash discount?" asks about the term)
            close = max(before.rfind('"'), before.rfind("\u201d"), before.rfind("' "), before.rfind("'."),
                        before.rfind("\u2019 "))
            single = before.rfind(" '", 0, close)
            opening = (before.rfind('"', 0, close), before.rfind("\u201c", 0, close), before.rfind("\u2018", 0, close))
            open_ = max(*opening, single + 1 if single >= 0 else -1) if close > 0 else -1
            if open_ < 0:
                return []
            inside = [i for i in range(len(s.norms)) if open_ < s.starts[i] < close]
            quoted_in = s.sentence_bounds(inside[-1]) if inside else None
            named_after = covered.intersection(i for i in range(len(s.norms)) if close < s.starts[i] < s.starts[k]
                                               and s.sentence_bounds(i) != quoted_in)
            return inside if not covered.intersection(inside) and not named_after else []  # a term named in a
            # sentence after the quote is what "it" points at: "'turns twice a year'. that's inventory turnover?
            # how does it work"; one in the quote's own sentence only sets it: '"fair opportunity" under the IDIQ'"
    return []


def _elsewhere(s: Scan, scored: list[Scored]) -> bool:
    """The question word points at something that is no term, so the terms around it are context:
    - a rare word no term covers: "what are sidecars in k8s";
    - a term inside a longer name nobody defined: "I did NEO. what is an SF-50?" (SF is a term, SF-50 not);
    - a phrase set in a field: "what is a debriefing in procurement", "what's the weather in DC"."""
    j = pointed(s)
    j = wh_opening.asked_before(s) if j < 0 else j  # "NDA what is, outsourcing studio wants us sign one": NDA is asked
    asked, means = meant_by.embedded_subject(s) if j < 0 else (-1, -1)  # "tell me what goodwill means on the ..."
    if asked >= 0 and not any(asked <= x.span.last and x.span.first < means for x in scored):
        return True  # what is asked names no term: the terms after "means" say where ("on the balance sheet")
    covered = {i for x in scored for i in range(x.span.first, x.span.last + 1)}
    if j < 0 or s.norms[j] in SCAFFOLD or s.norms[j] in FUNCTION or _names_nothing(s, j) or _pronoun_verb(s, j):
        return _topic_elsewhere(s, scored)
    around = [x for x in scored if x.span.first <= j <= x.span.last or j in x.refers]
    owner = max((x.span.last for x in around), default=j) + 1
    if around and is_possessive(s, owner) and owner + 1 < len(s.norms):
        j, around = owner + 1, [x for x in scored if x.span.first <= owner + 1 <= x.span.last]  # "the Fed's OMO"
    if around:  # the term pointed at, or the same term quoted before ("'reach: 40,000'. What means reach here?")
        return not any(x.eligible or x.everyday for x in around) and not heads(s, around, scored) \
            and not any(y.eligible and y.span.ids == x.span.ids and (_opens_quote(s, y.span.first) or _retyped(s, x, y))
                        for x in around for y in scored)  # "TINA for our cost data. what is tina": named before
    if modified(s, j, covered, frozenset(x.span.first for x in scored if x.span.weak and not x.eligible)):
        return True  # "what's a flow-down clause", "earn-out clause": a longer name nobody defined
    if defined_unnamed(s, j, covered):
        return True  # "what does runway mean when the CEO says ...": runway is asked, the CEO sets the scene
    word = s.norms[j]
    acronym = len(word) >= 2 and s.raws[j].isupper()  # "what is an RPO? ... the RTO"
    if (len(word) >= 4 or acronym) and word.isalpha() and not common_words.is_common(word, EVERYDAY_RANK):
        return True
    if any(x.eligible and x.span.last < j - 2 and not any(s.sentence_start[x.span.last + 1:j + 1])
           and not names_topic(s, j, x.span.first, x.span.last) for x in scored):
        return True  # "We do have SLOs defined, but what is an error budget?": the term before is the story
        # (but "Platform engineering, what is that team doing?" asks about the topic it names again)
    if pointed_phrase.rare_ahead(s, j, covered):
        return True  # "what's the allowance for doubtfull accounts line on the balance sheet"
    k = j + 1
    while k < len(s.norms) and k <= j + 2 and k not in covered \
            and (s.norms[k] not in FUNCTION or k == j + 1 and s.norms[k] in pointed_back.PARTICLES) \
            and not s.sentence_start[k] and "," not in s.text[s.ends[k - 1]:s.starts[k]]:
        k += 1  # "what is a security group in AWS", "an earn out in an acquisition": the phrase asked, its field
    if set_later(s, j, covered):
        return True  # "what will the weather be like in DC tomorrow?": DC is where, the weather is asked
    if k >= len(s.norms) or s.sentence_start[k]:
        return False
    if "," in s.text[s.ends[k - 1]:s.starts[k]] or "(" in s.text[s.ends[k - 1]:s.starts[k]] and k in covered \
            or (s.norms[k] in ("and", "but") and k + 1 < len(s.norms)
                                                     and s.norms[k + 1] in OTHER_WH | {"what", "is", "does"}):
        return True  # "what is a helm chart, I need ... kubernetes", "a service blueprint (UX)", "what's X and how"
    return in_field(s, k, covered, field_links(s, j, k))  # "goodwill in the balance sheet"


def _pronoun_verb(s: Scan, j: int) -> bool:
    """ "what does that involve", "what does it entail": after "does" and a pronoun, token `j` is the verb of
    the term named before, with nothing named after it in its sentence: it names no other subject."""
    if j < 2 or s.norms[j - 1] not in PRONOUN_QUESTION or s.norms[j - 2] not in ("does", "do", "did"):
        return False
    return j + 1 >= len(s.norms) or s.sentence_start[j + 1] or _names_nothing(s, j + 1)


def _names_nothing(s: Scan, j: int) -> bool:
    """From token `j` to the end of its sentence, no word that names a thing: "life cycle cost — what's
    included", "iso 14000 what's that one about", "X, what's the meaning lah" ask about the term before."""
    k = j
    while k < len(s.norms) and (k == j or not s.sentence_start[k]):
        norm = s.norms[k]
        if norm not in SCAFFOLD and norm not in FUNCTION and norm not in STANDS_IN and norm not in FILLERS \
                and not (norm.endswith("ed") and k == j) and not modifies_one(s, k):  # "what's included", "a high one"
            return False
        k += 1
    return True


MAX_REFERENT = 4  # words of a quoted phrase read as the subject: a longer one is a sentence


_KNOWING = frozenset({"know", "understand", "clear", "familiar"})  # not "get": "I can't get the VPN to work"
_NOT = frozenset({"dont", "don", "t", "not", "never", "no", "cant", "can"})
_WANTING = frozenset({"need", "needs", "want", "wants", "like", "trying", "try", "hoping"})


def _wants_to_know(s: Scan) -> bool:
    """ "I dont know it", "I do not understand working capital", "need to know X for the report": saying one
    does not know a thing, or needs to, asks about it as a question would."""
    return any(norm in _KNOWING and (_NOT.intersection(s.norms[max(0, i - 2):i])
                                     or (i >= 2 and s.norms[i - 1] == "to" and s.norms[i - 2] in _WANTING))
               for i, norm in enumerate(s.norms))


def _retyped(s: Scan, x: Scored, y: Scored) -> bool:
    """Span x is the words of span y typed again, in another casing ("TINA ... what is tina")."""
    return s.norms[x.span.first:x.span.last + 1] == s.norms[y.span.first:y.span.last + 1]


def _opens_quote(s: Scan, first: int) -> bool:
    return first > 0 and s.text[s.starts[first] - 1:s.starts[first]] in ("'", '"', "\u2018", "\u201c")
