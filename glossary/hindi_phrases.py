"""Hindi in Latin letters, as Indian colleagues type it (Hinglish): the phrases that ask about a term, with their
English, read by glossary/foreign_asks.py with the other languages' phrases (glossary/foreign_phrases.py keeps them in
this place of its list, so which phrase reads first where two start together is unchanged). The language's table of
small words is glossary/foreign_words.py's HINDI.

As there, every phrase is a pattern with no nested quantifier, and HINTS holds the words at least one of them needs.
"""

from __future__ import annotations

_HAI = r"(?:hai|hain|h)"  # Hindi "is", typed short too: "kya h"
_BE = r"(?:hota|hoti|hote|hotay|hotey)"  # "kya hote hain", as Urdu is typed too: "kya hotay hain"
#: (pattern, English, opens a question, needs a "?" after it), as in glossary/foreign_phrases.py.
PHRASES: tuple[tuple[str, str, bool, bool], ...] = (
    # Hindi in Latin letters, asked after the term: "MTTR matlab kya hai", "CUI kya hai", "SME kaun hota hai",
    # "DHCP ka full form kya hai", "X aur Y mein kya difference hai", "LDAP samjha do"
    (r"(?:(?:ka|ki|ke)\s+)?matlab\s+kya(?:\s+(?:hota\s+|hoti\s+)?" + _HAI + r")?", ", what does it mean", False, False),
    # "CYA kya matlab hai?", "risk-free rate se kya matlab hai" (what is meant by it)
    (r"(?:se\s+)?kya\s+matlab(?:\s+(?:hota\s+|hoti\s+)?" + _HAI + r")?", ", what does it mean", False, False),
    (r"kise\s+(?:kehte|kahte|bolte)(?:\s+" + _HAI + r")?", ", what is it", False, False),  # "junk bonds kise kehte hai"
    (r"kya\s+(?:kehta|kehti|kahta|kahti|batata|batati|batate|dikhata|dikhati|bolta|bolti)(?:\s+" + _HAI + r")?",
     ", what does it mean", False, False),  # "sharpe ratio kya batata hai", "fisher effect kya kehta hai"
    (r"kya\s+(?:cheez|chiz|cheej)(?:\s+" + _HAI + r")?", ", what is it", False, False),  # not "kya tha": "kal ka KPI
    # kya tha" asks yesterday's value
    (r"kaise\s+define\s+(?:karte|karenge|karoge|kare|karein)(?:\s+" + _HAI + r")?", ", how is it defined", False,
     False),  # "net debt kaise define karte hai"
    (r"(?:ka|ki|ke)\s+(?:difference|farak|fark|farq|antar)", "difference", False, False),  # "X aur Y ka difference"
    (r"(?-i:(?:[Oo]k\s+|[Aa]c?c?h?ha\s+)?[Aa]ur)(?=\s+[^\s,?]+(?:\s+[^\s,?]+){0,3}\s*\?)", "and", True, False),
    # "aur coupon rate?", "Aur KPI?": a follow-up, as "and X?"
    (r"(?:ka|ki|ke)\s+matlab", "means", False, False),
    # "DDM matlab dividend discount model na?": the asker's guess, to confirm (two words or more, then "?" or "na";
    # not "AWS matlab license?", the software)
    (r"(?<=(?-i:[A-Z0-9]) )(?-i:matlab)(?=(?:\s+[^\W\d_]+){2,6}\s*(?:\?|\s+na\b))", "means", False, False),
    (r"(?<!\bin )(?<!\bor )(?<!\bvs )(?<!\band )(?<!\bof )(?<!\bis )(?<!\bthe )(?<!\buse )(?-i:matlab)(?=\s*\?)",
     "means", False, False),  # "VLAN matlab?"; not "what is MATLAB?", "is matlab?" (nor "KPI charts from matlab")
    (r"(?:ka|ki|ke)\s+full\s+form(?:\s+kya\s+" + _HAI + r")?", "full form", False, False),
    (r"(?:mein|me)\s+(?:kya\s+)?(?:difference|farak|fark|farq|antar)(?:\s+kya)?(?:\s+" + _HAI + r")?", "difference",
     False, False),
    (r"same\s+(?:hi\s+)?(?:hai|hain)(?:\s+kya)?", "are the same", False, False),
    (r"(?<!\bse )(?:alag\s+(?:hai|hain|h)(?:\s+kya)?|alag\s+kya)", ", are they different", False, False),  # "X aur Y
    # alag hai kya?"; not "BIOS se alag hai?" (different from BIOS), said of one term
    (r"(?<![\w'] )kya\s+(?:hai|h)(?:\s+(?:ye|yeh)\b)?+(?:\s+(?:yaar|bhai|ji|re)\b)?+(?=[ \t]+[^\W\d_])",
     "what is", True, False),  # "kya hai ye
    # API gateway": opening the question (after a word, "CUI kya hai mail pe ...", it reads as the next one does)
    (r"(?:kya\s+" + _BE + r"\s+" + _HAI + r"|kya\s+" + _HAI + r")(?:\s+(?:ye|yeh|woh?)(?![\w']))?", ", what is it",
     False, False),  # "kya hai ye": what is this
    (r"kaun\s+" + _BE + r"\s+" + _HAI + r"|kaun\s+" + _HAI + r"\b", ", who is it", False, False),
    (r"(?:ye\s+|yeh\s+)?kya\s+bala\s+" + _HAI, ", what is it", False, False),  # "CSPRNG ye kya bala hai"
    (r"(?:samajh|samaj|samjh)\s+(?:nahi|nahin|nai)\s+(?:aaya|aya|aa\s+raha|aa\s+rahi|aata)", ", what is it", False,
     False),  # "structural unemployment samajh nahi aaya": not understood, so asked
    (r"samjha\s+(?:do|dijiye|de)|samjhao|samjhaiye|batao|bataiye|bata\s+(?:do|dijiye|de)|(?:thoda\s+)?explain\s+(?:karo|kardo|kar\s+do|kijiye|karna)",
     "explain", False, False),
)

HINTS = frozenset("kya matlab kaun samjha samjhao samjhaiye mein aur kise kaise ka ki ke hai hain samajh samaj "
                  "samjh batao bataiye bata".split())
