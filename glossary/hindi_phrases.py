"""Hindi in Latin letters, as Indian colleagues type it (Hinglish): the phrases that ask about a term, with their
English, read by glossary/foreign_asks.py with the other languages' phrases (glossary/foreign_phrases.py keeps them in
this place of its list, so which phrase reads first where two start together is unchanged). The language's table of
small words is glossary/foreign_words.py's HINDI.

As there, every phrase is a pattern with no nested quantifier, and HINTS holds the words at least one of them needs.
"""

from __future__ import annotations

_HAI = r"(?:hai|hain|h)"  # Hindi "is", typed short too: "kya h"
_BE = r"(?:hota|hoti|hote|hotay|hotey)"  # "kya hote hain", as Urdu is typed too: "kya hotay hain"
_IS = r"(?:\s+" + _HAI + r")?"  # "is" closing the phrase, or not: "kise kehte (hain)"
_KYA = r"(?:kya|kia)"  # "what", as Urdu is often typed: "retained earnings kia hoti hain"
_MEANING = r"(?:matlab|murad|muraad)"  # "meaning", Urdu's word too: "operating cycle se kya muraad hai"
_DO = r"(?:karta|karti|karte|kartay)"  # "does", "do"
_GIVE = r"(?:do|de|dein|den|dena|dijiye|dijye)"  # "give", "please give", as a request is typed: "samjha dein"
#: (pattern, English, opens a question, needs a "?" after it), as in glossary/foreign_phrases.py.
PHRASES: tuple[tuple[str, str, bool, bool], ...] = (
    # Hindi in Latin letters, asked after the term: "MTTR matlab kya hai", "CUI kya hai", "SME kaun hota hai",
    # "DHCP ka full form kya hai", "X aur Y mein kya difference hai", "LDAP samjha do"
    (r"(?:(?:ka|ki|ke)\s+)?" + _MEANING + r"\s+" + _KYA + r"(?:\s+(?:hota\s+|hoti\s+)?" + _HAI + r")?",
     ", what does it mean", False, False),
    # "CYA kya matlab hai?", "risk-free rate se kya matlab hai", "profit margin se kya murad hai" (what is meant by it)
    (r"(?:se\s+)?" + _KYA + r"\s+" + _MEANING + r"(?:\s+(?:hota\s+|hoti\s+)?" + _HAI + r")?", ", what does it mean",
     False, False),
    # "junk bonds kise kehte hai", "pension fund kis ko kehte hain", "statement of cash flows kis cheez ko kehte hain"
    (r"(?:kise|kisey|kisay|kisko|kis\s+ko|kis\s+(?:cheez|chiz)\s+ko)\s+(?:kehte|kahte|kehtay|kahtay|bolte|boltay)"
     + _IS, ", what is it", False, False),
    (r"kis\s+(?:cheez|chiz)\s+(?:ka|ki)\s+(?:short|abbreviation|full\s+form)" + _IS,
     ", what is it short for", False, False),  # "ESG kis cheez ka short hai"
    (r"kis\s+(?:cheez|chiz)\s+(?:ka|ki)\s+naam" + _IS, ", what is it", False, False),  # "ka naam hai"
    (_KYA + r"\s+(?:kehta|kehti|kahta|kahti|batata|batati|batate|dikhata|dikhati|bolta|bolti)" + _IS,
     ", what does it mean", False, False),  # "sharpe ratio kya batata hai", "fisher effect kya kehta hai"
    (_KYA + r"\s+(?:cheez|chiz|cheej)" + _IS, ", what is it", False, False),  # not "kya tha": "kal ka
    # KPI kya tha" asks yesterday's value
    # "..., ye kya hai?", "... ki baat ho rahi hai, ye kya hota hai?": this, the term just named
    (r"(?:ye|yeh)\s+(?:" + _KYA + r"\s+(?:" + _BE + r"\s+)?" + _HAI + r"|" + _BE + r"\s+" + _KYA + r"\s+" + _HAI + r"|"
     + _KYA + r"\s+(?:cheez|chiz)" + _IS + r")", ", what is this", False, False),
    # "core inflation likha hai, iska matlab kya hai?", "matlab kya hai iska", "iska kya matlab hai": what that means
    (r"(?:iska|iski|iske|uska)\s+(?:" + _KYA + r"\s+)?" + _MEANING + r"(?:\s+" + _KYA + r")?" + _IS + r"|"
     + _MEANING + r"\s+" + _KYA + r"\s+" + _HAI + r"\s+(?:iska|iski|uska)", ", what does that mean", False, False),
    # "union wale collective bargaining ki baat kar rahe hain", "DuPont method ka zikr hua": a term someone mentioned
    (r"(?:ki|ka|ke)\s+(?:baat\s+(?:kar|ho)\s+(?:rahe|rahi|raha)|zikr\s+(?:hua|kiya|ho\s+raha))(?:\s+(?:the|thay|tha|thi|"
     r"hain|hai|h))?", " was mentioned", False, False),
    (r"(?:ka|ki|ke)\s+" + _KYA + r"\s+concept" + _IS, ", what is the concept", False, False),
    (_BE + r"\s+" + _KYA + r"\s+" + _HAI, ", what is it", False, False),  # "working capital hota kya hai": what it is
    (r"(?:kis\s+tarah|kaise)\s+kaam\s+" + _DO + _IS + r"|kaam\s+kaise\s+" + _DO + _IS, ", how does it work", False,
     False),  # "forward contract kis tarah kaam karta hai?"
    (r"kaise\s+(?:calculate|compute)\s+(?:" + _DO + r"|hota|hoti|hote|karein|karen|kiya\s+jata)" + _IS,
     ", how is it calculated", False, False),  # "book value per share kaise calculate hoti hai"; not "NPV
    # kaise calculate hua?" (how this one came out), nor "report kaise nikalte hain" (how to pull it)
    (r"(?:ki|ka|ke)\s+definition\s+(?:chahiye|chahye)(?:\s+(?:thi|tha|hai))?", ", I need the definition", False,
     False),  # "z score ki definition chahiye thi"
    (r"(?:ki|ka|ke)\s+definition(?:\s+(?:bata\s+" + _GIVE + r"|" + _GIVE + r"))?", ", what is the definition", False,
     False),  # "NPV ki definition bata dein"
    (r"(?:ki|ka|ke)\s+(?:koi\s+)?example\s+(?:bata\s+)?" + _GIVE, ", give an example", False, False),
    (r"(?:ke|ki)\s+ba+re\s+(?:mein|me|main)\s+(?:bata\s+" + _GIVE + r"|batao|bataiye|samjha\s+" + _GIVE + r")",
     ", explain it", False, False),  # "reserve requirement ke baare mein bata dein"
    (r"(?:mein|me)\s+" + _KYA + r"\s+" + _KYA + r"\s+(?:include\s+)?(?:aata|aati|aate|" + _BE + r")(?:\s+" + _HAI
     + r")?", ", what goes into it", False, False),  # "current liabilities mein kya kya aata hai"
    (r"kis\s+ke\s+paas" + _IS, ", who has it", False, False),  # "copy kis ke paas hai?": a person
    (r"kis\s+liye\s+" + _BE + _IS, ", what is it for", False, False),  # "... kis liye hote hain"
    (r"kaise\s+define\s+(?:karte|karenge|karoge|kare|karein)" + _IS, ", how is it defined", False,
     False),  # "net debt kaise define karte hai"
    (r"(?:ka|ki|ke)\s+(?:difference|farak|fark|farq|antar)", "difference", False, False),  # "X aur Y ka difference"
    (r"(?-i:(?:[Oo]k\s+|[Aa]c?c?h?ha\s+)?[Aa]ur)(?=\s+[^\s,?]+(?:\s+[^\s,?]+){0,3}\s*\?)", "and", True, False),
    # "aur coupon rate?", "Aur KPI?": a follow-up, as "and X?"
    (r"(?:ka|ki|ke)\s+matlab", "means", False, False),
    # "DDM matlab dividend discount model na?": the asker's guess, to confirm (two words or more, then "?" or "na";
    # not "AWS matlab license?", the software)
    (r"(?<=(?-i:[A-Z0-9]) )(?-i:matlab)(?=(?:\s+[^\W\d_]+){2,6}\s*(?:\?|\s+na\b))", "means", False, False),
    (r"(?<!\bin )(?<!\bor )(?<!\bvs )(?<!\band )(?<!\bof )(?<!\bis )(?<!\bthe )(?<!\buse )(?<!\bto )(?<!\bfrom )"
     r"(?<!\bwith )(?<!\busing )(?<!\bvia )(?-i:matlab)(?=\s*(?:\?|$))", "means", False, False),  # "VLAN matlab?",
    # "chain of command matlab"; not "what is MATLAB?", "is matlab?" (nor "KPI charts from matlab")
    (r"(?:ka|ki|ke)\s+full\s+form(?:\s+kya\s+" + _HAI + r")?", "full form", False, False),
    (r"(?:mein|me)\s+(?:kya\s+)?(?:difference|farak|fark|farq|antar)(?:\s+kya)?" + _IS, "difference",
     False, False),
    (r"same\s+(?:hi\s+)?(?:hai|hain)(?:\s+kya)?", "are the same", False, False),
    (r"(?<!\bse )(?:alag\s+(?:hai|hain|h)(?:\s+kya)?|alag\s+kya)", ", are they different", False, False),  # "X aur Y
    # alag hai kya?"; not "BIOS se alag hai?" (different from BIOS), said of one term
    (r"(?<![\w'] )kya\s+(?:hai|h)(?:\s+(?:ye|yeh)\b)?+(?:\s+(?:yaar|bhai|ji|re)\b)?+(?=[ \t]+[^\W\d_])",
     "what is", True, False),  # "kya hai ye
    # API gateway": opening the question (after a word, "CUI kya hai mail pe ...", it reads as the next one does)
    (r"(?:" + _KYA + r"\s+" + _BE + r"\s+" + _HAI + r"|" + _KYA + r"\s+" + _HAI + r")(?:\s+(?:ye|yeh|woh?)(?![\w']))?",
     ", what is it", False, False),  # "kya hai ye": what is this
    (r"kaun\s+" + _BE + r"\s+" + _HAI + r"|kaun\s+" + _HAI + r"\b", ", who is it", False, False),
    (r"(?:ye\s+|yeh\s+)?kya\s+bala\s+" + _HAI, ", what is it", False, False),  # "CSPRNG ye kya bala hai"
    (r"(?:samajh|samaj|samjh)\s+(?:nahi|nahin|nai)\s+(?:aaya|aya|aa\s+raha|aa\s+rahi|aata)", ", what is it", False,
     False),  # "structural unemployment samajh nahi aaya": not understood, so asked
    # "LDAP samjha do", "observability bata dein", "explain karo ki JBOD kya hota hai"; not "client ko samjha dein ke
    # invoice ... aayega" (tell them that), nor "free cash flow ka number bata dein" (tell me its value)
    (r"(?<!\bnumber )(?<!\bfigure )(?<!\bamount )(?<!\bstatus )(?<!\bdate )(?<!\btotal )(?<!\bvalue )(?:samjha\s+"
     + _GIVE + r"|samjhao|samjhaiye|batao|bataiye|bata\s+" + _GIVE + r"|(?:thoda\s+)?explain\s+(?:karo|kardo|kar\s+do|"
     r"kijiye|karna))(?!\s+(?:ke|ki|k|that)\b(?![^?.]{0,80}\b(?:kya|kia|what|matlab)\b))", "explain", False, False),
)

HINTS = frozenset("baat zikr kya kia matlab murad muraad kaun samjha samjhao samjhaiye mein aur kise kisey kisay kisko "
                  "kis kaise ka ki ke hai hain samajh samaj samjh batao bataiye bata".split())
