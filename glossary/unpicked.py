"""Terms a question names but no cue could pick: offered ("did you mean"), never answered.

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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from glossary import common_words
from glossary.cues import Scored, points_back_to
from glossary.detect_types import Candidate
from glossary.message_shape import Shape
from glossary.pointed_back import SPEECH
from glossary.span_use import denied
from glossary.specific import specific_name
from glossary.textscan import Scan


def offered(scan: Scan, scored: Sequence[Scored], form: Shape,
            story: Callable[[], Sequence[Scored]]) -> list[Candidate]:
    """The specific terms of a question no cue picked, the most asked first; [] when none or no question.
    `story`: every span of the whole message, scored, read only when the sentence asked names none.
    Called only when nothing was chosen, so it costs nothing on a message the cues decide."""
    if not form.question or form.other_wh:
        return []
    named = [x for x in scored if x.specific and _own_name(scan, x.span) and not x.everyday]
    if not named:  # "what does it cover", "multitenancy — ...", never "API returns a JWT. what is a JWT?"
        back = _points_back(scan)
        named = [x for x in story() if (back or x.span.first == 0) and specific_name(scan, x.span)
                 and _own_name(scan, x.span) and not _speaker(scan, x.span)]
    return list({tuple(x.span.ids): x.span for x in sorted(named, key=lambda x: -x.asked)}.values())


def _own_name(scan: Scan, span: Candidate) -> bool:
    """Typed as a name of its own: no chat word, not named as what is not meant."""
    return not (span.weak or span.loose or denied(scan, span)) \
        and not any(common_words.is_chat(raw) for raw in scan.raws[span.first:span.last + 1])


def _points_back(scan: Scan) -> bool:
    """A sentence of the message only asks what was named before it: "... what is it?", "what does that mean"."""
    return any(scan.sentence_start[k] and points_back_to(scan, k) for k in range(1, len(scan.norms)))


def _speaker(scan: Scan, span: Candidate) -> bool:
    """The term is who spoke, not what was said: "dev said ...", "the CFO mentioned ..."."""
    return span.last + 1 < len(scan.norms) and scan.norms[span.last + 1] in SPEECH
