"""The small words of a language read once a question in it is found (glossary/foreign_asks.py): "rto qué
significa en DR" reads "en" as "in", "container aur virtual machine mein kya difference hai" reads "aur" as
"and" and "mein" as "in", "CNAME itu apa ya?" drops the particle "ya", "merchants wanauliza letter of credit"
reads the Swahili verb as "have" (no part of a name).

Each language is known by words only it uses (`marks`); its table is read only when one of them is in a
message that asks in another language (a phrase of glossary/foreign_asks.py is found), and before the small
words shared by several languages (Spanish "en" is "in", Dutch "en" "and"); only in lower case ("CO aur KO": KO
is a name, not "ko"), or capitalised where a sentence opens for the few words a language marks so ("Kwa ufupi").
Words said to the listener or particles with no English ("güey", "yaar", "dong") go. Postpositions take English
order: "stock ka beta" is "stock's beta", "fedramp package mein CRM" "in fedramp package, CRM". Words that are
also English ("me", "main", "par", "per") or an acronym in lower case ("mis") are left as typed. A few passes of
one pattern each per language found, each match bounded: linear in the message's length.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from glossary import common_words, more_languages, portuguese_phrases, tabled_more, third_languages
from glossary.language_table import TOKEN, Language
from glossary.normalize import fold

if TYPE_CHECKING:
    from glossary.textscan import Scan

SPANISH = Language(
    frozenset("qué cómo cuál güey guey wey neta porfa sirve sirven hace hacen explícame explicame "
              "explicas definición diferencia alguien oye oigan quiere el los del es què és".split()),  # and Catalan's
    {"de": "of", "en": "in", "que": "that", "sin": "without", "por": "for", "pero": "but", "al": "to the",
     "mi": "my", "tu": "your", "nos": "us", "ya": "already", "tipo": "like", "como": "like", "neta": "really",
     "porfa": "please", "pa": "for", "si": "if", "formalmente": "exactly", "realmente": "really", "oye": "hey",
     "no": "not", "sé": "know",
     "oigan": "hey", "también": "too", "sí": "yes", "es": "is", "son": "are", "este": "this", "esta": "this",
     "ese": "that", "esa": "that", "eso": "that", "esto": "this", "su": "its", "sus": "its", "muy": "very",
     "más": "more",
     "o sea": "I mean", "en serio": "really", "a ver": "so", "exactament": "exactly", "doncs": "so", "o": "or",
     "i": "and"},
    r"g[üu]ey|wey|che|viste|boludo|bolu",  # Rioplatense "che", "viste": words to the listener
    opening=frozenset("oye oigan pero porfa también eso esto".split()))  # "Oye balance of trade que es"

#: Hindi written in Latin letters, as Indian colleagues type it: "MTTR matlab kya hai", "LDAP samjha do".
HINDI = Language(
    frozenset("kya kia matlab muraad kaun samjha samjhao hai hain hota hoti hote hotay aur yaar bhai nahi nahin "
              "batao samajh zikr baat thay likha".split()),
    {"aur": "and", "ye": "this", "yeh": "this", "toh": "so", "bhi": "also", "nahi": "not", "nahin": "not",
     "ye wala": "this", "yeh wala": "this", "wo wala": "that", "woh wala": "that", "wale": "folks",
     "hai": "is", "hain": "are", "kya": "what", "ya": "or", "kaunsa": "which", "mujhe": "I",
     "ek baar": "once", "nahi pata": "don't know", "pata nahi": "don't know", "bola": "said", "likha": "written",
     "pucha": "asked", "likha hai": "is written", "suna": "heard", "asal mein": "actually", "chahiye": "needed",
     "lekin": "but", "pehle": "first", "iska": "its", "iski": "its", "iske": "its", "uska": "its", "uski": "its"},
    r"bhai|yaar|yar|na|re|ji|hi",
    {"ka": "'s", "ki": "'s", "ke": "'s", "mein": "in", "pe": "on", "se": "from", "ko": "to", "wala": "for",
     "wali": "for"})  # "privileged accounts wala PAM": the PAM for privileged accounts

#: Indonesian: "CNAME itu apa ya?", "joint venture artinya apa?", "apa bedanya X dan Y".
INDONESIAN = Language(
    frozenset("apa apaan itu tuh artinya maksudnya maksud bedanya beda singkatan kepanjangannya jelasin jelaskan "
              "dong sih yang dan atau gak nggak bukan kak gimana gmn kalo kalau yg sm pengertian pengertiannya kyk "
              "kayak definisinya bedain".split()),
    {"dan": "and", "atau": "or", "di": "in", "yang": "that", "untuk": "for", "buat": "for", "bukan": "not",
     "gak": "not", "nggak": "not", "enggak": "not", "tidak": "not", "ini": "this", "itu": "that", "kita": "we",
     "aku": "I", "saya": "I", "juga": "also", "apa": "what", "sama": "and", "dari": "of", "ke": "to",
     "persisnya": "exactly", "sebenernya": "actually", "sebenarnya": "actually", "dalam": "in", "konteks": "context",
     "trus": "and", "terus": "and", "kalau": "if", "kalo": "if", "nemu": "found", "kata": "the word",
     "bilang": "says", "katanya": "they say", "tadi": "earlier", "mau": "want", "pakai": "use",
     "pake": "use", "yg": "that", "sm": "and", "trs": "and", "klo": "if"},
    r"ya+|sih|dong|deh|nih|kok|lho|kan|tuh|aja|gitu|yaa|kak|gan|bang|sis")

#: French, with Quebec's "pis" (and), "c'est-tu" (is it) and "au juste" (exactly).
FRENCH = Language(
    frozenset("c'est quoi ça pis qu'est veut quelle".split()),
    {"pis": "and", "de": "of", "au juste": "exactly", "en gros": "roughly", "genre": "like",
     "comme": "as", "sur": "on", "qui": "who", "pas": "not", "cette": "this", "ce": "this", "c'est": "is",
     "c'est-tu": "is it", "exactement": "exactly", "la même affaire": "the same thing", "en": "in",
     "dans": "in", "en termes simples": "in simple terms", "en mots simples": "in simple words"},
    r"tsé|là|déjà|deja|du\s+coup")

#: Italian, as colleagues in Milan mix it in: "observability. cosa significa davvero?", "CI/CD spiegamelo semplice".
ITALIAN = Language(
    frozenset("spiegami spiegamelo spiegaci funziona intendono intendi intende davvero boh cioè allora "
              "scusate".split()),  # not "significa", "precisamente": Spanish and Portuguese words too
    {"davvero": "really", "precisamente": "exactly", "esattamente": "exactly", "semplice": "simply",
     "semplicemente": "simply",
     "di": "of", "il": "the", "lo": "the", "gli": "the", "dei": "of the", "delle": "of the",
     "nel": "in the", "nella": "in the", "cioè": "I mean", "allora": "so", "anche": "also",
     "questo": "that", "questa": "that", "nostro": "our", "nostra": "our", "tra": "between",
     "parla di": "talks about", "parlano di": "talk about", "dicono": "say"},  # not "per", "ma", "dice": English
    r"boh|dai|scusate|scusa|ragazzi|raga")

#: Swahili, as Nairobi colleagues mix it in: "CSRF ni nini?", "Maana yake?", "Hii ni nini kwa ufupi?".
SWAHILI = Language(
    frozenset("nini maana yake hii hiyo hizo kwa tafadhali nieleze nielezee je niaje hapa sio hasa ufupi lugha "
              "rahisi inamaanisha inasimama ndio lakini wanasema anataka tunataka zetu yetu".split()),
    {"kwa ufupi": "briefly", "kwa lugha rahisi": "in simple words", "kwa": "for", "ya": "of", "za": "of", "wa": "of",
     "iko": "is", "badala ya": "instead of", "mara": "times", "kila": "every", "aje": "how", "hizo": "those",
     "na": "and", "ni": "is", "hapa": "here", "sio": "not", "hasa": "exactly",
     "lakini": "but", "au": "or", "ama": "or", "yetu": "our", "zetu": "our", "wetu": "our", "hii": "this",
     "hiyo": "that", "ndio": "is", "yenyewe": "itself", "inasimama": "stands", "la": "of", "cha": "of",
     "je": "do", "nadhani": "I think"},
    r"niaje|je|sawa|bana|aisee",
    verbs=r"(?:ni|u|a|tu|m|wa|i|zi|ki|vi|li|ya)(?:na|li|ta|me|nge)[a-z]{2,}a|ku[a-z]{3,}a",  # "wanasema", "kutumia";
    opening=frozenset("kwa hii hiyo hizo ni na je sio".split()))  # not "kubernetes", "analytics": a verb ends in -a

#: Russian, typed in Latin letters or Cyrillic: "chto takoe eBPF?", "LAPS v windows — chto eto?".
RUSSIAN = Language(
    frozenset("chto shto eto takoe znachit kak kto takoi voobshe tochno zachem privet odno zhe что это такое значит "
              "как кто otlichaetsya otlichaetsa otlichayutsya rasshifrovyvaetsya rasshifrovka obyasnite".split()),
    {"i": "and", "ot": "from", "от": "from", "v": "in", "dlya": "for", "ili": "or", "pro": "about",
     "voobshe": "actually", "tochno": "exactly",
     "zachem": "why", "и": "and", "в": "in", "для": "for", "или": "or", "вообще": "actually", "точно": "exactly"},
    r"privet|nu|vot|kstati|привет|ну|вот")

#: German, as Swiss and German colleagues mix it in: "CVE, was heisst das genau?", "Was ist Duration bei Anleihen?".
GERMAN = Language(
    frozenset("was ist das heisst heißt bedeutet genau bitte kann mir jemand erklären einfach eigentlich bei "
              "oder".split()),
    {"das": "that", "bitte": "please", "genau": "exactly", "einfach": "simply", "bei": "in", "oder": "or",
     "eigentlich": "actually", "ist": "is"},
    r"gr[üu]ezi|hallo|servus|moin")

#: Tagalog, as Manila types it: "ano yung MSP?", "Theory X at Theory Y ano pinagkaiba po".
TAGALOG = Language(
    frozenset("ano yung yun yan po daw naman lang pinagkaiba ibig sabihin paano pano gumagana sino salamat ng "
              "natin namin kami tayo sila diba talaga nila kasi".split()),
    {"at": "and", "sa": "in", "ng": "of", "ko": "I", "natin": "our", "namin": "our", "yung": "the", "ang": "the",
     "kasi": "because", "nila": "they", "mga": "the", "para": "for"},
    r"po|ba|daw|naman|lang|talaga|nga|pala|diba|haha+")

#: Turkish: "NAICS ne?", "ERP aslında ne demek?", "X ile Y aynı şey mi", "KPI'ın açılımı ne" (a case ending after an
#: apostrophe goes: "SAM'e", "CDN'den").
TURKISH = Language(
    frozenset("ne nedir demek bu ve ile mi mı mu mü abi aslında tam olarak kısaca peki tanımı açılımı fark farkı "
              "farkları aynı şey neyi nerede nerde kim neden niye".split()),
    {"ve": "and", "ile": "and", "bu": "this", "aslında": "actually", "tam olarak": "exactly", "kısaca": "briefly",
     "için": "for", "bi": "a"},
    r"abi|lütfen|hocam|merhaba|merhabalar",
    suffixes=r"['\u2019](?:[ıiuü]n|n[ıiuü]n|[ıiuü]|y[ıiuü]|[ae]|y[ae]|[dt][ae]n|[dt][ae]|n[ıiuü]|l[ae]r)(?![\w'])")

#: Vietnamese, accents typed or not: "HMAC là gì", "stateful app va stateless app khac nhau the nao".
VIETNAMESE = Language(
    frozenset("gi gì nghia nghĩa khac khác nhau và của với vậy ạ ơi".split()),  # not "va", "trong": other words
    {"va": "and", "và": "and", "trong": "in", "cua": "of", "của": "of", "voi": "with", "với": "with"},
    r"ạ|vay|vậy|oi|ơi|anh|chị|[Dd]ạ|(?:Anh|Chị)(?=[ \t]+(?:ơi|oi))")  # "Dạ chị ơi", "Anh ơi": openers

#: Arabic in Latin letters, of the Gulf, the Levant and Egypt: "shu ya3ni X", "yalla", "inshallah", "ba2a", "keda",
#: "ya gama3a" (no English, dropped once the message asks in it); Egyptian "da"/"di" (this) after its noun goes too.
ARABIC = Language(frozenset("shu shoo yalla inshallah habibi wallah khalas yaani howa hiya hwa hya bein keda msh "
                            "fahem fahma ezay izzay bezabt bezzabt momken walla fahhemni fahemni efhamni yefhamni "
                            "tefhamni chno achno chnou kay3ni kat3ni ma3na ma3nah ma3naha lfar9 lfarq bdabt chr7 "
                            "char7 kifach chnowa chniya chnia dyal".split()),
                  {"el": "the", "w": "and", "fel": "in the", "bein": "between", "ben": "between", "walla": "or",
                   "lel": "for the", "fe": "in", "bta3": "of", "beta3": "of", "bta3et": "of", "kaman": "also",
                   "ana": "I", "3shan": "because", "f": "in", "dyal": "of",
                   "bdabt": "exactly", "bdebt": "exactly"},
                  r"yalla|inshallah|insha'allah|habibi|habibti|wallah|wallahi|khalas|mashallah|ba2a|keda|bez+abt"
                  r"|bel zabt|law sama7t|lw sm7t|men fadlak|min fadlak|da|di|dah|dol"
                  rf"|ya (?:{more_languages.ADDRESSED})")

#: Every table as written here, by the name its speakers' review gives it (glossary/tabled_more.py).
TABLES = {
    "Spanish": SPANISH, "Hindi": HINDI, "Indonesian": INDONESIAN, "French": FRENCH, "Italian": ITALIAN,
    "Swahili": SWAHILI, "Russian": RUSSIAN, "Arabic": ARABIC, "German": GERMAN, "Tagalog": TAGALOG,
    "Turkish": TURKISH, "Vietnamese": VIETNAMESE, "Portuguese": portuguese_phrases.PORTUGUESE,
    **dict(zip(more_languages.NAMES, more_languages.LANGUAGES, strict=True)),
    **dict(zip(third_languages.NAMES, third_languages.LANGUAGES, strict=True))}
LANGUAGES = tabled_more.widened(TABLES)  # ... each with its review's words
_IBERIAN = frozenset().union(*(language.marks for name, language in zip(TABLES, LANGUAGES, strict=True)
                                if name in ("Spanish", "Portuguese")))  # with their reviews' words
#: Words only one of these languages uses, accents typed or not: no slip of an English question word ("definicion").
MARKS = frozenset().union(*(language.marks for language in LANGUAGES))
#: Words of these languages that are no slip of an English question word ("mein" is no "mean").
WORDS = frozenset(w for language in LANGUAGES for w in (*language.small, *language.after)) | {"meine"}


BLANKS = re.compile(r"[ \t]{2,}")  # a run of blanks, read as one: no pattern retries along it
_OPENS = frozenset(".?!\n\u00bf\u00a1")


def marked(text: str) -> set[str]:
    """The message's words that may mark a language: in lower case, or capitalised where a sentence opens ("Qué
    es ...?"); never a name ("Dong said APA", "Dan's PR") nor an acronym ("PIs")."""
    out = set()
    for m in TOKEN.finditer(text):
        word, k = m.group(), m.start() - 1
        while k >= 0 and text[k] in " \t":  # the blanks before this word only: linear over the message
            k -= 1
        if word.islower() or word[0].isupper() and word[1:].islower() and (k < 0 or text[k] in _OPENS):
            out.add(word.lower())
    return out


