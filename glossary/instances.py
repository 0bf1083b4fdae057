"""Questions that name a term but do not ask what it means: they ask for a value or an action.

"what's the SLA on the Epic support contract?", "what WACC did we use in the Q3 model?", "who's the ISSO
for our system?" ask for one instance of the term (a number, a person, a link) that no glossary holds;
"can you reset my MFA?" and "can someone review my pull request?" ask for an action. Answering them with
a definition is a confident answer to a question nobody asked, so the term is only offered.

General shapes, read from the words around the term, never a list of sentences:
- a specific one: "what's the/our ... TERM on/for/of/in/at the/our/this ..." (a definite owner after it),
  or "what was our TERM last quarter" (a date after it);
- "what/which TERM did/do/are we/you/they ...": the term picks one of several, it is not asked about;
- a request: "can/could/would you|someone VERB ... my/our/the TERM" with a verb that is not one of
  explaining ("reset", "review", "translate"), in a sentence with no word of meaning ("mean", "define");
- a state, a value or a judgement (glossary/stated_of.py): "is the VPN down?", "our WACC, is that still around 9%?",
  "Slack is slow, is it the VPN?", "the quick ratio dropped, is that bad?", or one stated to be confirmed: "the IPO is
  still planned for Q2, right?";
- what someone said of it, or whether it does something (glossary/asked_values.py): "what did the CFO say about the
  dividend?", "our NAS, does it support iSCSI?".
"""

from __future__ import annotations

import re

from glossary import message_shape, normalize, stated_of, tail_words, timed_values
from glossary.asked_values import acts_on, contact, judged, meant_around, news, picked_way, reported
from glossary.aspects import TOLD_SIMPLY
from glossary.cue_words import CLAUSE_MARKS, FUNCTION, LIKENED, MODALS, QUESTION_CUES
from glossary.heading import guessed, set_off
from glossary.heading_ask import heard_again
from glossary.instance_words import (
    ASKED,
    ASKING,
    AUX,
    CHOOSERS,
    COPULA,
    DEFINITE,
    DOCUMENTS,
    EXPLAINING,
    FUSED_WH,
    LEADS,
    MAX_CHOSEN,
    MAX_MODIFIERS,
    MEANING,
    OPENERS,
    OWNED_BY,
    OWNERS,
    PERIODS,
    POINTERS,
    SAYING,
    SOME,
    STATING,
    SUBJECTS,
    TIMELY,
    TOLD_NOUNS,
    UNKNOWN_WORD,
    VALUES,
    WH,
    WHEN,
    sense_named,
)
from glossary.quoted_speech import own_mention
from glossary.span_use import guessed_last
from glossary.textscan import Scan, scan
from glossary.yes_no import CONFIRMING, TAG_WORDS, asks_what, confirmed, doubts


def wants_instance(text: str, subject: str) -> bool:
    """Whether the message asks for an instance of `subject` or an action on it, not its meaning, or
    asks nothing at all: "the balance sheet for Q3 is on the drive, fyi" states, it does not ask."""
    words = tuple(normalize.words(subject))
    if not words:
        return False
    s = scan(text)
    at = own_mention(s, words)
    if at >= 0 and (_likened_polar(s, at, at + len(words)) or guessed_last(s, at, at + len(words) - 1)) \
            and not stated_of.named_as_it(s, at, at + len(words) - 1):  # "Slack is slow, is it the VPN?": to blame
        return False  # "are 'cloud native apps' just apps in the cloud", "... is that job rotation": what it is
    if _states(s, words, at):  # "the deck is on the drive", but not a heading and the story where it came up
        return not (at == 0 and set_off(s, 0, len(words) - 1) and heard_again(s, 0, len(words) - 1, len(words)))
        # a heading and where it came up asks what it is: "loss leader. vendor's first year is suspiciously cheap"
    if at < 0:
        return False
    first, last = at, at + len(words) - 1
    return _specific(s, first, last) or _which(s, first, last) or _request(s, first) \
        or stated_of.status(s, first, last) or _confirmed_state(s, first, last) or judged(s, first, last) \
        or _exists(s, first) or contact(s, first, last) or timed_values.asked_value(s, first, last) \
        or news(s) or picked_way(s) or reported(s) or acts_on(s, first)  # "What was Apple's EPS last quarter?", "the
    # DDoS last week — any update from IT?", "what did the CFO say about the dividend?", "our NAS, does it support X?"


