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
    """One language's words that ask what a name means, and the particles that may stand beside them."""

    cues: tuple[str, ...]  # each a word or a phrase of a few words ("mhanje kay")
    particles: str = ""  # words of address and softeners that carry no question of their own


LANGUAGES: dict[str, Asking] = {
    "Nigerian Pidgin": Asking(("wetin", "wetin be", "weti"), "abeg oga sef o dey na dis dat una"),
    "Yoruba": Asking(("kini", "ki ni", "kini itumo", "itumo"), "jare o ejo ejowo"),
    "Hausa": Asking(("menene", "mene ne", "me ake nufi", "nufi"), "don allah"),
    "Igbo": Asking(("gini bu", "kedu ihe bu", "ihe bu"), "biko"),
    "Amharic": Asking(("min malet", "malet new", "malet", "min new"), "ebakih ebakish"),
    "Somali": Asking(("waa maxay", "maxay", "micnaha", "macnaha"), "fadlan"),
    "Zulu": Asking(("yini", "ukuthini", "kusho ukuthini", "kuyini"), "sicela bo"),
    "Finnish": Asking(("mika on", "mita on", "mika se on", "mika", "mita", "tarkoittaa"), "siis nyt"),
    "Estonian": Asking(("mis on", "mida tahendab", "tahendab"), "palun"),
    "Hungarian": Asking(("mi az", "mi a", "mit jelent", "jelent", "jelenti", "jelentese"),
                        "az a pontosan tulajdonkeppen egyaltalan"),
    "Czech and Slovak": Asking(("co je", "co znamena", "znamena", "vyznam"), "presne vlastne prosim"),
    "Serbian, Croatian and Bosnian": Asking(("sta je", "sto je", "sta znaci", "sto znaci", "znaci", "znacenje"),
                                            "tacno zapravo molim"),
    "Slovenian": Asking(("kaj je", "kaj pomeni", "pomeni"), "pravzaprav prosim"),
    "Bulgarian and Macedonian": Asking(("kakvo e", "kakvo oznachava", "oznachava", "shto e", "shto znachi"),
                                       "tochno"),
    "Lithuanian": Asking(("kas yra", "ka reiskia", "reiskia"), "tiksliai"),
    "Latvian": Asking(("kas ir", "ko nozime", "nozime"), "tiesi"),
    "Norwegian and Danish": Asking(("hva er", "hva betyr", "betyr", "hvad er", "hvad betyder", "betydning"),
                                   "egentlig en et ei"),
    "Swedish": Asking(("vad ar", "vad betyder", "betyder", "vad innebar", "innebar"), "egentligen en ett"),
    "Catalan": Asking(("que vol dir", "vol dir"), ""),
    "Basque": Asking(("zer da", "esan nahi"), ""),
    "Albanian": Asking(("cfare eshte", "cka eshte", "domethene", "cfare do te thote"), "te lutem"),
    "Welsh": Asking(("beth yw", "beth ydy", "beth ydi", "ystyr"), "plis"),
    "Irish": Asking(("cad e", "cad is ciall", "cad is bri"), "le do thoil"),
    "Haitian Creole": Asking(("sa vle di", "ki sa", "kisa"), "souple"),
    "Korean": Asking(("mwoya", "mwoeyo", "mwoyeyo", "mwojyo", "mwoji", "mwonde", "mwo", "tteus", "tteusi"),
                     "jom yo hyung"),
    "Cantonese": Asking(("mat ye", "mat yeh", "matye", "mud ye", "ge yi si", "yi si"), "a ah la ge"),
    "Thai": Asking(("arai", "kue arai", "khue arai", "plae wa", "mai khao jai"), "na ka krub khrap kha krab kub"),
    "Hebrew": Asking(("ma ze", "ma zot", "mashmaut", "ma hapeirush"), "achi ahi"),
    "Telugu": Asking(("ante enti", "ante emiti", "enti", "emiti"), "ra andi bro"),
    "Kannada": Asking(("andre enu", "andre yenu", "enu", "yenu"), "guru maga"),
    "Malayalam": Asking(("enthanu", "enthaanu", "ennu paranjal", "entha"), "chetta chechi"),
    "Marathi": Asking(("mhanje kay", "mhanje", "mhanje nakki kay"), "re na nakki"),
    "Gujarati": Asking(("etle shu", "etle", "shu che", "shu chhe"), "bhai"),
    "Punjabi": Asking(("ki hunda", "ki hundi"), "paaji veere"),
    "Sinhala": Asking(("mokakda", "mokadda", "kiyanne mokakda", "kiyanne"), "machan aiye"),
    "Khmer": Asking(("chea avei", "avei"), ""),
    "Uzbek": Asking(("nima degani", "degani", "nima"), "aka"),
    "Kazakh": Asking(("degen ne", "ne degen", "degen"), ""),
    "Azerbaijani": Asking(("nedir", "ne demekdir", "demekdir"), ""),
    "Georgian": Asking(("ra aris", "ras nishnavs", "nishnavs"), ""),
    "Armenian": Asking(("inch e", "inche", "inch e nshanakum", "nshanakum"), "jan"),
    "Malagasy": Asking(("inona", "inona no"), ""),
    "Cebuano": Asking(("unsa", "unsay", "unsa ang", "pasabot"), "day bai"),
    "Javanese": Asking(("opo kuwi", "artine"), "mas"),
    "Luxembourgish": Asking(("wat ass", "bedeit"), ""),
}

_CUES = frozenset(tuple(cue.split()) for asking in LANGUAGES.values() for cue in asking.cues)
PARTICLES = frozenset(word for asking in LANGUAGES.values() for word in asking.particles.split())
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


def asks_at(norms: Sequence[str], k: int) -> bool:
    """Token `k` is part of a word or phrase asking what something means ("betyr" in "hva betyr SLA"): it begins or
    modifies no name. Reads at most LONGEST tokens on either side."""
    return any(tuple(norms[start:start + size]) in _CUES
               for size in range(1, LONGEST + 1) for start in range(max(0, k - size + 1), k + 1))
