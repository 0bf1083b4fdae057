"""Words that ask what a name is or means, in languages the bot has no reading for: "hva betyr SLA?", "mi az a
KPI?", "SLA mhanje kay?", "wetin be KYC?", "co je SLA?".

A language with a table of its own (glossary/foreign_words.py and the phrase modules) is read word by word and
translated. Most languages never get one, yet their speakers ask in their own words. Asking what something is
takes only a few words in any language ("what is", "means", "meaning"), so one list of them, language by language,
lets glossary/unknown_tail.py read a name asked in them. Only these words are known: every other word of the
clause must be one of them, a small English word or one of the language's particles ("abeg", "krub", "en"), so a
question about something else ("mikä on VPN tila?": its state; "wetin happen to VPN?": what happened) is not
read as asking what the name means. A single asking word is never an English one, a chat word or a glossary name
(tests/glossary/test_world_asks.py checks the list), and a phrase of two or three words asks only as a whole.

Words are written folded, as glossary/normalize.py reads messages: lower case, no accents ("mikä" is "mika").
Languages whose speakers wrote this project's held-out sets in the session that built the list are left out of it
until the next session, so those sets measure how the bot meets a language it was never told about.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class Asking(NamedTuple):
    """One language's words that ask what a name means, the particles that may stand beside them, and its words
    asking something else of a name (who, where, when, how much, why, what it costs)."""

    cues: tuple[str, ...]  # each a word or a phrase of a few words ("mhanje kay")
    particles: str = ""  # words of address, softeners, articles and bare "what" words that ask nothing alone
    elsewhere: str = ""  # "vem" (who), "hvor" (where), "mennyi" (how much): the question is not what it means


LANGUAGES: dict[str, Asking] = {
    "Nigerian Pidgin": Asking(("wetin", "wetin be", "wetin be di", "weti"),
                              "abeg oga sef o na dis dat una di bros jor", "dey"),
    "Yoruba": Asking(("kini", "ki ni", "kini itumo", "itumo", "tumo si", "tunmo si", "kilo je", "ki lo tumo si"),
                     "jare o ejo ejowo jowo jor", "tani nibo nigbawo kilode"),
    "Hausa": Asking(("menene", "mene ne", "me ake nufi", "me ake nufi da", "nufi", "maanar", "ma anar", "mecece",
                     "mece ce"), "dan allah malam dai", "yaushe nawa"),
    "Igbo": Asking(("gini bu", "kedu ihe bu", "ihe bu", "putara", "gini ka", "nkowa"), "biko nna"),
    "Amharic": Asking(("min malet", "malet new", "malet", "min new", "mindin new", "mndn new", "maletu", "tirgumu"),
                      "ebakih ebakish wendime selam", "meche mechie sint lemin"),
    "Somali": Asking(("waa maxay", "maxay", "micnaha", "macnaha", "maxay tahay", "maxuu yahay", "macnaheedu"),
                     "fadlan walaal", "xaggee halkee goorma immisa"),
    "Zulu": Asking(("yini", "ukuthini", "kusho ukuthini", "kuyini", "kusho ini", "incazelo"),
                   "sicela bo ngicela bafo i ye", "ubani kuphi malini kungani"),
    "Finnish": Asking(("mika on", "mika se on", "mita tarkoittaa", "tarkoittaa", "merkitys", "tarkoitetaan",
                       "mika ihmeen", "mikas on"),
                      "mika mita siis hei moi se oikein lyhyesti tarkalleen kiitos lyhenne",
                      "kuka missa milloin paljonko kuinka miksi kenen"),
    "Estonian": Asking(("mis on", "mida tahendab", "tahendab", "mis asi on", "mis see on", "tahendus"),
                       "mida palun tere luhidalt oieti luhend", "kes kus millal palju miks"),
    "Hungarian": Asking(("mi az", "mi a", "mit jelent", "jelent", "jelenti", "mi ez", "mit takar", "mi az hogy"),
                        "az a pontosan tulajdonkeppen egyaltalan szia kerlek legyszi roviden ez rovidites",
                        "hol mikor mennyi mennyibe miert kie"),
    "Czech and Slovak": Asking(("co je", "co to je", "co znamena", "znamena", "vyznam"),
                               "co presne vlastne prosim ahoj cau teda jako strucne zkratka skratka",
                               "kdo kto kde kdy kedy kolik kolko proc preco stoji"),
    "Serbian, Croatian and Bosnian": Asking(("sta je", "sto je", "sta znaci", "sto znaci", "znaci", "znacenje",
                                             "sta to znaci", "sto to znaci"),
                                            "sta sto tacno zapravo molim brate bre ukratko ustvari skracenica",
                                            "tko gde gdje kada koliko zasto"),
    "Slovenian": Asking(("kaj je", "kaj pomeni", "pomeni", "kaj to pomeni", "pomen"),
                        "kaj pravzaprav prosim zivjo sploh tocno kratica", "kdo kje kdaj koliko zakaj"),
    "Bulgarian and Macedonian": Asking(("kakvo e", "kakvo oznachava", "oznachava", "shto e", "shto znachi",
                                        "kakvo znachi", "kvo e", "kvo znachi", "znachenie"),
                                       "tochno molya bate brat molam", "koj koy kade kude koga kolko zashto"),
    "Lithuanian": Asking(("kas yra", "ka reiskia", "reiskia", "kas tai", "kas per", "reiksme"),
                         "ka tiksliai prasau labas trumpai santrumpa", "kur kada kiek kodel"),
    "Latvian": Asking(("kas ir", "ko nozime", "nozime", "kas tas ir", "ko tas nozime"),
                      "ko tiesi ludzu sveiki isuma", "kur kad cik kapec"),
    "Norwegian and Danish": Asking(("hva er", "hva betyr", "betyr", "hvad er", "hvad betyder", "betydning", "hva star",
                                    "hvad star", "hva menes med"), "egentlig en et ei hei hej takk tak forkortelse",
                                   "hvem hvor nar hvorfor koster"),
    "Swedish": Asking(("vad ar", "vad betyder", "betyder", "vad innebar", "innebar", "vad e", "va e", "va betyder",
                       "vad star", "vad menas med", "betydelse"), "egentligen en ett hej snalla tack alltsa exakt",
                      "vem varfor kostar vilken"),
    "Catalan": Asking(("que vol dir", "vol dir", "significat"), "sisplau siusplau exactament"),
    "Basque": Asking(("zer da", "esan nahi", "zer esan nahi du", "esanahia", "esanahi"), "mesedez kaixo hori",
                     "noiz zenbat zergatik"),
    "Albanian": Asking(("cfare eshte", "cka eshte", "domethene", "cfare do te thote", "qka eshte", "cka osht",
                        "qka osht", "cka do me thane", "kuptimi", "domethenia"), "te lutem ju tung vella",
                       "kush kur pse kushton"),
    "Welsh": Asking(("beth yw", "beth ydy", "beth ydi", "ystyr", "be di", "beth di", "be ydy", "be yw",
                     "yn ei olygu"), "plis yr helo beth", "pwy ble pryd"),
    "Irish": Asking(("cad e", "cad is ciall", "cad is bri", "cad a chiallaionn", "ciall"), "le thoil chara",
                    "cathain bhfuil"),
    "Haitian Creole": Asking(("sa vle di", "ki sa", "kisa", "vle di", "siyifikasyon"), "souple tanpri ye sa",
                             "kiyes kote kile konbyen poukisa"),
    "Korean": Asking(("mwoya", "mwoeyo", "mwoyeyo", "mwojyo", "mwoji", "mwonde", "mwo", "tteus", "tteusi",
                      "museun tteus", "tteut", "uimi", "mueosinga", "mwoyo"), "jom yo hyung hyeong ga neun ran",
                     "nuga eodi eonje eolma wae"),
    "Cantonese": Asking(("mat ye", "mat yeh", "matye", "mud ye", "ge yi si", "yi si", "hai mat ye", "me yi si",
                         "meh yi si", "me ye", "meh ye"), "a ah la ge hai aa ar mgoi"),
    "Thai": Asking(("arai", "kue arai", "khue arai", "plae wa", "mai khao jai", "kuearai", "khuearai", "keu arai",
                    "plae waa", "khwam mai", "kwam mai"), "na ka krub khrap kha krab kub khrab kap",
                   "krai meua muea thao"),
    "Hebrew": Asking(("ma ze", "ma zot", "mashmaut", "ma hapeirush", "ma zeh", "mah zeh", "ma ze omer",
                      "ma zot omeret", "ma hapirush", "pirush", "perush"), "achi ahi akhi ha shel bevakasha bekitzur",
                     "eifo eifoh matai achrai"),
    "Telugu": Asking(("ante enti", "ante emiti", "enti", "emiti", "ardham", "artham", "ante emti", "emti"),
                     "ra andi bro anna garu cheppu cheppandi", "evaru ekkada eppudu enduku"),
    "Kannada": Asking(("andre enu", "andre yenu", "enu", "yenu", "andre en", "artha"), "maga anna heli",
                      "elli yavaga eshtu"),
    "Malayalam": Asking(("enthanu", "enthaanu", "ennu paranjal", "ennal enthanu", "ennal entha", "ennu vechal",
                         "enthaa", "artham"), "chetta chechi ee machane", "aaru evide eppol ethra enthinu"),
    "Marathi": Asking(("mhanje kay", "mhanje", "mhanje nakki kay", "mhanje kai", "mhanje ky", "mhnje kay", "arth kay"),
                      "re na nakki bhau dada cha", "kon kuthe kadhi kevha kiti"),
    "Gujarati": Asking(("etle shu", "etle", "shu che", "shu chhe", "etle shu thay", "etle su", "su che", "arth shu"),
                       "bhai", "kyare ketla kem"),
    "Punjabi": Asking(("ki hunda", "ki hundi", "ki aa", "ki hunda hai"), "paaji veere paji veer ji",
                      "kithe kado kinna kyon"),
    "Sinhala": Asking(("mokakda", "mokadda", "kiyanne mokakda", "kiyanne", "kiyanne mokadda", "therume", "arthaya"),
                      "machan aiye eka ane ayye malli", "kauda koheda kawadada kiyada"),
    "Khmer": Asking(("chea avei", "avei", "chea avey", "jea avei", "mean nai tha"), "bong"),
    "Uzbek": Asking(("nima degani", "degani", "nima", "anglatadi", "nimani anglatadi", "manosi", "degan nima"),
                    "aka iltimos uka salom", "qayerda qachon qancha nega"),
    "Kazakh": Asking(("degen ne", "ne degen", "degen", "degen nemene", "magynasy"), "otinish aga salem",
                     "qayda qashan qansha"),
    "Azerbaijani": Asking(("ne demekdir", "demekdir", "nedi", "ne demekdi", "menasi"), "zehmet olmasa qardas salam",
                          "harada neche"),
    "Georgian": Asking(("ra aris", "ras nishnavs", "nishnavs", "ra ari", "mnishvneloba"), "es gtxovt dzmao",
                       "rodis ghirs ratom"),
    "Armenian": Asking(("inch e", "inche", "inch e nshanakum", "nshanakum", "inch a", "incha", "inch bana", "imast"),
                       "aper barev", "ov vortegh erb arzhe inchu"),
    "Malagasy": Asking(("inona", "inona no", "inona no atao hoe", "dikany", "midika hoe"), "ny ilay azafady",
                       "iza aiza rahoviana ohatrinona"),
    "Cebuano": Asking(("unsa", "unsay", "unsa ang", "pasabot", "unsa man", "unsa diay", "unsa ba", "kahulugan"),
                      "dai bai sa ang palihug diay ba gyud bay", "kinsa kanusa pila ngano"),
    "Javanese": Asking(("opo kuwi", "artine", "tegese", "tegese opo", "artine opo", "opo kui", "iku opo", "maksude"),
                       "mbak lur rek tulung", "sopo piro ngopo"),
    "Luxembourgish": Asking(("wat ass", "bedeit", "wat heescht", "wat bedeit", "bedeitung"), "moien eigentlech genau",
                            "wou weini firwat"),
}

_CUES = frozenset(tuple(cue.split()) for asking in LANGUAGES.values() for cue in asking.cues)
PARTICLES = frozenset(word for asking in LANGUAGES.values() for word in asking.particles.split())
ELSEWHERE = frozenset(word for asking in LANGUAGES.values() for word in asking.elsewhere.split())
SINGLE = frozenset(cue[0] for cue in _CUES if len(cue) == 1)  # for the test that none is English
LONGEST = max(map(len, _CUES))


def cue_tokens(norms: Sequence[str], tokens: Sequence[int], names: set[int] | frozenset[int] = frozenset()) -> set[int]:
    """The tokens (of `tokens`, ascending, positions in `norms`) that make up a word or a whole phrase asking what
    something means. A phrase must run over consecutive tokens of `tokens`: "mhanje kay", never "mhanje SLA kay".
    A single word that is a glossary name here (`names`) asks nothing; a phrase does ("co znamena": CO, no name)."""
    found: set[int] = set()
    for at, k in enumerate(tokens):
        for size in range(LONGEST, 0, -1):
            run = tokens[at:at + size]
            if len(run) == size and run[-1] - k == size - 1 and tuple(norms[j] for j in run) in _CUES \
                    and not (size == 1 and k in names):
                found.update(run)
                break
    return found


def asks_elsewhere(norms: set[str] | frozenset[str]) -> bool:
    """The message (its folded words) asks who, where, when, how much or why in one of these languages ("vem ansvarar
    för SOC:en?", "mennyi most a WACC?"): not what a name means, however short the question."""
    return not ELSEWHERE.isdisjoint(norms)


def asks_at(norms: Sequence[str], k: int) -> bool:
    """Token `k` is part of a word or phrase asking what something means ("betyr" in "hva betyr SLA"), or a particle
    with one a few words away ("co" in "co SLA znamená"): it begins or modifies no name. Reads a few tokens around."""
    if norms[k] in PARTICLES:
        return any(_cue_at(norms, j) for j in range(max(0, k - NEAR), min(len(norms), k + NEAR + 1)) if j != k)
    return _cue_at(norms, k)


NEAR = 4  # tokens between a particle and the word that asks: "co to vlastně SLA znamená"


def _cue_at(norms: Sequence[str], k: int) -> bool:
    """Token `k` is part of a cue: at most LONGEST tokens read on either side."""
    return any(tuple(norms[start:start + size]) in _CUES
               for size in range(1, LONGEST + 1) for start in range(max(0, k - size + 1), k + 1))
