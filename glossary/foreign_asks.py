"""Question words of other languages read as their English: "o que é SIEM?", "qual a diferença entre IDS e IPS?",
"data mining c'est quoi", "Was bedeutet SOAR ...", "wat betekent MVP?", "KPI ne demek", "WACC shi shenme", "MTTR
matlab kya hai", "CNAME itu apa ya?", "CSRF ni nini?", "cosa intendono?".

People whose first language is Portuguese, Spanish, French, German, Italian, Dutch, Turkish, Mandarin, Hindi,
Indonesian or Swahili often ask in their own words around an English term, before it or after it ("KPI ne demek",
"xfs qué es?", "VLAN artinya apa?"). Only the words that ask are read ("what is", "means", "the difference between",
"the same thing"), in phrases that are not English ("o que é", "qué es", "c'est quoi", "was ist", "kya hai", "itu
apa"), then the small words around the term, in lower case, that would otherwise pass for acronyms or hide an
owner ("isso", "ça": "that"; "il", "du", "nostro", "avec": "the", "of the", "our", "with"); none of them is a word
of English or an acronym in lower case ("des", "sem", "com" stay); a language's own small words only in a message
that language marks (glossary/foreign_words.py). A phrase that opens a question in its language counts where a
question opens (the start, after a mark, a conjunction, a greeting or laughter), or right after a word when it
closes its clause ("rto qué significa en DR": read "rto, what does it mean in DR"); never after a verb of knowing
("já sei o que é SIEM", "ya sé qué es", "mujhe pata hai SLA kya hai"). A bare "means" only before a question mark.
The joining word ("e", "y", "et", "und", "aur", "dan") reads "and". Only a message with such a phrase is
rewritten: runs of blanks made one, one pass of one pattern, each match looking back a few characters only and
each quantifier bounded or possessive, then one pass of another per language: linear in the message's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from glossary import (
    asked_in_english,
    common_words,
    foreign_words,
    known_remark,
    normalize,
    question_openings,
    tabled_more,
    typo_rules,
)
from glossary.common_words import is_laughter
from glossary.foreign_phrases import HINTS, OWN_HINTS, OWN_PHRASES, PHRASES

#: Mandarin in characters, which no word boundary parts from the term before them ("beta是什么").
_MEANS_WHAT = re.compile("是?什么意思")
_IS_WHAT = re.compile("是什么(?!时候|时间|地方|人|样)")  # "是什么时候": when


@cache
def _asks() -> re.Pattern[str]:
    """The tables' own phrases in one pattern, compiled on the first message with a hint of another language
    (start-up reads English only); the reviewed ones are tried a few at a time (tabled_more.pattern_for). The
    word's edges are looked at once, around all of them (the same matches, ~4 times faster than at each one)."""
    return re.compile("(?<![\\w'])(?:" + "|".join(f"(?P<p{n}>{pattern})" for n, (pattern, *_) in enumerate(OWN_PHRASES))
                      + ")(?![\\w'])", re.I)


def _each_phrase(text: str, words: set[str], tables: bool, replaced: Callable[[re.Match[str]], str]) -> str:
    """`text` with each phrase `replaced`, the first found first; where a table's own phrase and a reviewed one
    start at the same place, the longer reads, or the other where it reads nothing
    ("diafora" asked after two names, not opening "diafora metaksi X kai Y"); a reviewed phrase that reads nothing
    is passed over, never the table's phrases inside it. Each pattern's next match is kept until the reading passes
    its start, so each searches the message once: linear in its length. The tables' own phrases are tried only where
    `tables` says one may be in the message."""
    reviewed = tabled_more.pattern_for(words, len(OWN_PHRASES))
    own_phrases = _asks() if tables else None  # `tables`: one of the tables' own phrases may be in it
    own = own_phrases.search(text) if own_phrases is not None else None
    other = reviewed.search(text) if reviewed is not None else None
    out, at = [], 0
    while own is not None or other is not None:
        if own is not None and own.start() < at:
            own = own_phrases.search(text, at)  # type: ignore[union-attr]
        if other is not None and other.start() < at:
            other = reviewed.search(text, at)  # type: ignore[union-attr]
        if own is not None and other is not None and other.start() == own.start() and other.end() > own.end() \
                and (said := replaced(other)) != other.group(0):
            match = other  # the longer phrase reads: "whit's the damage" (how much), not "whit's" (what is)
        elif own is not None and (other is None or own.start() <= other.start()):
            match, said = own, replaced(own)
            if said == own.group(0) and other is not None and other.start() == own.start() \
                    and (instead := replaced(other)) != other.group(0):
                match, said = other, instead
        elif other is not None:
            match, said = other, replaced(other)
            if said == match.group(0):  # a reviewed phrase reading nothing hides no table's phrase inside it
                other = reviewed.search(text, match.start() + 1)  # type: ignore[union-attr]
                continue  # ("manzooresh chie dagighan?": "chie" still reads)
        else:
            break
        out.append(text[at:match.start()] + said)
        at = match.end()
    return "".join(out) + text[at:]


