"""A term answered while the message holds something more salient that is asked: never a confident answer.

A confident wrong answer is the worst outcome, and it comes most often from a term that is found while the
thing the asker means is not: the term found is then answered because it is the only one there. Three
general shapes of "the found term is not (all of) what is asked":
- a pronoun question ("what is that", "what does that mean") points back at the clause before it, and that
  clause holds a thing the term found is not: a name set in quotes ('the forecast has a "standard deviation
  of 12%". what is that'), a word in capitals no term covers ("update the POAN by eod. what is that"), or a
  misspelt word, no English word ("the api should be idempotant, what does that mean"). The term found is
  offered with the better reading ("did you mean"), never answered;
- an acronym the glossary knows, typed in capitals beside a term its full name contains ("what is SRE site
  reliability something"): the letters and the partial name agree on the longer name, which is answered;
- a short acronym followed by the head noun of another acronym one letter swap away, which its own name
  lacks ("an eft fund": ETF, exchange-traded fund): the asker repeats the acronym's last word, so the swap
  is offered first.
Each is gated on a cheap test of the text (a pronoun after "what", a capital letter, a result read from a
short word), so a message without the feature costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from glossary import heading_kept, normalize, swapped_acronyms
from glossary.compound import foreign
from glossary.cue_words import FUNCTION, POINTING_VERBS, PRONOUN_QUESTION, QUOTE_MARKS, SCAFFOLD, WHAT
from glossary.detect_types import Candidate
from glossary.matching import MAX_CHOICES, Matcher
from glossary.models import LookupResult, Match
from glossary.pointed_phrase import rare
from glossary.textscan import Scan
from glossary.typo_rules import is_word, near_word

_ANSWERED = ("answer", "ambiguous")
_POINTING = re.compile(r"\b(?:what|whats|wat)\b[\w' ]{0,12}?\b(?:that|this|it|those|these)\b", re.I)
_CAPS = re.compile(r"\b[A-Z]{2,6}\b")
_AFTER_PRONOUN = FUNCTION | SCAFFOLD | {"mean", "means", "meant", "again", "exactly", "anyway", "stand"}
_CLAUSE_GAP = frozenset(",;—–-")
MIN_CAPS = 3  # "OK", "US": two capitals are a word of chat as often as a name
MIN_MISSPELT = 5  # a shorter unknown word is a clipped word or a name, not a slip

Spans = Callable[[str], tuple[Scan, list[Candidate]]]


def doubted(result: LookupResult, matcher: Matcher, spans: Spans, text: str) -> LookupResult:
    """`result`, or a better reading when the message holds something more salient than its term."""
    if result.status not in _ANSWERED or result.followup or not result.matches:
        return result
    if _before_name(text, matcher.terms[result.matches[0].id].term) \
            and (whole := _letters_agree(result, matcher, spans, text)):
        return whole
    if _POINTING.search(text) and (offered := _pointed_instead(result, matcher, spans, text)):
        return offered
    if result.status == "answer" and heading_kept.may_open(text) and (scanned := spans(text))[1] \
            and (heading := heading_kept.heading_first(result, *scanned, matcher.terms)):
        return _offer(result, heading)  # "purchasing power. what the budget buys after inflation?"
    return _repeated_head(result, matcher, text) or result


def _before_name(text: str, name: str) -> bool:
    """Capitals stand just before the answer's name in the text ("SRE site reliability"): a cheap gate."""
    low = text.lower()
    return any(name.lower() in low[m.end():m.end() + 40] for m in _CAPS.finditer(text))


def _offer(result: LookupResult, first: Sequence[Match]) -> LookupResult:
    matches = list({m.id: m for m in [*first, *result.matches]}.values())[:MAX_CHOICES]
    return LookupResult(result.query, result.subject, "suggest", matches)


def _pointing_at(s: Scan) -> int:
    """The token of "what" that opens a pronoun question ending a clause of its own ("..., what does that
    mean", "... eod. what is that"), or -1."""
    for k in range(1, len(s.norms) - 1):
        if s.norms[k] not in WHAT or not (s.sentence_start[k] or set(s.text[s.ends[k - 1]:s.starts[k]]) & _CLAUSE_GAP):
            continue
        m = k + 1
        if s.norms[m] in POINTING_VERBS and m + 1 < len(s.norms) and s.norms[m + 1] in PRONOUN_QUESTION:
            m += 1
        bare = m == k + 1 and s.norms[k] != "what"  # "whats that"
        if s.norms[m] in PRONOUN_QUESTION and (bare or s.norms[m - 1] in POINTING_VERBS) \
                and (m + 1 == len(s.norms) or s.norms[m + 1] in _AFTER_PRONOUN):
            return k
    return -1


