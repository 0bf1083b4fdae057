"""Ways of asking what a term is that the cue lists (glossary/cue_words.py) do not hold.

- a learner's word order: "what means liquidity?" is "what does liquidity mean?";
- asking what the term covers: "what counts as market research?", "who qualifies as a stakeholder?";
- "what is it/that" pointing back at the term named just before ("ARR, what does that mean?");
- the term set as the topic, then the question about it: "balance sheet – can you explain me simply?",
  "Time value of money – why is one euro today worth more?", "DevSecOps: what is the Sec part?";
- a short form set equal to the term it shortens: "revolver in the debt note = revolving credit agreement?".
Each reads the words around a span, never a list of sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from glossary import common_words, normalize, quoted_speech
from glossary.cue_words import (
    ADDRESSED,
    AFTER,
    ASKING_WH,
    COUNTING,
    FIELD_AT,
    FUNCTION,
    MAX_BACK_REFERENCE,
    MODALS,
    OTHER_WH,
    POINTING_VERBS,
    PRONOUN_QUESTION,
    QUESTION_CUES,
    SCAFFOLD,
    SKIP,
    STRONG,
    USAGE,
    WHAT,
)
from glossary.guessed_words import gap_after
from glossary.implication import implied
from glossary.state_asked import asks_state, state_after, under_way
from glossary.textscan import Scan, scan

if TYPE_CHECKING:
    from collections.abc import Sequence

    from glossary.cues import Scored

#: Marks that set a leading phrase apart as the topic of what follows ("X – ...", "X: ...", "X, ...").
TOPIC_MARKS = frozenset(",:\u2013\u2014")
#: Right after "what"/"who", verbs whose object is what the term covers: "what means X", "what constitutes X".
_MAKES_UP = frozenset({"means", "constitutes"})
#: Verbs that close a question set inside a sentence: "tell me what an SLA is", "explain what that means";
#: and verbs saying what a measure tells, which asks what it is: "remind me what beta measures".
TELLING = frozenset("measures measure shows show tracks track indicates indicate represents represent reflects "
                    "reflect covers cover includes include involves involve entails entail encompasses "
                    "encompass".split())  # "explain what ESG encompasses"
CLOSES_EMBEDDED = frozenset({"is", "are", "means", "mean", "meant", "stands", "refers"}) | TELLING
_BIDDING = frozenset("tell explain idea clue wonder wondering sure remind clarify describe".split())


#: Before "by", words that make it ask what a term means: "what is meant by X", "what do you mean by X".
_MEANING_BY = frozenset("mean means meant define defined defines understand understood refer refers referring "
                        "imply implies implied intend intends intended".split())


def by_time(s: Scan, j: int) -> bool:
    """Token `j` is "by" with no word of meaning in the few before it: a time or an agent ("need the DCF by EOD",
    "signed by the CO"), no cue that the term after it is asked."""
    return s.norms[j] == "by" and _MEANING_BY.isdisjoint(s.norms[max(0, j - 4):j])


def learner_ask(s: Scan, j: int) -> bool:
    """Token `j`, right before a term, ends a question about what the term is: "what means X" (another tongue's order
    of "what does X mean"), "what counts as X", "who qualifies as X", "what constitutes X", "what is meant with X"."""
    if j < 1:
        return False
    if s.norms[j] in _MAKES_UP:
        return s.norms[j - 1] in ASKING_WH
    if s.norms[j] == "be" and j >= 2 and s.norms[j - 1] == "to":
        j -= 2  # "what is considered to be X"
    if j >= 2 and s.norms[j] in COUNTING and s.norms[j - 1] in _COPULAS and s.norms[j - 2] in ("what", "whats"):
        return True  # "what is considered operating expenses": what counts as them; not "who is considered an SME"
    return s.norms[j] == "as" and s.norms[j - 1] in COUNTING and j >= 2 and s.norms[j - 2] in ASKING_WH \
        or s.norms[j] == "with" and s.norms[j - 1] in _MEANING_BY  # a learner's "meant with" (German "mit"): "by"


_COPULAS = frozenset({"is", "are", "s", "re"})


def embedded_what(s: Scan, j: int, bidden: bool = False) -> bool:
    """Token `j` ("is", "are", "means") closes a question set inside a sentence, "what" then the thing
    asked: "tell me what an SLA is", "no idea what KPIs are". What follows it is no longer the question's.
    Not "what exactly is X" (the question opens its sentence); `bidden`: the asker asks it ("tell me", "no
    idea"), so the thing is asked, not known ("I know what a pod is")."""
    if j < 2 or s.norms[j] not in CLOSES_EMBEDDED or progressive(s, j + 1):
        return False  # "idk what the vpn is doing": what it does now, not what it is
    if s.norms[j] in TELLING and not clause_closes(s, j):
        return False  # "what the kpi tracks for my team is ...": what it shows in one case
    i = j - 1
    while i > 0 and j - i < 6 and not s.sentence_start[i] and s.norms[i] not in WHAT:
        if s.norms[i] in FUNCTION and s.norms[i] not in SKIP:
            return False
        i -= 1
    if not (s.norms[i] in WHAT and i > 0 and not s.sentence_start[i] and s.norms[i + 1] not in PRONOUN_QUESTION
            and any(s.norms[k] not in FUNCTION and s.norms[k] not in SKIP for k in range(i + 1, j))):
        return False
    return not bidden or bool(_BIDDING.intersection(s.norms[max(0, i - 3):i]))


#: Words that may close a clause after its verb: "remind me what beta measures exactly".
_CLOSING_WORDS = frozenset("exactly again actually precisely really basically please pls tbh honestly".split())


def clause_closes(s: Scan, j: int) -> bool:
    """Token `j` ends its clause: the message or a sentence ends, or a mark or closing word follows. Unlike
    span_use.clause_ends (where a name ends), a function word goes on with the clause: "what the kpi tracks
    for my team is ..." tells one case, it asks nothing."""
    k = j + 1
    while k < len(s.norms) and s.norms[k] in _CLOSING_WORDS and s.soft[k - 1]:
        k += 1
    return k >= len(s.norms) or s.sentence_start[k] or not s.soft[k - 1] or "," in s.text[s.ends[k - 1]:s.starts[k]]


def progressive(s: Scan, k: int) -> bool:
    """Token `k` is a verb in -ing right after the one before it ("is *doing*"): what something does now."""
    return k < len(s.norms) and s.soft[k - 1] and len(s.norms[k]) > 4 and s.norms[k].endswith("ing")


def defined_before(s: Scan, scored: Sequence[Scored], start: int) -> bool:
    """A term is asked for its meaning in a sentence before token `start` ("yield curve def. inverted = bad?"):
    what follows guesses at it; "the memo says our SLO ..." asks nothing of the SLO."""
    for x in scored:
        first, end = s.sentence_bounds(x.span.first)
        if x.eligible and x.asked >= STRONG and x.span.last < start \
                and any(n in AFTER or n in QUESTION_CUES or n == "def" for n in s.norms[first:end]):
            return True
    return False


def topic_asked(s: Scan, first: int, last: int) -> bool:
    """The term (tokens `first`..`last`) opens its sentence, set apart by a dash, a colon or a comma, and
    what follows asks a question: the term is its topic ("bond coupon rate - what is it?", "X – can you
    explain me simply?"). Not "the VPN, it is down again" (no question) nor "X-style" (a hyphen joins)."""
    nxt = last + 1
    if not s.sentence_start[first] or nxt >= len(s.norms):
        return False
    gap = s.text[s.ends[last]:s.starts[nxt]]
    if not (TOPIC_MARKS.intersection(gap) or gap.strip() == "-" and gap != "-"):
        return False
    start, end = s.sentence_bounds(nxt)
    rest = s.norms[max(start, nxt):end]
    if OTHER_WH.intersection(rest) and QUESTION_CUES.isdisjoint(rest) and USAGE.isdisjoint(rest) \
            or asks_state(s):
        return False  # "Six Sigma training, when is it?", "worker's comp, when does payroll deduct it?", "MTTR, what
        # is it now?"
    return bool(QUESTION_CUES.intersection(rest)) or s.marked(end - 1) \
        or any(a in MODALS and b in ADDRESSED for a, b in zip(rest, rest[1:], strict=False))


_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def names_topic(s: Scan, j: int, first: int, last: int) -> bool:
    """The word a question points at (token `j`) names again the topic set before it (tokens `first`..
    `last`, see `topic_asked`) or no thing at all: "Gordon growth model – what is *the model*?", "Platform
    engineering, what is *that team* doing?", "X – can you explain me *simply*?". Not "AWS – what is a
    bucket?", which asks about another thing."""
    if not topic_asked(s, first, last) or j <= last:
        return False
    word = s.norms[j]
    return s.norms[j - 1] in _DEMONSTRATIVES or word in s.norms[first:last + 1] \
        or (len(word) > 4 and word.endswith("ly"))


def pointing(s: Scan, k: int) -> bool:
    """The pronoun at token `k` asks what something is: "what is that", "whats it", or in a sentence's word
    order "(know) what that means", "what that is" ending its clause."""
    return s.norms[k - 1] in POINTING_VERBS or s.norms[k - 1] in WHAT and k + 1 < len(s.norms) \
        and (s.norms[k + 1] in CLOSES_EMBEDDED and clause_closes(s, k + 1))  # not "what that means for our launch"


_TASKED = frozenset({"on", "with", "at"})  # "need the DCF by EOD, who's on it": the task, not a name asked
_WHEN_WHERE_WHY = frozenset({"when", "where", "why"})  # "X training, when is it?": not what "it" is


def set_apart(s: Scan, first: int, last: int) -> bool:
    """Tokens `first`..`last` stand in brackets right after a word, an aside to the name before them ("trade-off
    theory (capital structure)"), or name who said the report they close (`said_by`): a later "it" points at
    neither."""
    return first > 0 and s.text[s.ends[first - 1]:s.starts[first]].strip() == "(" and ")" in gap_after(s, last) \
        or said_by(s, first, last)


def said_by(s: Scan, first: int, last: int) -> bool:
    """The term is who spoke, after "says"/"said" closing a report of what a thing is ("the outage was a DDoS says
    the SOC."): not what a later question points at ("the SOW said EOD.", "keeps mentioning EBIT": what was said)."""
    verb = first - 1 - (first >= 2 and s.norms[first - 1] in ("the", "our", "my"))
    closes = last + 1 >= len(s.norms) or s.sentence_start[last + 1] or not s.soft[last] \
        or "," in s.text[s.ends[last]:s.starts[last + 1]]
    start = s.sentence_bounds(first)[0]
    return verb > start and s.norms[verb] in ("says", "said") and closes \
        and not {"is", "was", "are", "were"}.isdisjoint(s.norms[start:verb])


def points_back_to(s: Scan, start: int, told: str = "", setting: bool = False) -> bool:
    """Whether "what is it/that" follows from token `start` on, with nothing of substance in between: the
    pronoun points at what was named just before `start` (a rare word in between would be its referent,
    unless `told`, the " "-joined words of the term's entry, says it: "the reserve requirement re: our
    deposits. what is it"). `setting`: a field or case set right after the name is passed over ("transaction risk
    with USD bookings, what is it": the risk)."""
    moved = _past_setting(s, start) if setting else start
    start, strict = moved, moved != start  # past a setting, only "what is it" points back ("X with the vendor - who
    # owns it?" asks a person)
    asking = timed = False  # a question word on the way: "FASB, who are they", "free cash flow — how is it calculated"
    aside = 0 < start < len(s.norms) and s.text[s.ends[start - 1]:s.starts[start]].strip() == "("  # "trade-off theory
    for k in range(start, min(len(s.norms), start + MAX_BACK_REFERENCE)):  # (capital structure) — what does it say"
        norm = s.norms[k]
        if aside:
            aside = ")" not in gap_after(s, k)
            continue  # the words of an aside in brackets right after the name are no referent
        asking, timed = asking or norm in ASKING_WH, timed or norm in _WHEN_WHERE_WHY
        if norm in PRONOUN_QUESTION and k > start and (under_way(s.norms[k - 1]) or timed or implied(s, k + 1)):
            return False  # "..., who is tracking it this quarter?", "X training, when is it?": not what it is
        if norm in PRONOUN_QUESTION and k > start and s.norms[k - 1] not in _TASKED \
                and (s.norms[k - 1] in POINTING_VERBS or asking and (not strict or s.norms[k - 1] in ("are", "was"))) \
                or norm in ("they", "them") and asking:
            if state_after(s, k):
                return False  # "KPI dashboard, what is it showing for June?", "MTTR ..., what is it now?"
            return not quoted_speech.has_quote_mark(s.text[s.starts[start]:s.starts[k]])  # a quoted phrase between
            # is what "that" points at: 'my invoice "failed the three-way match". what's that?'

        if norm.isalpha() and norm not in SCAFFOLD and norm not in FUNCTION \
                and not common_words.is_common(norm, 3_000) and f" {norm} " not in told:
            return False
    return False


#: Prepositions that set a name in a field or a case right after it: "dumping in trade", "risk with USD bookings".
SETTING = frozenset("in with for on under at".split())
MAX_SETTING_WORDS = 4  # words of that setting before the break that ends it: "with our USD deals"


def _past_setting(s: Scan, start: int) -> int:
    """The token after a setting that opens at `start` and ends at a comma, a dash or a sentence's end; else
    `start`."""
    if start >= len(s.norms) or s.norms[start] not in SETTING:
        return start
    for k in range(start + 1, min(len(s.norms), start + 1 + MAX_SETTING_WORDS)):
        gap = gap_after(s, k)  # a comma or a dash between words, not a hyphen inside one ("long-term")
        if any(c in gap for c in ",\u2013\u2014") or gap.strip() == "-" != gap \
                or k + 1 < len(s.norms) and s.sentence_start[k + 1]:
            return k + 1
    return start


def said_only(s: Scan | None, first: int, scored: Sequence[Scored]) -> bool:
    """The one name left, at token `first`, is said, not asked: of the asker ("we're an SME so do we qualify?",
    "I'm a sole proprietor"), or as the field of a longer name the question asks ("in DNS, CNAME record, what
    is it?")."""
    if s is None:
        return False
    k = first - 1 - (first > 0 and s.norms[first - 1] in ("a", "an"))
    if k >= 1 and s.norms[k] in ("re", "m", "am", "are") and s.norms[k - 1] in ("we", "i"):
        return True
    return first > 0 and s.norms[first - 1] in SETTING and any(
        not x.eligible and not (x.span.weak or x.span.loose) and x.asked >= STRONG and x.span.first > first
        for x in scored)


def equated(s: Scan, start: int, covered: set[int]) -> bool:
    """The sentence from token `start` sets a word of its own equal to the term right after "=", a word that
    is a short form of the term's ("revolver ... = revolving credit agreement?"): the asker names the term."""
    k = start + 1
    while k < len(s.norms) and not s.sentence_start[k] and "=" not in s.text[s.ends[k - 1]:s.starts[k]]:
        k += 1
    if not (k < len(s.norms) and k in covered and not s.sentence_start[k]):
        return False
    end = k
    while end < len(s.norms) and end in covered and not s.sentence_start[end]:
        end += 1
    return any(SHORT_FORM <= len(a) <= len(b) and a[:SHORT_FORM] == b[:SHORT_FORM]  # "EBITDA = EBIT + D&A?"
               for a in s.norms[start:k] if a.isalpha() for b in s.norms[k:end])  # lengthens no shorter name


SHORT_FORM = 4  # letters a short form shares with the word it shortens: "revolver", "revolving"


def pointed_before(s: Scan, j: int) -> bool:
    """Before the preposition at `j`, a question points back at a term named before: "what does it mean in",
    "what is it in", "what's that in" (the term after the preposition is the field, not what is asked)."""
    return j >= 2 and (s.norms[j - 1] in ("mean", "means") and s.norms[j - 2] in PRONOUN_QUESTION
                       or s.norms[j - 1] in PRONOUN_QUESTION and s.norms[j - 2] in ("is", "s", "was"))


def field_of_pointer(text: str, subject: str, read: str) -> bool:
    """The subject is "in/on/at X", X the name `read`, after a question pointing back ("what does it mean in IT",
    "what is it in IT"): X is the field the question sets, not what it asks. The text is scanned only then."""
    first, _, rest = subject.strip().partition(" ")
    if first.lower() not in FIELD_AT or normalize.key(rest) != normalize.key(read):
        return False
    s = scan(text)
    return any(norm == first and pointed_before(s, j) for j, norm in enumerate(s.norms))
