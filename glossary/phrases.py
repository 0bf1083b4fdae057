"""A span that covers only part of the asked noun phrase: "what is annual recurring revenue" finds the
term "revenue", a different concept. Such a span is at most suggested, never answered.

General, not a list of phrases: the words just before the span, back to a question cue, an article or
the start of the sentence, are content words the term's names and definition never put before it.
Those words ask about the term itself when the entry says them too: each is a word of its names or
definition ("bond duration": the duration entry is about bonds; "when is a cost allocable"), or the name
is a code with a digit, which names one document or item whose series or issuer the words say ("OMB
Circular A-11", "form W-2"): no kind of a code is left undefined.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from glossary import asides, normalize
from glossary.compound import foreign
from glossary.cue_words import AFTER, ASKING_WH, BEFORE, CLASSED, FUNCTION, POINTERS, SCAFFOLD, SKIP
from glossary.cues import Scored
from glossary.detect_types import Candidate
from glossary.models import LookupResult, Term
from glossary.phrase_end import FINITE, meaning_asked_after
from glossary.textscan import Scan

MAX_MODIFIERS = 3
CODE_DIGITS = 3  # digits of a code that names a kind ("340B"); fewer are a quarter, a layer, an ordinal ("Q3", "2nd")
#: Modifiers that narrow no concept: "a good KPI", "our current runway" still ask about the term.
PLAIN_MODIFIERS = frozenset("good bad new old current typical usual actual real exact basic simple whole entire proper "
                            "correct official same other another such particular specific certain many few more most "
                            "each every any all own main normal regular high low higher lower huge tiny big small "
                            "large great poor strong weak better worse best worst "
                            "latest upcoming recent".split())  # a time says which one: "the upcoming change order"
#: An ordinal after "my"/"our" says which one, not a kind: "my first performance appraisal" (but "the first
#: amendment", "a second derivative", "third party risk" are names of their own).
WHICH_ONE = frozenset("first second third last next previous".split())
_WHOSE = frozenset("my our your his her their".split())
#: Cues that open a noun phrase even before a word in -ing ("what is recurring revenue"); after other cues
#: an -ing word is a verb ("keeps mentioning ebit", "heard saying").
#: A question word right before a noun phrase opens it ("explain what transfer pricing is").
WH_OPENERS = frozenset({"what", "which"})
OPENERS = POINTERS | {"about", "of", "by", "on", "regarding", "called", "was", "describe", "eli5", "wtf"}


class Told:
    """A term's names and definition as words, on first need: where a longer asked phrase is spelt out."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self._terms = terms
        self._cache: dict[str, str] = {}

    def __call__(self, term_id: str) -> str:
        told = self._cache.get(term_id)
        if told is None:
            t = self._terms[term_id]
            told = self._cache[term_id] = " ".join(normalize.words(f"{t.term} {t.aliases} {t.definition}"))
        return told


def narrow(s: Scan, scored: list[Scored], told: Callable[[str], str]) -> tuple[list[Scored], list[Candidate]]:
    """(the scores with partial spans made ineligible, the partial spans: worth a "did you mean"; so is a
    span that was not eligible anyway, with words before it that its entry says: "theyre 8 a certified")."""
    out, partial_spans = [], []
    for x in scored:
        if (x.eligible or not (x.span.weak or x.span.loose)) and partial(s, x.span, told):  # a rare modifier too
            partial_spans.append(x.span)
            x = replace(x, eligible=False)
        elif not x.eligible and not (x.span.weak or x.span.loose) and partial(s, x.span, told, entry_says=False):
            partial_spans.append(x.span)
        out.append(x)
    return out, partial_spans


def partial(s: Scan, span: Candidate, told: Callable[[str], str] = lambda _: "", entry_says: bool = True) -> bool:
    """The asked noun phrase begins before the span with words the name lacks: "what is annual recurring
    revenue" finds only "revenue", a different concept. Walks back over up to three content words to a
    question cue, an article or the start of the sentence ("we need kubernetes", "keeps mentioning ebit"
    are verbs, not a phrase). A phrase the term's names or definition spell out is that term (`told`:
    their words, " "-joined): "the Internet Assigned Numbers Authority" for "Assigned Numbers Authority";
    so, with `entry_says`, are words each of which the entry says, and words before a code ("OMB Circular A-11")."""
    i, count = span.first - 1, 0
    telling = span.last + 1 < len(s.norms) and s.norms[span.last + 1] in _TOLD  # "need kpi definition"
    while i >= 0 and count < MAX_MODIFIERS and s.text[s.ends[i]:s.starts[i + 1]] in (" ", "-") \
            and _modifier(s.norms[i]) and not (s.norms[i] in WHICH_ONE and i and s.norms[i - 1] in _WHOSE) \
            and not asides.no_name_word(s, i) and not _told_by(s, i) and not foreign(s, i) \
            and not (telling and s.norms[i] in _WANTING) and not _pronoun_one(s, i):
        count += 1
        i -= 1
        if s.sentence_start[i + 1]:
            break
    while count >= 2 and i >= 0 and s.norms[i] in PLAIN_MODIFIERS and s.text[s.ends[i]:s.starts[i + 1]] == " ":
        i -= 1  # "a most favored nation clause": "most" is of the modifiers, not a cue
    if not count or count == 1 and _measured(s, i):
        return False  # "a 3-year payback period" is a payback period of three years
    if not (i < 0 or s.sentence_start[i + 1] or s.text[s.ends[i]:s.starts[i + 1]].strip()):
        cue = s.norms[i]
        if cue not in SKIP and cue not in WH_OPENERS \
                and (cue not in BEFORE or (s.norms[i + 1].endswith("ing") and not _opens(s, i))):
            return False
    phrase = f" {' '.join(s.norms[i + 1:span.last + 1])} "
    if any(phrase in f" {told(term_id)} " for term_id in span.ids):
        return False
    if not entry_says:
        return True
    words = {normalize.singular(w) for w in s.norms[i + 1:span.first]}
    return not _code(s, span) and not any(words <= {normalize.singular(w) for w in told(term_id).split()}
                                          for term_id in span.ids)


