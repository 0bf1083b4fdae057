"""A name asked about in English words set among those of a language the bot has no table for: "EBITDA full form
mikä on", "junk bonds meaning kertokaa", "JBOD definition tarvitaan".

Such words around a name would otherwise read as part of a longer name nobody defined, and the English word that
asks ("meaning", "full form", "definition", "explain") would find no name of its own. So a clause holding the name,
an English word asking for a meaning, small English words and at most a few words that are no English at all (not an
everyday word, not a shortening of one, no chat abbreviation without vowels, no other name of the glossary, in lower
case; at least one of four letters or more) asks about the name.

Nor need the words that ask be English: a name that opens its clause, then one or two words of no English that
close a question ("salam, SIEM chi ast?", "ARP ni iki?") or make the whole one-line message ("OPEX kana bhai"),
asks about the name, when no other term of the message is asked. Nothing tells "VPN nejede?" (it does not work)
from "VPN kana?" without the language, so this is a measured trade. With the two readings beside it
(glossary/closing_pointer.py, apposed_pair.foreign_joined), on 22,029 read development messages it answers 232 more
right, with no negative answered and no confident wrong added: 217 in the three sets holding voices in languages
with no word listed (Burmese, Kinyarwanda, Dari, Odia). On two held-out sets written at the same time, in Afrikaans
and Mongolian voices, it moved one answer: their writers asked in other shapes. Probes written to
attack it answer state questions ("VPN funciona?"), product names ("IAM okta?") and replies ("SLA firmado") that
ask nothing: the guards below (`tail_word`, `asks_by_tail`, `_syllabic`) turned back about four in five of the
first review's, not all. Not read so: words asking when, where or who, thanks, greetings, "yes", "no", "not" and
"understood?" (glossary/world_words.py), a lone word not typed as syllables ("LDAP ldapsearch?"), English a
keystroke off or drawn out, a line among others or closed by a full stop ("SLA kini.").

A word to the listener alone after a name that opens a sentence, before the message's last question mark ("SOW
po?", "PKI ji? ..."), asks as "SOW?" does, whatever table reads the rest (`_polite`).
"""

from __future__ import annotations

from typing import NamedTuple

from glossary import common_words, foreign_words, world_asks
from glossary.detect_types import Candidate
from glossary.tail_words import ANCHOR_MIN, MANNER, SHORT, address, asks_by_tail, foreign, shortens
from glossary.textscan import Scan

ENDING_MAX = 4  # letters of a case ending typed on a name: "SLA:n", "VPN:lle"
MAX_TAIL = 2  # words of no English after a name that ask about it: "chi ast", "kana bhai"
MAX_OTHER = 4  # words besides the name: "EBITDA full form mikä on" has four, a sentence about it more
MAX_ASKED = 8  # ... but in the language's own words that ask, with a field set after them: "X andre exact artha
# enu HR policy prakara?"
MAX_SETTING = 3  # words of a field set before the language's "in": "HR policy prakara"

#: English words that may sit in such a clause: no question word, verb or time of its own.
_SMALL = frozenset("a an the be is are it this that to of in on for".split())
#: English words asking what a name means: one (or "full form") must be in the clause; not "form", "full", "short"
#: or "exactly" alone ("the NDA form anuppu", "VM full ayindi").
_CUES = frozenset("what whats mean means meaning meanings definition definitions define explain explanation stand "
                  "stands abbreviation acronym expansion".split())
_FULL_FORM = ("full", "form")
_BREAK = frozenset(".?!;:,()[]/=\n\"“”")
_OPENS = frozenset(".?!\n,")  # before a name asked by the words after it; not "ravi: VPN kaput?"
SENTENCE_MARKS = frozenset(".?!\n")  # before a name asked only by a word to the listener after it
_GLUED = frozenset("#@/-_")  # right before a name, a tag or a longer token: "#SLA kana?"
_STATED = frozenset(".!\n")  # in a message of one line, a statement or a list: "VPN kaput.", "SLA done!"


def _bounds(s: Scan, span: Candidate) -> tuple[int, int] | None:
    """[first, end) of the clause around the span; None for a clause of more than MAX_ASKED other words (the walk
    stops there: bounded for each span, whatever the message's length)."""
    first, end = span.first, span.last + 1
    while first > 0 and not _breaks(s, first):
        first -= 1
        if span.first - first > MAX_ASKED:
            return None
    while end < len(s.norms) and not _breaks(s, end):
        end += 1
        if end - 1 - span.last + span.first - first > MAX_ASKED:
            return None
    return first, end