#: Small words of those languages read once the message asks in one: pronouns that would pass for acronyms
#: ("isso" for ISSO, "ça" for CA), articles, owners and prepositions around the term ("le statut du VPN").
_SMALL = {"o": "the", "la": "the", "lo": "the", "um": "a", "uma": "a", "un": "a", "una": "a", "une": "a",
          "ein": "a", "eine": "a", "einen": "a", "uno": "a", "isso": "that", "isto": "that", "esto": "that",
          "eso": "that", "ça": "that", "cela": "that", "ceci": "that", "questo": "that", "quello": "that",
          "le": "the", "les": "the", "el": "the", "los": "the", "las": "the", "der": "the", "il": "the",
          "du": "of the", "del": "of the", "della": "of the", "avec": "with", "con": "with", "mit": "with",
          "dans": "in", "pour": "for", "para": "for", "für": "for", "e": "and", "y": "and", "et": "and",
          "und": "and", "ou": "or", "oder": "or", "nosso": "our", "nossa": "our", "nuestro": "our",
          "nuestra": "our", "notre": "our", "unser": "our", "unsere": "our", "nostro": "our", "nostra": "our",
          "mio": "my", "mia": "my", "meu": "my", "minha": "my", "mein": "my", "meine": "my", "mon": "my",
          "een": "a", "het": "the", "onze": "our", "mijn": "my", "en": "and", "voor": "for",
          "ile": "and", "ve": "and"}
_SMALL_WORDS = re.compile(r"(?<![\w'&/.-])(" + "|".join(_SMALL) + r")(?![\w'&/.-])")
_OWNED = re.compile(r"\bthe (our|my|your|their)\b")  # "o nosso WACC", "il nostro RTO": "our WACC", "our RTO"
_SPACED_COMMA = re.compile(r"(?<![ \t])[ \t]+,")
_TOLD_TO = re.compile(r"(?<!\bhum )(?<!\bham )(?<!\bmujh )\bko\s+(?:\S+\s+){1,3}$")  # whom the asker explains to
_LOOK = 40  # characters looked back for them


#: The tables' words that only say "exactly", "really" or "please" ("esattamente", "davvero", "au juste").
_FILLER_WORDS = foreign_words.small_words(("exactly", "really", "actually", "please", "precisely", "simply", "briefly"))
#: The tables' words for "in", "on", "at", "for" and "inside" ("kwenye", "trong"): a field set after a phrase asked
#: after its term ("abstraction ina maana gani kwenye programming?"); none an English word.
_FIELD_WORDS = foreign_words.small_words(("in", "on", "at", "for", "inside", "in the", "on the", "at the", "for the"),
                                         foreign_only=True)
#: What may follow a phrase asked after its term: a filler, then a mark, the end, or a field ("en DR", "in prod").
_CLAUSE_END = re.compile(r"\s*+(?:(?:g[üu]ey|wey|neta|eso|esto|isso|isto|exactamente|formalmente|realmente|"
                         r"j[aeio](?:j[aeio])++|[çc]a|(?:mai\s+)?exact|pe\s+scurt|exactly|actually|really|again"
                         r"|basically|precisely"  # English's too: "KPI chto znachit exactly?"
                         + tabled_more.FILLERS + _FILLER_WORDS + r")\b"
                         r"\s*+)*+"
                         r"(?:[?!.,;:()\n\u00bf]|$|(?:en|em|in|dans|im|no|na|para|pa|sur|pour|au|comme|au\s+juste|"
                         r"exactement|on|for|as|like|per|di|i|и|fel|fe" + _FIELD_WORDS + r")\s)", re.I)
