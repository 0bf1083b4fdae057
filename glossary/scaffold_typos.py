"""Typos in the words that make a question a question: "waht is", "can u explian", "what dose X mean"; chat
shorthand for them ("wdym X", "wut is X", "tell me abt X"); and an acronym dictated letter by letter ("what is an
r f i", "m v p"), read as the acronym.

The phrasing parser and the cues read question words; a mistyped one hides the subject from both.
Each word one keystroke away (a letter dropped, added, changed or two swapped) from a question word
is read as that word, unless it is itself an English word ("dose", "doe" stay): a fixed table built
once, one dict look-up per word, so the cost is linear in the text.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import cache

from glossary import common_words, foreign_words

#: Question words worth repairing: long enough that one keystroke off is still clearly them.
QUESTION_WORDS = ("what", "whats", "which", "explain", "define", "describe", "does", "mean", "means", "meaning",
                  "difference", "understand", "confused", "tell", "between", "definition",
                  "about", "acronym", "abbreviation", "clarify", "please", "again")
#: Two- and three-letter question words: only two swapped letters ("si", "teh") are safe to repair.
SHORT_WORDS = ("is", "the", "what", "how")
#: Three or more capitals apart, maybe with a plural "s": a dictated acronym whatever the words around ("A P R",
#: "E T F s"), a capital "A" a letter, not the article; a last "I" may be the asker speaking on ("R F P I got one").
_CAPITALS = re.compile(r"(?<![\w'’])[A-Z](?: [A-Z](?![\w'’])){2,}(?: s(?![\w'’]))?")


def capitals_joined(text: str, known: Callable[[str], bool]) -> str:
    """`text` with each run of capitals dictated apart that opens on "A" or ends on "I" or a plural "s" written as
    one acronym ("what does A P R mean": APR, not "a PR"); other runs are left to glossary/spoken_letters.py, which
    reads the words that sound them out too ("see surf C S R F"). `known`: is a key an acronym the glossary names?"""
    if " " not in text:
        return text
    return _CAPITALS.sub(lambda m: _spelled(m, known) if m.group()[0] == "A" or m.group()[-1] in "Is"
                         else m.group(), text)


def _spelled(m: re.Match[str], known: Callable[[str], bool]) -> str:
    """A run of capitals as the acronym: "A P R" is APR; "R F P I got one" RFP and the asker's "I", and "E T F s"
    the plural ETFs, where the glossary names the shorter acronym and not the whole run ("H D M I" stays HDMI)."""
    letters = m.group().split()
    whole, shorter = "".join(letters).upper(), "".join(letters[:-1]).upper()
    if known(whole.lower()) or not known(shorter.lower()):
        return whole
    if letters[-1] == "I" and re.match(r" [a-z]", m.string[m.end():m.end() + 3]):
        return shorter + " I"  # the asker speaking on
    return shorter + "s" if letters[-1] == "s" else whole


#: Question words still clear with one letter left out ("wha is", "wht is"): four letters, nothing else near.
DROPPED_WORDS = ("what",)
#: Chat shorthand for the words of a question, where it asks: "wdym iam", "IAM wdym", "wdym by
#: X" (not "wdym the SLA was breached", "wdym no ATO": a claim doubted), "wut is X", "wot's a X" (not "wut the DNS
#: is down again", "wot is the SLA for P1": a value).
_WDYM = re.compile(r"\bw(?:dym|ym)\b(?=\s+by\b|[\s?!.]*$|(?!\s+(?:no|not|another|the|this|that|our|your|my|their|his|"
                   r"her|its|these|those|any|some)\b)(?:\s+[\w'/&`-]+){1,4}\s*(?:[,;:?!.]|$))", re.I)
_WUT = re.compile(r"\b(?:wut|whut|wot)(?=(?:'s|s|\s+(?:is|are|was|does|do|did|r|means?))\b"
                  r"(?!\s+(?:the|our|your|my)\b))", re.I)
#: "wth is that", "wth is a compensating balance": what the hell; any other "wth" is "with" ("call wth the CFO",
#: "wth is going on with the VPN").
_WTH = re.compile(r"(?<![\w'])wth(?=[ \t]+(?:is|are)[ \t]+(?:that|this|it|those|these|an?)\b)", re.I)
_ABOUT = re.compile(r"(?<![\w'])abt(?=[ \t]+[\w@`'\"])")  # "tell me abt IaaS", "what abt SLI?" (not "ABT", a name)
_CLAUSE_END = re.compile(r"[,;:?!.]")
_VERB_AFTER_SUBJECT = frozenset({"mean", "means"})  # "explain medan": a longer slip after a pointing word
_POINTING = frozenset("explain define describe is are whats s about of the a an".split())
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_CLAIMED = frozenset("is are was were has have had will would can could did does do got gets went".split())
ENGLISH_RANK = 30_000  # a variant that is an English word this common is that word, not a typo
CLITIC_RANK = 1_000  # "thats", "hows": a very common word and its "'s" typed without the apostrophe
_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{2,14}(?![^\W\d_])")  # a whole word: not "defini" of "definição"
#: Three or more single letters apart ("r f i"), not starting on the words "a" and "I" ("a w a f" is "a WAF",
#: "can i a b test" is no "IAB"; a capital "A" is a letter: "A P R").
_LETTERS = re.compile(r"(?<![\w'’])(?![aiI] )[A-Za-z](?: [A-Za-z](?![\w'’])){2,}")

_WH_NEXT = re.compile(r"\b(what|how|why|where|who|when|which)(\s+)([A-Za-z]{2,14})\b", re.I)


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    letters = string.ascii_lowercase
    dropped = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b for c in letters}
    return dropped | swapped | changed | {a + c + b for a, b in splits for c in letters}


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}


#: Words of other languages one keystroke from a question word ("mein": "mean"), looked for before the language.
_FOREIGN = ("mein", "si", "aboot", "definicion")  # "alguien sabe si es general?": Spanish "if", no slip of "is";
# Scots "about"; Spanish "definición" typed without its accent


@cache
def table() -> dict[str, str]:
    """typo -> question word, built on first use (a few ms)."""
    out: dict[str, str] = {}
    for word in QUESTION_WORDS:
        for typo in _edits(word):
            if len(typo) >= 4 and typo not in QUESTION_WORDS:
                out.setdefault(typo, word)
    for word in SHORT_WORDS:
        for typo in _swaps(word):
            out.setdefault(typo, word)
    for word in DROPPED_WORDS:
        for typo in (word[:i] + word[i + 1:] for i in range(len(word))):
            out.setdefault(typo, word)
    return {t: w for t, w in out.items() if not common_words.is_common(t, ENGLISH_RANK) and not _clitic(t, w)
            or t in ("si", "teh")}


def _clitic(typo: str, word: str) -> bool:
    """ "thats" is "that's" typed without its apostrophe, not a slip of "whats": a word, not a typo."""
    return typo.endswith("s") and typo[:-1] != word and common_words.is_common(typo[:-1], CLITIC_RANK)


@cache
def after_wh() -> dict[str, str]:
    """English words that are a question word with two letters swapped ("dose" for "does"): read as that
    word only in its place, right after a question word ("what dose DLP do"), never elsewhere ("a dose")."""
    return {typo: word for word in QUESTION_WORDS + SHORT_WORDS for typo in _swaps(word)
            if typo != word and common_words.is_common(typo, ENGLISH_RANK) and typo not in QUESTION_WORDS}


def _after_wh(match: re.Match[str]) -> str:
    word = match.group(3)
    return match.group(1) + match.group(2) + (word if word.isupper() else after_wh().get(word.lower(), word))


def repair(text: str) -> str:
    """The text with mistyped question words spelled right; everything else untouched (capitals too:
    "SI" is an acronym someone may ask about)."""
    if " " not in text.strip():
        return text  # one word is what they ask about: "standp" is a typo of "standup", not of "stand"
    fixes = table()
    if any(word in text for word in _FOREIGN) and foreign_words.spoken(text):  # "kubernetes mein pod kya hai":
        fixes = {t: w for t, w in fixes.items() if t not in foreign_words.WORDS and t not in foreign_words.MARKS}
    text = _LETTERS.sub(lambda m: m.group().replace(" ", "").upper(), text)
    text = _WH_NEXT.sub(_after_wh, text)
    text = _WUT.sub("what", _WDYM.sub(_what_do_you_mean, _ABOUT.sub("about", _WTH.sub("what", text))))
    text = _INVERTED.sub(_asked_order, text) if "it" in text or "th" in text else text
    return _WORD.sub(lambda m: _fixed(m, fixes), text)


#: A question in a statement's order, as learners ask it, opening its clause: "k8s ingress, what it is?", "ELK
#: stack, what it is" (Patois "wah it is": glossary/more_languages.py); not "I know what it is", "tell me what it
#: does for us".
_INVERTED = re.compile(r"(^|[,;:.!?\u2014\u2013-][ \t]*)(?:what|wat)[ \t]+(it|they|that|this)[ \t]+"
                       r"(is|are|means|mean|does|do|measures|measure|shows|show)(?=[ \t]*(?:[?!.,]|$))", re.I)


def _asked_order(m: re.Match[str]) -> str:
    """The question in a question's order: "what is it", "what does it mean", "what does it measure"."""
    pronoun, verb = m.group(2), m.group(3).lower()
    if verb in ("is", "are"):
        return f"{m.group(1)}what {verb} {pronoun}"
    return f"{m.group(1)}what does {pronoun} {verb.removesuffix('s') if verb != 'does' else 'do'}"


def _fixed(m: re.Match[str], fixes: dict[str, str]) -> str:
    """The question word a typed word slips from, unless in capitals, or "mean(s)" with a letter added where
    a subject belongs: "explain medan" slips from a name ("median"); "explain maen of T&M" is "mean"."""
    typed = m.group()
    word = fixes.get(typed.lower())
    if word is None or typed.isupper():
        return typed  # the common case: no slip of a question word
    if word in _VERB_AFTER_SUBJECT and len(typed) > len(word):  # a letter added: "medan", not "maen", "meen"
        before = _LAST_WORD.search(m.string[max(0, m.start() - 30):m.start()])  # bounded: linear in the text
        if before is not None and before.group(1).lower() in _POINTING:
            return typed
    return word


def _what_do_you_mean(found: re.Match[str]) -> str:
    """"wdym X" asks what X means unless a verb after it makes a claim ("wdym the PO is late")."""
    after = _CLAUSE_END.split(found.string[found.end():], maxsplit=1)[0].split()
    return found.group() if _CLAIMED.intersection(w.lower() for w in after) else "what do you mean"
