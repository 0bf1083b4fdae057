"""A question asked in the words of a language the bot has no table for, put in English for the English reader:
"co je ERP system? we are migrating" reads "what is ERP system? we are migrating", "VDI kusho ukuthini, vendor is
pushing it hard" reads "VDI, what is it, vendor is pushing it hard".

glossary/unknown_tail.py reads such a question only when nothing but the name, the words that ask, the language's
particles and small English words stand in the clause: safe, but a single English word more ("system", "number",
"role") or a second clause in English leaves the question to a "did you mean". The English reader already weighs
English words (a head noun, a field, a remark after the question), so the words that ask are put in English and
the rest left as typed. Only when every other word of the sentence that asks is English, a name, or written as no
word of another language is (capitals, digits): a word of the language itself ("mikä on VPN tila?": its state) may
ask something else, and then the strict reading alone decides. Linear in the message: one scan, one pass over
its tokens, a few tokens around each.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from glossary import common_words, foreign_asks, foreign_words, opening_join, world_asks
from glossary.closing_particles import POLITE, POLITE_BEFORE, cue_before, dangling, kept_as_names, name_only
from glossary.cue_words import QUESTION_CUES
from glossary.tail_words import foreign, own_word, runs_on
from glossary.textscan import Scan, run_bounds, scan

BEFORE = "what is"  # the words that ask, before the name: "co je SLA?" -> "what is SLA?"
AFTER = "what is it"  # ... after it, closing the clause: "SLA mhanje kay?" -> "SLA, what is it?"


def english(text: str, name_word: Callable[[str], bool] = lambda word: False) -> str | None:
    """`text` with the words asking what a name means, in a language no table holds, in English, and with such a
    language's "and" opening it ("og DUNS?") or its particle before an English question word ("alltså what is
    it") too; None when it has none of these, when it asks who, where or when in one, or when another word of such
    a language stands in a sentence they are in. `name_word`: is a word (folded) one of a glossary name's? It is no
    word of another language."""
    s = scan(text)
    opening = opening_join.opening(s)
    fillers = _fillers(s, name_word)
    if opening is None and not fillers and not world_asks.may_ask(s.norms):
        return None  # no first word of a phrase that asks, no opening "and", no filler: nothing to put in English
    everything = [k for k in range(len(s.norms)) if not _glued(s, k)]  # "mwo-ji", "SLA-y": one word, not a cue
    cues = world_asks.cue_tokens(s, everything)
    if not cues and opening is None and not fillers:
        return None  # "to", "so", "mean" open no phrase here: the glossary's words are not looked up
    named = {k for k, norm in enumerate(s.norms) if name_word(norm)
             and not (k + 1 in cues and norm in _THIS and s.raws[k].islower())}  # "X ige mwoya?": "this", no IGE
    if cues & named:  # a one-word cue that is a glossary name asks nothing ("co" beside "co znamená": CO)
        cues = world_asks.cue_tokens(s, everything, named)
    if opening is not None and not opening_join.follow_up_only(s, opening, named):
        opening = None  # "og liquidity ratios?": a name right after it, and nothing more ("et le VPN, il est down?")
    dropped = _particles(s, cues) - _set_apart(s, named, cues) - _asked_before(s, named, cues) if cues \
        else fillers - kept_as_names(s, fillers, named)
    if not cues and opening is None and not dropped:
        return None
    differ = _differ_after(s, cues, world_asks.cue_tokens(s, everything, named, world_asks.DIFFER))
    clauses = _clauses(s)
    opened = set(range(opening.join, opening.last + 1)) if opening is not None else set()
    dropped |= set(opening_join.closing(s, opening)) if opening is not None else set()  # "alors", "du coup"
    anchors = cues | differ | opened | (set() if cues else dropped)
    asking = {clauses[k] for k in anchors}
    dropped = {k for k in dropped if clauses[k] in asking}  # a remark in another clause may be in any language
    read = cues | differ | dropped | named | opened
    said = set().union(*(foreign_words.marked(s.text[s.starts[first]:s.ends[end - 1]]) for first, end in asking))
    spoken = said - {s.raws[k].lower() for k in cues | dropped | opened}
    if foreign_words.spoken_beyond_address(spoken):  # "mi": Serbian
        return None  # a language with a table is read by it: "que", "je" are its words there
    elsewhere = world_asks.elsewhere_tokens(s)
    for first, end in asking:
        at = bisect.bisect_left(elsewhere, first)
        if at < len(elsewhere) and elsewhere[at] < s.sentence_bounds(first)[1]:
            return None  # "vem ansvarar för SOC:en?", "ERP mhanje kay, kon bagto?": who, not what; a clause before
            # it says what happened ("broker ne payment EFT kiti, EFT ki hunda": "did", no Marathi "how much")
        if any(k not in read and own_word(s, k) for k in range(first, end)):
            return None  # "mikä on VPN tila?": a word of the language itself may ask something else
    own = frozenset(s.raws[k].lower() for first, end in asking for k in range(first, end)  # the asking clauses' only:
                    if k not in read and own_word(s, k))  # a remark's words still say it is one ("VPN nie działa")
    pointing = {k for k in dropped if s.norms[k] in _THIS and k + 1 < len(s.norms) and k + 1 not in cues | dropped
                and runs_on(s, k) and s.raws[k + 1].isalpha() and (clauses[k][0] == k or k - 1 in cues | dropped)}
    # "eh ratio ki hunda?": "this ratio, what is it" (not "unsa ang status sa RFP?": "sa" is no "this RFP")
    read = _rewritten(s, cues | differ, dropped, differ, opening, pointing, dangling(s, dropped))
    return foreign_asks.own_words_marked(read, own, name_word) or None  # "ơi" alone: nothing left to read


_OBJECTS = frozenset("mi me to it se".split())  # "objasni mi KPI": "me" or "it", pointing at no word
_ENGLISH_RANK = 5000  # an English word this common is never read as another language's "this" ("he", "hi", "den")
_THIS = frozenset(word for name, words in world_asks.PRONOUNS.items() for word in words.split()
                  if word not in _OBJECTS and not common_words.is_common(word, _ENGLISH_RANK)
                  and not common_words.is_chat(word))  # "eh", "idu": this or that; not "me", nor English "he", "is"
_CLAUSE_MARKS = frozenset(",;\u2013\u2014")


def _clauses(s: Scan) -> list[tuple[int, int]]:
    """Each token's clause, [first, end): a sentence's part between commas, semicolons, colons and dashes ("tariff
    ki hunda paaji, trump ne lagaye aa": the remark after the comma asks nothing of the tariff)."""
    gaps = [s.text[s.ends[k - 1]:s.starts[k]] if k else "" for k in range(len(s.norms))]
    return run_bounds([k == 0 or s.sentence_start[k] or bool(_CLAUSE_MARKS.intersection(gap))
                       or gap.strip() in (":", "-") and gap != gap.strip()  # not "SLA:n", "KPI-t": a case ending
                       for k, gap in enumerate(gaps)])


def _set_apart(s: Scan, named: set[int], cues: set[int]) -> set[int]:
    """The glossary's names that a mark parts from the nearest words that ask ("aka, vad står det för?": AKA is
    asked), never left out as a particle; one run into them ("EPS ante enti bro?", "SLA khue arai ka?") may be one."""
    at = sorted(cues)
    kept = set()
    for k in named:  # a name before the words that ask, nearer them than any before it, a mark right after it
        i = bisect.bisect_left(at, k)
        after = at[i] - k if i < len(at) else len(s.norms)
        if 0 < after < (k - at[i - 1] if i else len(s.norms)) and s.text[s.ends[k]:s.starts[k + 1]].strip() \
                and not (s.raws[k].islower() and s.norms[k] in world_asks.PARTICLES):  # "X kiyanne eka da? ...": no DA
            kept.add(k)
    return kept


def _asked_before(s: Scan, named: set[int], cues: set[int]) -> set[int]:
    """The name words right before the first words that ask, opening their sentence: the name asked ("ssi mhanje
    kay?", "des co znamená?"), never a particle of some language ("Kim ssi SLA mwoya?": an honorific, SLA asked)."""
    start = min(cues)
    while start > 0 and start - 1 in named and not s.sentence_start[start]:
        start -= 1
    return set(range(start, min(cues))) if s.sentence_start[start] else set()


def _glued(s: Scan, k: int) -> bool:
    """Token `k` is typed onto a neighbour with a hyphen, apostrophe, slash or dot and no blank ("mwo-ji", "it's",
    "DevOps-y"): part of one word, which no phrase of these languages is read out of."""
    before = k > 0 and s.text[s.ends[k - 1]:s.starts[k]] in _GLUE
    return before or k + 1 < len(s.norms) and s.text[s.ends[k]:s.starts[k + 1]] in _GLUE


_GLUE = frozenset({"-", "'", "\u2019", "/", "."})


def _fillers(s: Scan, name_word: Callable[[str], bool]) -> set[int]:
    """With no words that ask in these languages, their particles of no English, left out where they only soften an
    English question: right before a question word ("alltså what is it exactly"), closing a clause of a sentence
    that asks in English ("what is protectionism sko", "what is cash forecast sko, like cash budget?") or opening
    the message before a mark ("sko, CAPM... what was it again?"). Polite ones (glossary/closing_particles.py) also
    after the question anywhere in its sentence ("Power BI dashboard what is ka") and after a clause that holds
    nothing but a name ("capm krub", "free cash flow na ka, investor ask"). They ask and name nothing. Elsewhere such
    a word may be another language's ("OKR malli?": Telugu "again")."""
    found: set[int] = set()
    asked: list[bool] = []
    alone: list[bool] = []
    for k in reversed(range(len(s.norms))):  # from the end: a run of polite ones closes a clause ("na ka")
        norm = s.norms[k]
        raw = s.raws[k].lower() if s.sentence_start[k] and s.raws[k].istitle() else s.raws[k]  # "Abeg what is X?"
        if norm not in world_asks.PARTICLES or not raw.islower():
            continue
        run = k + 1 in found and runs_on(s, k) and s.norms[k + 1] in POLITE
        polite = norm in POLITE or run and norm in POLITE_BEFORE
        before_question = k + 1 < len(s.norms) and s.norms[k + 1] in QUESTION_CUES
        if not (polite or foreign(raw)) or raw != s.raws[k] and not before_question:
            continue  # capitalised, it opens a sentence only right before the question word
        if polite:  # the arrays built once, on the first polite particle met
            asked = asked or cue_before(s)
            alone = alone or name_only(s, [first for first, _ in _clauses(s)], name_word)
            if before_question or (_closes(s, k) or run) and (asked[k] or alone[k]):
                found.add(k)
        elif before_question or common_words.rank(norm) == common_words.NOT_COMMON and _closes(s, k) \
                and (k == 0 or _asked_in_english(s, k)):
            found.add(k)  # "what is a server bay", "the ARR in yen": English words stay
    return found


def _closes(s: Scan, k: int) -> bool:
    """Token `k` ends its clause: the message ends or a mark follows it."""
    return k + 1 == len(s.norms) or bool(s.text[s.ends[k]:s.starts[k + 1]].strip())


def _asked_in_english(s: Scan, k: int) -> bool:
    """An English question word opens the sentence of token `k`, before it."""
    first, _ = s.sentence_bounds(k)
    return any(s.norms[j] in QUESTION_CUES for j in range(first, min(first + 3, k)))


def _differ_after(s: Scan, cues: set[int], differ: set[int]) -> set[int]:
    """The words for "the difference" typed right after words that ask ("vad är skillnaden?", "co je rozdíl?"):
    what is the difference, between names said before or after it."""
    kept: set[int] = set()
    for k in sorted(differ):
        if (k - 1 in cues or k - 1 in kept) and runs_on(s, k - 1):
            kept.add(k)
    return kept


def _particles(s: Scan, cues: set[int]) -> set[int]:
    """The particles beside the words that ask, left out of the English: one of no English a few words from them
    ("co SLA vlastně znamená"), or one English also spells only right beside them or such a particle, with no mark
    between ("vad är det", "SLA mhanje kay he"; not "SLA yini? are you sure", nor "is" further off)."""
    at = sorted(cues)
    near = [k for k, norm in enumerate(s.norms) if k not in cues
            and (norm in world_asks.PARTICLES or foreign_words.addressed(norm)) and s.raws[k].islower()
            and _within(at, k, world_asks.NEAR) and not _glued(s, k)]
    dropped = {k for k in near if foreign(s.raws[k])}
    beside = cues | dropped  # not through another English one: "VDI yini he is a vendor product" keeps "is a"
    return dropped | {k for k in near if k - 1 in beside and runs_on(s, k - 1) or k + 1 in beside and runs_on(s, k)}


def _within(at: list[int], k: int, distance: int) -> bool:
    """One of the sorted token indices `at` is at most `distance` tokens from `k` (a binary search: linear over the
    message in all)."""
    i = bisect.bisect_left(at, k - distance)
    return i < len(at) and at[i] <= k + distance


def _rewritten(s: Scan, runs: set[int], dropped: set[int], differ: set[int], opening: opening_join.Opening | None,
               pointing: set[int], closed_on: set[int]) -> str:
    """The text with each run of words that ask in English (before or after what they ask about; "what is the
    difference" with a word for it), the particles beside them left out (a "this" before a word, `pointing`, read
    "this"; "it" where a run of them closes "X what is", `closed_on`), and an opening "and" in English."""
    pieces: list[str] = []
    at = 0
    k = 0
    count = len(s.norms)
    joined = runs | dropped
    while k < count:
        if opening is not None and k == opening.join:  # "hva betyr SLA? og MTBF?": each sentence in English
            pieces.append(s.text[at:s.starts[k]] + ("and the" if opening.last > opening.join else "and"))
            at, k = s.ends[opening.last], opening.last + 1
            continue
        if k in dropped:
            gap = s.text[at:s.starts[k]]
            closing = s.text[s.ends[k]:s.ends[k] + 1] not in ("", " ", "\t", "\n")  # "VDI sko, like": "VDI, like"
            pieces.append(gap.rstrip(" \t") if closing else gap + ("this" if k in pointing else ""))
            pieces.append(" it" if k in closed_on else "")  # "X what is ka": "X what is it"
            at, k = s.ends[k], k + 1
            continue
        if k not in runs:
            k += 1
            continue
        last = k
        while last + 1 < count and last + 1 in joined and runs_on(s, last):
            last += 1
        pieces.append(s.text[at:s.starts[k]])
        if differ.intersection(range(k, last + 1)):
            pieces.append(f"{BEFORE} the difference")
        else:
            before = _asks_before(s, last, runs, dropped) and not _field_after(s, k, last)
            pieces.append(BEFORE if before else _after(pieces))
        at, k = s.ends[last], last + 1
    pieces.append(s.text[at:])
    return foreign_words.BLANKS.sub(" ", "".join(pieces)).strip()


def _asks_before(s: Scan, last: int, runs: set[int], dropped: set[int]) -> bool:
    """The words that ask (ending at token `last`) stand before what they ask about: a word follows in their clause."""
    nxt = last + 1
    while nxt < len(s.norms) and nxt in dropped and runs_on(s, nxt - 1):
        nxt += 1
    return nxt < len(s.norms) and nxt not in runs and runs_on(s, nxt - 1)


_PLACING = frozenset("in for at within inside under".split())  # "capitalize hvað þýðir in accounting?"


def _field_after(s: Scan, first: int, last: int) -> bool:
    """The words that ask (tokens `first` to `last`) follow a word of their clause and a field or setting follows
    them ("capitalize hvað þýðir in accounting?"): they ask about the word before, "what is it in accounting"."""
    return first > 0 and runs_on(s, first - 1) and last + 1 < len(s.norms) and s.norms[last + 1] in _PLACING


def _after(pieces: list[str]) -> str:
    """The English words asking about what came before: after a comma unless a mark already parts them (the
    blanks before them, in the last of `pieces`, left out)."""
    while pieces and not pieces[-1].strip(" \t"):
        pieces.pop()  # each piece popped once: linear over the message
    if pieces:
        pieces[-1] = pieces[-1].rstrip(" \t")
    last = pieces[-1][-1:] if pieces else ""
    if not last or last == "\n":
        return AFTER  # the words that ask open the message or a line
    return (" " if last in ",.;:!?-\u2013\u2014(" else ", ") + AFTER
