"""Words of another language typed onto a name or in pieces: "SLA-ga mwo-jyo?" is "SLA mwojyo?", "c'est quoi
l'OTP ?" is "c'est quoi la OTP ?".

People who romanise Korean (and often Japanese) cut a word at its syllables or its grammar with hyphens: "mwo-jyo"
is "mwojyo" (what is it), "i-ge" is "ige" (this), "cha-i-ga" is "chaiga" (the difference), and a case particle goes
on the word it marks, "SLA-ga", "full stack-i", "IRR-eun", "DLP-ra-go". The lists of words that ask
(glossary/world_words.py) hold each word whole, and a word typed onto another is part of it
(glossary/world_english.py), so none of these was read. Here a run of lower-case pieces that together spell a word
of those languages' lists is that word (never an English word: "ch-at" stays), and, in a message in such a language,
a particle after a hyphen leaves the word it is typed on: a name, or a word of three letters or more, and for the
particles English types too ("-ui", "-do", "-e", "-no") a name in capitals only ("swagger-ui", "make-do", "yes-no",
"100-euro" stay). A place said with "-eseo" or "-e" is read "in" it ("Kubernetes-eseo Pod-i mwoya?": in Kubernetes,
Pod). Other languages' hyphens are theirs: Romanian "ce-i" (what is) is no Fijian "cei".

French and Italian write "the" before a vowel as "l'", typed onto the word ("l'OTP", "dell'EBITDA"), which made an
acronym one word with it. The article is written out ("la OTP", "della EAR"), as the language's table reads it,
but where a preposition joins the acronym to another noun ("c'est quoi le plan pour l'API ?", "il costo dell'ERP":
the plan, the cost asked; not "la définition de l'ESG"). "Dell'API" is a name, "L'Oréal" no acronym. Linear in the
message: one pass of a pattern each, each hyphenated word read once.
"""

from __future__ import annotations

import re

from glossary import common_words, world_asks, world_words
from glossary.cue_words import FUNCTION
from glossary.normalize import fold

#: The languages romanised in pieces, with the particles typed after a hyphen on the word they mark (folded): Korean
#: "SLA-ga", "SLA-neun", "market cap-i", "reach-rang"; Japanese "SLA-wa", "KPI-tte".
ENDINGS: dict[str, frozenset[str]] = {
    "Korean": frozenset("ga i neun eun nun un reul eul rul ul rang irang gwa wa do e eseo eseoneun ro euro ui hante "
                        "deul ya iya yo rago irago".split()),
    "Japanese": frozenset("wa ga wo tte no mo".split()),
}

_HYPHENED = re.compile(r"(?<![\w-])[^\W_]+(?:-[^\W_]+)+(?![\w-])")
_LONE_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")  # a word typed on no other with a hyphen


def _own(word: str) -> bool:
    """`word` (folded) is no English word nor a chat word: it alone shows another language."""
    return common_words.rank(word) == common_words.NOT_COMMON and not common_words.is_chat(word)


def _words_of(asking: world_words.Asking, name: str) -> frozenset[str]:
    """A language's single words: each word of its phrases that ask, explain or say "the difference", its particles
    and pronouns."""
    phrases = (*asking.cues, *asking.differ, *world_asks.EXPLAIN.get(name, ()))
    return frozenset(word for phrase in phrases for word in phrase.split()) \
        | frozenset(asking.particles.split()) | frozenset(world_asks.PRONOUNS.get(name, "").split())


#: The words of each language typed in pieces (built for these two only: the list holds some eighty).
_WORDS = {name: _words_of(world_asks.LANGUAGES[name], name) for name in ENDINGS}
#: The words of the languages typed in pieces, with their words asking something else ("eon-je": when, not what);
#: not another language's ("ce-i" is Romanian "what is", no Fijian "cei").
_ALL_WORDS = frozenset(word for name in ENDINGS
                       for word in (*_WORDS[name], *world_asks.LANGUAGES[name].elsewhere.split()))