#: A phrase asked after its term, in English: "ssp qué es en fedramp" reads "ssp, what is it in fedramp" (a field
#: after it is no subject: "sprint kya hota hai agile mein" asks about the sprint, not agile).
_AFTER_TERM = {"what is": ", what is it", "what are": ", what are they", "what means": ", what does it mean",
               "what does": ", what does it do", "what was": ", what was it", "who is": ", who is it"}
#: "windows 11 pide tpm, qué es?", "LIBOR di loan agreement lama. artinya apa?": the phrase is all the question
#: says (but particles), so it points back at what was named before.
_PLEASE_LAST = re.compile(r"[\s,]+(?:svp|stp)(?=[\s?!.]*$)", re.I)
_ALONE = re.compile(r"(?:\s*+(?:ya+|sih|dong|deh|tuh|nih)\b)*+\s*+(?:[?!.]+|$)", re.I)
_TAILS = frozenset({"is used for what", "means what", "is what"})  # said after their term
_POINTED = {"what is": "what is it", "what are": "what are they", "what means": "what does it mean"}


#: English of phrases that lead into the question after them: "qualcuno sa dirmi | cosa significa HSM?".
_LEADS = frozenset({"does anyone know", "explain", "can you explain", "can someone explain", "please explain",
                    "please", "and"})
#: English the phrases give for a question about something else than a meaning: who, when, where, why, whether.
_ASKS_OTHER = re.compile(r"\b(?:who|when|where|why|does anyone know if|does anyone know who)\b", re.I)


#: A reading opening on who, when, where, why or how much, but "who is" (it may ask what a role is: "quién es el
#: CISO?"); not such a word later in it, a relative or a conjunction ("c'est quoi le SLA qui est ...").
_SENTENCE_BREAK = re.compile(r"[.?!\n]+")
_OPENS_OTHER = re.compile(r"\W*(?:who\b(?!\s+(?:is|are)\b)|(?:when|where|why|how much)\b)", re.I)


def turns_away(text: str, read: str | None) -> bool:
    """The English reading of `text` opens asking who, when, where, why or how much where the text as typed asks
    none of them, and no later sentence asks a meaning: it asks none ("chera MFA hey ghat mishe?": why it keeps
    failing), whatever it names; "sino daw ... chain of command. ano po ba yun exactly?" asks it in the last."""
    return read is not None and _OPENS_OTHER.match(read) is not None and _ASKS_OTHER.search(text) is None \
        and not any(asked_in_english.ENGLISH_ASKING.search(later) for later in _SENTENCE_BREAK.split(read)[1:])


def asks_other(text: str, read: str | None) -> bool:
    """The English reading `read` of `text` asks who/when/where/why/whether where the text as typed did not: the
    reading decides ("¿alguien sabe quién lleva el tema del ATO?" asks for a person, not what an ATO is)."""
    return read is not None and _ASKS_OTHER.search(read) is not None and _ASKS_OTHER.search(text) is None


_QUESTION_MARKS = str.maketrans({"\u061f": "?", "\u037e": "?", "\uff1f": "?"})  # Arabic, Greek, full width


