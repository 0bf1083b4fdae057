"""Terms a question names but no cue could pick: the topic the message opens on, read as asked, else offered.

The cues (glossary/cues.py) refuse a name followed by another word of its phrase, since "API key" or
"EBITDA margin" is something else than the API or EBITDA. Often, though, the word only sets the name in
use: "whats a NAS box", "what's a CVE number?", "CIDR notation like 10.0.0.0/16", "the procurement
request form, what is it for". And a question may name no term at all while the story before it does:
"multitenancy — sales asked if we're 'multi-tenant'. what's the textbook answer", "BYOD policy... bring
your own WHAT. device? what does it cover". When nothing at all is picked, a message that asks a question
(not only who/why/how) and names a specific term is better met by offering that term than by "I don't
know": an offer is never a confident answer, so it cannot be wrong. The terms of the sentence asked come
first (glossary/specific.py: a name in a sentence that asks); only when it names none, the names of the
rest of the message (several words, an acronym as written, a rare word) when a sentence only points back
at them ("what does it cover") or the name opens the message as its topic ("COI — compliance wants ...").
Never an everyday word or a lower-case acronym that is also a word (weak, loose), a chat word, a name
denied ("not the AUP"), or the speaker of reported speech ("dev said ..."); never a story term when the
question names something else ("the bank API returns a JWT. what is a JWT?").

Before offering, a message that opens on a short topic before its first break ("blockchain. someone in
sales said it. I need the textbook definition", "co-op plan — not like a student co-op right?") is read
as that topic asked ("blockchain?"), with every reading a question gets (heads, clipped names, typos):
the asker named the subject first and then told the story. That reading may answer; a sense the rest of
the message rules out ("not server message block") never is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from glossary import common_words, normalize
from glossary.asked_shapes import SETTING
from glossary.cue_words import QUESTION_CUES
from glossary.cues import Scored, points_back_to
from glossary.detect_types import Candidate
from glossary.message_shape import Shape
from glossary.models import LookupResult, Term
from glossary.negation import ruled_out
from glossary.pointed_back import speaks
from glossary.span_use import denied
from glossary.specific import specific_name
from glossary.textscan import Scan

MAX_OPENING = 4  # words: a longer opening is a sentence of the story, not a topic named
#: The opening before its first break; a slash joins it to a second name ("kubernetes / docker"), so the
#: opening runs on and is read whole.
#: A stop or colon ends it only before a space: "https://..." and "v1.2" run on.
_OPENING = re.compile(r"^\s*(.+?)\s*(?:[.?!:;,](?=\s|$)|[()\u2014\u2013\n]|\s-\s)")


def offered(scan: Scan, scored: Sequence[Scored], form: Shape, terms: dict[str, Term],
            story: Sequence[Candidate]) -> list[Candidate]:
    """The specific terms of a question no cue picked, the most asked first; [] when none or no question.
    `story`: every span of the whole message, read only when the sentence asked names none.
    Called only when nothing was chosen, so it costs nothing on a message the cues decide."""
    if not form.question or form.other_wh:
        return []
    named = [x.span for x in sorted(scored, key=lambda x: -x.asked)
             if x.specific and _own_name(scan, x.span) and not x.everyday and not speaks(scan, x.span)]
    if not named:  # "what does it cover", "multitenancy — ...", never "API returns a JWT. what is a JWT?"
        named = [x for x in story if specific_name(scan, x) and _own_name(scan, x) and not speaks(scan, x)]
        if named and not _points_back(scan):
            named = [x for x in named if x.first == 0]  # the topic the message opens on
    kept = [replace(span, ids=ids) for span in named if (ids := _meant(scan, span, terms))]
    return list({tuple(span.ids): span for span in kept}.values())


def _own_name(scan: Scan, span: Candidate) -> bool:
    """Typed as a name of its own: no chat word, not named as what is not meant."""
    return not (span.weak or span.loose or denied(scan, span)) \
        and not any(common_words.is_chat(raw) for raw in scan.raws[span.first:span.last + 1])


def _points_back(scan: Scan) -> bool:
    """A sentence of the message only asks what was named before it: "... what is it?", "what does that mean"."""
    return any(scan.sentence_start[k] and points_back_to(scan, k) for k in range(1, len(scan.norms)))


def topic_read(text: str, scan: Scan, every: Sequence[Candidate], form: Shape, terms: dict[str, Term],
               one: Callable[[str], LookupResult]) -> LookupResult | None:
    """The message read as a question about the name it opens on, before the first break ("blockchain.
    someone in sales said it. I need the textbook definition", "kubernetes — what is it and how do you say
    it"), in a message that asks what something is (not who/why/how, not at a rare word no term is); None
    when it opens on no name, or the rest of the message rules the sense out ("SMB segment — ... not server
    message block"), or the topic is a sentence of the story ("we use circuit breakers. ...") or another term
follows it ("Gantt chart. PMO wants one. what is it"). `every`: the message's spans; `one`: the reading of
one question."""
    found = _OPENING.match(text)  # the cheap tests first: most messages open on no short topic
    topic = found.group(1) if found else ""
    if not topic or not text[found.end():].strip() or len(topic.split()) > MAX_OPENING:  # nothing but the topic
        return None
    if not form.question or form.other_wh or form.elsewhere:
        return None
    read = one(f"{topic}?")  # the topic, asked
    ids = [m.id for m in read.matches]
    if read.status == "unknown" or ruled_out(terms, ids, scan.norms, topic, text)[0] \
            or not (_whole(topic, read.subject) or QUESTION_CUES.intersection(normalize.words(topic))) \
            or _named_after(scan, every, len(topic), ids):
        return None
    return read


def topic_first(text: str, scan: Scan, every: Sequence[Candidate], form: Shape, terms: dict[str, Term],
                one: Callable[[str], LookupResult], read_as: str) -> LookupResult | None:
    """The topic's reading (topic_read) over a message read as `read_as` ("suggest" or "unknown"). Over a
    guessed typo ("suggest") only a name typed as it is ("2fa. define for the procurement folks"), never one
    mistyped ("what is mfs? it keeps asking me for a code": MFA, not FMS). The caller asks only when the
    message named no term the cues could not choose among ("SOW. can you send me the latest one?")."""
    read = topic_read(text, scan, every, form, terms, one)
    if read is None or read_as == "unknown":
        return read
    words = set(normalize.words(read.subject))  # "blockchain" of blockchain technology; "mfs" is no word of FMS's
    typed = any(words <= set(normalize.words(name))
                for m in read.matches for name in (terms[m.id].term, *terms[m.id].aliases))
    return read if read.status in ("answer", "ambiguous") and typed else None


def _whole(topic: str, subject: str) -> bool:
    """The topic is the name read, bar an article, or that name set in a field or a case ("dumping in trade",
    "transaction risk with USD bookings"): "blockchain", "the co-op plan"; not "we use circuit breakers", a
    sentence of the story that names a term."""
    words = normalize.words(topic)
    words = words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words
    key, so_far = normalize.key(subject), ""
    for k, word in enumerate(words):  # the name's words, then the setting's preposition: linear in the topic
        if k and word in SETTING and so_far == key:
            return True
        so_far += normalize.key(word)
        if len(so_far) > len(key):
            return False
    return so_far == key


def _named_after(scan: Scan, every: Sequence[Candidate], end: int, ids: list[str]) -> bool:
    """Another specific term is named after the topic, so a question pointing back may be about it: "Gantt
    chart. PMO wants one by friday. what is it exactly"."""
    return any(scan.starts[x.first] >= end and specific_name(scan, x) and not set(x.ids) & set(ids)
               for x in every)


def _meant(scan: Scan, span: Candidate, terms: dict[str, Term]) -> list[str]:
    """The span's senses the message does not rule out: "SMB segment — ... not server message block"."""
    surface = scan.text[scan.starts[span.first]:scan.ends[span.last]]
    out = ruled_out(terms, span.ids, scan.norms, surface, scan.text)[0]
    return [i for i in span.ids if i not in out]
