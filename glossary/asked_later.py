"""A message asking two things, the first about a word nobody defined: "what is a blorf? what does SLA mean", "what
is flurbo? what is KPI?".

The question read is the sentence that asks most clearly, the first of equals (glossary/scope.py). When that
sentence names no glossary term at all and nothing is answered, another sentence of the message that only asks
what a name means is the question left to answer, read alone as if it were the whole message. Only that: its words
are the name and the words that ask ("what", "is", "does", "mean", "explain"), no more. A sentence that says more is
a remark or asks about the first thing ("what is Zscaler? what VPN does it replace?", "what's the SLA for blorfs?",
"what a mess the SLA is", "what's in the SLA?"), owns the name ("what's our SLA"), points back ("what is it, a
KPI?") or knows it ("I know what SLA means", "don't explain KPI"), and is left alone. A later sentence that only
names a term sounding like the word asked, first vowel too, is that word said again ("What's a sue? S O O,
statement of objectives."), when the word was typed in lower case: "what is an SLI? SLA?" asks about SLI.
"""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz.distance import Levenshtein

from glossary import normalize
from glossary.cue_words import FUNCTION, QUESTION_CUES, SCAFFOLD, WHAT
from glossary.detect_types import Candidate
from glossary.models import LookupResult
from glossary.scope import sentences
from glossary.sound_alike import sound_key
from glossary.textscan import Scan, scan
from glossary.typo_rules import is_word
from glossary.word_sounds import stressed

Reader = Callable[[str], LookupResult]  # a sentence read alone, as a whole message
Spans = Callable[[str], tuple[Scan, list[Candidate]]]  # the glossary spans of a text
_LEFT = ("unknown", "suggest")  # nothing answered
_ASKING = frozenset({"mean", "means", "stand", "stands", "define", "explain"}) | WHAT  # a word that asks a meaning
#: Words that make the sentence more than a question about the name: knowing it, owning it, pointing back.
_PLACING = frozenset("in on for with under from of at inside".split())
_DENIED = frozenset("not no nope isnt".split())  # "RISC? not risk.": a name ruled out, not said again
_HEDGES = frozenset("i think guess maybe probably perhaps right or so".split())  # after a name said again
_MORE = frozenset("know knew not dont never understand our your my their its his her we us they them this that "
                  "these those".split())


def answered(result: LookupResult, cleaned: str, scoped: str, read_alone: Reader, spans: Spans) -> LookupResult:
    """`result` when it answers, else the answer of a later sentence asking only what its own name means."""
    if result.status not in _LEFT or scoped == cleaned or any(not c.loose for c in spans(scoped)[1]):
        return result  # answered, one question only, or the question read names a term of its own
    s = scan(cleaned)
    for part in sentences(s):
        text = cleaned[s.starts[part[0]]:s.ends[part[-1]]]
        if scoped in text or text in scoped:
            continue
        if not _ASKING.intersection(s.norms[i] for i in part):
            after = s.starts[part[0]] > cleaned.find(scoped) >= 0  # said again after the question, not before
            said = _restated(s, part, result.subject, read_alone, cleaned) if after else None
            if said is not None:
                return said
            continue
        alone = read_alone(text)
        if alone.status in ("answer", "ambiguous") and _only_asks(s, part, alone.subject):
            return alone
    return result


def _restated(s: Scan, part: list[int], subject: str, read_alone: Reader, cleaned: str) -> LookupResult | None:
    """A sentence that only names a term that sounds like the word asked: the asker saying again what they
    asked, as a voice types it ("What's a sue? S O O, statement of objectives.", "What is get ops? G I T ops I
    think."). The name must sound like the word asked, so a field named after the question is no answer to it
    ("what is kanban? agile.")."""
    while part and s.norms[part[-1]] in _HEDGES:
        part = part[:-1]  # "... I think", "..., right"
    if not part or not subject or any(c.isupper() for c in subject) or {s.norms[i] for i in part} & _DENIED:
        return None  # "what is an SLI? SLA?": an acronym typed is asked as typed; "RISC? not risk."
    alone = read_alone(cleaned[s.starts[part[0]]:s.ends[part[-1]]])
    if alone.status != "answer":
        return None
    named = {w for m in alone.matches for w in normalize.words(m.term)} | set(normalize.words(alone.subject))
    if any(s.norms[i] not in named and s.norms[i] not in FUNCTION and len(s.norms[i]) > 1 for i in part):
        return None  # more than the name: a remark, not the name said again
    letters = "".join(w for w in (s.norms[i] for i in part) if len(w) == 1)  # "S O O": spelled
    said = [alone.matches[0].term, alone.subject, letters, letters + s.norms[part[-1]]]
    if normalize.key(subject) in {normalize.key(key) for key in said}:
        return None  # the name itself, asked and named again ("time value of money: better vs bonds?")
    asked = " ".join(normalize.without_article(subject))  # "a sue"
    if " " not in asked and not is_word(asked):
        return None  # "what's cuid? CUI?": a word no dictionary knows is an acronym of its own, not one misheard
    asked, vowel = sound_key(asked), stressed(asked)
    said.append(s.norms[part[0]])  # "S O O" read as one word
    return alone if any(Levenshtein.distance(asked, sound_key(key)) <= 1 and vowel & stressed(key.lower())
                        for key in said if key) else None  # the first vowel as heard too: "sli" is no "sla"


def _only_asks(s: Scan, part: list[int], subject: str) -> bool:
    """The sentence's words are the name answered and words that ask, nothing more ("what does SLA mean", "and
    what's an SLO"): no word of its own beside them, no owner, no pronoun, no knowing."""
    norms = {s.norms[i] for i in part}
    rest = norms - SCAFFOLD - FUNCTION - QUESTION_CUES - set(normalize.words(subject))
    placing = norms & _PLACING - ({"for"} if norms & {"stand", "stands"} else set())  # "stand for" asks a meaning
    return not rest and not norms & _MORE and not placing and not _it_first(s, part, subject)  # "what's in the SLA?"


def _it_first(s: Scan, part: list[int], subject: str) -> bool:
    """ "it" before the name answered points at the first thing asked ("what is it, a KPI?"); after it, at the name
    ("SLA, what does it mean", as another language's question reads in English)."""
    words = normalize.words(subject)
    for at, i in enumerate(part):
        if [s.norms[j] for j in part[at:at + len(words)]] == words:
            return False
        if s.norms[i] == "it":
            return True
    return False
