"""Senses the asker rules out: "not the critical path thing", "I do not believe she means Amazon".

A name (or a run of its words) right after a negation is a sense the asker does not mean: it is dropped
from the readings, and its words say nothing for the sense that is meant. The whole name, or a run of
two of its words ("not the critical path thing" for "critical path method", "not alt work schedule") is
enough; so is one distinctive word that starts the name ("not Amazon") or follows a negated mean-verb
("I do not believe she means Amazon").
Only after "not", "nor", "rather than", "I only know X as" or a negated mean-verb: "isn't it customer
relationship management?" asks, and "I am not a developer" is about the asker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from glossary import common_words, normalize
from glossary.detect_types import Candidate
from glossary.models import Term
from glossary.senses import content_form
from glossary.spelling import same_word
from glossary.textscan import Scan, scan
from glossary.word_forms import stem

NEGATIONS = frozenset("not nor".split())
CONTRACTED = frozenset("t dont doesnt didnt isnt".split())  # "don't" is read "don t": a mean-verb must follow
#: Phrases a ruled-out name follows: "rather than X", "nothing to do with X".
PAIRS = frozenset({("other", "than"), ("rather", "than"), ("instead", "of"), ("nothing", "to", "do", "with")})
MEANING = frozenset("mean means meant meaning referring talking thinking".split())  # "... she means X"
LEAD = frozenset("the a an about to of that".split())  # "not the X", "not talking about X"
MAX_LEAD = 2
VERB_GAP = 4  # words between a negation and its mean-verb: "not believe she means"
SELF = frozenset("am m".split())  # "I am not a developer", "I'm not an accountant": the asker, not a sense
MAX_SHORT = 4  # a shortened word: "alt", "mgr", "govt"; "developer" is no shortening of "development"
MAX_GAP = 2  # describing words before a whole name: "not the windows security account manager)"
SMALL = normalize.SMALL
#: Nouns a description of a sense ends on: "not the project management one", "not the bond kind".
SENSE_NOUNS = frozenset("one kind sense meaning thing version definition type".split())
MAX_DESCRIPTION = 4  # words describing the sense before its noun
_TELLING_NOUNS = frozenset({"version", "definition"})  # "not the security team version": how to tell it
MIN_DESCRIBING = 3  # "it", "pm": too short to say a topic
ROOT = 6  # letters of a stem compared
DESCRIBING_RANK = 500  # commoner words ("sure", "exactly", "really") say no topic; "security", "bond" do


_CLAUSE_END = re.compile(r"[.,;:!?()\"—–]")  # the end of a negated clause: "(not the bond rating)"
_TRIGGERS = NEGATIONS | CONTRACTED | {p[0] for p in PAIRS} | {"only"}
NEGATORS = NEGATIONS | CONTRACTED | frozenset("no never nothing doubt nicht pas nao nem".split())  # any denying word
#: "I only know AWS as the amazon cloud thing", "I only know critical path method": the sense the asker knows
#: already is not the one asked.
KNOWING = frozenset("know knew heard".split())
ONLY_REACH = 4  # words from "only" to its verb of knowing: "the only AWS I know is ..."
MAX_KNOWN = 4  # words between "only know" and "as": "I only know it as", "only knew the AWS acronym as"


def starts(norms: Sequence[str]) -> list[int]:
    """Where a ruled-out name may start: after "not (the)", "nor", "rather than", and after the mean-verb
    of "I do not believe she means", "don't mean", "not talking about"."""
    return [k for k, _ in _starts(norms)]


def _starts(norms: Sequence[str]) -> list[tuple[int, bool]]:
    """(where, after a mean-verb): "I do not believe she means Amazon" says so more plainly than "not"."""
    if _TRIGGERS.isdisjoint(norms):
        return []  # one set test first: most messages negate nothing
    found: list[tuple[int, bool]] = []
    for i, word in enumerate(norms):
        found += [(i + len(p), False) for p in PAIRS if p[0] == word and tuple(norms[i:i + len(p)]) == p]
        if word in NEGATIONS and not (i and norms[i - 1] in SELF):
            found.append((i + 1, False))
        if word == "only" and (known := _known(norms, i)) is not None:  # "... know it as X", "the only AWS I know is X"
            found.append((known[0], False))
        if word in NEGATIONS or word in CONTRACTED:
            found += [(j + 1, True) for j in range(i + 1, min(len(norms), i + 2 + VERB_GAP)) if norms[j] in MEANING][:1]
    return [(_past_lead(norms, k), verb) for k, verb in found]


def _known(norms: Sequence[str], i: int) -> tuple[int, bool] | None:
    """(where the name starts, bare) for "only" at `i` and a verb of knowing a few words on ("only know", "the only
    CMS I know is ..."): after its "as" ("I only know AWS as ..."), else right after the verb, bare; else None."""
    k = next((k for k in range(i + 1, min(len(norms), i + 1 + ONLY_REACH)) if norms[k] in KNOWING), -1)
    if k < 0:
        return None
    as_at = next((j for j in range(k + 1, min(len(norms), k + 2 + MAX_KNOWN)) if norms[j] == "as"), -1)
    return (as_at + 1, False) if as_at >= 0 else (k + 1 + (norms[k + 1:k + 2] in (["is"], ["was"])), True)


def _background(norms: Sequence[str]) -> set[int]:
    """Where a bare "only know X" starts (no "as"), past its lead words as `starts` reads them: a name there is ruled
    out, but the words may be the asker's own field ("I only know the sales side, what's a lead?"), which points to
    its sense: they deny nothing."""
    return {_past_lead(norms, known[0]) for i, w in enumerate(norms)
            if w == "only" and (known := _known(norms, i)) is not None and known[1]}


def denied_words(text: str, norms: Sequence[str]) -> frozenset[str]:
    """The distinctive words the asker says they do not mean, whether or not they name a sense: each run
    from a negation to the end of its clause ("AAA in networking (not the bond rating)": "bond", "rating").
    They point to no sense. `norms`: the message's folded words."""
    if _TRIGGERS.isdisjoint(norms):
        return frozenset()  # the common case: one set test
    s = scan(text)
    return frozenset(f for k in _denied_run(s) if (f := content_form(s.norms[k])))


def _denied_run(s: Scan) -> list[int]:
    """The index of every token from a negation to the end of its clause, in order."""
    said: list[int] = []
    reached = 0  # a run starting inside the one before ends where it ended ("not not not ..."): read once
    for k in sorted(set(starts(s.norms)) - _background(s.norms)):
        if k < reached:
            continue
        while k < len(s.norms):
            said.append(k)
            if _CLAUSE_END.search(s.text[s.ends[k]:s.starts[k + 1] if k + 1 < len(s.norms) else len(s.text)]):
                break
            k += 1
        reached = k + 1
    return said


def kept_words(text: str) -> set[str]:
    """The singular forms of `text`'s words but those it says it does not mean ("in networking (not the
    company kind)": "networking", never "company")."""
    return {normalize.singular(w) for w in kept_norms(text)}


def kept_norms(text: str) -> list[str]:
    """`text`'s words in order, but those of a run it denies ("beta in finance (not the stats beta)": beta in
    finance): a sense set aside tells no story about the thing."""
    s = scan(text)
    if _TRIGGERS.isdisjoint(s.norms):
        return s.norms
    denied = set(_denied_run(s))
    return [w for k, w in enumerate(s.norms) if k not in denied]


def _past_lead(norms: Sequence[str], k: int) -> int:
    for _ in range(MAX_LEAD):
        if k < len(norms) and norms[k] in LEAD:
            k += 1
    return k


def ruled_out(terms: dict[str, Term], ids: Iterable[str], norms: Sequence[str],
              asked: str, text: str = "") -> tuple[set[str], frozenset[str]]:
    """(the senses among `ids` named after a negation, the distinctive words that named them). With the
    message's `text`, a whole name of two words or more may follow a word or two that describe it, when it
    closes its clause ("not the windows security account manager)"; never "not sure what security account
    manager means")."""
    at = _starts(norms)
    if not at:
        return set(), frozenset()  # the common case: no name read
    key, skip = normalize.key(asked), set(normalize.words(asked))
    names = {tid: [words for n in (terms[tid].term, *terms[tid].aliases) if normalize.key(n) != key
                   and not set(words := normalize.words(n)) <= skip]  # "a Special Item Number (SIN)? not sin as in
             for tid in dict.fromkeys(ids)}  # naughty": the name asked denies another sense, not its own
    out: set[str] = set()
    said: set[str] = set()
    for k, verb in at:
        for tid, own in names.items():
            for name in own:
                run = _run(norms, k, name)
                told = [w for w in norms[k:k + run] if w not in skip]
                # one word may be the name's head ("not Amazon") or follow a mean-verb ("she means Amazon")
                if run and (run == len(name) or _enough(told, names, verb or _same(norms[k], name[0]))):
                    out.add(tid)
                    said.update(told)
                    break
                if text and len(name) > 1 and (gap := _described(norms, k, name, text)):
                    out.add(tid)
                    said.update(w for w in norms[k + gap:k + gap + len(name)] if w not in skip)
                    break
    if not out and names and text:  # "CPM, not the project mgmt one": no name said, the sense described; "a repo?
        # not the code thing" rules out the glossary's only sense
        out, said = _described_out(terms, list(names), text, asked)
    return out, frozenset(f for w in said if (f := content_form(w)))


def _described_out(terms: dict[str, Term], ids: list[str], text: str, asked: str) -> tuple[set[str], set[str]]:
    """The one sense whose names or first sentence hold a word of "not the <words> one" said of the asked name:
    the asker describes the sense not meant by its topic ("CPM, not the project mgmt one" for critical path
    method). The negation opens its clause or follows the name ("he's not the legal one" is about a person),
    and the description ends with its clause ("not merged yet, the code one" describes nothing)."""
    s = scan(text)
    key, named = normalize.key(asked), set(normalize.words(asked))
    for k, norm in enumerate(s.norms[:-1]):
        if norm != "not" or not (s.sentence_start[k] or _after_mark(s, k) or normalize.key(s.raws[k - 1]) == key
                                 or s.norms[k - 1] in SENSE_NOUNS):  # "the ad one not the project one"
            continue
        start = _past_lead(s.norms, k + 1)
        end = next((j for j in range(start, min(len(s.norms), start + MAX_DESCRIPTION + 1))
                    if s.norms[j] in SENSE_NOUNS or j > start and (s.sentence_start[j] or _after_mark(s, j))), start)
        if end >= len(s.norms) or s.norms[end] not in SENSE_NOUNS or len(ids) == 1 and (
                s.norms[k + 1] != "the" or s.norms[end] in _TELLING_NOUNS):
            continue  # the only sense goes only for "not the <topic> one/kind/thing" ("not an urgent thing": no rush)
        words = {_root(w) for w in s.norms[start:end] if len(w) >= MIN_DESCRIBING and w not in named
                 and common_words.rank(w) > DESCRIBING_RANK}  # not "not sure which one", "not a Nicolas Cage thing"
        fitting = [tid for tid in ids if words & _roots(terms[tid])]
        if len(fitting) == 1:
            return set(fitting), set(s.norms[start:end])
    return set(), set()


def _after_mark(s: Scan, k: int) -> bool:
    """Token `k` follows a comma, dash or bracket: a clause of its own ("CPM, not the ...", "(not the ...")."""
    return k > 0 and any(c in ",;:(\u2014\u2013-" for c in s.text[s.ends[k - 1]:s.starts[k]])


def _roots(term: Term) -> frozenset[str]:
    """The roots of a sense's names and its first sentence: what a description of its topic would name (read
    only for the few senses of a name asked in a message that negates a description)."""
    gloss = term.short_definition
    if len(gloss.split()) <= BARE_GLOSS:  # "Repository.": a name spelled out says no topic; the next sentence does
        gloss = term.definition[:GLOSS_REACH]
    return frozenset(_root(w) for text in (term.term, *term.aliases, gloss) for w in normalize.words(text))


BARE_GLOSS = 3  # words of a first sentence that only spells the name out
GLOSS_REACH = 200  # characters of a definition read past such a sentence


def _root(word: str) -> str:
    """A word's stem cut to ROOT letters: "advertising" and "advertisement", "manager" and "management" meet."""
    return stem(word)[:ROOT]


def _described(norms: Sequence[str], k: int, name: list[str], text: str) -> int:
    """How many describing words stand before the whole `name` said from norms[k] on, in one clause that the
    name closes (punctuation or the end after it); 0 if they do not."""
    for gap in range(1, MAX_GAP + 1):
        if norms[k + gap:k + gap + len(name)] == name and _closes(text, norms[k:k + gap + len(name)]):
            return gap
    return 0


def _closes(text: str, said: Sequence[str]) -> bool:
    """The words are said in a row, no punctuation between them, with only punctuation or the end after."""
    return re.search(r"(?<!\w)" + r"[\s-]+".join(map(re.escape, said)) + r"(?:\s*[^\w\s]|\s*$)",
                     text.lower()) is not None


def _run(norms: Sequence[str], k: int, name: list[str]) -> int:
    """How many words from norms[k] on run on in `name`, from wherever the first is in it ("not alt work
    schedule": a word may be shortened)."""
    best = 0
    for p in (p for p, w in enumerate(name) if k < len(norms) and _same(norms[k], w)):
        n = 0
        while k + n < len(norms) and p + n < len(name) and _same(norms[k + n], name[p + n]):
            n += 1
        best = max(best, n)
    return best


def _same(said: str, name: str) -> bool:
    """One word, maybe shortened: "alt work schedule", "security account mgr"; an everyday word only as the name's
    first letters ("info") or its first two and its last ("ops", "reps"), never letters picked from inside it ("not
    the auto club": no "authorization")."""
    return said == name or (3 <= len(said) <= MAX_SHORT < len(name) and said not in SMALL and (
        name.startswith(said) or said[:2] == name[:2] and said[-1] == name[-1] and same_word(said, name)
        if common_words.is_common(said, SHORTENED_RANK) else same_word(said, name)))


SHORTENED_RANK = 30_000  # a word this common is a word of its own, a shortening only as a name's first letters


def _enough(run: Sequence[str], names: dict[str, list[list[str]]], one: bool) -> bool:
    """Two words of a name or more; when `one` may do, one distinctive word that not every sense's name
    has ("she means Amazon" of AWS rules out each "Amazon Web Services", not "Alternative work schedule";
    "not a developer" rules out no "Software Development Lifecycle")."""
    content = [w for w in run if w not in SMALL]
    if len(content) >= 2:
        return True
    return one and len(content) == 1 and bool(content_form(content[0])) and not all(
        any(content[0] in name for name in own) for own in names.values())


def meant(terms: dict[str, Term], norms: Sequence[str], spans: list[Candidate]) -> list[Candidate]:
    """The spans that may be asked: not one inside a name said after a negation as the sense another name in
    the message is not ("AUP engagement, not the acceptable use policy"; "a CRM spreadsheet ... not customer
    relationship management" holds "relationship management"). A name negated with nothing else naming
    it stays: "the report is not GAAP compliant, what's that?" asks about GAAP."""
    at = starts(norms)
    if not at:
        return spans
    kept = []
    for c in spans:
        names = [normalize.words(n) for o in spans if o is not c for tid in o.ids
                 for n in (terms[tid].term, *terms[tid].aliases)]
        if not any(k <= c.first < k + max([_run(norms, k, name) for name in names] + [0]) for k in at):
            kept.append(c)
    return kept
