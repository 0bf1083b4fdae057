"""Which sentences of a message a question is about.

"I understand LPTA vs best value ... what is price realism?" asks about price realism: the terms of the
other sentences are the story around the question, not its subject. "We keep saying 'north star metric'.
what's that?" asks about the sentence before ("that"). So the scope is the sentence that asks most
clearly (a question word and a question mark), plus the sentence before it when the asking sentence
names nothing of its own. A message of one sentence, or where nothing asks, is all in scope.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from glossary import echoed, frames, half_spelled, negation, pair_heading, span_use
from glossary.cue_words import FUNCTION, OTHER_WH, QUESTION_CUES, REF_NOUNS, SCAFFOLD, SINGLE_POINTERS, WHAT
from glossary.detect_types import Candidate
from glossary.heading import heading_sentence
from glossary.kind_guess import guessed_kind, pointed_side
from glossary.named_parts import PLAIN_RANK, names_something, names_term
from glossary.phrase_end import BIDDING
from glossary.sentence_asking import BACK_REFERENCES, asks, compares_own, marked, noun_means
from glossary.textscan import Scan, scan

SpanReader = Callable[[str], tuple[Scan, list[Candidate]]]  # the detector's spans of a text

MAX_BACK = 3  # sentences read back for what "that" or "they" points to
ELLIPTIC = frozenset("meaning meanings definition stands means".split())  # a sentence opening so asks of the last
DEFINING = frozenset("mean means meaning stand stands".split())  # "what does X mean", "what does X stand for"
_OTHERS = frozenset({"or", "and", "vs", "versus"})  # "what is X or Y" asks of more than one thing
WHAT_IS = (WHAT, frozenset({"is", "s", "are", "re", "a", "an"}))  # "what's a NAS"
_SENTENCE_GAP = re.compile(r"[.!?:;•]\s|\n")  # what glossary/textscan.py reads as a sentence break
_POINTS_BACK = re.compile(r"\b(?:each|both|either|the other|the two|them|they|these|those)\b", re.I)  # the two compared
#: A question that weighs the two named before it: "X vs Y: which can be exercised early?", "...: pros/cons?"
_WEIGHS = re.compile(r"\b(?:which (?:is|are|one|ones|of|can|should|would|could|do|does|to|works?|makes?)|pros|cons|"
                     r"better|worse|trade-?offs?|prefer|preferred|choose)\b", re.I)


def sentences(scan: Scan) -> list[list[int]]:
    """Token indexes, sentence by sentence."""
    out: list[list[int]] = []
    for i in range(len(scan.norms)):
        if scan.sentence_start[i] or not out:
            out.append([])
        out[-1].append(i)
    return out


def _asked_elsewhere(scan: Scan, parts: list[list[int]], plain: list[int], k: int) -> set[str]:
    """The words of the other sentences that ask, besides sentence `k`."""
    return {scan.norms[i] for j, part in enumerate(parts) if j != k and plain[j] for i in part}


def _defines_own(scan: Scan, tokens: list[int], spans: list[Candidate], asked_elsewhere: frozenset[str] | set[str]
                 = frozenset()) -> bool:
    """The sentence asks for the meaning of something it names itself: "can we piggyback on the county's
    contract? what does piggybacking mean" asks the second, though only the first has a question mark. So
    does "what's a NAS" after "where do the scanned invoices live?", unless another question names it too
    ("they filed a PR. PR as in press release?? what is a PR": the sense is in that one)."""
    norms = {scan.norms[i] for i in tokens if not noun_means(scan, i)}
    if norms & BACK_REFERENCES:
        return False
    if _opens_what_is(scan, tokens):
        own = {tuple(span.ids) for span in spans if span.first in tokens and not (span.loose or span.weak)}
        if norms - FUNCTION - SCAFFOLD - QUESTION_CUES & asked_elsewhere or len(own) > 1 or norms & _OTHERS:
            return False  # "what is the SLA or the SLO" names two: it is left to the cues
        if names_term(tokens, spans):
            return True
        # not "what's the method": a plain noun after "the" is the one named before
        return "the" not in norms and names_something(scan, tokens, spans, PLAIN_RANK)
    return bool(norms & DEFINING) and names_something(scan, tokens, spans, PLAIN_RANK)


def _opens_what_is(scan: Scan, tokens: list[int]) -> bool:
    """The sentence opens "what is/what's/whats a ...": it asks what something is, as "what does X mean" does
    ("where do the scanned invoices live? someone said 'the NAS'. what's a NAS" asks the last)."""
    return len(tokens) > 2 and scan.norms[tokens[0]] in WHAT_IS[0] and scan.norms[tokens[1]] in WHAT_IS[1]


def _kind_of_it(scan: Scan, tokens: list[int], pronoun: int | None) -> bool:
    """The sentence asks what kind of thing a pronoun at its end is: "what format is that", "which agency is
    it": the noun asked is the class, the pronoun the subject, the thing named before."""
    return pronoun is not None and pronoun == len(tokens) - 1 > 2 and scan.norms[tokens[0]] in WHAT_IS[0] | {
        "which"} and scan.norms[tokens[pronoun - 1]] in WHAT_IS[1] - {"a", "an"}


