"""A name in the other English spelling: "capitalize" typed "capitalise", "Data Center" typed "data centre".

Half the world writes British spelling (the UK, Ireland, India, Singapore, Australia, most of Europe's
English) and the glossaries are mostly American, or the other way round. A typo repair reads one such
word only where nothing else is near: "capitalise the laptops" was read as "capitalism", one letter
away too. So each name is also indexed in its other spelling, an exact name like any other.

Only the regular conventions are used, and only where they cannot make another word:
- "-ize", "-ization", "-yze" and their forms against "-ise", "-isation", "-yse" (a stem of three
  letters at least, not ending in "s": "size", "midsize", "raise", "prize" stay; an "-ise" word of everyday
  English is no "-ize" one: "enterprise", "franchise");
- a closed list of stems and words for the rest ("colo(u)r", "cent(re|er)", "defen(c|s)e",
  "catalog(ue)", "model(l)ing", "programme"), since the endings alone also end words that have no
  other spelling ("major", "parameter", "expense", "filling").
"""

from __future__ import annotations

import re

from glossary import common_words
from glossary.common_words import NOT_COMMON

#: "-ize" words and their forms, either spelling: the letter swapped.
_IZE = re.compile(r"^(\w{3,}?)([iy])([sz])(e|es|ed|ing|er|ers|ation|ations|ational|able)$")
_OUR_STEMS = ("colo", "labo", "behavio", "favo", "hono", "flavo", "harbo", "neighbo", "rumo", "vapo", "humo",
              "armo", "endeavo", "vigo", "odo", "parlo", "valo", "savio", "tumo", "clamo", "cando")
_OUR_ENDS = ("", "s", "ed", "ing", "al", "ally", "able", "ite", "ites", "ful", "less", "ist", "ists")
_DOUBLED_L = ("cancel", "model", "label", "travel", "level", "fuel", "signal", "total", "channel", "counsel",
              "jewel", "marshal", "tunnel", "panel", "dial", "funnel", "barrel", "pedal", "shovel", "snorkel")
_L_ENDS = ("ed", "ing", "er", "ers", "ation", "ations", "or", "ors")
#: Whole words in their two spellings (each with its plural or other forms where people type them).
_PAIRS = (("center", "centre"), ("centers", "centres"), ("centered", "centred"), ("meter", "metre"),
          ("meters", "metres"), ("liter", "litre"), ("liters", "litres"), ("theater", "theatre"),
          ("fiber", "fibre"), ("fibers", "fibres"), ("caliber", "calibre"), ("specter", "spectre"),
          ("maneuver", "manoeuvre"), ("defense", "defence"), ("defenses", "defences"), ("offense", "offence"),
          ("license", "licence"), ("licenses", "licences"), ("pretense", "pretence"), ("catalog", "catalogue"),
          ("catalogs", "catalogues"), ("dialog", "dialogue"), ("analog", "analogue"), ("program", "programme"),
          ("programs", "programmes"), ("judgment", "judgement"), ("judgments", "judgements"),
          ("acknowledgment", "acknowledgement"), ("enrollment", "enrolment"), ("fulfillment", "fulfilment"),
          ("installment", "instalment"), ("installments", "instalments"), ("aging", "ageing"), ("gray", "grey"),
          ("mold", "mould"), ("artifact", "artefact"), ("artifacts", "artefacts"), ("inquiry", "enquiry"),
          ("inquiries", "enquiries"), ("pediatric", "paediatric"), ("aluminum", "aluminium"),
          ("skeptic", "sceptic"), ("skeptical", "sceptical"), ("plow", "plough"), ("cozy", "cosy"))
#: Not "check"/"cheque", "draft"/"draught": each is an everyday word of its own in the other spelling.
_WORD = re.compile(r"[A-Za-z]+")


def _table() -> dict[str, str]:
    """Each word of the closed lists -> its other spelling, both ways."""
    table = {}
    for stem in _OUR_STEMS:
        for end in _OUR_ENDS:
            table[f"{stem}r{end}"], table[f"{stem}ur{end}"] = f"{stem}ur{end}", f"{stem}r{end}"
    for stem in _DOUBLED_L:
        for end in _L_ENDS:
            table[f"{stem}{end}"], table[f"{stem}l{end}"] = f"{stem}l{end}", f"{stem}{end}"
    for american, british in _PAIRS:
        table[british], table[american] = american, british
    return table


_OTHER = _table()


def _word_twin(word: str) -> str:
    """`word` in its other spelling, cased as typed; `word` itself when it has none."""
    low = word.lower()
    twin = _OTHER.get(low)
    if twin is None and (m := _IZE.match(low)) and not m.group(1).endswith("s") \
            and (m.group(3) == "z" or common_words.rank(low) == NOT_COMMON  # not "midsize", "rightsizing"
                 and common_words.rank(m.group(1) + m.group(2) + "se") == NOT_COMMON):  # nor "advertiser"
        twin = m.group(1) + m.group(2) + ("s" if m.group(3) == "z" else "z") + m.group(4)  # not "enterprize"
    if twin is None:
        return word
    if word.isupper():
        return twin.upper()
    return twin.capitalize() if word[:1].isupper() else twin


def other_spelling(name: str) -> str | None:
    """`name` with each word in its other English spelling, or None when no word has one."""
    twin = _WORD.sub(lambda m: _word_twin(m.group(0)), name)
    return twin if twin != name else None
