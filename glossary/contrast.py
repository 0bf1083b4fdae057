"""Comparisons no frame shape caught, read from the terms a message names and a word that compares.

"I always mix up NPV and IRR", "NPV and IRR, what's the difference?", "confused between IaaS and PaaS": a cue
(`_CUE`, "mix ... up", "which is which") and two or more terms named together ("X and Y", "X, Y", "X or Y", "X/Y";
"nas and san": coordination.partners) or on either side of it ("X different from Y") in its sentence compare them,
in the order written. Terms mentioned together with no cue stay what they were ("we discussed NPV and IRR").

Shared heads: "blue green vs canary deployment", "tightly coupled and loosely coupled architecture", "public or
private cloud" name one head word for both sides; a side that is no name is tried with the other side's trailing
words, and kept only when that is exactly a glossary name other than the other side's own.

Caution: a cue and a term coordinated with a word that is no term ("I mix up NPV and XIRR") compare with one
side unknown, so the one known term is never the answer (`Reading.one_sided`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from glossary import common_words, cues, frames, normalize
from glossary.compare_sides import without_one
from glossary.coordination import LINKS, partners
from glossary.cue_words import SKIP, STATES
from glossary.detect_types import Candidate
from glossary.frames import Frame
from glossary.one_sided import NEAR, likens, other_side
from glossary.one_sided import near as _near
from glossary.one_sided import sentences as _sentences
from glossary.textscan import Scan

if TYPE_CHECKING:
    from glossary.detect import Detector

_CHEAP = re.compile(r"diff|compar|contrast|confus|distinguish|similar|relat|\bvs\b|versus|same|apart|between|mix|"
                    r"which|both|each|opposite|distinct|separate|trade|interchangeabl|instead|who'?s who|who is who",
                    re.I)  # one search
_CUE = re.compile(r"^(?:diff(?!ic)\w*|compar\w*|contrast\w*|confus\w*|distinguish\w*|similar\w*|vs|versus|same|"
                  r"apart|between|relate[sd]?|relation(?:s|ship|ships)?|mixup|both|each|opposites?|distinct(?:ions?)?|"
                  r"separate[sd]?|separates|tradeoffs?|interchangeabl[ey]|instead)$")

#: Plain strings one of which every _CHEAP match holds, lower-cased: a cheaper first test on ASCII text.
_HINTS = ("diff", "compar", "contrast", "confus", "distinguish", "similar", "relat", "vs", "versus", "same", "apart",
          "between", "mix", "which", "both", "each", "opposite", "distinct", "separate", "trade", "interchangeabl",
          "instead", "who's who", "whos who", "who is who")


def _cued(text: str) -> bool:
    low = text.lower()
    return not (text.isascii() and not any(hint in low for hint in _HINTS)) and _CHEAP.search(text) is not None


def is_cue(norm: str) -> bool:
    """A word that asks for a comparison ("difference", "vs", "similar"): not what a question is about."""
    return bool(_CUE.match(norm))


_MIX = frozenset({"mix", "mixes", "mixed", "mixing"})  # "mix up", "mixing NPV and IRR up"
_PERSONS = frozenset({"us", "me", "you", "him", "her"})  # compared themselves, not the terms named
LEAD_WORDS = 4  # words of a side's opening that may be a name with the head the other side lacks
#: Words that may stand between two compared terms besides links and articles ("X is different from Y").
_FROM = frozenset({"from", "to", "than", "with", "against", "over", "rather"})  # "X instead of / over Y"
_JOIN = _FROM | {"is", "are", "as", "s", "up", "of"}
RARE_RANK = 30_000  # a lower-case one-word name ("ebitda") counts when rarer than this


@dataclass(frozen=True)
class Reading:
    frame: Frame | None = None  # the comparison of the terms found, their surfaces in the order written
    one_sided: bool = False  # a cue and a term named with a word that is no term: never that term alone
    tentative: Frame | None = None  # then the term and those words, compared if the words name a term


def plausible(s: Scan, scored: cues.Scored) -> bool:
    """A span that may be one of several terms named together though no cue asks about it: not an
    everyday word, and in lower case only when it is a rare word ("ebitda, capex, opex"); an everyday word
    joined by "and"/"or" to another name ("I always mix up debit and credit") is one of them too."""
    span = scored.span
    rare = not span.loose or (span.first == span.last and not common_words.is_common(s.norms[span.first], RARE_RANK))
    return scored.eligible or (not span.weak and rare) or (span.weak and not span.loose and scored.group >= 0)


def read(detector_of: Callable[[], Detector], text: str, frame: Frame | None,
         clipped: Callable[[Scan, list[Candidate]], list[Candidate]] = lambda _, spans: spans) -> Reading:
    """The comparison in a message that no frame answered, if any. `frame`: the frame read, or None.
    `detector_of` builds the span index only when a comparison is possible (cold start stays cheap); `clipped`
    adds the names typed short, one word each ("opex, capex difference?": capital expenditures)."""
    if frame is not None and frame.kind == "compare_named":  # "... How do they differ?": the terms before it
        pair = frames.coordinated_pair(frame.parts[0])  # "monolith or microservices — ", "a SOW, a PWS or a SOO."
        named = _named_together(detector_of(), frame.parts[0], cued=False, apart=pair is None)  # "dev agency asking
        # if we want blue green or canary deployment": the pair joined by "or", not two terms far apart
        return Reading(Frame("compare", pair) if pair and (named is None or len(pair) > len(named.parts)) else named)
    if frame is not None and frame.kind == "compare" and not frame.strict:
        detector = detector_of()
        sides = [_one_span(detector, part) for part in frame.parts]  # "the CFO's job and the comptroller's job"
        if all(sides) and len(set(sides)) > 1:
            return Reading(Frame("compare", tuple(s for s in sides if s)))
    if (frame is not None and frame.kind != "compare") or not _cued(text):
        return Reading()
    detector = detector_of()
    s, spans = detector.spans(text)
    spans = clipped(s, spans)
    found = _named_together(detector, text, cued=True, scanned=(s, spans))
    if found is not None:
        return Reading(found)
    cue_at = _cues(s, spans)
    pair = other_side(s, [x for x in cues.score(s, spans) if plausible(s, x)], cue_at)
    return Reading(one_sided=pair is not None, tentative=pair if pair and likens(s, cue_at) else None)


def shared_heads(parts: tuple[str, ...], exact: Callable[[str], bool], whole: Callable[[str], bool]) -> tuple[str, ...]:
    """Sides completed with another side's trailing words when only that is a name ("blue green" vs "canary
    deployment": "blue green deployment"), or when another side's trailing words make a side that is a name
    alone a longer name: the head written once belongs to both ("accrual basis vs cash basis accounting", not
    the accrual basis; "cost-reimbursement contract vs firm fixed-price"). `exact`: whether a text is a name;
    `whole`: whether all of it is one, not "pricing" of "penetration pricing for our launch" joined to "skimming"."""
    if len(parts) < 2:
        return parts
    known = [part if whole(part) else _leading_name(part, whole) or (part if exact(part) else None)
             for part in parts]  # "indirect method on the..", "market-based pricing for our launch"
    out = list(parts)
    for n, part in enumerate(parts):
        for k, name in enumerate(known):
            words = (name or "").split()
            if k == n or not name or len(words) < 2:
                continue
            stem = without_one(part).split()  # "a tightly coupled one"; "want blue green": its last words
            tail = next((t for start in range(max(0, len(stem) - LEAD_WORDS), len(stem)) if stem[start][:1].isalnum()
                         for size in range(1, len(words)) if not _chained(stem, words[:-size])
                         and whole(t := f"{' '.join(stem[start:])} {' '.join(words[-size:])}")), None)
            if tail is not None and _unowned(tail) != _unowned(name):  # "CO vs CO's representative": two terms
                out[n], out[k] = tail, name if out[k] == parts[k] else out[k]  # the other side, its story cut
                break
    return tuple(out)


def _chained(stem: list[str], rest: list[str]) -> bool:
    """The other side's words before the head it would lend end this side ("market risk vs risk premium"): the two
    overlap in a chain, they share no head ("market risk premium" is neither)."""
    return bool(rest) and [w.lower() for w in stem[-len(rest):]] == [w.lower() for w in rest]


def _unowned(name: str) -> str:
    """A name's key without its possessive, every word singular: "officer's representative" meets "officer
    representative", and "ratios analysis" (cut from "activity ratios") is "ratio analysis" itself."""
    return normalize.singular_key(re.sub(r"['\u2019]s\b", "", name))


