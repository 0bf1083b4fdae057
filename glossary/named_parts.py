"""Whether part of a message names something a pronoun or a question could be about (glossary/scope.py)."""

from __future__ import annotations

from glossary import common_words, contrast
from glossary.casing import title_word
from glossary.cue_words import COURTESY, FUNCTION, MANNER_WORDS, MODALS, QUESTION_CUES, SCAFFOLD
from glossary.detect_types import Candidate
from glossary.phrase_end import FINITE
from glossary.textscan import Scan

PLAIN_RANK = 3_000  # "what's the idea behind it?": plain words before a pronoun name nothing it could mean
OWN_CONTENT_RANK = 300  # "what means burn rate?" names something; "could the bot help me out?" nothing
#: Requests for a definition: their plain words only say how or why ("a clear definition to send him"). After a
#: report ("we missed the SLA. I'd appreciate an explanation") this reads the term, as "can you explain?" does.
_REQUESTED = frozenset("definition explanation description summary overview".split())
#: Words saying how to answer, not what about, in a sentence asking a meaning (`_MEANING`): "the meaning, with an
#: example if possible", "in simple words"; not "We signed the NDA. What are the details?" (of the deal).
_ANSWER_SHAPE = frozenset("possible example examples words sentence sentences detail details".split())
_MEANING = frozenset("meaning mean means definition define".split())  # not "explain the details"
_MAX_DESCRIBING = 3  # words before a requested definition read as saying what kind it is
_DESCRIBING_RANK = 30_000  # a word saying what kind of definition is an everyday one ("concise", "intuitive")


def names_term(tokens: list[int], spans: list[Candidate]) -> bool:
    """A term found as written (not an everyday word, not a loose reading) starts among the tokens."""
    inside = set(tokens)
    return any(span.first in inside for span in spans if not (span.loose or span.weak))


def names_something(scan: Scan, tokens: list[int], spans: list[Candidate], rank: int = OWN_CONTENT_RANK) -> bool:
    """A term, or a word rarer than `rank`; in a request for a definition plain words only say how or why:
    "could you give me a clear definition to send him?" names nothing."""
    if names_term(tokens, spans):  # not "want", "to"
        return True
    requested = bool(_REQUESTED.intersection(scan.norms[i] for i in tokens))
    rank = max(rank, PLAIN_RANK) if requested else rank
    how = _describing(scan, tokens) if requested else set()
    shape = _ANSWER_SHAPE if _MEANING.intersection(scan.norms[i] for i in tokens) else frozenset()
    return any(norm not in SCAFFOLD and norm not in FUNCTION and norm not in QUESTION_CUES and norm not in COURTESY
               and _wordlike(norm) and not contrast.is_cue(norm) and not person(scan, i) and i not in how
               and norm not in shape
               and not common_words.is_common(norm, rank) and not (requested and _graded(norm, rank))
               for i, norm in ((i, scan.norms[i]) for i in tokens))


def _describing(scan: Scan, tokens: list[int]) -> set[int]:
    """The everyday words, not in capitals, right before a requested definition, after its article: they say what kind
    of definition ("a concise definition", "a succinct, plain explanation"), not what it is of ("a QSBS definition")."""
    inside, how = set(tokens), set()
    for i in tokens:
        if scan.norms[i] in _REQUESTED:
            k = i - 1
            while k in inside and i - k <= _MAX_DESCRIBING and scan.norms[k] not in FUNCTION \
                    and not scan.raws[k].isupper() and (scan.norms[k] in MANNER_WORDS
                                                    or common_words.is_common(scan.norms[k], _DESCRIBING_RANK)):
                how.add(k)  # not "a QSBS definition", "a SOFR explanation": a name, maybe one the glossary lacks
                k -= 1
    return how


def _graded(norm: str, rank: int) -> bool:
    """A plain word's comparative or superlative ("simplest", "easier", "shortest"): says how, like the word."""
    for ending, base in (("iest", "y"), ("ier", "y"), ("est", ""), ("est", "e"), ("er", ""), ("er", "e")):
        if norm.endswith(ending) and len(norm) - len(ending) >= 3:
            stem = norm[:-len(ending)]
            if common_words.is_common(stem + base, rank) or stem[-1:] == stem[-2:-1] and \
                    common_words.is_common(stem[:-1], rank):  # "biggest"
                return True
    return False


def _wordlike(norm: str) -> bool:
    """A word, or a code of letters and digits that names a thing ("w3c", "k8s", "2fa"; not "q3", "2024")."""
    return norm.isalnum() and sum(c.isalpha() for c in norm) >= 2 or norm.isalpha()


def person(scan: Scan, i: int) -> bool:
    """Token `i` names someone who does something: a capitalised word before a verb of its own ("Helen would
    like to know what that means", "Priya asked me what it is"): who speaks, not what is asked."""
    raw = scan.raws[i]
    return len(raw) > 2 and title_word(raw) and i + 1 < len(scan.norms) and scan.soft[i] \
        and (scan.norms[i + 1] in FINITE or scan.norms[i + 1] in MODALS)
