"""Names only offered, never answered: a comparison named in a statement that asks nothing, and a term named in a
message that asks something else of it (glossary/other_questions.py: "the SOW for the vendor, who signs it?", "does
the outage mean an SLA credit is coming?").

"SAN vs NAS migration done btw", "our CIO vs CFO fight is getting old": the pair runs on into a noun (the thing
something happened to) and the sentence says what happened; no "?", no asking or comparing word. Such a message is
only offered the two terms, never compared outright. A pair as a heading before its story ("debit vs credit 😵
finance sent me a spreadsheet", "nas vs san my manager keeps mixing them up") still asks.
"""

from __future__ import annotations

import re

from glossary import contrast, cues, normalize
from glossary.cue_words import ASKING_WH, COURTESY, OTHER_WH, QUESTION_CUES, STATES
from glossary.models import LookupResult
from glossary.other_questions import asks_other
from glossary.phrase_end import FINITE
from glossary.textscan import Scan, scan
from glossary.wh_opening import says_known

_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w'-]*)")  # the word right after a side, in its phrase
_PRONOUNS = frozenset("nothing something everything anything nobody somebody everybody anybody everyone someone "
                      "anyone".split())
_DOING = frozenset("done ship update label fix broke broken failed passed went ran won lost fight".split())
_ASKING = QUESTION_CUES | ASKING_WH | frozenset("tl dr tldr eli5 explain tell pls please plz help which asking "
                                                 "wondering curious confused".split())  # "... asking for a friend"


def stated_pair(cleaned: str, compared: LookupResult) -> bool:
    """A comparison named in a statement that asks nothing ("SAN vs NAS migration done btw", "our CIO vs CFO fight
    is getting old"): no "?", no asking or comparing word, the pair heads on into a noun, and something is said."""
    words = normalize.words(cleaned)
    if "?" in cleaned or any(w in _ASKING or contrast.is_cue(w) and w not in ("vs", "versus") for w in words):
        return False
    last = compared.subject.split(" vs ")[-1]
    at = cleaned.lower().rfind(last.lower())
    head = _NEXT_WORD.match(cleaned, at + len(last)) if at >= 0 and last else None
    word = head.group(1) if head else ""
    if head is None or word.lower() in cues.FUNCTION or word.lower() in COURTESY or word.lower() in _PRONOUNS \
            or len(word) > 1 and word.isupper():
        return False  # "debit vs credit 😵 finance sent me ...", "X vs Y my gm keeps ...", "X vs Y HR is proposing
        # one", "X vs Y nothing to do with geography": a heading, then the story told by a subject of its own
    sides = set(normalize.words(compared.subject))
    story = [w for w in words if w not in sides and w not in cues.FUNCTION]
    return any(_verb(w) for w in story)  # "SAN vs NAS migration done": the pair names a thing something happened to


def _verb(word: str) -> bool:
    """A word that tells something happened or holds: "done", "passed", "getting", "ship"."""
    return word in FINITE or word in STATES or word in _DOING or len(word) > 4 and word.endswith(("ed", "ing"))


def offered(cleaned: str, result: LookupResult) -> LookupResult:
    """The comparison only offered when it is named in a statement (`stated_pair`), a term when the message asks
    something else of what it names (glossary/other_questions.py: "the SOW for the vendor, who signs it?", "does
    the outage mean an SLA credit is coming?"); any other result as it is."""
    if result.status == "compare" and not result.followup and stated_pair(cleaned, result):
        result.status = "suggest"
    elif result.status in ("answer", "ambiguous") and not result.followup and (asks_other(s := scan(cleaned)) or _known(
            s, cleaned)):
        result.status = "suggest"  # "I know what a KPI is": the asker knows it, no question
    return result


def _known(s: Scan, text: str) -> bool:
    """The asker says they know what it is, and asks nothing or something else after saying so: "I know what a KPI is",
    "I know what a SOW is, who signs it?", "lunch? I know what an SLA is" (glossary/wh_opening.py)."""
    said = _KNOWING.search(text)
    asked = "?" in (text[said.start():] if said else text)
    return (not asked or not OTHER_WH.isdisjoint(s.norms)) and says_known(s)  # "..., who signs it?"


_KNOWING = re.compile(r"\b(?:know|knows|knew|understand|understands|til|aware)\b", re.I)
