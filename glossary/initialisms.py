"""An acronym the glossary does not list, read as the initials of a name it does: "BOL?" for bill of lading.

People ask about "SRE", "COGS" or "an AR aging schedule" where the glossary only writes the name out.
An acronym as written (two capitals or more, in a message that is not shouted) that names nothing here
is read as the initials of a name's words, a small word like "of" giving its letter or not ("BOL" and
"BL": bill of lading), alone or inside a longer name whose other words are typed ("AR aging schedule").
It is the answer only when:
- exactly one concept fits, and it has no acronym of its own (an entry written "ELKE" is not "ELK");
- no letter comes from "and"/"or" ("R&D" is typed with its "&"), and a name holding "or" is read through
  its forms only ("cash cycle or cash conversion cycle" is two names);
- two letters alone, which collide too easily ("AR": accounts receivable, augmented reality), come with the
  name's own words elsewhere in the message ("a letter of credit ... what's an LC?");
- the message's cues pick it as what is asked (glossary/cues.py), as they would pick a name.
Only the glossary's own names decide. The index is built on first need: a cold start never pays for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from glossary import common_words, cues, message_shape, normalize, outside_senses, scope
from glossary.casing import is_acronym
from glossary.common_words import NOT_COMMON
from glossary.detect_types import Candidate
from glossary.senses import content_words
from glossary.span_use import denied
from glossary.textscan import Scan

if TYPE_CHECKING:
    from glossary.matching import Matcher
    from glossary.models import Term
    from glossary.senses import SenseContext

SMALL = normalize.SMALL
NO_LETTER = frozenset({"and", "or"})  # never a letter of an initialism read here
LETTERS = (2, 6)  # an acronym of two to six letters
MAX_NAME_WORDS = 8
MAX_AROUND = 3  # name words typed before or after the acronym ("AR aging schedule")
WORD_RANK = 10_000  # "FREE", "NEW": a capitalised everyday word is emphasis, not an acronym
STEM = 5  # "freight"/"freighter": one word when comparing the message with a definition
#: Everyday shorthand of chat and scheduling: itself, never a name's initials ("TBD" is no trunk-based development).
SHORTHAND = common_words.CHAT | frozenset("tbd tba tbc asap eod eow eom cob ooo wfh pto eta fyi btw imo imho idk "
                                          "afaik iirc tldr nvm lgtm faq diy aka rsvp ps".split())
_WORD = re.compile(r"[a-z0-9]+")
_ACR = "#"  # marks the acronym's place in a key


class Initialisms:
    """(words before, initials, words after) of every name of 2-8 words -> term ids, built on first need."""

    def __init__(self, matcher: Matcher, field: Callable[[str, str], bool] = lambda tid, word: False) -> None:
        self._matcher = matcher
        self._field = field  # (term id, word): the word is one of the term's field (field_words.py)
        self._index: dict[tuple[str, ...], set[str]] | None = None
        self._own: dict[str, frozenset[str]] = {}
        self._named_words: set[str] = set()  # the distinctive words of every name, with the index

    def asked(self, scan: Scan, spans: list[Candidate], senses: Callable[[], SenseContext]
              ) -> tuple[Candidate, bool] | None:
        """(span, sure): the span read through initials that the message asks about, when the cues single
        it out; sure unless the message's distinctive words all point elsewhere ("LTL on the freight
        quote" is no long-term liability): then it is only offered. `senses` on first need."""
        if scan.shouting or not any(is_acronym(r) or _typed_low(r) for r in scan.raws):
            return None  # the common case: no acronym, nothing built
        extra = [c for i in range(len(scan.raws)) if (c := self._read(scan, i, spans)) is not None]
        if not extra:
            return None
        kept = [s for s in spans if not any(s.first <= e.last and e.first <= s.last for e in extra)]
        every = scope.in_scope(scan, sorted(kept + extra, key=lambda s: s.first))
        scored = cues.score(scan, every)
        chosen, decided = cues.choose(scored, message_shape.shape(scan, scored))
        if not decided or not any(chosen[0].ids == e.ids for e in extra):
            return None
        span = chosen[0]
        told = any(e.ids == span.ids and self._spelled_out(e.ids[0], _others(scan, e.first, e.last)) for e in extra)
        return span, told or self._usual(scan, span) and self._fits(scan, span, senses()) \
            and not self._strangers(scan, span, spans + extra)

    def _usual(self, scan: Scan, span: Candidate) -> bool:
        """People use these letters for the name, as far as the shipped list of acronyms knows: "GST" is goods and
        services tax, not goal-setting theory; in lower case ("what's bom") only the use the list knows first
        ("npm" is the tool most people mean)."""
        if span.first != span.last:
            return True
        used = outside_senses.usage(scan.norms[span.first], self._matcher.terms[span.ids[0]], span.loose)
        return bool(used) if span.loose else used is not False

    def _strangers(self, scan: Scan, span: Candidate, spans: list[Candidate]) -> bool:
        """Another acronym in its sentence that the glossary knows nowhere ("LTL ..., vs FTL?"): the message
        speaks a vocabulary the glossary does not hold, so the initials may mean something else there."""
        first, last = scan.sentence_bounds(span.first)
        return any(_letters(scan.raws[j]) and not any(s.first <= j <= s.last for s in spans)
                   and self._matcher.exact([scan.raws[j]]) is None for j in range(first, last)
                   if not span.first <= j <= span.last)

    def _fits(self, scan: Scan, span: Candidate, context: SenseContext) -> bool:
        """No word of the glossary's names besides the asked one ("privacy", "freight"), or one the sense's
        definition, names or tags share, or one of its field: "PTA in privacy land" is no precedent transaction
        analysis, but "COGS ... on the financial statement" speaks the field of cost of goods sold."""
        term = self._matcher.terms[span.ids[0]]
        asked = " ".join(scan.raws[span.first:span.last + 1])
        named = self._named_words
        words = {w for w in context.asked_words(content_words(scan.norms), asked) if w in named} \
            - {normalize.singular(w) for w in scan.norms[span.first:span.last + 1]}
        own = context.full_signature(term.id) | content_words([w for t in term.tags for w in normalize.words(t)])
        return not words or any(w == o or (min(len(w), len(o)) >= STEM and w[:STEM] == o[:STEM])
                                for w in words for o in own) or any(self._field(term.id, w) for w in words)

    # -- one token -------------------------------------------------------------------------------
    def _read(self, scan: Scan, i: int, spans: list[Candidate]) -> Candidate | None:
        raw = scan.raws[i]
        low = not _letters(raw) and _typed_low(raw)  # "nbv? net book value i think": only a name written out
        letters = _letters(raw) or low
        if not letters or any(s.first <= i <= s.last for s in spans) or scan.joined[i] \
                or (i > 0 and scan.joined[i - 1]) or self._named(raw):
            return None  # "CI/CD", "S.L.A": part of something else; a name of its own is read as one
        index = self._built()
        first, last = scan.sentence_bounds(i)
        for size in range(0 if low else 2 * MAX_AROUND, 0, -1):  # the longest name typed around it first
            for before in range(min(size, MAX_AROUND), -1, -1):
                after = size - before
                if after > MAX_AROUND or i - before < first or i + after >= last:
                    continue
                words = scan.norms[i - before:i] + [_ACR + letters] + scan.norms[i + 1:i + after + 1]
                if all(w.isalpha() or w == words[before] for w in words) \
                        and (ids := self._one(index.get(_key(words), set()))) is not None:
                    return Candidate(i - before, i + after, [ids], weak=False)
        if common_words.is_common(letters, WORD_RANK) or letters in SHORTHAND:
            return None
        fits = index.get((_ACR + letters,), set())
        others = _others(scan, i, i)
        told = {t for t in fits if self._spelled_out(t, others)}  # "a letter of credit ... LC": the asker said which
        if any(self._other_acronym(t, letters) for t in told or fits):
            return None  # the name has an acronym of its own, and it is not this one (of those the asker named)
        tid = self._one(told) if told or len(letters) == LETTERS[0] else self._one(fits)
        # a rare word in lower case, no name it abbreviates written out ("what's bom"): an acronym typed in lower
        # case only where a clear cue asks it, as any name typed so ("what's sow"), and no English word ("cogs");
        # else a word, or a typo
        loose = low and not told
        if loose and common_words.rank(letters) != NOT_COMMON:
            return None
        return Candidate(i, i, [tid], weak=False, loose=loose) if tid is not None else None

    def _named(self, raw: str) -> bool:
        """A name of its own, not a plural only guessed ("COGS" is no name, though COG is)."""
        found = self._matcher.exact([raw])
        return found is not None and found.status != "suggest"

    def _one(self, ids: set[str]) -> str | None:
        """The one concept `ids` are (several sources of one name count once), or None."""
        if not ids:
            return None
        terms, concepts = self._matcher.terms, self._matcher.concepts
        found = sorted(ids)
        if len(found) > 1:
            if not concepts.one_concept(found, terms[found[0]].term):
                return None
            found = [concepts.richest(found)]
        return found[0]

    def _spelled_out(self, tid: str, others: set[str]) -> bool:
        """Every word of one of the term's names is among the message's other words (`others`, singular):
        the asker wrote the name out, the strongest evidence of which name the initials are."""
        names = _names(self._matcher.terms[tid])
        return any(all(normalize.singular(w) in others for w in _content(words)) for words in names)

    def _other_acronym(self, tid: str, letters: str) -> bool:
        """The term has acronyms of its own ("ELKE", "TEG/TEP") and `letters` is none of them."""
        if tid not in self._own:
            term = self._matcher.terms[tid]
            names = [*(n for n, _ in term.names()), *(n for n, _ in term.derived_names()), *term.given_names()]
            self._own[tid] = frozenset(normalize.key(part) for n in names if " " not in n.strip()
                                       and is_acronym(n.strip()) for part in n.strip().split("/"))
        return bool(self._own[tid]) and letters not in self._own[tid]

    def _built(self) -> dict[tuple[str, ...], set[str]]:
        if self._index is None:
            terms = self._matcher.terms.values()
            names = [(term.id, words) for term in terms for words in _names(term)]
            text = set(_WORD.findall(" ".join(t.definition for t in terms).lower()))
            text.update(w for _, ws in names for w in ws)
            index: dict[tuple[str, ...], set[str]] = {}
            for tid, words in names:
                self._named_words.update(content_words(words))
                for key in _keys(words, text):
                    index.setdefault(key, set()).add(tid)
            self._index = index
        return self._index