def _states(s: Scan, words: tuple[str, ...], at: int) -> bool:
    """A sentence with a subject or a verb ("I submitted the SOW ...", "the deck is on the drive") and no
    question mark, question word or sign of puzzlement, that is more than the term itself. A question of its
    own after the term's clause that points at nothing ("the vpn is so slow today, anyone else??", "our KPIs
    look bad, can we talk tmrw?") does not ask about the term."""
    norms = set(s.norms)
    apart = "?" in s.text and _asked_apart(s, at)
    if "?" in s.text and not apart or QUESTION_CUES & norms or ASKING & norms or not STATING & norms \
            or doubts(s) or guessed(s) or TOLD_SIMPLY.search(s.text):
        return False  # the common case, decided without reading the message's shape; "is that even a thing",
        # "data warehouse — is it a real building": a guess at what it is asks, though no "?" ends it
    return tuple(s.norms) != words and not any(n.startswith(("defin", "expla", "mean")) for n in norms) \
        and (apart or not message_shape.shape(s).question)


_NUMBERED = re.compile(r"\s*#\s?\d")
_ASKED_BACK = frozenset("it that this these those they them is are was were s".split())  # "is that normal?"


def _asked_apart(s: Scan, at: int) -> bool:
    """Every question mark stands after the statement that names the term (token `at`: a clause with a verb
    or an owner, no heading), in clauses that neither name the term again nor point back at it ("it", "is
    that", "the same"): they ask something else."""
    if at < 0:
        return False
    end = next((k for k in range(s.starts[at], len(s.text)) if s.text[k] in stated_of.CLAUSE_ENDS), len(s.text))
    clause = normalize.words(s.text[s.starts[s.sentence_bounds(at)[0]]:end])
    asked = set(normalize.words(s.text[end:]))
    return "?" not in s.text[:end] and bool((STATING | DEFINITE - {"the"}).intersection(clause)) and bool(asked) \
        and not (_ASKED_BACK | LIKENED | CONFIRMING | {s.norms[at]}).intersection(asked)  # not "X is..?", "..., right?"


def _likened_polar(s: Scan, first: int, nxt: int) -> bool:
    """A sentence opens "is/are (a/the) TERM" and likens the term to the asker's guess: a yes/no question
    about what it is ("are cloud native apps just apps in the cloud"), not a statement of its state."""
    j = first - 1
    while j > 0 and s.norms[j] in ("a", "an", "the"):
        j -= 1
    return j >= 0 and s.sentence_start[j] and s.norms[j] in ("is", "are") and nxt < len(s.norms) \
        and asks_what(s, first, nxt) and s.norms[nxt] in LIKENED


