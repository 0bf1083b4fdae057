"""Words of another language typed onto a name or in pieces: "SLA-ga mwo-jyo?" is "SLA mwojyo?", "c'est quoi
l'OTP ?" is "c'est quoi OTP ?".

People who romanise Korean (and often Japanese) cut a word at its syllables or its grammar with hyphens: "mwo-jyo"
is "mwojyo" (what is it), "i-ge" is "ige" (this), "cha-i-ga" is "chaiga" (the difference), and a case particle goes
on the word it marks, "SLA-ga", "full stack-i", "IRR-eun". The lists of words that ask (glossary/world_words.py)
hold each word whole, and a word typed onto another is part of it (glossary/world_english.py), so none of these was
read. Here a run of lower-case pieces that together spell a word of those lists is that word, and, in a message
asking in a language whose particles go on a word so, a particle after a hyphen leaves the word it is typed on.
English's own hyphens ("follow-up", "to-do", "e-mail") spell no such word and carry no such particle: they stay.

French, Italian and Catalan write "the" before a vowel as "l'", typed onto the word ("l'OTP", "dell'EBITDA"), which
made a name in capitals one word with it; the article is written out as before a consonant ("le OTP", "dell'EBIT":
"della EBIT"). A word in lower case keeps it: "l'introduction" is a word of the language, read so by its table.
Linear in the message: one pass of a pattern each, each hyphenated word read once.
"""

from __future__ import annotations

import re

from glossary import world_asks, world_words
from glossary.cue_words import FUNCTION
from glossary.normalize import fold

#: Particles typed after a hyphen on the word they mark, by language (folded): Korean "SLA-ga", "SLA-neun",
#: "market cap-i", "reach-rang"; Japanese "SLA-wa", "KPI-tte".
ENDINGS: dict[str, frozenset[str]] = {
    "Korean": frozenset("ga i neun eun nun un reul eul rul ul rang irang gwa wa do e eseo ro euro ui hante deul "
                        "ya iya yo".split()),
    "Japanese": frozenset("wa ga wo tte no mo".split()),
}

_HYPHENED = re.compile(r"(?<![\w-])[^\W_]+(?:-[^\W_]+)+(?![\w-])")


def _words_of(asking: world_words.Asking, name: str) -> frozenset[str]:
    """A language's single words: each word of its phrases that ask, explain or say "the difference", its particles
    and pronouns."""
    phrases = (*asking.cues, *asking.differ, *world_asks.EXPLAIN.get(name, ()))
    return frozenset(word for phrase in phrases for word in phrase.split()) \
        | frozenset(asking.particles.split()) | frozenset(world_asks.PRONOUNS.get(name, "").split())


#: Each language's words, and the first words of its phrases that ask: a message holding one asks in it.
_WORDS = {name: _words_of(asking, name) for name, asking in world_asks.LANGUAGES.items()}
_ALL_WORDS = frozenset().union(*_WORDS.values())
#: The particles that say "and" ("reach-rang frequency"): read as English "and", not left out.
_JOINS = frozenset(ending for name, endings in ENDINGS.items()
                   for ending in endings & frozenset(world_asks.LANGUAGES[name].joins.split()))
_ASKING = {name: frozenset(phrase.split()[0] for phrase in (*world_asks.LANGUAGES[name].cues,
                                                            *world_asks.LANGUAGES[name].differ,
                                                            *world_asks.EXPLAIN.get(name, ())))
           for name in ENDINGS}


def read(text: str) -> str:
    """`text` with another language's words typed onto a name or in pieces read apart (`hyphens`), and an article
    elided onto a name in capitals written out apart from it ("l'OTP": "le OTP", "nell'ERP": "nella ERP")."""
    text = hyphens(text)
    return _ELIDED_ARTICLE.sub(_unelided, text) if "'" in text or "\u2019" in text else text


def _unelided(m: re.Match[str]) -> str:
    """The article written out, as before a consonant ("l'OTP": "le OTP", "dell'EBIT": "della EBIT"): a word of
    its own, which the language's table reads."""
    return "le " if len(m.group(1)) == 1 else f"{m.group(1)}a "