def _letters(raw: str) -> str:
    """The letters of an acronym as written ("SREs": sre), "" for anything else."""
    word = raw[:-1] if raw.endswith("s") and raw[:-1].isupper() and len(raw) > 3 else raw
    ok = word.isalpha() and is_acronym(word) and word[0].isupper() and LETTERS[0] <= len(word) <= LETTERS[1]
    return word.lower() if ok else ""


def _typed_low(raw: str) -> str:
    """A word in lower case of three to six letters that is no everyday word ("nbv", "ttm"): an acronym
    typed in lower case, or a word of its own; read as initials only beside the name written out."""
    ok = raw.isalpha() and raw.islower() and 3 <= len(raw) <= LETTERS[1] and raw not in SHORTHAND \
        and not common_words.is_common(raw, WORD_RANK)
    return raw if ok else ""


def _others(scan: Scan, first: int, last: int) -> set[str]:
    """The message's words outside tokens first..last, singular."""
    return {normalize.singular(w) for w in scan.norms[:first] + scan.norms[last + 1:]}


def _names(term: Term) -> list[list[str]]:
    """The folded words of each name of the term (its forms and "group/panel" alternatives), none with "or"."""
    out = []
    for name, _ in term.names():
        for form in (name, *normalize.name_forms(name)) if "(" in name or " or " in name else (name,):
            for variant in _alternatives(form) if "/" in form else (form,):
                words = normalize.words(variant)
                if 2 <= len(words) <= MAX_NAME_WORDS and "or" not in words and all(w.isalpha() for w in words):
                    out.append(words)
    return out