def spoken(text: str) -> bool:
    """The message holds words only a language of LANGUAGES uses ("kya", "itu", "pis"): one of them may be asked in."""
    return spoken_in(marked(text))  # a few microseconds: callers first check for a word it would matter for


def spanish_or_portuguese(said: set[str] | frozenset[str]) -> bool:
    """Words that mark Spanish or Portuguese, their reviews' words included, are among `said` (a message's words,
    `marked`): their letter names and chat shorthand are read only then."""
    return not _IBERIAN.isdisjoint(said)


def spoken_in(said: set[str] | frozenset[str]) -> bool:
    """Words only a language of LANGUAGES uses are among `said` (a message's words, `marked`): MARKS, all of them."""
    return not MARKS.isdisjoint(said)


ADDRESS_MIN = 4  # letters of such a word: a shorter one is often another language's own ("nu": Danish "now")


def addressed(word: str) -> bool:
    """`word` (in lower case) is one some table only drops: a word to the listener ("yaar" of Hindi, said in Punjabi
    and Urdu too; "bhai"), which neighbouring languages share."""
    return len(word) >= ADDRESS_MIN and dropped(word)


def dropped(word: str) -> bool:
    """`word` (in lower case) is a particle or a word to the listener some table drops, however short ("po")."""
    return any(language.addresses(word) for language in LANGUAGES)


