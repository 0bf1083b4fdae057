"""Guards on an exact reading of a question's subject: is what matched really the term asked about?

"what's the eta for the release" matched ETA, "what is it, in plain terms" matched IT, "what that
means" matched the statistical mean: a question's own words, or an everyday word in lower case, are
not the term unless the question clearly asks about them (glossary/cues.py decides then).
"""

from __future__ import annotations

from glossary import common_words, cues, foreign_words, negation, normalize, wh_opening
from glossary.asked_shapes import TOPIC_MARKS
from glossary.bare_names import everyday_expansion
from glossary.cue_words import ASKING_WH, CONTEXT_IN, QUESTION_CUES, STATES
from glossary.models import LookupResult, Term
from glossary.other_questions import acts_asked
from glossary.phrase_end import BIDDING
from glossary.state_asked import asks_time_or_state, stated
from glossary.textscan import scan


def everyday_acronym(terms: dict[str, Term], exact: LookupResult, text: str) -> bool:
    """An acronym found as an everyday word in lower case, or an everyday word that is only some term's
    alias, in a message that says more: not sure, the cues decide ("what's the eta for the release",
    "IRR is the ROI percentage, right?"). A function word ("it", "so", "us") is never an acronym in lower
    case, even alone."""
    subject = exact.subject
    at = text.lower().find(subject)
    after = text[at + len(subject):].split(None, 1) if at >= 0 else []
    if after and after[0].lower() in CONTEXT_IN:
        return False  # "what is a sow in contracting": asked about, in a field
    if subject.isalpha() and not subject.isupper() and " " not in subject.strip() and names_more(text, subject) \
            and common_words.is_common(subject.lower(), cues.EVERYDAY_RANK) \
            and all(_only_alias(terms[m.id], normalize.key(subject)) for m in exact.matches):
        return True  # "SOW = scope of work, right?": "right" is only an alias of R (Right), said in passing
    key = normalize.key(subject)
    if exact.matches and all(_only_alias(terms[m.id], key) and everyday_expansion(terms[m.id], subject)
                             for m in exact.matches):
        return True  # "what is left": the word, never L (Left), the bare entry it spells out
    word = subject.lower()  # "Who or what is the COR": a capitalised word is the word too, not WHO
    as_word = subject.islower() or (subject.istitle() and names_more(text, subject))
    if not (as_word and subject.isalpha() and all(_written_upper(terms[m.id], word) for m in exact.matches)):
        return False
    return common_words.is_common(word, common_words.EVERYDAY) \
        or (common_words.is_common(word, cues.EVERYDAY_RANK) and names_more(text, subject))


MIN_STORY = 5  # words beyond the name that make a message with no question a statement about the thing
HEADING_MARKS = TOPIC_MARKS | frozenset("-(.;")
#: Words that ask, bid or name a sense, besides the question cues: "carrying costs for inventory def", "margin in
#: the collateral sense", "tell me about the SLA for our vendors", "SLA for vendors in the public sector please".
_SHORT_CUES = BIDDING | frozenset("def defn defs sense context tell break walk please pls plz help gist primer "
                                   "teach".split())


def unsure(terms: dict[str, Term], exact: LookupResult, text: str) -> bool:
    """The exact reading may not be what is asked: an everyday word, a term named in a statement, or one whose
    time, place or state now is asked ("the RFP, when is it?", "MTTR, what is it now?")."""
    return everyday_acronym(terms, exact, text) or said_in_passing(text, exact.subject) or another_thing(text) \
        or _state_said(text, exact.subject) or acts_asked(scan(text))


def _state_said(text: str, subject: str) -> bool:
    """The name is followed by its state only ("the SOW for the vendor signed yet?"): whether it is so, in a
    message with no word asking a meaning ("what does SOW signed mean?" asks one)."""
    s = scan(text)
    words = normalize.words(subject)
    n = len(words)
    at = [i for i in range(len(s.norms) - n) if s.norms[i:i + n] == words][:_MENTIONS]  # a few mentions' states
    return bool(n) and QUESTION_CUES.isdisjoint(s.norms) and any(stated(s, i + n - 1) for i in at)


_MENTIONS = 3


def another_thing(text: str) -> bool:
    """The message asks when or where a thing is, or its state now: never what it is (glossary/state_asked.py)."""
    return asks_time_or_state(scan(text))


def said_in_passing(text: str, subject: str) -> bool:
    """A message that asks nothing (no "?", no asking word) and says more about the named thing ("our SLA
    for the vendor expired", "the POS at the will-call counter froze again"): no exact reading of a name
    and its "context", the cues decide, and they ask more of a message that asks nothing."""
    if "?" in text or _heading(text, subject):
        return False  # "ntp - need sync < 1 ms", "derivative (finance). not d/dx": a heading asks
    words = negation.kept_norms(text)  # "beta in finance (not the stats beta)": the sense set aside is no story
    asking = {w for w in words if w in QUESTION_CUES or w in ASKING_WH or w in _SHORT_CUES}
    if asking and not wh_opening.knows_only(scan(text), asking):  # but "I know what a VPN is, I just can't ..."
        return False
    return len(words) >= len(normalize.words(subject)) + MIN_STORY


def _heading(text: str, subject: str) -> bool:
    """The message opens on the name, set apart by a mark: "ATO - gov customer says we need one"."""
    rest = text.lstrip()
    if rest[:len(subject)].lower() != subject.lower():
        return False
    after = rest[len(subject):]
    mark = after.lstrip()[:1]
    return mark in HEADING_MARKS and (mark != "-" or after[:1].isspace()) \
        and not _reported(normalize.words(after[:_REPORT_REACH])[:1])  # not "SLA-based pricing", "VPN - down again"


_REPORT_REACH = 40  # characters after the heading where its first word is read


def _reported(first: list[str]) -> bool:
    """The heading's clause opens on the named thing's state ("VPN - down again, on it", "SLA — breached ..." not:
    "ATO - required by the customer" asks): a status report, not a topic asked."""
    return bool(first) and first[0] in STATES


def _only_alias(term: Term, key: str) -> bool:
    """Is `key` one of the term's aliases, and not its name ("Right" for R), nor a form of either?"""
    return normalize.key(term.term) != key and any(normalize.key(a) == key for a in term.aliases)


def _written_upper(term: Term, word: str) -> bool:
    """Is `word` one of the term's names written as an acronym ('AM' for account manager)?"""
    return any(name.isupper() and name.lower() == word for name in (term.term, *term.aliases))


def names_more(cleaned: str, subject: str) -> bool:
    """Whether a question has more content words than its subject: it may name other terms."""
    return sum(not is_scaffold(w) for w in normalize.words(cleaned)) > len(normalize.words(subject))


def scaffold_word(subject: str) -> bool:
    """A question's own word read as a term ("what is it, in plain terms", "what that means"), or a chat word ("cya
    in standup"): not one, or only as the spans read it. A capital that only opens a sentence ("Who or what is the
    JAB?") is no acronym's casing (WHO)."""
    word = subject.strip(" ,.;:!?'\"")
    plain = word.islower() or (word[:1].isupper() and word[1:].islower())
    return plain and (word.lower() in cues.SCAFFOLD or word.lower() in cues.FUNCTION or common_words.is_chat(word))


def is_scaffold(word: str) -> bool:
    """Question scaffolding, chat filler, one of the 300 commonest words or a word only another language uses ("unsa",
    "qué"): never a subject."""
    return word in cues.SCAFFOLD or word in common_words.CHAT or common_words.is_common(word, 300) \
        or word in foreign_words.MARKS