def _leading_name(part: str, exact: Callable[[str], bool]) -> str | None:
    """The longest run of a side's first words that is a name, the rest its story ("indirect method on the
    cash flow statement"); a few words at most, so a side costs a few lookups."""
    words = part.split()
    return next((lead for m in range(min(len(words) - 1, LEAD_WORDS), 1, -1)
                 if exact(lead := " ".join(words[:m]))), None)


def _cues(s: Scan, spans: list[Candidate]) -> set[int]:
    """Token indexes of the words that compare: the lexicon, "mix ... up", "which is which"; a word inside
    a term's name is that name ("relationship marketing")."""
    found = {i for i, norm in enumerate(s.norms) if _CUE.match(norm) and (norm != "between" or _weighs_between(s, i))
             and not (norm in ("both", "each") and _stated_after(s, i)) and not (norm == "same" and _then_after(s, i))
             and not (norm.startswith("compar") and _PERSONS.intersection(s.norms[i + 1:i + 2]))}  # "compares us"
    for i, norm in enumerate(s.norms):
        if norm in _MIX and "up" in s.norms[i + 1:i + 6]:
            found.add(i)
        if norm == "which" and (s.norms[i + 1:i + 3] == ["is", "which"] or s.norms[i + 1:i + 2] == ["one"]
                                or _or_joined(s, spans, i)) or norm == "who" and s.norms[i + 1:i + 3] in (
                ["is", "who"], ["s", "who"]) or norm == "whos" and s.norms[i + 1:i + 2] == ["who"]:
            found.add(i)  # "which is which", "FOB origin or FOB destination - which one means we pay?", "who's who"
    return found - {i for span in spans for i in range(span.first, span.last + 1)}