#: The particles that say "and" ("reach-rang frequency"): read as English "and", not left out.
_JOINS = frozenset(ending for name, endings in ENDINGS.items()
                   for ending in endings & frozenset(world_asks.LANGUAGES[name].joins.split()))
_ASKING = {name: frozenset(word for phrase in (*world_asks.LANGUAGES[name].cues, *world_asks.EXPLAIN.get(name, ()))
                           if _own(word := phrase.split()[0]))
           for name in ENDINGS}  # not "to" (Japanese "to wa"), "no", "chai" (Korean "the difference"; tea)


def read(text: str) -> str:
    """`text` with another language's words typed onto a name or in pieces read apart (`hyphens`), and an article
    elided onto an acronym written out ("c'est quoi l'OTP": "c'est quoi la OTP")."""
    text = hyphens(text)
    return _ELIDED_ARTICLE.sub(_unelided, text) if "'" in text or "\u2019" in text else text


def _unelided(m: re.Match[str]) -> str:
    """The article written out as before a consonant ("l'OTP": "la OTP", "dell'EBIT": "della EBIT"), a word of its
    own the language's table reads ("la": "the" in French, Italian and Spanish alike); as typed where it joins the
    acronym to another noun ("le plan pour l'API", "il costo dell'ERP": the plan, the cost asked), but for a word
    of meaning ("la définition de l'ESG", "la definizione dell'EAR")."""
    before = m.string[max(0, m.start() - _LOOK_BACK):m.start()].lower().replace("\u2019", "'").split()[-2:]
    if len(m.group(1)) > 1:  # "dell'": the preposition is typed with the article; the word before owns the name
        owner = before[-1] if before else ""
    elif before and before[-1] in _PREPOSITIONS:  # "pour l'": the word before the preposition owns it
        owner = before[0] if len(before) == 2 else ""
    else:
        return "la "  # "c'est quoi l'OTP"
    if owner.strip(",;:") not in _MEANING:
        return m.group(0)  # "le plan pour l'API", "il costo dell'ERP": the plan, the cost asked
    return "la " if len(m.group(1)) == 1 else f"{m.group(1)}a "  # "la définition de l'ESG", "definizione dell'EAR"


_LOOK_BACK = 40  # characters read before the article: the two words before it
_PREPOSITIONS = frozenset("de pour avec sur dans par sans vers chez con per di da su in a à".split())
#: Words of meaning a name's article may hang on ("la définition de l'ESG").
_MEANING = frozenset("définition definition signification sens definizione significato senso spiegazione "
                     "explication".split())
#: "the", alone or with a preposition, elided before an acronym: French "l'", Italian "dell'", "all'", "nell'",
#: "dall'", "sull'"; never an English name ("Dell'API" is an acronym after a name, "L'Oréal" no acronym).
_ELIDED_ARTICLE = re.compile(r"(?<![\w'\u2019])([lL]|[dD]ell|[aA]ll|[nN]ell|[dD]all|[sS]ull)['\u2019]"
                             r"(?=[A-Z][a-z0-9&/.-]*[A-Z])")  # two capitals: "OTP", "OAuth", "IoT"; not "Oréal"


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
    wholes = [_whole(m.group()) for m in found]
    joined = {word for word in wholes if word}
    said = {fold(word) for word in _LONE_WORD.findall(text) if word.islower()} | joined  # not "no" of "yes-no"
    endings = frozenset().union(*(ENDINGS[name] for name in ENDINGS if _spoken(name, said, joined, found)))
    out, at = [], 0
    for m, whole in zip(found, wholes, strict=True):
        word = whole or (_without_endings(m.group(), endings, _next_word(text, m.end())) if endings else None)
        if word is not None:
            out.append(text[at:m.start()] + word)
            at = m.end()
    return "".join(out) + text[at:] if out else text


def _spoken(name: str, said: set[str], joined: set[str], found: list[re.Match[str]]) -> bool:
    """The message asks in language `name` (one of `said`, its words, opens a phrase that asks), a word of its lists
    is typed in pieces (`joined`: "ra-go", its "called"), or one of its particles that nothing else typed after a
    hyphen spells is typed on a word ("RFP-rang", "segmentation-eun"; not "swagger-ui", "100-euro")."""
    return not _ASKING[name].isdisjoint(said) or not _WORDS[name].isdisjoint(joined) \
        or any((end := m.group().rsplit("-", 1)[1]).islower() and fold(end) in SURE.get(name, ()) for m in found)


