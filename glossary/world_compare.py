"""Comparisons asked in the words of a language the bot has no reading for: "mi a különbség a SAML és az OAuth
között?", "RTO ani MTTR madhe farak kay?", "forskjellen mellom SLA og SLO?" read as "difference SAML and OAuth?".

glossary/world_asks.py lets a name be asked about in those languages; a comparison needs two more words, "the
difference" and "and", and the two names between them. So, for each language of that list that people compare
in: its words for the difference, for "and" and for "between". A message holding one of its words for the difference
is read again with them in English, its words for "between" (before the pair or after it) and its words asking
"what is" or softening dropped: the English reading of "difference X and Y" then finds both names. The words are
written folded, as the message is read. Only a message with a word for the difference is rewritten, in one pass
over its words: linear in its length.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from glossary import normalize, world_asks
from glossary.textscan import scan


class Comparing(NamedTuple):
    """One language's words for "the difference" (words or phrases), for "and", and for "between"."""

    differ: tuple[str, ...]
    joins: str
    between: tuple[str, ...] = ()


COMPARING: dict[str, Comparing] = {
    "Yoruba": Comparing(("iyato",), "ati"),
    "Hausa": Comparing(("bambanci",), "da"),
    "Igbo": Comparing(("ihe di iche",), "na"),
    "Amharic": Comparing(("liyunet", "lyunet", "liyunetu"), "ena"),
    "Somali": Comparing(("farqiga", "farqi", "kala duwanaanshaha"), "iyo", ("u dhexeeya", "dhexeeya")),
    "Zulu": Comparing(("umehluko",), "ne kanye", ("phakathi",)),
    "Finnish": Comparing(("ero", "eroa", "erot", "eroja"), "ja", ("valilla", "valinen")),
    "Estonian": Comparing(("vahe", "erinevus"), "ja", ("vahel",)),
    "Hungarian": Comparing(("kulonbseg", "kulonbsege", "kulonbseget"), "es", ("kozott", "kozti")),
    "Czech and Slovak": Comparing(("rozdil", "rozdiel"), "a", ("mezi", "medzi")),
    "Serbian, Croatian and Bosnian": Comparing(("razlika", "razliku", "razlike"), "i", ("izmedu", "izmedju")),
    "Slovenian": Comparing(("razlika",), "in", ("med",)),
    "Bulgarian and Macedonian": Comparing(("razlikata", "razlika"), "i", ("mezhdu", "megju")),
    "Lithuanian": Comparing(("skirtumas", "skirtumai"), "ir", ("tarp",)),
    "Latvian": Comparing(("atskiriba", "starpiba"), "un", ("starp",)),
    "Norwegian and Danish": Comparing(("forskjell", "forskjellen", "forskel", "forskellen"), "og",
                                      ("mellom", "mellem", "pa")),
    "Swedish": Comparing(("skillnad", "skillnaden"), "och", ("mellan", "pa")),
    "Basque": Comparing(("aldea", "ezberdintasuna"), "eta", ("arteko", "artean")),
    "Albanian": Comparing(("dallimi", "ndryshimi"), "dhe", ("midis", "ndermjet")),
    "Welsh": Comparing(("gwahaniaeth",), "a ac", ("rhwng",)),
    "Irish": Comparing(("difriocht",), "agus", ("idir",)),
    "Haitian Creole": Comparing(("diferans",), "ak", ("ant",)),
    "Korean": Comparing(("chai", "chaijeom", "chaijum"), "rang irang wa gwa hago"),
    "Cantonese": Comparing(("fan bit", "kui bit", "kuibit"), "tung", ()),
    "Thai": Comparing(("tang kan", "tang gan", "kwam tang", "taeng kan"), "kap gap gub", ()),
    "Hebrew": Comparing(("hahevdel", "hevdel"), "ve", ("bein",)),
    "Telugu": Comparing(("teda", "tedaa", "bhedam"), "mariyu", ("madhya",)),
    "Kannada": Comparing(("vyatyasa", "vyatyasavenu"), "mattu", ("naduve", "naduvina")),
    "Malayalam": Comparing(("vyathyasam", "vyatyasam"), "um", ("thammil", "thammilulla")),
    "Marathi": Comparing(("farak", "fark"), "ani", ("madhe", "madhye", "madhla", "madhil")),
    "Gujarati": Comparing(("tafavat",), "ane", ("vache", "vachche")),
    "Punjabi": Comparing(("fark", "farak"), "te", ("vich",)),
    "Sinhala": Comparing(("wenasa", "venasa"), "saha ha", ("athara",)),
    "Uzbek": Comparing(("farqi", "farq"), "va bilan", ("orasidagi",)),
    "Kazakh": Comparing(("aiyrmashylygy", "ayirmashylyk"), "jane zhane", ("arasyndagy",)),
    "Azerbaijani": Comparing(("ferq", "ferqi"), "ve ile", ("arasinda",)),
    "Georgian": Comparing(("gansxvaveba",), "da", ("shoris",)),
    "Armenian": Comparing(("tarberutyun", "tarberutyuny"), "u yev", ("mijev",)),
    "Malagasy": Comparing(("fahasamihafana",), "sy ary", ()),
    "Cebuano": Comparing(("kalainan", "kalahian"), "ug", ()),
    "Javanese": Comparing(("bedane",), "karo", ()),
    "Luxembourgish": Comparing(("ennerscheed",), "an", ("tteschent",)),
}

_FIRST = frozenset(phrase.split()[0] for comparing in COMPARING.values() for phrase in comparing.differ)
_BLANKS = re.compile(r"[ \t]{2,}")


def english(text: str) -> str | None:
    """`text` with a comparison asked in one of these languages put in English words, or None when it asks none."""
    if _FIRST.isdisjoint(normalize.words(text)):
        return None
    s = scan(text)
    for name, comparing in COMPARING.items():
        differ = _phrases(s.norms, comparing.differ)
        if not differ:
            continue
        asking = world_asks.LANGUAGES.get(name)
        dropped = _phrases(s.norms, comparing.between) | _phrases(s.norms, asking.cues if asking else ())
        dropped |= {k for k, norm in enumerate(s.norms) if asking and norm in asking.particles.split()}
        joins = frozenset(comparing.joins.split())
        pieces, said = [text[:s.starts[0]]], False
        for k, raw in enumerate(s.raws):
            if k in differ:
                pieces.append("" if said else "difference")
                said = True
            elif k in dropped:
                pieces.append("")
            else:
                pieces.append("and" if s.norms[k] in joins else raw)
            pieces.append(text[s.ends[k]:s.starts[k + 1]] if k + 1 < len(s.raws) else text[s.ends[k]:])
        return _BLANKS.sub(" ", "".join(pieces)).strip()
    return None


def _phrases(norms: list[str], phrases: tuple[str, ...]) -> set[int]:
    """The tokens of `norms` that make up one of `phrases` (each a word or several, consecutive)."""
    found: set[int] = set()
    for phrase in phrases:
        words = phrase.split()
        for k in range(len(norms) - len(words) + 1):
            if norms[k:k + len(words)] == words:
                found.update(range(k, k + len(words)))
    return found