def asking_tokens(scan: Scan) -> set[int]:
    """Token indexes of every sentence that asks something (where typos are worth looking for), and of the
    sentences a "what is that?" points back to: "... a sensitivty analysis on the savings. What is that?"."""
    parts = sentences(scan)
    if len(parts) <= 1:
        return {i for part in parts for i in part}
    asking = [part for part in parts if marked(scan, part) or any(scan.norms[i] in QUESTION_CUES for i in part[:4])]
    asked = {i for part in asking for i in part}
    norms = {scan.norms[i] for i in asked}
    bare = any(all(scan.norms[i] in QUESTION_CUES or scan.norms[i] in SCAFFOLD for i in part)
               and any(scan.norms[i] in QUESTION_CUES - WHAT for i in part) for part in asking)  # not "what?"
    if not (norms & BACK_REFERENCES or bare) or norms & OTHER_WH:  # "... keeps saying observabilty. meaning?"
        return asked  # "... a sensitivity anlaysis. Who is he?" asks about someone, not what was named
    return asked | (question_scope(scan, []) or set())


def question_scope(scan: Scan, spans: list[Candidate]) -> set[int] | None:
    """Token indexes the question is about, or None when that is the whole message."""
    parts = sentences(scan)
    if len(parts) <= 1:
        return None
    plain = [asks(scan, part) for part in parts]
    compares = [plain[k] > 0 and compares_own(scan, part) for k, part in enumerate(parts)]
    scores = [plain[k] + 2 * (_defines_own(scan, part, spans, _asked_elsewhere(scan, parts, plain, k)) or compares[k])
              for k, part in enumerate(parts)]
    best = max(scores)
    if best == 0:
        return None
    named = [names_term(part, spans) for part in parts]
    n = max(range(len(parts)), key=lambda k: (scores[k], named[k], compares[k]))  # of two "?", the one with a term
    scope = set(parts[n])
    if not named[n] and not QUESTION_CUES.intersection(scan.norms[i] for i in parts[n]):
        # "eli5 serverless. there are obviously servers somewhere??": the one that asks and names a term; not
        # when the sentence asks its own "what is X" ("what is a dark launch? is it like a canary deployment?")
        near = sorted((k for k in range(len(parts)) if scores[k] and named[k]), key=lambda k: abs(k - n))
        scope |= set(parts[near[0]]) if near else set()
    pronoun = next((k for k, i in enumerate(parts[n]) if scan.norms[i] in BACK_REFERENCES
                    or renamed(scan, i, spans)), None)
    # "what does it measure?" points back; "someone proposed a monorepo, what is that?" points at monorepo
    before = _framed(scan, parts[n][:pronoun]) if pronoun is not None else []
    refers_back = pronoun is not None and not names_something(scan, before, spans, PLAIN_RANK) \
        or scan.norms[parts[n][0]] in ELLIPTIC \
        or _kind_of_it(scan, parts[n], pronoun)  # "quote says FOB Origin. meaning what exactly, who owns ..."
    if n > 0 and (refers_back or not names_something(scan, parts[n], spans) or _ruling_out(scan, parts[n], spans)):
        # "what's that?", "what does it measure?", "can someone explain?": back to the sentence that names
        # something ("... a fixed-price or a T&M contract. My CO explained it. How do they differ?")
        for k in range(n - 1, max(-1, n - 1 - MAX_BACK), -1):
            scope |= set(parts[k])
            if names_something(scan, parts[k], spans, PLAIN_RANK) and not _aside(scan, parts[k], spans):
                break  # "I did not want to interrupt" names nothing "it" could be
    elif n == 0 and len(parts) > 1 and not names_something(scan, parts[0], spans):
        scope |= set(parts[1])  # "definition: churn", "quick question: ..."
    quoted = None if any(span.first in scope for span in spans) or not _bare(scan, parts[n]) \
        else span_use.quoted_alone(scan, spans)  # '"IQR" ... my weak point. What is it?', "'LPTA' ... enlighten me?"
    if quoted is not None and quoted.first < parts[n][0]:
        scope |= next(set(part) for part in parts if quoted.first in part)
    return scope | _heading(scan, parts, n, spans)


