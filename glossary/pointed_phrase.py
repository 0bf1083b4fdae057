"""The phrase a question points at, when no term covers it: a name typed with a slip is still the subject.

"what's the allowance for doubtfull accounts line on the balance sheet" points "what's" at a phrase whose
rare word no term covers (a typo of a longer name); "balance sheet" after it is only where the line is.
"... shorten our cash converison cycle. what is it" points "it" back at the phrase that ends the sentence
before. In both, a term found elsewhere in the message is not what is asked, so it is never answered
outright: the typo step reads the phrase (glossary/typo_windows.py), else the bot asks "did you mean".
"""

from __future__ import annotations

from glossary import common_words, normalize, typo_names, typo_windows
from glossary.cue_words import _QUOTES, EVERYDAY_RANK, FUNCTION, POINTING_VERBS, PRONOUN_QUESTION, SCAFFOLD, WHAT
from glossary.detect_types import Candidate
from glossary.matching import MAX_CHOICES, Matcher
from glossary.models import LookupResult
from glossary.textscan import Scan
from glossary.typo_windows import LINKS

MAX_PHRASE = 5  # words of a pointed phrase read: a longer run is a sentence, not a name


def rare(s: Scan, i: int) -> bool:
    """A word of substance nobody uses in passing: what a mistyped or unknown name is made of."""
    norm = s.norms[i]
    return len(norm) >= 4 and norm.isalpha() and norm not in SCAFFOLD \
        and not common_words.is_common(norm, EVERYDAY_RANK)


def rare_ahead(s: Scan, j: int, covered: set[int]) -> bool:
    """From token `j` on (the word a question word points at), the phrase it opens, through link words,
    holds a rare word no term covers: "the allowance for *doubtfull* accounts"."""
    k = j
    while k < len(s.norms) and k < j + MAX_PHRASE and (k == j or not s.sentence_start[k]):
        norm = s.norms[k]
        if k > j and "," in s.text[s.ends[k - 1]:s.starts[k]] or norm in FUNCTION and norm not in LINKS:
            return False
        if rare(s, k) and k not in covered:  # a term inside the phrase is part of it ("reserve for inventory
            return True  # obsolesence"): the rare word no term covers is what is mistyped
        k += 1
    return False


def pointed_back(s: Scan) -> list[int]:
    """The tokens that a sentence opening on "what is it" / "what does that mean" points back at: the
    run of words of substance that ends the sentence before, or [] ."""
    for k in range(1, len(s.norms) - 1):
        if not s.sentence_start[k] or s.norms[k] not in WHAT:
            continue
        m = k + 1
        if s.norms[m] in POINTING_VERBS and m + 1 < len(s.norms) and s.norms[m + 1] in PRONOUN_QUESTION:
            m += 1
        if s.norms[m] not in PRONOUN_QUESTION or s.norms[m - 1] not in POINTING_VERBS:
            continue
        run: list[int] = []
        i = k - 1
        while i > 0 and k - i <= 2 and s.norms[i] in FUNCTION and s.norms[i] not in SCAFFOLD \
                and not s.sentence_start[i]:
            i -= 1  # "... has Kubernets everywhere. What is it?": an adverb ends the sentence, not the name
        while i >= 0 and len(run) < MAX_PHRASE and (s.norms[i] not in FUNCTION or s.norms[i] in LINKS) \
                and s.norms[i] not in SCAFFOLD:
            run.insert(0, i)
            if s.sentence_start[i]:
                break
            i -= 1
        while run and s.norms[run[0]] in LINKS:
            run.pop(0)
        return run
    return []


def read_back(matcher: Matcher, s: Scan, surface: str) -> LookupResult | None:
    """"cfo keeps saying ... our cash converison cycle. what is it": "it" points back at a phrase no term
    covers, not at the term chosen (`surface`, as typed; "" for none) elsewhere in the story. When that
    phrase is a longer name mistyped (a typo window answers it), that name; when its words are a slip of a
    name the matcher is unsure of, "did you mean" with the chosen term; else None, and the chosen term
    stands ("DLP is on the roadmap slide. what does it stand for?": "it" may point at the subject)."""
    run = pointed_back(s)
    chosen = normalize.key(surface)
    if not run or chosen and chosen in normalize.key(s.text[s.starts[run[0]]:s.ends[run[-1]]]):
        return None  # "... the SLA. what is it": the term ends the sentence "it" points at
    left = [i for i in run if rare(s, i)]
    if not left:
        return None
    window, near = typo_windows.best(matcher, s, left, set(run))
    first = s.sentence_bounds(run[0])[0]  # the name may run through "the": "... the man in the midle attack"
    named = typo_names.read(matcher, s, set(), set(range(first, run[-1] + 1)), s.text[s.starts[run[0]]:s.ends[run[-1]]])
    if window is not None or named is not None and named.status in ("answer", "ambiguous"):
        return window or named  # "... the man in the midle attack. what is it": a longer name, word by word
    one = matcher.fuzzy(s.raws[left[0]]) if len(left) == 1 and not chosen \
        and matcher.exact([s.raws[left[0]]]) is None else None  # a name typed right had its cues read already
    if one is not None and one.status == "answer":
        return one  # "the slide has Kubernets everywhere. What is it?": the one rare word, a name mistyped
    words = [s.norms[i] for i in run]
    typed = [words[a:b] for a in range(len(words)) for b in range(a + 2, len(words) + 1)]
    near = [m for m in near if any(typo_windows.covers(w, matcher.terms[m.id]) for w in typed)]
    if not near:
        return None  # nothing it could be a slip of: the term chosen stands
    subject = s.text[s.starts[run[0]]:s.ends[run[-1]]]  # "the genral ledgr. what's that": a slip, not sure
    chosen_found = matcher.exact([surface]) if chosen else None
    matches = near + (chosen_found.matches if chosen_found else [])
    return LookupResult(subject, subject, "suggest", list({m.id: m for m in matches}.values())[:MAX_CHOICES])


def has_quotes(text: str) -> bool:
    return any(q in text for q in _QUOTES)


def quoted_instead(s: Scan, every: list[Candidate], ids: list[str], everyday: bool) -> list[Candidate]:
    """Terms the message sets in quotes, when the subject chosen (`ids`) is an everyday word: "they'll
    'capitalize' the dev costs ... accounting meaning?" asks the accounting sense of the quoted word."""
    if not everyday:
        return []
    return [c for c in every if not set(c.ids) & set(ids) and not c.weak and c.first > 0
            and s.text[s.starts[c.first] - 1:s.starts[c.first]] in _QUOTES
            and s.text[s.ends[c.last]:s.ends[c.last] + 1] in _QUOTES]