def _pointed_instead(result: LookupResult, matcher: Matcher, spans: Spans, text: str) -> LookupResult | None:
    """The clause a pronoun question points at holds, nearer the question than the answer's own words, a
    quoted name or a misspelt word; or, anywhere, a word in capitals or a misspelt one while the answer is an
    acronym typed in lower case ("the POAN by eod", "sucession planning for the ceo"): the answer offered,
    after the better reading when there is one."""
    s, every = spans(text)
    k = _pointing_at(s)
    if k < 0:
        return None
    ids = {m.id for m in result.matches}
    clause = range(s.sentence_bounds(k - 1)[0], k)
    found = [c for c in every if c.first in clause and set(c.ids) & ids]
    if not found or any(c.first == 0 for c in found):
        return None  # not in the clause pointed at, or the message opens on it ("X — ... what is it"): asked
    after = max(c.last for c in found)
    quoted = [c for c in every if after < c.first < k and not c.weak and not set(c.ids) & ids and _opens_quote(s, c)]
    if quoted:
        return _offer(result, [Match(i, matcher.terms[i].term, 90.0) for c in quoted for i in c.ids])
    covered = {i for c in every for i in range(c.first, c.last + 1)}
    lower = all(c.first == c.last and s.raws[c.first].islower() and matcher.is_acronym_key(s.norms[c.first])
                for c in found)  # "eod": an acronym typed in lower case, beside one the asker wrote in capitals
    for i in clause:
        if i not in covered and ((i > after or lower) and _misspelt(s, i) or lower and _capitals(s, i)):
            return _offer(result, _typed_right(matcher, s, i, covered, ids))
    return None


def _typed_right(matcher: Matcher, s: Scan, i: int, covered: set[int], ids: set[str]) -> list[Match]:
    """The best reading of the salient word, with the name word after it when a term covers that one
    ("sucession planning"), else alone: at most one, never the answer doubted."""
    words = [s.raws[i]] + [s.raws[i + 1]] * (i + 1 < len(s.raws) and i + 1 in covered)
    for typed in dict.fromkeys([" ".join(words), s.raws[i]]):
        found = matcher.fuzzy(typed)
        better = [m for m in found.matches if m.id not in ids] if found.status != "unknown" else []
        if better:
            return better[:1]
    return []


def _opens_quote(s: Scan, c: Candidate) -> bool:
    """A quote mark opens right before the span: the asker sets the name apart."""
    return c.first > 0 and s.text[s.starts[c.first] - 1:s.starts[c.first]] in QUOTE_MARKS


def _capitals(s: Scan, i: int) -> bool:
    """A word in capitals mid-sentence, no English word: a name the asker met ("POAN")."""
    raw = s.raws[i]
    return raw.isalpha() and raw.isupper() and len(raw) >= MIN_CAPS and not s.sentence_start[i] \
        and not s.shouting and not is_word(s.norms[i])


def _misspelt(s: Scan, i: int) -> bool:
    """A word of substance that is no English word but one letter from one ("sucession", "couter"); a
    plural or a compound ("startups", "netflix") is not a slip."""
    raw = s.raws[i]
    if len(raw) < MIN_MISSPELT or not raw.islower() or not rare(s, i) or is_word(raw) or foreign(s, i):
        return False  # "me piden 2FA para entrar al portal, q es eso": "entrar" is Spanish, read as such
    return near_word(raw, {raw[:-1]})  # "startup" is one letter from "startups": a plural, no slip


def _letters_agree(result: LookupResult, matcher: Matcher, spans: Spans, text: str) -> LookupResult | None:
    """An acronym no span read, written just before words of a longer name whose initials it is and which
    hold the answer's whole name ("SRE site reliability": site reliability engineering): that longer name."""
    s, every = spans(text)
    covered = {i for c in every for i in range(c.first, c.last + 1)}
    ids = {m.id for m in result.matches}
    answered = set(normalize.words(matcher.terms[result.matches[0].id].term))
    for i, raw in enumerate(s.raws):
        if i in covered or not raw.isalpha() or not raw.isupper() or len(raw) < 2:
            continue
        near = s.norms[i + 1:i + len(raw)]
        if not answered <= set(near) or any(w in FUNCTION for w in near):
            continue
        found = matcher.fuzzy(" ".join(near))
        whole = [m for m in found.matches if m.id not in ids and _initials(matcher.terms[m.id].term) == raw.lower()
                 and answered < set(normalize.words(matcher.terms[m.id].term))]
        if len(whole) == 1:
            return LookupResult(result.query, raw, "answer", whole)
    return None


def _initials(name: str) -> str:
    """The first letters of a name's words, a parenthesis left out: "sre" of "site reliability engineering"."""
    return "".join(w[0] for w in normalize.words(re.sub(r"\([^)]*\)", "", name)))


def _repeated_head(result: LookupResult, matcher: Matcher, text: str) -> LookupResult | None:
    """"an eft fund": the word after a short acronym is the last word of a swap's name (exchange-traded
    fund), not of the answer's: the asker said the acronym's own last word again, so the swap comes first."""
    word = result.subject.strip()
    if not 3 <= len(word) <= 5 or f"{word} " not in text.lower() or not swapped_acronyms.typed_short(word):
        return None  # the cheap tests first: this runs on every answer
    after = re.search(rf"\b{re.escape(word)}\s+([a-z]+)", text, re.I)
    keys, _ = swapped_acronyms.find(word, matcher.is_acronym_key) if after else ([], False)
    if not keys:
        return None
    head = normalize.singular(after.group(1).lower())
    if any(_last_word(matcher, m.id) == head for m in result.matches):
        return None
    other = [m for key in keys if (found := matcher.exact([key.upper()])) for m in found.matches]
    swapped = [m for m in other if _last_word(matcher, m.id) == head]
    return _offer(result, swapped) if swapped else None


def _last_word(matcher: Matcher, term_id: str) -> str:
    """The head noun of a term's full name, singular: "fund" of "exchange-traded fund (ETF)"."""
    words = normalize.words(re.sub(r"\([^)]*\)", "", matcher.terms[term_id].term))
    return normalize.singular(words[-1]) if words else ""