def english(text: str, name_word: Callable[[str], bool] = lambda word: False) -> str | None:
    """`text` with its question words of another language in English, or None when it has none. `name_word`: is a
    word (in lower case) one of a glossary name's? Such a word is never read as one of another language, but for a
    word of a language the message is marked twice as written in ("franchise agreement daw. ano po yun")."""
    found = False
    text = text.translate(_QUESTION_MARKS)  # "EDGAR ده ايه؟": the question closes as "?" does ("q es": window.py)
    words = set(foreign_words.TOKEN.findall(text.lower().replace("\u2019", "'")))
    tables = "什么" in text or text[:3].lower() == "na " or not OWN_HINTS.isdisjoint(words)  # own phrases may read
    if "什么" in text:
        said = _IS_WHAT.sub(" is what", _MEANS_WHAT.sub(" means what", text))
        found, text = said != text, said  # not "为什么" (why), "什么时候" (when)
    elif HINTS.isdisjoint(words) and text[:3].lower() != "na ":
        return asked_in_english.without_particles(text, name_word)  # (a Swahili follow-up opens "na X?": "and X?")
    text = known_remark.KNOWN.sub("I know", text)  # "mujhe pata hai SLA kya hai": whether it is known is the
    # pipeline's (glossary/known_remark.py), once it knows which term was read
    text = foreign_words.BLANKS.sub(" ", text)  # as the pipeline reads it: no run of blanks for a pattern to retry
    text = _PLEASE_LAST.sub("", text)  # "LPTA ça veut dire quoi stp": the French "please" closing it, no STP
    last_mark = text.rfind("?")
    dictated = _CLAUSE_SPLIT.search(text) is None  # spoken to a phone: no marks at all
    lead_end = -1  # where the last phrase leading into a question ends ("qualcuno sa dirmi", "explícame")

    def replaced(match: re.Match[str]) -> str:
        nonlocal found, lead_end
        _, english_words, opens, needs_mark = PHRASES[int(match.lastgroup[1:])]  # type: ignore[index]
        if needs_mark and match.end() > last_mark or question_openings.knows_before(text, match.start()):
            return match.group(0)  # "je sais ce que c'est un SOW": a remark, whatever the phrase
        if english_words == "and" and int(match.lastgroup[1:]) >= len(OWN_PHRASES) \
                and not _FOLLOW_UP.match(text, match.end()):  # type: ignore[index]
            return match.group(0)  # a reviewed "and" opens a follow-up of a name alone: not "und das SLA ist kaputt?"
        opening = question_openings.opens_question(text, match.start()) \
            or lead_end >= 0 and not text[lead_end:match.start()].strip(" ,")
        if (english_words.startswith(", ") or english_words in _TAILS) and not text[:match.start()].strip() \
                and not _ALONE.match(text, match.end()):
            return match.group(0)  # asked after a term, with none before it: "para qué sirve tener un SLA si ..."
        if english_words == "explain" and _TOLD_TO.search(text, max(0, match.start() - _LOOK), match.start()):
            return match.group(0)  # "client ko SLA samjha dein": explain it to the client, a task for the asker
        if english_words == ", are they different" and not foreign_words.pair_before(text, match.start()):
            return match.group(0)  # "CI aur CD pipeline humare repo mein alag hai kya?": separate, not different
        if match.group(0)[:2].lower() == "ni" and foreign_words.head_first(text, match.start()) \
                or match.group(0).lower() == "ni" and len(
                    _CLAUSE_SPLIT.split(text[:match.start()])[-1].split()) > _NAME_WORDS:  # "bhai ATO aaya ni?"
            return match.group(0)  # "IP ya DNS server ni nini?": the IP of the DNS server asked, not DNS
        if opens and not opening:
            if _asked_after_term(text, match, dictated):
                english_words = _AFTER_TERM.get(english_words, english_words)  # "scrum master qué hace": does what
            elif not (dictated and english_words.startswith(_ASKING) and _subject_after(text, match)):
                return match.group(0)  # "já sei o que é SIEM": a remark, not a question; but with no mark typed
                # anywhere, a question may open on any word after the story: "... en las reuniones qué es eso de cogs"
        elif match.start() and english_words in _POINTED and opening and _ALONE.match(text, match.end()):
            english_words = _POINTED[english_words]  # "X, qué es?": what is it?
        if english_words.startswith(", ") and opening:
            english_words = english_words[2:]  # "LIBOR di loan agreement lama. artinya apa?": what does it mean?
        if english_words in _LEADS:
            lead_end = match.end()  # "qualcuno sa dirmi cosa significa HSM?": the question opens after it
        found = True
        return english_words

    read = _each_phrase(text, words, tables, replaced)
    if not found:
        return asked_in_english.without_particles(text, name_word)
    read = _SPACED_COMMA.sub(",", read)  # "sprint , what is it": the phrase's comma follows the term
    said = foreign_words.marked(text)
    read = foreign_words.in_english(read, said)  # "en DR": "in", not Dutch "and"
    return _POINTER_CLOSED.sub(r"\1?", own_words_marked(_OWNED.sub(r"\1", _SMALL_WORDS.sub(
        lambda m: _SMALL[m.group(1)], read)), foreign_words.own_words(said), name_word,
        foreign_words.own_words(said, foreign_words.SURE_MARKS)))


#: A word of letters and the blank before it: one of another language is marked.
_WORD = re.compile(r" ?+(?<![\w'’&/.-])[^\W\d_]++(?![\w'’&/-]|\.\w)")
#: The blank before each word of another language in an English reading, an en space: a gap no name crosses.
OWN_WORD = "\u2002"
#: A question pointing back at a word before it, then a word of the other language: the question closed ("toctou o
#: que é isso apareceu num code review": what is that? it came up ...); not "apa sih yg dimaksud X" (what is meant by).
_POINTER_CLOSED = re.compile(r"(?:(?<=\w )|(?<=\w, ))(what (?:is|does) (?:that|it|this)(?: mean)?(?: exactly)?)"
                             r"(?=" + OWN_WORD + ")")
