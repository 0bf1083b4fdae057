"""Where a question in another language opens: at the message's start, after a mark, an emoji, a greeting, a
conjunction, laughter or a "please" ("opa, o que é SLA?", "Hello po ano po meaning ng DHCP?", "porfa q es un SLA"),
and never right after a verb of knowing ("ya sé qué es", "je sais ce que c'est"): glossary/foreign_asks.py asks.
"""

from __future__ import annotations

import unicodedata

from glossary import edges, foreign_words
from glossary.common_words import is_laughter

#: Before a question opening mid-message: a greeting, an interjection or a conjunction ("opa, ...", "e o que é").
_OPENERS = edges.GREETINGS | frozenset(
    "opa hii hoi ola cara gente pessoal dia e y et und en mas pero mais aber ma "
    "maar abi hocam kak gan bang sis che oye mira bueno dale porfa bitte abeg tolong please pls plz kindly "
    "alors donc bon allora quindi então entao entonces pues".split())  # and "so" in the Romance languages
#: Two words that open a question so: "du coup c'est quoi le CI/CD ?", "en fait c'est quoi X", "na verdade o que é X".
_OPENING_PAIRS = frozenset({"du coup", "en fait", "na verdade", "en realidad", "in realtà", "in realta", "de hecho",
                            "di fatto"})
#: Verbs of knowing, and the relatives after them: "ya sé lo que es" is a remark, no question.
KNOWING = frozenset("sé se sei sais sait weiß weiss entendí entendi entiendo sabe sabes saben sabemos lo bien "
                    "o".split())
_NOT = frozenset("no não nao nunca non".split())  # before a verb of knowing: "no sé", "não sei"
KNOWS = KNOWING - {"lo", "bien", "o", "se"}  # the verbs alone: "sé", "sais", "weiß" ("ya sé lo que es": a remark)


def knows_before(text: str, start: int) -> bool:
    """A verb of knowing is the word right before `start` ("je sais ce que c'est", "ya sé qué es")."""
    before = text[max(0, start - foreign_words.LOOK_BACK):start].split()
    return bool(before) and before[-1].lower().strip(",") in KNOWS and not _denied(before)


def told_before(text: str, start: int) -> bool:
    """A verb of telling or asking takes the question after it as its object: "le expliqué qué es el WACC" (I told
    them what it is), "me preguntó qué significa": what was said, not a question to the bot."""
    before = text[max(0, start - foreign_words.LOOK_BACK):start].split()
    return bool(before) and before[-1].lower().strip(",") in _TELLING


#: Past forms of telling, explaining and asking in Spanish and Portuguese: the question after them is reported.
_TELLING = frozenset("expliqué explicó explico dije dijo conté contó pregunté preguntó comenté mencioné expliquei "
                     "explicou disse contei contou perguntei perguntou falei falou".split())


def _denied(before: list[str]) -> bool:
    """The verb of knowing that ends `before` is denied: "no sé qué significa", "não sei o que é" ask."""
    return len(before) > 1 and before[-2].lower() in _NOT


def opens_question(text: str, start: int) -> bool:
    """A question may open at `start`: the message's start, a mark or an emoji, or an opener word right before it,
    maybe with particles after it in lower case ("Hello po ano po meaning ng DHCP?"; not "RE kya hai?", a name)."""
    before = text[max(0, start - foreign_words.LOOK_BACK):start].rstrip()
    if not before or before[-1] in ",.;:!?-\u2013\u2014\u2026\u00bf\u00a1(\"\u201d'\u2019" \
            or unicodedata.category(before[-1]) == "So":  # "... access\" 😩 shu ya3ni MFA?": an emoji ends a sentence
        return True
    words = before.split()
    while words and words[-1].islower() and foreign_words.dropped(words[-1]):
        words.pop()  # the particles (the greeting before them may be gone already)
    return not words or words[-1].lower() in _OPENERS or is_laughter(words[-1].lower()) \
        or " ".join(words[-2:]).lower() in _OPENING_PAIRS
