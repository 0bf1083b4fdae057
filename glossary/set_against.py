"""An everyday word asked about as jargon: the asker sets it against its everyday sense.

An everyday word alone ("protest", "ship", "rest", "cots") is not trusted as a term (glossary/cues.py). But a
message that asks what the word means and compares it with the everyday thing, doubting it ("REST api — rest
as in sleep?", "cots software. like a cot, the bed??", "soar like a bird?") or denying it ("not like a student
co-op", "what does 'ship it' mean here, we dont have boats"), shows the asker knows the everyday sense and asks
another one: the jargon sense the glossary has. The contrast must hang on the word (right after it, or naming
the word again) or follow the question about it ("what does that mean, like people with signs??"), and one
word only may be set against; a sense the asker states ("amp = amplifier") or a plain use ("what does it mean
to 'ship' two characters?") has no contrast and stays refused.
"""

from __future__ import annotations

from dataclasses import replace

from glossary import common_words
from glossary.cue_words import AFTER, EVERYDAY_RANK, FUNCTION, QUESTION_CUES, SCAFFOLD, STRONG, WHAT
from glossary.cues import Scored
from glossary.detect_types import Candidate, singular
from glossary.guessed_words import gap_after
from glossary.scope import BACK_REFERENCES
from glossary.textscan import Scan

_CUES = frozenset({"like", "as", "not", "dont", "don"})  # the one set test every message pays
_DOUBT = frozenset({"lol", "lmao", "haha", "right", "lolol"})  # "..., right?", "like a cot lol"
_HAVE = frozenset({"have", "has", "got", "use", "sell", "own"})  # "we dont have boats": the thing is not ours
_MEANING = frozenset("mean means meaning meant stand stands define definition".split())
_BE = frozenset({"is", "s", "are", "re", "does", "do", "exactly"})
_SCENE = frozenset("on in at for of from with to".split())  # "mean on a page": the asker sets the scene
MAX_CLAUSES = 6  # contrast clauses read; more is chatter, and each costs a pass over the words set against
MAX_GAP = 2  # tokens between the word and the mean-word asking it ("ship it' mean", "ship here mean")


def _clauses(s: Scan) -> list[tuple[int, int, bool]]:
    """(first token, end, denied) of each contrast clause: "like X" / "as in X" after a break or a word,
    "not (like) X", "we dont have X". `end` is the end of the clause's sentence."""
    out = []
    norms = s.norms
    for c, word in enumerate(norms):
        if word == "like" and (c == 0 or any(ch in ",;:—–-(?!." for ch in gap_after(s, c - 1))
                               or norms[c - 1] not in FUNCTION or norms[c - 1] == "not"):
            denied = c > 0 and norms[c - 1] == "not"
        elif word == "as" and c + 1 < len(norms) and norms[c + 1] == "in":
            denied = False
        elif word == "not" and c + 1 < len(norms) and norms[c + 1] in ("like", "a", "an", "the"):
            denied = True
        elif (word == "dont" or (word == "don" and c + 1 < len(norms) and norms[c + 1] == "t")) \
                and any(norms[k] in _HAVE for k in range(c + 1, min(c + 3, len(norms)))):
            denied = True
        else:
            continue
        end = s.sentence_bounds(c)[1]
        out.append((c, end, denied))
    return out


def _doubted(s: Scan, first: int, end: int, word_at: int, capitals: set[str]) -> bool:
    """The comparison is the asker's doubt: "??" after it or after the word's sentence ("we got a protest on
    the award?? what does that mean, like people with signs"), "lol"/"right" in it; a single "?" only when
    the word is also written as an acronym and asked again after it ("REST api — rest as in sleep? what does
    rest mean"): "the median of a highway, like the grass strip? what is it" is a plain guess."""
    said = s.sentence_bounds(word_at)[1] - 1  # the last token of the word's sentence
    if "??" in s.text[s.ends[end - 1]:s.ends[end - 1] + 4] or "??" in s.text[s.ends[said]:s.ends[said] + 4] \
            or any(s.norms[k] in _DOUBT for k in range(first, end)):
        return True
    word = s.norms[word_at]
    return word in capitals and s.marked(end - 1) and QUESTION_CUES.intersection(s.norms[end:]) != set()


def _plain(s: Scan, span: Candidate) -> bool:
    """An everyday word found as a term (weak, an acronym typed as a word, or an acronym that is an everyday
    word: "REST", "SOAR"), one word ("co-op"), not a question's own scaffolding ("mean", "it", "that")."""
    word = s.norms[span.first]
    return all(s.joined[k] for k in range(span.first, span.last)) and word.isalpha() and not span.variant \
        and (span.weak or span.loose or common_words.is_common(word, EVERYDAY_RANK)) \
        and word not in SCAFFOLD and word not in FUNCTION and word not in QUESTION_CUES \
        and not common_words.is_chat(s.raws[span.first])


def _same_word(s: Scan, i: int, j: int) -> bool:
    a, b = s.norms[i], s.norms[j]
    return a == b or singular(s.raws[i], a) == singular(s.raws[j], b)


