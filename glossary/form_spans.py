"""A name typed in another form inside a message: "got debarred. meaning?" (Debarment), "we should
scale horizontally" (Horizontal Scaling), "their platform is multi-tenant" (Multitenancy), "blue/green
deploys" (Blue Green Deployment).

Read only when no term found as written was singled out, over the words no such term covers. Every
name gives its forms through glossary/word_forms.py: a rare word another form of a one-word name, two
or three adjacent words the words of a short name in other forms or order, a word typed with a hyphen
or slash inside ("multi-tenant") the name written as one word. The forms become spans beside the terms
found as written and the same cues (glossary/cues.py) decide which one the message asks about; a form
is answered only when it is the one singled out, and offered when all its words are everyday English
("stress testing" may be a bank's, not a "stress test" of software), so every doubt stays an offer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from glossary import classifiers, cues, message_shape, normalize, phrases, scope
from glossary.cue_words import FUNCTION, QUESTION_CUES, SCAFFOLD, SKIP
from glossary.detect_types import Candidate
from glossary.models import LookupResult, Term
from glossary.textscan import Scan
from glossary.word_forms import MAX_PHRASE, WordForms, rare

MIN_LETTERS = 3  # "of", "to", "is" are never a name's word in another form
ALTERNATIVE = ("/", ",", "|")  # "idempotent / idempotence": two spellings of one name
COPULAS = frozenset("is are was were be been being got get gets getting become became becomes".split())


def find(scan: Scan, taken: list[Candidate], forms: WordForms, names: Callable[[str], set[str]]) -> list[Candidate]:
    """Spans of the words no term covers that are another form of a name, longest first. `names`: the
    keys of an id's names (a window that is a name as written is the detector's, not a form)."""
    covered = {i for c in taken for i in range(c.first, c.last + 1)}
    out: list[Candidate] = []
    i, count = 0, len(scan.norms)
    while i < count:
        found = None
        for size in range(MAX_PHRASE, 0, -1):
            last = i + size - 1
            if last >= count or not all(_content(scan, k) and k not in covered for k in range(i, last + 1)) \
                    or any(scan.sentence_start[k] for k in range(i + 1, last + 1)):
                continue
            found = _form(scan, i, last, forms, names)
            if found is not None:
                break
        if found is None:
            i += 1
            continue
        out.append(_beside(scan, found, taken))
        i = found.last + 1
    return out


def _beside(scan: Scan, form: Candidate, taken: list[Candidate]) -> Candidate:
    """A form typed beside its name as an alternative ("idempotent / idempotence", "multi-tenant or
    multitenancy") is one span with it: the asker offers two spellings of one name."""
    for name in taken:
        pair = (form, name) if form.last < name.first else (name, form)
        gap = scan.text[scan.ends[pair[0].last]:scan.starts[pair[1].first]].strip()
        if name.ids == form.ids and pair[1].first - pair[0].last == 1 and gap in ALTERNATIVE:
            return Candidate(pair[0].first, pair[1].last, form.ids, False)
    return form


def asked(scan: Scan, spans: list[Candidate], formed: list[Candidate], terms: dict[str, Term], told: phrases.Told,
          exact: Callable[[list[str]], LookupResult | None]) -> Candidate | None:
    """The form the message asks about, read by the same cues as the terms found as written; else None."""
    spans = [c for c in spans if not any(f.first <= c.first and c.last <= f.last for f in formed)]
    both = scope.in_scope(scan, sorted(spans + formed, key=lambda c: c.first))
    scored = classifiers.widen(scan, cues.score(scan, both), terms, told, exact)
    narrowed, _ = phrases.narrow(scan, scored, told)  # a longer noun phrase the name lacks: not the name
    # ...but a form said of something ("the loan got syndicated", "it is multi-tenant") ends no noun phrase
    scored = [was if was.span in formed and _said_of(scan, was.span) else now
              for was, now in zip(scored, narrowed, strict=True)]
    chosen, decided = cues.choose(scored, message_shape.shape(scan, scored))
    places = {(c.first, c.last) for c in formed}
    form = chosen[0] if decided and (chosen[0].first, chosen[0].last) in places else None
    if form is not None and happened_to(scan, form):
        return replace(form, weak=True)  # "Has Acme been debarred?": whether it happened; the term only offered
    if form is not None and form.weak and any(c.ids == form.ids for c in spans):
        return replace(form, weak=False)  # "'shift left' - what's shifting left": the name is written out too
    return form


#: Words that open a yes/no question ("Has Acme been debarred?") or an embedded one ("whether Acme was ...").
POLAR_OPENERS = frozenset("has have had was were is are did does do will would can could should".split())
EMBEDDED = frozenset({"whether", "if"})
#: Words between a subject and its participle: "has ever been debarred", "was already novated".
_AUXILIARY = COPULAS | frozenset("has have had ever already yet just recently officially also".split())
#: Sentences of only these words say nothing besides the question: "quick q:", "hi!", "thx".
_NOTHING_SAID = frozenset("quick q question hi hey hello thx thanks ty pls please ok okay so".split())
_AFTER_EVENT = frozenset("yet already before recently again ever".split())


def happened_to(scan: Scan, span: Candidate) -> bool:
    """A participle said of a named subject in a yes/no question: "Has Acme been debarred?", "can you tell me
    whether Acme Cloud has ever been debarred?" ask whether it happened to Acme, not what debarment is. Only a
    message of that one sentence: another ("never heard the term") or a word that asks a meaning ("what does it
    mean if a company is debarred?") may ask what the term is."""
    last = span.last
    if _more_said(scan, span.first) or any(norm in QUESTION_CUES for norm in scan.norms):
        return False  # "Has Acme been debarred? what does that mean", "... never heard the term": more is said
    if not scan.norms[last].endswith(("ed", "en")) or any(
            scan.norms[k] not in _AFTER_EVENT for k in range(last + 1, scan.sentence_bounds(last)[1])):
        return False
    k = span.first - 1
    while k >= 0 and scan.norms[k] in _AUXILIARY and not scan.sentence_start[k + 1]:
        k -= 1  # back over "has ever been"
    subject = []
    while k >= 0 and scan.norms[k] not in EMBEDDED and not (scan.sentence_start[k] and scan.norms[k] in POLAR_OPENERS):
        if scan.sentence_start[k]:
            return False  # the sentence opens on no question
        subject.append(scan.norms[k])
        k -= 1
    return k >= 0 and any(w not in FUNCTION for w in subject)


def _more_said(scan: Scan, at: int) -> bool:
    """A sentence besides token `at`'s says something: not only "quick q:", "hi," or "thx"."""
    start, end = scan.sentence_bounds(at)
    return any(scan.norms[k] not in _NOTHING_SAID for k in (*range(start), *range(end, len(scan.norms))))


def _said_of(scan: Scan, span: Candidate) -> bool:
    return span.first > 0 and scan.norms[span.first - 1] in COPULAS


def _content(scan: Scan, k: int) -> bool:
    norm = scan.norms[k]
    return len(norm) >= MIN_LETTERS and norm.isalpha() and norm not in FUNCTION and norm not in SCAFFOLD \
        and norm not in SKIP


def _form(scan: Scan, first: int, last: int, forms: WordForms, names: Callable[[str], set[str]]) -> Candidate | None:
    words = scan.norms[first:last + 1]
    typed = "".join(words)
    joined = all(scan.joined[first:last])  # "multi-tenant", "blue/green": one word typed in parts
    ids = forms.find(typed) if len(words) == 1 or joined else []
    if not ids and len(words) > 1:
        ids = forms.phrase(words)
    ids = [i for i in ids if not {typed, normalize.singular(typed)} & names(i)]
    if not ids:
        return None
    everyday = len(words) > 1 and not joined and not any(rare(w) for w in words)
    return Candidate(first, last, ids, everyday)