def written_apart(term: Term) -> list[str]:
    """The acronyms an alias like "TEG/TEP" writes at once, when each is the initials of one reading of
    the term's name ("Technical evaluation group/panel"): two names, each as written as an alias. Not
    "TCP/IP", one name whose parts are no reading of "Transmission Control Protocol/Internet Protocol"."""
    slashed = [a.strip().split("/") for a in term.aliases if "/" in a and " " not in a.strip()]
    if not slashed:
        return []
    initials = {"".join(w[0] for w in words if w not in drop) for words in _names(term) for drop in (SMALL, ())}
    return [part for parts in slashed if all(len(p) >= LETTERS[0] and p.isalpha() and is_acronym(p)
                                             and p.lower() in initials for p in parts) for part in parts]


def _alternatives(name: str) -> list[str]:
    """"Technical evaluation group/panel" is the technical evaluation group or panel: each one a name."""
    parts = name.split()
    at = [k for k, p in enumerate(parts) if p.count("/") == 1 and all(
        len(x) >= 3 and x.isalpha() and x.islower() for x in p.split("/"))]
    if len(at) != 1:
        return [name]
    k = at[0]
    return [" ".join([*parts[:k], x, *parts[k + 1:]]) for x in parts[k].split("/")]


def _keys(words: list[str], text: set[str]) -> set[tuple[str, ...]]:
    """Every way to type the name with its first or last words as initials: the whole name ("BOL", "BL") or
    a part beside the other words ("AR aging schedule"). None when two of its words are also written as one
    (`text`: the glossary's words): "product life cycle" is also "product lifecycle", so not surely PLC."""
    keys: set[tuple[str, ...]] = set()
    n = len(words)
    if any(a + b in text for a, b in zip(words, words[1:], strict=False)):
        return keys
    runs = [(0, b) for b in range(1, n)] + [(a, n - 1) for a in range(1, n - 1)]
    for a, b in runs:
        run = words[a:b + 1]
        if run[0] in SMALL or run[-1] in SMALL or a > MAX_AROUND or n - 1 - b > MAX_AROUND:
            continue
        content = "".join(w[0] for w in run if w not in SMALL)
        spelled = {content} if NO_LETTER & set(run) else {content, "".join(w[0] for w in run)}
        for letters in spelled:
            if LETTERS[0] <= len(letters) <= LETTERS[1] and len(content) >= 2:
                keys.add(_key([*words[:a], _ACR + letters, *words[b + 1:]]))
    return keys


def _key(words: list[str]) -> tuple[str, ...]:
    """Words as compared: the last one singular ("AR aging schedules")."""
    last = words[-1]
    return (*words[:-1], last if last.startswith(_ACR) else normalize.singular(last))


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in SMALL]


def written_out(scan: Scan, spans: list[Candidate], asked: Candidate) -> Candidate | None:
    """The span the asked acronym abbreviates when the message writes its name out as another term: "cash
    conversion cycle lengthened ... what's the CCC" asks about that cycle, not an unrelated "CCC" entry.
    None when the acronym's own senses hold that term, or no other span spells its letters."""
    letters = _letters(scan.raws[asked.first]) if asked.first == asked.last else ""
    if not letters:
        return None
    for span in spans:
        words = _content(scan.norms[span.first:span.last + 1])
        if span.last > span.first and not set(span.ids) & set(asked.ids) \
                and "".join(w[0] for w in words) == letters and not denied(scan, span):
            return span  # but "I don't think PR means press release here": the name written out is ruled out
    return None