def _specific(s: Scan, first: int, last: int) -> bool:
    """"the SLA on the Epic contract", "our current SLO for the login service", "the URL for the SAM renewal"."""
    j = first - 1
    while j >= first - MAX_MODIFIERS and j >= 0 and not s.sentence_start[j + 1] and s.norms[j] not in DEFINITE:
        j -= 1
    if first >= 2 and s.norms[first - 1] == "s" and s.norms[first - 2] in TIMELY | WHEN | PERIODS:
        start, end = s.sentence_bounds(first)  # "what is today's exchange rate", "tell me today's prime rate"
        return not meant_around(s, start, end, first, last)  # a time owns it: its value
    if _NUMBERED.match(s.text, s.ends[last]):
        return True  # "RFI #42 still open?": one numbered instance; not "what's a CLIN #newbie"
    start, end = s.sentence_bounds(first)
    close = end - 1 if s.norms[end - 1] in WHEN else end  # "the market cap of Acme is what now?"
    if first - start <= 1 and set(s.norms[start:first]) <= DEFINITE and s.norms[close - 2:close] in (
            ["is", "what"], ["are", "what"]) and s.norms[last + 1] != "in" and _owned(s, start, last + 1) \
            and not (s.norms[last + 1] in ("on", "at") and DOCUMENTS.intersection(s.norms[last + 2:last + 4])):
        return not meant_around(s, start, end, first, last)  # "PIN for the printer on 4th floor is what?", not "PII
        # on the form is what?": where it was seen
    if j < 0 or s.sentence_start[j + 1] or s.norms[j] not in DEFINITE:
        return s.norms[start:first] in (["who", "is"], ["whos"], ["who", "s"]) and _owned(s, start, last + 1) \
            and not meant_around(s, start, end, first, last)  # "who is ISSO for the gov project?": no "the" typed
    fused = j == start + 1 and s.norms[start] in FUSED_WH  # "whats the current fed funds rate"
    if not fused and (j != start + 2 or s.norms[start] not in WH or s.norms[start + 1] not in COPULA):
        return False  # the question itself: "what's the SLA on ...", not "the SME for the migration. what's a SME?"
    if s.norms[j] in OWNERS and j == first - 1 and not _for_what(s, last):  # "what's our WACC?": one value or thing
        # of the asker's, not "what's my role as COR", "what's my PIV for?"
        return UNKNOWN_WORD.isdisjoint(s.norms[:first] + s.norms[last + 1:]) and s.norms.count(s.norms[first]) == 1
        # unless the message asks the word's meaning or names it again ("what's our SLA? what's an SLA anyway")
    if TIMELY.intersection(s.norms[j:first]):
        return not meant_around(s, start, end, first, last)  # "what's the latest CPI print"
    nxt = last + 1
    if nxt < len(s.norms) and s.norms[nxt] in VALUES:
        nxt += 1  # "what's the CLIN number for the managed WAN line?": the term's value, for one thing
    dated = nxt < len(s.norms) and (s.norms[nxt] in WHEN or s.norms[nxt] == "here") or _chosen(s, nxt, end)
    # "what was our EBIT last quarter?", "who's the CFO here?", "what's the RTO we committed to?"
    if not dated and not _owned(s, start, nxt):  # "who is the SEC? in the mail they ...": no owner of the SEC
        return False
    return not meant_around(s, start, end, first, last)  # "what's the arithmetic mean of the Q3 scores?"


def _owned(s: Scan, start: int, k: int) -> bool:
    """An owner follows at token `k`, behind its preposition: "(the SLA) on the Epic contract"; not a sense named
    ("(the expected value) in the statistical sense"): which meaning is asked, not whose value."""
    return k + 1 < len(s.norms) and s.norms[k] in OWNED_BY and _owner(s, start, k + 1) and not s.sentence_start[k] \
        and not (s.norms[k] == "in" and sense_named(s, k + 1))


def _chosen(s: Scan, k: int, end: int) -> bool:
    """A clause of its own follows the term from token `k`: "(the RTO) we committed to the client", "(the
    discount rate) we're using": the one they chose, a value; not "(the CMMC) you keep bringing up": what was
    said, unless an owner follows ("(the SKU) you mentioned for the replacement fan"); nor when the message says the
    word is new to the asker ("the IDIQ they awarded us? never heard that term"); after "that", also "we" in a verb's
    Spanish or Portuguese ending ("the WACC that we use", "la virtualización que usamos")."""
    k += (relative := k + 1 < end and s.norms[k] in ("that", "which"))
    if not (relative and s.norms[k].endswith(("amos", "emos", "imos")) or k + 1 < end and s.norms[k] in CHOOSERS
            and s.text[s.ends[k - 1]:s.starts[k]] == " ") or not UNKNOWN_WORD.isdisjoint(s.norms):
        return False
    said = not SAYING.isdisjoint(s.norms[k + 1:min(end, k + 1 + MAX_CHOSEN)])
    return not said or any(s.norms[m] == "for" and _owned(s, s.sentence_bounds(k)[0], m)
                           for m in range(k + 2, min(end, k + 2 + MAX_CHOSEN)))  # not "... in/on the review"


