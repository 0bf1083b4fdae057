""""I know what X is" said in another language: a remark, not a question ("mujhe pata hai SLA kya hai", "aku udah
tahu CNAME itu apa", "man midoonam CIDR chiye, ...", "em biết PKCS là gì rồi, ..."). Each language's own words for "I
know" or "now I get it". The reading puts "I know" in their place (glossary/foreign_asks.py); once the message is read,
an answer is only offered when the remark's own clause names the whole term read (`knows`). Said after a question
that asks a meaning ("SLO kya hota hai? SLA toh pata hai"), or alone in its clause ("kasabot ko, unsa man ang SLA?"),
it leaves the question standing.
"""

from __future__ import annotations

import re

KNOWN = re.compile(
    r"\b(?:(?<!\bko )pa?ta\s+(?:hai|h)\b(?!\s+kya)|ma?lo+m\s+hai|jaa?nta\s+h(?:oo|u)n?"  # Hindi, Urdu (not "kisi
    # ko pata hai ...?", does anyone know)
    r"|(?:aku|saya|gue|gw)\s+(?:udah\s+|sudah\s+|dah\s+)?(?:tahu|tau|ngerti|paham)"  # Indonesian
    r"|(?:aba|ekhon|ekhn)\s+(?:bujhe|bujhen|bujhlam|bujhechi)|(?:k|ke)\s+ho\s+(?:tha|thaha)\s+c?hh?a"  # Nepali, Bengali
    r"|ana\s+(?:3aref|3arfa|3arif|a3ref|a3rif|fahem|fahma)"  # Arabic, in Latin letters and its own (not "ما أعرف",
    r"|(?<!ما )(?<!مش )(?<!مو )(?<!لا )(?:أعرف|عارف|عارفة)"  # "مش عارف": I don't)
    r"|(?:ami|amra)\s+(?:jani|bujhi)(?!\s+n(?:a|aa|ah)\b)"  # Bengali "I know" (not "ami jani na", I do not)
    r"|(?:man\s+)?mi(?:doonam|dunam|danam)"  # Persian
    r"|(?:em|anh|chị|tôi|mình)\s+(?:đã\s+|da\s+)?(?:biết|biet|hiểu|hieu)"  # Vietnamese
    r"|najua|nafahamu|(?:na)?elewa\s+(?:tayari)"  # Swahili
    r"|(?:kabalo|kahibalo)\s+ko)\b"  # Cebuano
    r"|(?<!को )पता\s+है",  # Hindi in its own script, whose vowel signs no word boundary reads
    re.I)


#: Words asking a meaning in those languages (and English): a question closed before the remark asks one only so.
_ASKING = re.compile(r"\b(?:kya|kia|matlab|murad|apa|artinya|maksud|eh|ya3ni|ki|mane|chiye|chie|yani|gì|gi|nini|"
                     r"maana|unsa|unsay|what|mean|means|meaning)\b", re.I)
#: Where a clause ends: its marks, the Arabic comma and question mark, and "but" in these languages ("najua cloud,
#: lakini cloud computing ni nini?").
_BREAK = re.compile(r"[,.;:!?\n\u060c\u061f]|\b(?:but|lekin|magar|tapi|nhưng|lakini|kintu|vali|pero|mas)\b", re.I)


def said_first(text: str) -> re.Match[str] | None:
    """The words saying "I know" as a remark on what the message names, else None: not after a question that asks a
    meaning ("SLO kya hota hai? SLA toh pata hai"; but "kal standup hai? mujhe pata hai SLA kya hai" is a remark), and
    not alone in their clause ("got it, what's the SLA?" asks)."""
    known = KNOWN.search(text)
    if known is None:
        return None
    asked = text[:known.start()].rfind("?")
    if asked >= 0 and _ASKING.search(_BREAK.split(text[:asked])[-1]):
        return None  # the question before it stands
    return known if _clause(text, known).strip() else None


def knows(text: str, names: list[str]) -> bool:
    """The asker says first that they know one of `names` (what the message was read as asking): in the clause of the
    remark ("mujhe pata hai SLA kya hai"); not "midoonam harf-e ziadi nist, vali farghe PSK ba KDF chiye?" (I know
    it is no small ask, but ...), where the question stands."""
    known = said_first(text)
    if known is None:
        return False
    clause = " ".join(_WORDS.findall(_clause(text, known).lower()))
    return any(run and f" {run} " in f" {clause} " for name in names
               for run in [" ".join(_WORDS.findall(name.lower()))])  # the whole name: "PKCS" of "PKCS #11"; not "data"
    # of "data warehouse" ("ami jani data mane ki, kintu data warehouse ki?")


def _clause(text: str, known: re.Match[str]) -> str:
    """The rest of the remark's clause, the words saying "I know" left out."""
    return _BREAK.split(text[:known.start()])[-1] + " " + _BREAK.split(text[known.end():])[0]


_WORDS = re.compile(r"[^\W\d_]{2,}")  # a name's words, letters only: "PKCS" of "PKCS #11"