def _breaks(s: Scan, k: int) -> bool:
    """The clause ends before token `k`; but a case ending after a colon goes on the word ("VPN:lle", "SLA:n")."""
    gap = s.text[s.ends[k - 1]:s.starts[k]]
    return bool(_BREAK.intersection(gap)) and not (gap == ":" and s.raws[k].isalpha() and s.raws[k].islower())


class Asked(NamedTuple):
    """A span asked about, and the words of another language that asked: none when English words asked ("EBITDA full
    form mikä on"), those words when the language's own did ("hva betyr SLA?": they mark no language with a table)."""

    words: frozenset[str]
    tail: bool = False  # asked only by words of no English after the name: yields to a name asked otherwise
    polite: bool = False  # ... by particles alone ("SOW po?"): no table's language asks another thing so


def tails(s: Scan, spans: list[Candidate], cued: list[bool]) -> list[bool]:
    """For each span, whether it is asked about in words no table holds: in English words among a few of such a
    language, or in that language's own words for asking; or by a few such words after it alone ("SIEM chi ast?"),
    when no other span is asked (`cued`: each span asked by cues of its own). Linear in the message: each span's
    clause is read a few words at most, and the message's languages once."""
    named = {i for span in spans for i in range(span.first, span.last + 1)  # "x.509 cert?": CERT, no foreign word
             if not (span.loose and address(s, i))}  # "SOW po?": a word to the listener, though PO is a name too
    found = [asked(s, span, named) for span in spans]
    if all(way is None for way in found):
        return [False] * len(spans)
    said = foreign_words.marked(s.text)
    # a language with a table is read by it, its "who" and "where" too; but "je" of "što je SLA?" marks no French
    read = [way is not None and (way.polite or not foreign_words.spoken_beyond_address(said - way.words))
            for way in found]
    full = [ok and not way.tail for ok, way in zip(read, found, strict=True)]
    other = {i for span, f, c in zip(spans, full, cued, strict=True) if f or c for i in span.ids}
    # "ETFs andre enu macha, mutual fund thara na": ETFs asked; but "... mentioned arp spoofing. ARP ni iki?"
    tailed = {tuple(span.ids) for span, ok, f in zip(spans, read, full, strict=True) if ok and not f}
    alone = len(tailed) == 1  # "HSM kana, TPM kana?": two asked so, neither alone
    return [f or ok and alone and not other.difference(span.ids) for span, ok, f in zip(spans, read, full, strict=True)]


def asked(s: Scan, span: Candidate, named: set[int]) -> Asked | None:
    """How the span is asked about, if it is: in English words among a few of a language no table holds, or in such a
    language's own words for asking; else None. The caller checks that no language with a table is spoken beside.
    `named`: every token of a glossary name in the message."""
    bounds = _bounds(s, span)
    if bounds is None or not _named(s, span, lowered=True):
        return None  # "Pos orizetai akrivos?": no name as typed
    first, end = bounds
    other = [k for k in range(first, end) if not span.first <= k <= span.last]
    aside = first > 0 and "(" in s.text[s.ends[first - 1]:s.starts[first]]  # "ce e un cluster (in sens k8s)?"
    world = world_asks.cue_tokens(s, other, named)  # "co znamená": CO is a name, not in this phrase
    particles = {k for k in other if s.raws[k].islower() and s.norms[k] in world_asks.PARTICLES} if world else set()
    setting = _setting(s, span, world, end) if world else set()
    if not other or aside or named.intersection(set(other) - world - particles - setting):  # "co SLA znamená"
        return None
    unknown = [k for k in other if foreign(s.raws[k])]
    cued = [k for k in other if s.norms[k] in _CUES or _full_form(s, k)]
    if cued and not world and len(other) <= MAX_OTHER and _named(s, span) and any(_anchor(s.raws[k]) for k in unknown) \
            and all(k in unknown or k in cued or s.norms[k] in _SMALL for k in other):
        return Asked(frozenset())
    if not world and not cued and (tail := _tail_asks(s, span, other, end)):
        return tail  # "SIEM chi ast?", "OPEX kana bhai": the question in words no table holds; "SOW po?": politely
    # asked in the words of another language that asks ("hva betyr SLA?"), with nothing else but small words, its
    # particles and a case ending on the name ("mikä on SLA:n merkitys?")
    if world and all(k in world or k in cued or k in particles or k in setting or s.norms[k] in _SMALL
                     or s.norms[k] in MANNER or _ending(s, span, k) for k in other):
        return Asked(frozenset(s.raws[k].lower() for k in world))
    return None