def spoken_beyond_address(said: set[str] | frozenset[str]) -> bool:
    """Like `spoken_in`, but a word some table only drops (`addressed`) marks no language: a question asked in a
    language no table holds may carry it."""
    return spoken_in({w for w in said if not addressed(w)})


def own_words(said: frozenset[str] | set[str], least: int = 1) -> frozenset[str]:
    """The words (marks, small words, postpositions; lower case) of the languages with `least` marks among `said`."""
    return frozenset(w for language in LANGUAGES if len(language.marks & said) >= least
                     for w in (*language.marks, *language.small, *language.after))


def own_tokens(scan: Scan) -> set[int]:
    """Tokens typed in lower case that are words of a language the message is marked twice as written in ("qué es eso":
    "eso"; "unsa ang X po": "unsa"): that language's words, no slip of a name (SEO, NSA) nor a bare acronym."""
    if sum(raw.lower() in MARKS for raw in scan.raws) < SURE_MARKS:  # the common case: not two words a language marks
        return set()
    own = own_words(marked(scan.text), SURE_MARKS)
    return {k for k, raw in enumerate(scan.raws) if raw.islower() and scan.norms[k] in own} if own else set()


SURE_MARKS = 2  # words of one table that mark the message's language: its own words then, in lower case, no names


def small_words(englishes: tuple[str, ...], foreign_only: bool = False) -> str:
    """The tables' small words whose English is one of `englishes`, longest first, each opened by "|" for a pattern;
    with `foreign_only`, single words that are no English word too ("kwenye", not "para")."""
    return "".join(f"|{re.escape(word)}" for word in sorted({
        word for language in LANGUAGES for word, english in language.small.items()
        if english in englishes and (not foreign_only or " " not in word and len(word) > 1
                                     and common_words.rank(fold(word)) == common_words.NOT_COMMON)},
        key=len, reverse=True))


