"""Arabic of the Maghreb in Latin letters, as Moroccan, Algerian and Tunisian colleagues chat it (Darija, with digits
for the letters Latin lacks: "3" for ain, "7" for ha, "9" for qaf): "chno kat3ni RFI?", "UEFI chno howa?", "X w Y chno
lfar9?", "chr7 lia X". Read by glossary/foreign_asks.py after the Gulf and Levant phrases of
glossary/foreign_phrases.py; the language's small words ("w": and, "f": in) are foreign_words.ARABIC's.

As there, every phrase is a pattern with no nested quantifier, and HINTS holds the words at least one of them needs.
"""

from __future__ import annotations

_WHAT = r"(?:chno|chnou|chnu|shno|achno|ashno|ach|ash|wesh|wech|chnowa|chnouwa|chnoua|chniya|chnia|chneya)"
_MEANS = r"(?:kay3ni|kat3ni|kaye3ni|kate3ni|kat3nih|t3ni|y3ni|ya3ni|ma3na|ma3nah|ma3naha|ma3ntha|ma3neha|ma3nato)"
_IT = r"(?:howa|hiya|homa|huwa|hia|hya|hwa|hoa)"  # he, she, they: "chno hiya X", "X chno howa?"
_EXACTLY = r"(?:\s+(?:bdabt|bdebt|bezzabt|asln|asalan|exactement))?"
#: (pattern, English, opens a question, needs a "?" after it), as in glossary/foreign_phrases.py.
PHRASES: tuple[tuple[str, str, bool, bool], ...] = (
    (_WHAT + r"\s+" + _MEANS + _EXACTLY, "what means", True, False),  # "chno kat3ni RFI?", "RFQ ach kat3ni?"
    (r"(?:" + _WHAT + r"\s+(?:" + _IT + r"\s+)?)?(?:lfar9|lfarq|lfer9|lferq)\s+bin", "what is the difference between",
     False, False),  # "chno lfar9 bin X w Y?": "bin" (between) only here, never "bin file"
    (_WHAT + r"\s+(?:" + _IT + r"\s+)?(?:lfar9|lfarq|lfer9|lferq)", "what is the difference", False, False),
    (r"lfar9|lfarq|lfer9|lferq", "the difference", False, False),  # "chr7 lia lfar9", "lfar9 bin X w Y"
    (_WHAT + r"\s+" + _IT + _EXACTLY, "what is", True, False),  # "UEFI chno howa?", "chno hiya bill of lading?"
    (r"(?<=\w )(?:chno|chnou|chnu|achno|shno|chnowa|chniya|chnia)(?=\s*+[?!.]*+\s*+$)", ", what is it", False, False),
    # "SLA chno?": the name, then "what?" closing the message
    (r"(?:chr7|char7|cher7|charh|cherh|fesser|fasser|fassar|fsser|fessar)(?:\s+(?:lia|lya|liya|lina|lena|li))?",
     "explain", False, False),  # "chr7 lia X"
    (r"kifach\s+(?:kaykhdem|kaykhdm|kaykhdam|khdam|kat5dem|katkhdem|kaytkhdem)", "how does it work", False, False),
    (r"kifach\s+(?:kayt7sb|kayt7seb|kayt7sab|kat7sb|nt7sbo|n7sbo)", "how is it calculated", False, False),
    (r"ma\s+fhmtch|ma\s+fhemtch|mafhmtch|mafhemtch", "I don't understand", False, False),
    (r"(?:wach\s+)?b7al\s+b7al|nafs\s+l7aja|nefs\s+l7aja|nfs\s+l7aja", "the same thing", False, False),
    (r"chkoun|chkon|chkun", "who", True, False),  # "chkoun howa l'owner dyal SLA?": a person
    (r"3lach|3lah|3lech", "why", True, False),
    (r"ch7al|sh7al|ch7el", "how much", True, False),  # "ch7al l'EBITDA?": a figure
    (r"fo9ach|fou9ach|fokach|fo9aech", "when", True, False),
)

HINTS = frozenset("chno chnou chnu shno achno ashno ach ash wesh wech chnowa chnouwa chnoua chniya chnia chneya "
                  "lfar9 lfarq lfer9 lferq chr7 char7 cher7 charh cherh fesser fasser fassar fsser fessar kifach "
                  "ma mafhmtch mafhemtch wach b7al nafs nefs nfs chkoun chkon chkun 3lach 3lah 3lech ch7al sh7al "
                  "ch7el fo9ach fou9ach fokach fo9aech".split())