def _for_what(s: Scan, last: int) -> bool:
    """ "what's my PIV for?": the term's purpose asked, "for" ending the question."""
    k = last + 1
    return k < len(s.norms) and s.norms[k] == "for" and (k + 1 == len(s.norms) or s.sentence_start[k + 1])


def _exists(s: Scan, first: int) -> bool:
    """"is there an ATM in the building?", "whether there's an ATM": whether one is there, not what it is."""
    j = first - 1
    while j >= 0 and s.norms[j] in SOME:
        j -= 1
    there = j >= 1 and (s.norms[j] in ("s", "is", "are") and s.norms[j - 1] == "there"
                        or s.norms[j] == "there" and s.norms[j - 1] in ("is", "are"))
    return there and not (MEANING | FUSED_WH).intersection(s.norms)  # "is there an SLA? whats an SLA" asks


def _owner(s: Scan, start: int, i: int) -> bool:
    """Token `i` names one owner: "the/our ...", or after "who is the ROLE" a name ("who is the CIO at
    Initech") or, after "for"/"at", an area ("who's the SME for payroll"): a person holding the role there,
    not what the role is ("who is the product owner in scrum", "who is the CFO of a company")."""
    numbered = s.norms[i - 1] in ("on", "for") and any(ch.isdigit() for ch in "".join(s.norms[i:i + 3])) \
        or i + 1 < len(s.norms) and s.norms[i].isalpha() and s.norms[i + 1].isdigit() \
        and s.text[s.ends[i]:s.starts[i + 1]] == "-"  # "the SLA on tier 2 tickets", "the CVSS score of CVE-2023-4863";
    # not "the Sarbanes-Oxley Act of 2002"
    return numbered or s.norms[i] in DEFINITE or s.norms[start] in ("who", "whos") and (
        s.raws[i][:1].isupper() or s.norms[i - 1] in ("for", "at") and s.norms[i] not in ("a", "an", "any"))


def _which(s: Scan, first: int, last: int) -> bool:
    """"what WACC did we use", "which SLA do we have": the term narrows the question word."""
    j, nxt = first - 1, last + 1
    start, _ = s.sentence_bounds(first)
    if not set(s.norms[start:max(start, j)]) <= LEADS | OPENERS:
        return False  # "can you tell me what an SLA is, our team ...": a question set inside a request
    return (j >= 0 and s.norms[j] in ("what", "which") and nxt + 1 < len(s.norms) and s.norms[nxt] in AUX
            and s.norms[nxt + 1] in SUBJECTS and tail_words.runs_on(s, nxt)
            and not (MEANING - {"what"}).intersection(s.norms[nxt:]))  # no mark: "what X is, the team ..." asks X


def _confirmed_state(s: Scan, first: int, last: int) -> bool:
    """"the IPO is still planned for Q2, right?", "our VPN is down, correct?": a statement about one thing
    ("the/our X is ..."), asked to be confirmed; not "the SLA is basically a contract, right?" (what it is)."""
    start, end = s.sentence_bounds(first)
    before = s.norms[start:first]
    if not DEFINITE.intersection(before) or not set(before) <= DEFINITE | LEADS or last + 1 >= end \
            or s.norms[last + 1] not in AUX:
        return False
    k = end - 1
    while k > last and s.norms[k] in TAG_WORDS:
        k -= 1
    return last + 1 < k < end - 1 and confirmed(s, k) and not (MEANING | LIKENED).intersection(s.norms[last + 1:k + 1])