def _set_against(s: Scan, span: Candidate, every: list[Candidate], clauses: list[tuple[int, int, bool]],
                 capitals: set[str]) -> bool:
    """Some place the span's word is said hangs a clause on it that doubts or denies the everyday sense, the
    clause naming neither the term itself nor another term. What depends on the clause alone is read once
    per clause, not once per place the word is said."""
    width = span.last - span.first
    places = _said_at(s, span)
    for first, end, denied in clauses:
        hangs = [at for at in places if not first <= at < end  # the word inside its own contrast is the everyday one
                 and _hangs_on(s, at, width if at == span.first else 0, first, end)
                 and (denied or _doubted(s, first, end, at, capitals))]
        if hangs and not any(set(o.ids) & set(span.ids) and not _plain(s, o) and first <= o.first < end
                             for o in every) and not _names_other(s, span, every, first, end):
            return True
    return False


def _distinct(s: Scan, words: list[Candidate]) -> list[Candidate]:
    """One span per word said several times ("rest ... rest"): each reads the same places (`_said_at`), so the
    first stands for all and the cost stays linear in the places the word is said."""
    seen: set[tuple[tuple[str, ...], object]] = set()
    out = []
    for span in words:
        key = (tuple(span.ids), s.norms[span.first] if span.first == span.last else span.first)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out


def _said_at(s: Scan, span: Candidate) -> list[int]:
    """Where the span's word is said: its own place and every other place the same word is written ("REST
    api — rest as in sleep?": a span the guess took away is still the word set against)."""
    word = s.norms[span.first]
    return [span.first] + [k for k, norm in enumerate(s.norms) if norm == word and k != span.first] \
        if span.first == span.last else [span.first]


def _hangs_on(s: Scan, at: int, width: int, first: int, end: int) -> bool:
    """The contrast is about the word at `at` (`width` tokens more): right after it, naming it again, or after
    the question ("what does that mean, like ...", "what does 'ship it' mean here, we dont have ...")."""
    if first == at + width + 1:
        return at == 0 or s.norms[at - 1] in FUNCTION or _break_before(s, at)  # not "a highway median, like"
    if any(k != at and _same_word(s, k, at) for k in range(first, end)):
        return True
    return first > at and any(s.norms[k] in AFTER and _asked_by(s, at, k) and _SCENE.isdisjoint(s.norms[k:first])
                              for k in range(max(at, first - 4), first))  # not "what does margin mean on a page, like"


def _break_before(s: Scan, at: int) -> bool:
    """Punctuation before the word: it opens a phrase ("REST api — rest as in"), no modifier before it."""
    return any(ch in ",;:—–-(?!.\"'`" for ch in gap_after(s, at - 1))


def _asked_by(s: Scan, at: int, m: int) -> bool:
    """The mean-word at `m` asks about the word at `at`: just after it ("ship it' mean", "ship here mean"),
    or after a pronoun pointing back to the sentence before ("on the award?? what does that mean")."""
    if at < m <= at + MAX_GAP + 1:
        return True
    start = s.sentence_bounds(m)[0]
    return any(s.norms[k] in BACK_REFERENCES for k in range(max(start, m - 2), m)) \
        and start > 0 and s.sentence_bounds(start - 1)[0] <= at < start


def _names_other(s: Scan, span: Candidate, every: list[Candidate], first: int, end: int) -> bool:
    """The contrast names again a word of another term ("coupon rate on a bond, like a coupon coupon?"): the
    word set against is that one, or a term's own sense is denied ("not server message block")."""
    return any(o.ids != span.ids and any(_same_word(s, k, j) or first <= o.first < end
                                         for j in range(o.first, o.last + 1) for k in range(first, end)
                                         if not o.first <= k <= o.last) for o in every)


def _asks_meaning(s: Scan) -> bool:
    """The message asks what something is or means ("what does X mean", "what is it", "meaning?"), not when
    or where ("is there a protest downtown, like with signs?" asks no meaning)."""
    norms = s.norms
    return bool(_MEANING.intersection(norms)) or any(
        word in WHAT and k + 1 < len(norms) and norms[k + 1] in _BE for k, word in enumerate(norms))


def jargon(s: Scan, every: list[Candidate], scored: list[Scored]) -> list[Scored]:
    """`scored` with the one everyday word the asker sets against its everyday sense made a clear subject;
    unchanged when no word is (the common case: one set test)."""
    if _CUES.isdisjoint(s.norms) or not _asks_meaning(s):
        return scored
    clauses = _clauses(s)
    words = [span for span in every if _plain(s, span)]
    if not clauses or not words:
        return scored
    if len(clauses) > MAX_CLAUSES:
        return scored  # a message of many "like"s is talk, not one word set against its sense
    capitals = {norm for raw, norm in zip(s.raws, s.norms, strict=True) if len(raw) > 1 and raw.isupper()}
    hit = [span for span in _distinct(s, words) if _set_against(s, span, every, clauses, capitals)]
    if len({tuple(span.ids) for span in hit}) != 1:
        return scored  # none, or two words set against: which one is asked is not clear
    ids = hit[0].ids
    if any(x.eligible and x.asked >= STRONG and x.span.ids != ids for x in scored):
        return scored  # another term is asked outright
    out = [replace(x, eligible=True, asked=max(x.asked, STRONG), everyday=False) if x.span.ids == ids else x
           for x in scored]
    covered = {k for x in out for k in range(x.span.first, x.span.last + 1)}
    inside = {k for first, end, _ in clauses for k in range(first, end)}
    for at in _said_at(s, hit[0]):  # the word where the question says it, and a span the guess took away
        if at not in covered and at not in inside:
            out.append(Scored(replace(hit[0], first=at, last=at + hit[0].last - hit[0].first), STRONG, True))
    return out