#: Particles typed after a hyphen that no English word or other language's ending spells: one shows the language.
SURE = {"Korean": frozenset("ga neun eun nun reul eul rul rang irang gwa eseo hante deul".split())}


def _whole(typed: str) -> str | None:
    """The word the pieces spell together, when they are all in lower case and spell a word of the lists."""
    joined = typed.replace("-", "")
    return joined if typed.islower() and fold(joined) in _ALL_WORDS and _own(fold(joined)) else None  # not "ch-at"


def _without_endings(typed: str, endings: frozenset[str], following: str) -> str | None:
    """`typed` without the particles after its last hyphens ("full stack-i": "full stack"; "scaling-gwa vertical":
    "scaling and vertical"; "DLP-ra-go": "DLP", a particle typed in syllables), or None when it ends in none. The
    word before them is a name, an acronym or a word of three letters or more: "ha-neun", "mo-ya" are syllables of
    one word, "to-do" an English one. "Kubernetes-eseo Pod" is "in Kubernetes, Pod" (a place, said after it). An
    "and" before a word of another language's lists (`following`, folded) or before no word is "than" or "from"
    there ("CRM-rang dallayo?": different from CRM), and stays as typed."""
    pieces = typed.split("-")
    kept = len(pieces)
    while kept > 1:
        size = next((n for n in (1, 2, 3) if kept - n >= 1 and _ending(pieces[kept - n:kept], endings)), 0)
        if not size:
            break
        kept -= size
    head = "-".join(pieces[:kept])
    after = [fold(piece) for piece in pieces[kept:]]
    plain = not any(char.isupper() for char in pieces[kept - 1])  # "cap", "100": no name in capitals
    if kept == len(pieces) or kept == 1 and fold(pieces[0]) in FUNCTION \
            or plain and (len(pieces[kept - 1]) < _HEAD_LETTERS or not _ENGLISH_SUFFIXES.isdisjoint(after)
                          and (pieces[kept - 1].isdigit() or not _own(fold(pieces[kept - 1])))):  # "swagger-ui",
        return None  # "100-euro"; not "tteus-i-e-yo"
    head = _whole(head) or head
    if after[0] in _PLACES:  # right after the place: "Kubernetes-eseo"; not "tteus-i-e-yo"
        return f"in {head},"
    if _JOINS.isdisjoint(after):
        return head
    return f"{head} {pieces[-1]}" if not following or following in _ALL_WORDS else f"{head} and"


def _ending(pieces: list[str], endings: frozenset[str]) -> bool:
    """`pieces`, typed in lower case, spell one particle together ("ra-go": "rago")."""
    return all(piece.islower() for piece in pieces) and fold("".join(pieces)) in endings


_HEAD_LETTERS = 3  # letters of a word in lower case a particle is typed on: "cap-i", "team-i"; not "ha-neun"
#: Particles English also types after a hyphen ("swagger-ui", "make-do", "100-euro", "yes-no"): only on a name in
#: capitals ("SLA-ui", "ERP-e") or a word of no English ("tteus-i-e-yo").
_ENGLISH_SUFFIXES = frozenset("ui do euro no e ro wa mo un ul".split())
_PLACES = frozenset({"eseo", "eseoneun", "e"})  # Korean "in", "at": said after the place ("ERP-e KPI-ga mwoya?")


def _next_word(text: str, at: int) -> str:
    """The word (folded, its pieces joined) right after `at`, past blanks only; "" when a mark or the end comes
    first ("dal-la-yo": "dallayo")."""
    m = _NEXT.match(text, at)
    return fold(m.group(1).replace("-", "")) if m else ""


_NEXT = re.compile(r"[ \t]+([^\W\d_]+(?:-[^\W\d_]+)*)")