def _tail_asks(s: Scan, span: Candidate, other: list[int], end: int) -> Asked | None:
    """The clause is the name and then one or two words of no English, closing a question: how a name is asked
    about in a language no table holds ("salam, SIEM chi ast? ...", "2fa ni iki exactly?"); or the whole message,
    one line with no full stop ("OPEX kana bhai", "JBOD kana 🤔"). Not a line among others ("DNS unbound\nDHCP
    dnsmasq": a list), nor a clause after which the message goes on without a question mark."""
    manner = len(other) > 1 and s.norms[other[-1]] in MANNER  # "2fa ni iki exactly"
    words = other[:-1] if manner else other
    if not 1 <= len(words) <= MAX_TAIL or other[0] <= span.last or not _named(s, span):
        return None
    start = s.starts[span.first]
    before = s.text[s.ends[span.first - 1]:start] if span.first else "\n"
    if not _OPENS.intersection(before) or start and s.text[start - 1] in _GLUED:
        return None  # "EV/EBIT etc?", "(TCO ...", "#SLA kana?"
    after = s.text[s.ends[end - 1]:s.starts[end] if end < len(s.norms) else len(s.text)]
    if asks_by_tail(s, words):  # not "SLA kab?"
        closes = "?" in after or span.first == 0 and end == len(s.norms) and not _STATED.intersection(s.text.strip())
        return Asked(frozenset(), tail=True) if closes else None
    return Asked(frozenset(), tail=True, polite=True) if _polite(s, words, before, end) else None


def _polite(s: Scan, words: list[int], before: str, end: int) -> bool:
    """The name, then only words to the listener, then a question mark closing the message, opening a sentence:
    "SOW po?", "ok. PKI ji? 🙏". Not after a clause asking another thing ("which is down, VPN ba?") nor before words
    saying or asking more ("VPN po? hindi gumagana", "KPI ji? kitna hai", "EBIT po? o EBITDA?")."""
    if not all(address(s, k) for k in words) or not (before == "\n" or SENTENCE_MARKS.intersection(before)) \
            or "?" in s.text[:s.starts[words[0]]]:
        return False  # "where is the doc? SLA po?": another question before it
    rest = s.text[s.ends[end - 1]:].lstrip()  # "SOW po??": marks typed twice close it as one does
    return rest.startswith("?") and not any(c.isalnum() or c == "?" for c in rest.lstrip("?!"))


def _setting(s: Scan, span: Candidate, world: set[int], end: int) -> set[int]:
    """The tokens of a field set after the name and the words that ask, ending in the language's "in" ("investment
    wala", "HR policy prakara"): up to MAX_SETTING words, then the "in" closing the clause."""
    last, start = end - 1, max(span.last, *world) + 1
    if last < start or s.norms[last] not in world_asks.SETTING or not s.raws[last].islower():
        return set()
    return set(range(start, last + 1)) if last - start <= MAX_SETTING else set()


def _ending(s: Scan, span: Candidate, k: int) -> bool:
    """Token `k` is a case ending typed on the name after a colon or hyphen ("SLA:n", "KPI-t"), in lower case."""
    return k == span.last + 1 and s.text[s.ends[span.last]:s.starts[k]] in (":", "-") and s.raws[k].islower() \
        and len(s.raws[k]) <= ENDING_MAX


def _full_form(s: Scan, k: int) -> bool:
    """Token `k` is a word of "full form", typed together."""
    return tuple(s.norms[k:k + 2]) == _FULL_FORM or k > 0 and tuple(s.norms[k - 1:k + 1]) == _FULL_FORM


def _named(s: Scan, span: Candidate, lowered: bool = False) -> bool:
    """A name nobody uses in passing: several words, capitals as written ("SLA"), or a word of four letters or more
    no English is, not merely capitalised to open a sentence ("jbod", "FaaS"; not "Pos", "des", "ratio").
    `lowered`: an English word of four letters or more typed in lower case counts too ("invoice andre enu?"): the
    language's own words that ask stand beside it."""
    raw = s.raws[span.first]
    return not span.weak and (span.last > span.first or raw.isupper() or len(raw) > SHORT
                              and (lowered and raw.islower()
                                   or not common_words.is_common(raw.lower(), common_words.NOT_COMMON - 1))
                              and not (raw.istitle() and s.sentence_start[span.first]))


def _anchor(raw: str) -> bool:
    """A word that can only be of another language: no English word, four letters or more, and not the start of
    an English word as a shortening would be ("cert", "repo", "params", "auth"; "doc" and "dev" are too short
    to tell, so they never count alone)."""
    return len(raw) >= ANCHOR_MIN and common_words.rank(raw) == common_words.NOT_COMMON \
        and not shortens(raw) and not (raw.endswith("s") and shortens(raw[:-1]))