def _bare(scan: Scan, tokens: list[int]) -> bool:
    """The sentence only asks or bids ("What is it?", "Would you enlighten me?"), or guesses last ("Is that ...?")."""
    if scan.norms[tokens[0]] in ("is", "isnt") and len(tokens) > 1 and scan.norms[tokens[1]] in SINGLE_POINTERS:
        return tokens[-1] == len(scan.norms) - 1  # the message's last sentence guesses at what it named
    said = {scan.norms[i] for i in tokens}
    return not said.isdisjoint(QUESTION_CUES | _BIDS | _POINTING) \
        and said <= SCAFFOLD | FUNCTION | QUESTION_CUES | _BIDS  # not "Did you?"


_POINTING = SINGLE_POINTERS | {"they"}
_BIDS = BIDDING | frozenset("enlighten help mean means signify signifies".split())
_FRAMING = frozenset({"for", "in", "from", "as", "with"})
_ASKING = QUESTION_CUES | OTHER_WH  # where the question itself starts after a framing phrase


def _framed(scan: Scan, tokens: list[int]) -> list[int]:
    """The tokens before a pronoun less an opening phrase that frames the question ("for testing purposes
    what does that mean"): a preposition's object is not what "that" points at."""
    if not tokens or scan.norms[tokens[0]] not in _FRAMING:
        return tokens
    return next((tokens[k:] for k, i in enumerate(tokens) if scan.norms[i] in _ASKING), [])


def _heading(scan: Scan, parts: list[list[int]], n: int, spans: list[Candidate]) -> set[int]:
    """The message's heading, when the sentences after it up to the one asked name no other term: "EDI.
    ancient, still used by our biggest customer. what is it", "empowerment. deck word or real?". A term
    said alone as the first sentence is what a later "it", "meaning?" or subjectless guess is about."""
    if not spans:
        return set()
    mention = scan.text[:scan.starts[parts[0][0]]].strip() == "@"  # "@glossarybot\ndebenture. ...": after it
    h, tokens = (1, parts[1]) if mention and len(parts[0]) == 1 else (0, parts[0][mention:])
    if n <= h or not (head := heading_sentence(scan, spans, tokens)):
        return set()
    later = {i for part in parts[h + 1:n + 1] for i in part
             if part is parts[n] or not any(scan.norms[k] in BACK_REFERENCES for k in part)}
    if any(span.first in later and not (span.loose or span.weak) and not set(span.ids) & set(head.ids)
           for span in spans):
        return set()  # "gantt chart. PMO wants one. what is it": the term between may be what "it" is
    return set(tokens)


def _ruling_out(scan: Scan, tokens: list[int], spans: list[Candidate]) -> bool:
    """A sentence that only rules a sense out ("nothing to do with spies I assume?", "i assume not critical path
    method") is said about what was named before it; not one that names a word before ("does ship here mean
    something special, not like sending a package?")."""
    at = negation.starts([scan.norms[i] for i in tokens])
    return bool(at) and not names_term(tokens, spans) and not any(
        tokens[0] <= span.first < tokens[0] + min(at) for span in spans)


def _aside(scan: Scan, tokens: list[int], spans: list[Candidate]) -> bool:
    """A sentence that names no term and itself asks, points back or rules a sense out is said about the thing
    named before it, as the question is: "kerberos... the 3 headed dog?? why is that in my login error", "accrual
    basis accounting... i keep writing it as 'acrual'. what does it mean", "CPM in the ad budget. i assume not
    critical path method. what is it" (a name ruled out is no term named: negation.meant)."""
    return not names_term(tokens, spans) and (marked(scan, tokens)
                                               or any(scan.norms[i] in BACK_REFERENCES for i in tokens)
                                               or _ruling_out(scan, tokens, spans))


def renamed(scan: Scan, i: int, spans: list[Candidate]) -> bool:
    """Token `i` is "the/that/this" before the last word of a proper name told in an earlier sentence ("Does the Buy
    American Act apply ...? What does the act require?") or a noun of naming ("the concept"): it names the term again,
    as "it" would. A name in lower case is a kind of thing: "a fixed-price contract ... the contract" is one of them."""
    if scan.norms[i] not in ("the", "that", "this") or i + 1 >= len(scan.norms):
        return False
    noun, opens = scan.norms[i + 1], scan.sentence_bounds(i)[0]
    naming = noun in NAMING_NOUNS and _names_nothing_after(scan, i + 2)
    return any(span.last < opens and not (span.loose or span.weak)
               and (naming or span.first < span.last and scan.norms[span.last] == noun
                    and all(raw[:1].isupper() for raw in scan.raws[span.first:span.last + 1] if raw.isalpha()))
               for span in spans)


#: Nouns that name whatever term was told before: "I read about agency theory. Could you explain the concept?"
NAMING_NOUNS = REF_NOUNS | frozenset({"concept", "notion"})
_AFTER_NAMING = frozenset("mean means meant stand stands refer refers signify signifies imply implies is "
                          "please pls again exactly simply here there".split())