def _code(s: Scan, span: Candidate) -> bool:
    """The span is a code with a digit and a letter ("A-11", "W-2"): the name of one item, not of a kind."""
    typed = s.text[s.starts[span.first]:s.ends[span.last]]
    return any(c.isdigit() for c in typed) and any(c.isalpha() for c in typed)


def _opens(s: Scan, i: int) -> bool:
    """Cue `i` opens a noun phrase even before a word in -ing: "what is recurring revenue", "about recurring
    revenue"; but "is"/"are" after a noun make a verb of it ("the vendor is pushing dbaas")."""
    if s.norms[i] not in OPENERS:
        return False
    return s.norms[i] not in _BEING or s.sentence_start[i] or s.norms[i - 1] in ASKING_WH


_BEING = frozenset({"is", "are", "s", "re", "was"})


_UNITS = frozenset("year years month months week weeks day days hour hours minute minutes quarter quarters".split())
_NUMBERS = frozenset("one two three four five six seven eight nine ten twelve".split())


def _pronoun_one(s: Scan, i: int) -> bool:
    """Token `i` is "one" as a person after a verb of asking ("how does one calculate NPV", "can one deduct
    it"): a subject, not the number that begins a name ("a one time charge")."""
    return s.norms[i] == "one" and i > 0 and s.norms[i - 1] in _ASKING_AUX


_ASKING_AUX = frozenset("do does did can could should would will shall must".split())  # not "is one year ..."


def _measured(s: Scan, i: int) -> bool:
    """Token `i` is a number and the next one a unit of time: "3-year", "five year", "24 month"."""
    return i >= 0 and (s.norms[i].isdigit() or s.norms[i] in _NUMBERS) and s.norms[i + 1] in _UNITS


def _modifier(norm: str) -> bool:
    """A word that may begin a longer name; not a verb of classing ("what is considered operating expenses")."""
    if norm.isalnum() and not norm.isdigit() and sum(ch.isdigit() for ch in norm) >= CODE_DIGITS:
        return True  # "340B pricing": a code names one kind of the thing; not "Q3 ARR", "L2 VPN", "24x7 SLA"
    return norm.isalpha() and norm not in SCAFFOLD and norm not in FUNCTION and norm not in PLAIN_MODIFIERS \
        and norm not in CLASSED and norm not in _RELATING


#: Verbs of wanting that open a telegraphic request for a telling: "need kpi definition", "want an SLA primer".
_WANTING = frozenset("need needs needed want wants wanted wanna require requires seeking requesting".split())
_TOLD = AFTER | frozenset("explanation explainer primer refresher".split())
#: Prepositions no name's modifiers hold: "the concept behind OKRs" asks about OKRs.
_RELATING = frozenset("behind beyond inside outside around between among across through without against toward "
                      "towards within underneath beneath".split())  # not "per", "via": "the colo per IT" is IT's


#: Verbs a message opens on with its subject left out ("found CSRF in the pentest", "got TCO in the deck").
_SUBJECT_DROPPED = FINITE | frozenset("found got spotted noticed flagged saw heard".split())


def _told_by(s: Scan, i: int) -> bool:
    """Token `i` is the verb of someone named before it ("the vendor quoted T&M", "finance sent the IGCE"), not a
    word of the name's phrase ("the quoted price" after an article is one)."""
    word, subject = s.norms[i], i - 1  # "vendor" of "the vendor quoted"; "value based pricing" is one phrase
    if word in _SUBJECT_DROPPED and (i == 0 or s.sentence_start[i]) and meaning_asked_after(s, i):
        return True  # "found CSRF in the pentest, what is it?": the asker's verb, the subject left out
    named = subject == 0 or s.sentence_start[subject] or s.norms[subject - 1] in SKIP
    return i > 0 and (word in FINITE or len(word) > 4 and word.endswith("ed") and named) \
        and s.norms[subject].isalpha() and s.norms[subject] not in SKIP and s.norms[subject] not in FUNCTION \
        and s.norms[subject] not in PLAIN_MODIFIERS and not s.sentence_start[i]  # "a most favored nation clause"



def typed_inside(s: Scan, typo: LookupResult, partial_spans: list[Candidate]) -> bool:
    """A slip read as a term the message also types right, but only inside a longer phrase the glossary
    does not name, the slip after the same word ("private equitty firm ..., what is private equity"): the
    slip is that phrase mistyped, and answers the term no more than the phrase typed right does."""
    ids, slip = {m.id for m in typo.matches}, typo.subject.lower()
    before = {s.norms[k - 1] for k in range(1, len(s.norms)) if s.raws[k].lower() == slip}
    return bool(ids) and any(ids <= set(span.ids) and span.first > 0 and s.norms[span.first - 1] in before
                             for span in partial_spans)
