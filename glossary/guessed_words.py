"""Where the asker states, in words of their own, what an acronym means: "MPLS is Minneapolis right?".

Three shapes, each bounded to a few tokens: the acronym, a link ("is", "means", "=", "stands for") and a
phrase a question mark ends ("AD means athletic director right?", "NCI = national cancer institute?"); the
acronym and a phrase in brackets right after it ("CTS (carpal tunnel)"); and a short sentence after it with
no asking word, only a phrase and a question mark ("what is BPA, some chemical?", "what's AP? college
credit?"). guessed_sense.py reads whether the phrase is the answered sense's: the words of its names and
definition. Nothing is scanned for a message with no "?" and no "(".
"""

from __future__ import annotations

from glossary import normalize
from glossary.casing import is_acronym
from glossary.cue_words import ASKING_WH, FUNCTION, QUESTION_CUES
from glossary.spelled_apart import TAGS
from glossary.spelling import PLAIN
from glossary.textscan import Scan
from glossary.typo_rules import is_word

LINKS = frozenset("is means mean stands stand for short here".split())
ARTICLES = frozenset("a an the".split())  # a phrase may open on one; on another function word it is no meaning
FILLERS = frozenset("for here".split())  # link words only after another: "stands for", "PM here is"
#: A phrase with one of these is a clause or an aside ("(and do I get rich)", "(not the pig lol)"), no meaning;
#: "like" compares a sound ("soc like the sock").
CLAUSE = frozenset("i we you they he she it that this not no like".split())
#: A sentence with one of these asks something itself; a guess is only a phrase.
ASKING = ASKING_WH | QUESTION_CUES | frozenset("does do did is are can could should would will".split())
MAX_WORDS = 5  # a guessed meaning is a short phrase


def guesses(s: Scan, written: list[int], keys: set[str]) -> list[tuple[int, int]]:
    """The [first, last] token runs that state what the acronym means, in the asker's words: `written`, the
    tokens that write it as one ("MPLS", "IoT"; an everyday word, "firewall", is no guess's); `keys`, its keys."""
    found = []
    for i in written:
        found.extend(run for run in (_linked(s, i, keys), _bracketed(s, i, keys), _fragment(s, i, keys)) if run)
    return found


def gap_after(s: Scan, i: int) -> str:
    """The text between token `i` and the next one (or the end): the marks that join or part them."""
    return s.text[s.ends[i]:s.starts[i + 1] if i + 1 < len(s.norms) else len(s.text)]


def _content(s: Scan, first: int, last: int) -> bool:
    return any(w not in PLAIN and w.isalpha() for w in s.norms[first:last + 1])


def _until(s: Scan, first: int, mark: str) -> int | None:
    """The last token of the phrase from `first` that `mark` ends, within MAX_WORDS in one sentence."""
    for j in range(first, min(len(s.norms), first + MAX_WORDS)):
        if j > first and s.sentence_start[j]:
            return None
        if mark in gap_after(s, j):
            return j
    return None


def _trimmed(s: Scan, first: int, last: int | None, keys: set[str]) -> tuple[int, int] | None:
    """The run without its tag words ("..., right?"), if a word of content is left and it is a phrase: no
    asking word, no pronoun, no "not", no acronym."""
    while last is not None and last >= first and s.norms[last] in TAGS:
        last -= 1
    if last is None or last < first or not _content(s, first, last):
        return None
    words = s.norms[first:last + 1]
    if all(w.endswith("ly") or w in PLAIN for w in words):
        return None  # "What is an RFP, strictly?", "ChatGPT, briefly?": how to answer, no meaning
    if words[0] in FUNCTION and words[0] not in ARTICLES:
        return None  # "what's a firewall, in simple words?": how to answer, not what it means
    if any(w in ASKING or w in CLAUSE or normalize.key(w) in keys for w in words) \
            or any(is_acronym(raw) for raw in s.raws[first:last + 1]):
        return None  # "IRR is basically the ROI percentage": another acronym compares, it spells nothing out
    return first, last


def _linked(s: Scan, i: int, keys: set[str]) -> tuple[int, int] | None:
    """ "MPLS is Minneapolis right?", "NCI = national cancer institute?" """
    k = i + 1
    linked = "=" in gap_after(s, i)
    while k < len(s.norms) and s.norms[k] in LINKS and k - i <= 2:
        k, linked = k + 1, linked or s.norms[k] not in FILLERS  # "POC for the badge reader": no link
    if not linked or k >= len(s.norms) or s.sentence_start[k] or s.norms[k] in ASKING:
        return None
    run = _trimmed(s, k, _until(s, k, "?"), keys)
    if run and run[0] == run[1] and not s.raws[k][:1].isupper():
        return None  # "LIBOR is dead right?": one word in lower case describes it; "is Minneapolis" names it
    return run


def _bracketed(s: Scan, i: int, keys: set[str]) -> tuple[int, int] | None:
    """ "CTS (carpal tunnel)" """
    if i + 1 >= len(s.norms) or "(" not in gap_after(s, i):
        return None
    return _trimmed(s, i + 1, _until(s, i + 1, ")"), keys)


def _fragment(s: Scan, i: int, keys: set[str]) -> tuple[int, int] | None:
    """ "what is BPA, some chemical?", "what's AP exactly? college credit?": a phrase-only sentence or clause
    after the one asking, ended by a question mark."""
    j = i + 1
    while j < len(s.norms) and not {"?", ","} & set(gap_after(s, j - 1)) and j - i <= MAX_WORDS:
        j += 1  # past the end of the acronym's own question, or to its comma
    if j >= len(s.norms) or "?" not in gap_after(s, j - 1) and "," not in gap_after(s, j - 1):
        return None
    run = _trimmed(s, j, _until(s, j, "?"), keys)
    if run and run[0] == run[1] and not s.raws[run[0]][:1].isupper() and not is_word(s.norms[run[0]]):
        return None  # "What is OSINT, alltså?", "EV multiples, yaani?": a filler of the asker's language
    return run