def _names_nothing_after(scan: Scan, k: int) -> bool:
    """After "the concept"/"this term", the sentence ends or goes on with a verb of meaning or an adverb ("... explain
    the concept briefly", "what does this term mean"): nothing else is named ("the term for the penalty", "the concept
    of moral hazard", "the word breach", "the word on the outage", "the term length")."""
    return k >= len(scan.norms) or scan.sentence_start[k] or scan.norms[k] in _AFTER_NAMING \
        or scan.norms[k].endswith("ly")


def in_scope(scan: Scan, spans: list[Candidate]) -> list[Candidate]:
    """The spans the question may be about: those in its scope, and the same terms named elsewhere
    ("awarded as an IDIQ ... What is an IDIQ contract?")."""
    about = question_scope(scan, spans)
    if about is None:
        return spans
    named = {i for span in spans if span.first in about for i in span.ids}  # "AD? AD = active directory": a sense
    asked = sorted(about)
    if not names_term(asked, spans):  # "... market segmentation ... what's segmentation?": said again
        named |= {i for span in spans if echoed.echoes(scan, span, asked) for i in span.ids}
    return [span for span in spans if span.first in about or named.intersection(span.ids)  # of it, named again
            or span.spelled and span.last + 1 in about and half_spelled.cut_after(scan, span.last)]  # "cost per...
    # thousand?": a half expansion cut off runs on into the sentence after it


def scoped_text(text: str) -> str:
    """The part of `text` the question is about (the whole text when that is all of it): the exact
    readings are looked for there, so a term told in the story is not read as the one asked."""
    if not _SENTENCE_GAP.search(text.rstrip()):
        return text  # one sentence (the common case): nothing to scan
    scanned = scan(text)
    about = question_scope(scanned, [])
    if about is None:
        return text
    first, last = min(about), max(about)
    end = scanned.starts[last + 1] if last + 1 < len(scanned.starts) else len(text)
    return text[scanned.starts[first]:end].strip()


def frame_of(cleaned: str, scoped: str, spans: SpanReader | None = None) -> frames.Frame | None:
    """The frame of the sentences asked (`scoped`, from `scoped_text`: "I know LPTA vs best value. what is
    X?" compares nothing); "how do they differ?" is about the terms named anywhere before it, and so is a
    question that weighs ("which is ...?", "pros/cons?") and names no term of its own (`spans`: the detector's)."""
    frame = frames.then_compared(frames.asked_outright(frames.parse(scoped), cleaned), cleaned)  # "and X? vs Y?"
    if scoped is not cleaned and (frame is None or frame.kind == "compare_named"):
        whole = frames.parse(cleaned)
        if whole is not None and (whole.kind == "compare_named" or frame is None and pointed_side(whole)
                                  and not guessed_kind(cleaned, whole) or (
                whole.kind == "compare" and (
                (frames.asks_difference(scoped) or _WEIGHS.search(scoped) is not None and not _names(spans, scoped))
                if frame is None else _POINTS_BACK.search(scoped) is not None))):
            return whole  # "S corporation vs C corporation: what's the practical difference", "QASP vs QCP: who
            # writes each, and what is the difference?": "each" is one of the two terms compared before
        if frame is None and (rest := pair_heading.heading_rest(cleaned, whole)) is not None \
                and not _names(spans, rest):
            return whole  # "IaaS vs PaaS\nI've seen the diagram 5 times and still can't explain it. help"
        return frame
    return frame


def _names(spans: SpanReader | None, text: str) -> bool:
    """The text names a term by a name of its own ("which of our vendors has a GSA schedule?")."""
    return spans is not None and any(not (x.weak or x.loose) for x in spans(text)[1])


#: A dash before an identity question ("who is ...") or a yes/no question about what was just said ("is that
#: ...") starts a new sentence: "the '2/10' part — is that a cash discount?", "DCAA wants to audit our rate —
#: who is DCAA?" ask as "... . is that ...?" would ("AWS — is SAM where ...?" keeps its heading).
_DASH_ASKS = re.compile(r"\s+(?:[\u2014\u2013]|--?)\s+(?=who\s+(?:is|are|was|were)\s|(?:is|are|was|were)\s+"
                        r"(?:that|this|it|those|these|they)\b)", re.I)


def apart(cleaned: str, scoped: str) -> tuple[str, str]:
    """(message, sentences asked) with a dash before a question's opening word read as a sentence end; the
    frames and comparisons ("A vs B — is A just ...?") have read the message as typed already."""
    split = _DASH_ASKS.sub(". ", cleaned) if "\u2014" in cleaned or "\u2013" in cleaned or " -" in cleaned else cleaned
    return (split, scoped_text(split)) if split != cleaned else (cleaned, scoped)