def _stated_after(s: Scan, i: int) -> bool:
    """ "both"/"each" before a state or a past participle: "are opex and capex both approved yet?" asks a status."""
    k = i + 1
    return k < len(s.norms) and (s.norms[k] in STATES or len(s.norms[k]) > 4 and s.norms[k].endswith("ed"))


def _then_after(s: Scan, i: int) -> bool:
    """ "same as last quarter": a value compared with an earlier one, not the terms with each other."""
    return s.norms[i + 1:i + 2] in (["as"], ["like"]) and i + 2 < len(s.norms) and s.norms[i + 2] in _THEN


_THEN = frozenset("last previous prior before yesterday usual ever always earlier".split())
#: Before "between", words that weigh its sides ("choose between X and Y"; not "the mapping between X and Y").
_WEIGHING = frozenset("choose choosing chose decide deciding pick picking torn stuck choice decision options option "
                      "tradeoff tradeoffs trade difference differences distinction similarity similarities "
                      "comparison relationship relation".split())


def _weighs_between(s: Scan, i: int) -> bool:
    """ "between" opens its sentence ("between X and Y, which ...") or follows a word that weighs its sides."""
    j = i - 1
    while j >= 0 and s.norms[j] in SKIP:
        j -= 1
    return j < 0 or s.sentence_start[i] or s.norms[j] in _WEIGHING or s.norms[j] in ("is", "s", "what", "whats")


def _or_joined(s: Scan, spans: list[Candidate], at: int) -> bool:
    """Two terms joined by "or" near "which": a choice between them is a comparison."""
    return any(a.last + 2 == b.first and s.norms[a.last + 1] == "or" and abs(at - a.first) <= NEAR + 3
               for a, b in zip(spans, spans[1:], strict=False))


def _groups(s: Scan, spans: list[Candidate], cue_at: set[int]) -> list[list[Candidate]]:
    """Spans named together, in text order: linked by "and", "or", "vs", a comma or a slash, with a
    comparison word between them ("X is different from Y"), or by "from"/"with" when a cue compares."""
    groups: list[list[Candidate]] = []
    # "between X and Y" opens both sides: no link between a term before it and one after it ("swivel
    # chairing between the CRM and the billing system")
    linking = {i for i in cue_at if s.norms[i] != "between"}
    for span in spans:
        if groups and not s.sentence_start[span.first]:
            prev = groups[-1][-1]
            between = range(prev.last + 1, span.first)
            gap = s.text[s.ends[prev.last]:s.starts[span.first]]
            linked = any(s.norms[i] in LINKS or i in linking or (linking and s.norms[i] in _FROM) for i in between) \
                or any(c in ",/" for c in gap)  # "distinguish IaaS from PaaS", "confusing NPV with IRR"
            if linked and span.ids != prev.ids and all(
                    s.norms[i] in LINKS or s.norms[i] in SKIP or s.norms[i] in _JOIN or i in linking
                    for i in between):
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups


def _named_together(detector: Detector, text: str, *, cued: bool,
                    scanned: tuple[Scan, list[Candidate]] | None = None, apart: bool = True) -> Frame | None:
    """The one group of two or more distinct terms named together (in a sentence with a cue when `cued`); with
    `apart`, two terms named apart when nothing else is named."""
    s, spans = scanned or detector.spans(text)
    usable = partners(s, spans, [x.span for x in cues.score(s, spans) if plausible(s, x)], beside=cued)
    if len(usable) < 2:
        return None
    cue_at = _cues(s, spans) if cued else set()
    if cued and not cue_at:
        return None
    sentence = _sentences(s)
    chosen = [group for group in _groups(s, usable, cue_at) if len({tuple(x.ids) for x in group}) > 1
              and (not cued or any(_near(sentence, group, i) for i in cue_at))]
    if len({frozenset(tuple(x.ids) for x in group) for group in chosen}) == 1:
        chosen = chosen[-1:]  # "both the Federal Supply Schedule and the MAS ... how do FSS and MAS compare?"
    if not chosen and not cued and apart and len({tuple(x.ids) for x in usable}) == 2:
        chosen = [usable]  # "'strategic planning' for them, 'tactical planning' for us... what's the distinction?"
    if len(chosen) != 1:
        return None
    surfaces = dict.fromkeys(s.text[s.starts[x.first]:s.ends[x.last]] for x in chosen[0])
    return Frame("compare", tuple(surfaces))


def _one_span(detector: Detector, part: str) -> str | None:
    """A side of a comparison that is no name but names exactly one term ("the CFO's job"): that term."""
    s, spans = detector.spans(part)
    usable = [x.span for x in cues.score(s, spans) if plausible(s, x)]
    if len({tuple(x.ids) for x in usable}) != 1:
        return None
    return s.text[s.starts[usable[0].first]:s.ends[usable[0].last]]


def compares(frame: frames.Frame | None, subject: str, text: str = "") -> bool:
    """The message asks to compare ("how do they differ?", "X vs Y"), so one term found is one side only;
    "is X basically Y?" asks what X is, and so does "X. is it just Y?", its pronoun pointing back at X."""
    if frame is None or frame.kind not in ("compare", "compare_named") or frame.strict:
        return False
    if all(names_subject(subject, part) for part in frame.parts):
        return False  # "knowledge management / KM — is it just a wiki": one name found spans both sides
    return not (frame.likened and (names_subject(frame.parts[0], subject) or _pointed_back(frame, subject, text)))


#: A likened side that only points back: "is it just a wiki", "is that the same as SSL".
_POINTING = frozenset({"it", "that", "this"})


def _pointed_back(frame: frames.Frame, subject: str, text: str) -> bool:
    """The likened frame's first side is a pronoun ("SPAC. is it just a shell company?") and the subject is
    named before the guess and not in it: the pronoun points at the subject, the guess only describes it
    (a term inside the guess, "is it just a shell company", is never what "it" points at)."""
    if frame.parts[0].lower() not in _POINTING or not text or _named(frame.parts[1]):
        return False  # "what is SAST, is it the same as DAST?": another name set beside it, a comparison
    whole, asked, guess = normalize.key(text), normalize.key(subject), normalize.key(frame.parts[1])
    at = whole.find(asked)
    return bool(asked) and asked not in guess and 0 <= at and (not guess or at < whole.rfind(guess))


def names_subject(part: str, subject: str) -> bool:
    """The part of a comparison names the subject found ("what is a KPI" names KPI)."""
    return bool(normalize.key(subject)) and normalize.key(subject) in normalize.key(part)


def _named(part: str) -> bool:
    """The side is one name written as an acronym ("DAST"): a thing of its own, not the asker's guess."""
    return len(part) >= 2 and part.isalnum() and part.isupper()