#: "the", alone or with a preposition, elided before a name in capitals: French "l'", Italian "dell'", "all'",
#: "nell'", "dall'", "sull'"; never the start of an English word.
_ELIDED_ARTICLE = re.compile(r"(?<![\w'\u2019])([lL]|[dD]ell|[aA]ll|[nN]ell|[dD]all|[sS]ull)['\u2019](?=[A-Z])")


def hyphens(text: str) -> str:
    """`text` with each hyphenated run of lower-case pieces that spells a word of another language's lists written
    whole ("mwo-jyo"), and the particles typed after a hyphen on a word dropped ("IoT-ga") where the message is in
    the language they are of, its "and" read as English's ("reach-rang frequency": "reach and frequency"). The text
    itself when it has no hyphen between letters (the common case)."""
    if "-" not in text:
        return text
    found = list(_HYPHENED.finditer(text))
    if not found:
        return text
    whole = {m.start(): _whole(m.group()) for m in found}
    said = {fold(word) for word in re.findall(r"[^\W\d_]+", text) if word.islower()} \
        | {word for word in whole.values() if word}
    joined = {word for word in whole.values() if word}
    endings = frozenset().union(*(ENDINGS[name] for name in ENDINGS if _spoken(name, said, joined, found)))
    out, at = [], 0
    for m in found:
        word = whole[m.start()] or (_without_endings(m.group(), endings, _next_word(text, m.end())) if endings
                                    else None)
        if word is not None:
            out.append(text[at:m.start()] + word)
            at = m.end()
    return "".join(out) + text[at:] if out else text


def _spoken(name: str, said: set[str], joined: set[str], found: list[re.Match[str]]) -> bool:
    """The message asks in language `name` (one of `said`, its words, opens a phrase that asks), a word of its lists
    is typed in pieces (`joined`: "ra-go", its "called"), or one of its particles that nothing else typed after a
    hyphen spells is typed on a word ("RFP-rang", "segmentation-eun"; not "swagger-ui", "100-euro")."""
    return not _ASKING[name].isdisjoint(said) or not _WORDS[name].isdisjoint(joined) \
        or any(fold(m.group().rsplit("-", 1)[1]) in SURE.get(name, ()) for m in found)


#: Particles typed after a hyphen that no English word or other language's ending spells: one shows the language.
SURE = {"Korean": frozenset("ga neun eun nun reul eul rul rang irang gwa eseo hante deul".split())}


def _whole(typed: str) -> str | None:
    """The word the pieces spell together, when they are all in lower case and spell a word of the lists."""
    joined = typed.replace("-", "")
    return joined if typed.islower() and fold(joined) in _ALL_WORDS else None


def _without_endings(typed: str, endings: frozenset[str], following: str) -> str | None:
    """`typed` without the particles after its last hyphens ("full stack-i": "full stack"; "scaling-gwa vertical":
    "scaling and vertical"), or None when it ends in none. The first piece always stays ("i-ge" is no particle typed
    on "i"), and a small English word is typed on nothing ("to-do"). An "and" before a word of another language's
    lists (`following`, folded) or before no word is "than" or "from" there ("CRM-rang dallayo?": different from
    CRM), and stays as typed."""
    pieces = typed.split("-")
    kept = len(pieces)
    while kept > 1 and pieces[kept - 1].islower() and fold(pieces[kept - 1]) in endings:
        kept -= 1
    if kept == len(pieces) or kept == 1 and fold(pieces[0]) in FUNCTION:
        return None
    head = _whole("-".join(pieces[:kept])) or "-".join(pieces[:kept])
    joins = [piece for piece in pieces[kept:] if fold(piece) in _JOINS]
    if not joins:
        return head
    return f"{head} {joins[-1]}" if not following or following in _ALL_WORDS else f"{head} and"


def _next_word(text: str, at: int) -> str:
    """The word (folded) right after `at`, past blanks only; "" when a mark or the end comes first."""
    m = _NEXT.match(text, at)
    return fold(m.group(1)) if m else ""


_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")