def _request(s: Scan, first: int) -> bool:
    """"can you reset my MFA?", "could someone review my pull request": an action on the term; or on
    what "it" points back to: "my VPN keeps disconnecting, can you fix it?"."""
    start, end = s.sentence_bounds(first)
    if start and s.text[s.ends[start - 1]:s.starts[start]].strip()[:1] == ":":
        start = s.sentence_bounds(start - 1)[0]  # "can you translate to portuguese: 'X'": the colon hands X over
    verb = _asked_verb(s.norms[start:end])
    gift = 2 if verb >= 0 and s.norms[start + verb] == "give" else 0  # "give me <a thing> ...", not "give me SIEM"
    if verb >= 0 and start + verb + gift < first and not _meaning(s.norms[start:end]):
        return True
    if _meaning(s.norms):
        return False
    later = [i for i in range(first + 1, len(s.norms)) if s.sentence_start[i] or s.text[s.ends[i - 1]:s.starts[i]]
             .strip() in CLAUSE_MARKS]
    return any(0 <= (v := _asked_verb(s.norms[i:])) and (i + v + 1 >= len(s.norms) or s.sentence_start[i + v + 1]
                                                         or s.norms[i + v + 1] in POINTERS)
               for i in later)  # "VPN keeps dropping - can you fix it?", "pushed a PR, can someone review?"; not
    # "GDPR, can someone shed light on it": the verb's object is what was named, or nothing after it


_GIVEN_BEFORE = frozenset("a an the some more quick short brief little few".split())  # "can I have a quick ..."
_GIVEN_UNTIL = frozenset("of on about for to with in".split())  # what is given ends before what it is of
_MEANING_FORMS = MEANING | frozenset("defined defines definitions explained explains explanation explanations "
                                     "explainer meanings".split())


def _meaning(norms: list[str]) -> bool:
    """A word of meaning: "mean", "define", "an explanation of" (not "definitely", "meaningful")."""
    return not _MEANING_FORMS.isdisjoint(norms)


def _asked_verb(norms: list[str]) -> int:
    """Index of the verb in "can/could you|someone VERB ...", a verb that is not one of explaining; else -1."""
    if not norms or norms[0] not in MODALS:
        return -1
    k = 1
    while k < len(norms) and norms[k] in ASKED:
        k += 1
    if k == 1 and len(norms) > 3 and norms[1] in {"i", "we"}:  # "... costing too much, can we cut it?": an action
        if norms[3] in POINTERS and norms[2] not in EXPLAINING | AUX or norms[2] in {"have", "get"} and next(
                (n for n in norms[3:] if n not in _GIVEN_BEFORE), "") not in TOLD_NOUNS:
            return 2  # "can I have the numbers by EOD?": to be given something, not "a quick rundown on EBITDA"
    if 1 < k < len(norms) - 2 and norms[k] == "help" and norms[k + 1] in {"me", "us"} \
            and norms[k + 2] not in EXPLAINING | FUNCTION:
        return k + 2  # "can you help me build the depreciation schedule": the verb helped with asks
    given = norms[k + 2:k + 6] if 1 < k < len(norms) - 2 else []  # "the 2-sentence version of X", "read access to X"
    given = given[:next((n for n, w in enumerate(given) if w in _GIVEN_UNTIL), len(given))]
    if given and norms[k] == "give" and norms[k + 1] in {"me", "us"} and TOLD_NOUNS.isdisjoint(given):
        return k  # "can somebody give me read access to SIEM?": a thing given; not "a quick overview of SIEM", "SIEM"
    return k if 1 < k < len(norms) and norms[k] not in EXPLAINING and norms[k] not in AUX else -1