MIN_OWN = 4  # letters of a word no table knows for it to be read as one of another language ("porlam", not "re")


def own_words_marked(read: str, own: frozenset[str], name_word: Callable[[str], bool],
                     sure: frozenset[str] = frozenset()) -> str:
    """The English reading with each word the other language left marked, the first too: a word its table knows
    (`own`), or no English word (nor a keystroke from one, "continous integration", unless a table knows the
    message's language: "salio CSRF", "me piden 2FA"). In lower case, a word of `sure` (a language marked twice) is its
    own, though a name spells it. None is part of an English name ("DUNS numarası is what":
    the DUNS; "autoscaling ayarlayacaklarmış, what does this mean", "selective strike strategy niye. what is that?")."""

    def marked(m: re.Match[str]) -> str:
        word = m.group(0).lstrip(" ")
        low = normalize.fold(word.lower())
        if word != m.group(0) and not word.isascii() and word.lower() in own:
            return OWN_WORD + word  # "mı": written as no English word is, though folded it spells one ("mi")
        if word.islower() and (word in sure or low in sure) and not (word == m.group(0) and m.start()) \
                and read[:m.start()].split()[-1:] not in (["this"], ["that"], ["the"]):  # "ye pe kya hai": PE
            return OWN_WORD + word  # "franchise agreement daw. ano po yun": Tagalog's "daw", in lower case no DAW
        if word == m.group(0) and m.start() or not word.islower() or common_words.rank(low) != common_words.NOT_COMMON \
                or name_word(low) or is_laughter(low) or word.isascii() and low not in own \
                and (len(low) < MIN_OWN or (not own or _after_name_word(read, m.start(), name_word))
                     and typo_rules.near_word(low, set())):
            return m.group(0)  # English, a name, or an English word mistyped ("marketable securites là gì")
        return OWN_WORD + word

    return read if read.isascii() and not own else _WORD.sub(marked, read)


def _after_name_word(read: str, at: int, name_word: Callable[[str], bool]) -> bool:
    """The word before `at` is a word of a glossary name: a slip after it may be the name's next word."""
    before = read[max(0, at - foreign_words.LOOK_BACK):at].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower() and len(before[-1]) >= MIN_OWN \
        and name_word(normalize.fold(before[-1]))  # a word, not an acronym: "IPO kone" is Persian


_CLAUSE_SPLIT = re.compile(r"[.,!?;:\n]")
_NAME_WORDS = 2  # Swahili "X ni?" asks only when its clause is the name: "FDIC ni?", "habari, EDGAR ni?"
_ASKING, _NEXT_WORD = ("what", "the meaning"), re.compile(r"\s*+(\S{1,300})")  # openings; a next word, bounded
def _subject_after(text: str, match: re.Match[str]) -> bool:
    """A word after the phrase it may ask about: no laughter ("qué es jaja"), no cleft ("o que é que você acha"); no
    verb of telling before ("le expliqué qué es el WACC")."""
    after = _NEXT_WORD.match(text, match.end())
    return after is not None and not is_laughter(word := after.group(1).lower()) and word not in ("que", "lo") \
        and not question_openings.told_before(text, match.start())


def _asked_after_term(text: str, match: re.Match[str], dictated: bool = False) -> bool:
    """A phrase that opens a question in its own language, typed right after a word and closing its clause, asks about
    that word ("xfs qué es? rhel lo pone", "rto qué significa en DR"); not after a verb of knowing ("ya sé qué es") nor
    before a word it asks ("ya entendí qué es SIEM"); `dictated` (no marks): after "o" too ("X o qué es")."""
    before = text[max(0, match.start() - foreign_words.LOOK_BACK):match.start()].split()
    knowing = question_openings.KNOWS if dictated else question_openings.KNOWING
    return bool(before) and before[-1].lower().strip(",") not in knowing \
        and _CLAUSE_END.match(text, match.end()) is not None


_FOLLOW_UP = re.compile(r"(?:[ \t]+[^\s.?!]+){1,3}[ \t]*(?:[?.!]|$)")  # three words at most, then the sentence ends