def without_particles(text: str, said: frozenset[str] | set[str], after: Callable[[str], bool]) -> str:
    """`text` without the particles of each language whose marks are among `said` (the message's words, `marked`),
    where the word before one is one `after` takes."""
    for language in LANGUAGES:
        if not language.marks.isdisjoint(said):
            text = language.without_particles(text, after)
    return text


def in_english(text: str, said: frozenset[str] | set[str]) -> str:
    """`text` with the small words of each language whose marks are among `said` (the message's words, `marked`)."""
    text = BLANKS.sub(" ", text)
    for language in LANGUAGES:
        if not language.marks.isdisjoint(said):
            text = language.english(text)
    return text


def _clause_before(text: str, start: int) -> str:
    """The words of the clause right before `start`, a few dozen characters at most."""
    return _CLAUSE_BREAK.split(text[max(0, start - LOOK_BACK):start])[-1]


def pair_before(text: str, start: int) -> bool:
    """Right before `start`, in its clause, two names joined by "and" and nothing else: "RFP aur RFQ", "X sm Y"."""
    words = _clause_before(text, start).split()
    return 3 <= len(words) <= _MAX_PAIR_WORDS and not _JOINERS.isdisjoint(words[1:-1])


_JOINERS = frozenset({"aur", "sama", "sm", "dan", "atau"})  # "and" / "or" in Hindi and Indonesian


_CLAUSE_BREAK = re.compile(r"[.?!,;:\n\u2013\u2014]")
LOOK_BACK = 40  # characters before a phrase that are read: where its question opens, the clause it closes
#: Swahili puts the head first: "IP ya DNS server" is the DNS server's IP, "hatua za kusetup VPN" the steps to set
#: one up; asked "ni nini", the head is asked, not the term after it.
_OWNED_HEAD = re.compile(r"(?<!\S)(?:ya|za|la|cha|vya)(?!\S)")
_MAX_PAIR_WORDS = 5  # "cost plus aur fixed price"


def head_first(text: str, start: int) -> bool:
    """The clause before `start` puts a head before what owns it, Swahili's way ("IP ya DNS server")."""
    return _OWNED_HEAD.search(_clause_before(text, start)) is not None
