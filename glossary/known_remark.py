""""I know what X is" said in another language: a remark, not a question ("mujhe pata hai SLA kya hai", "aku udah
tahu CNAME itu apa", "man midoonam CIDR chiye, ...", "em biết PKCS là gì rồi, ..."). Said before any question closes,
it turns the message away from a definition whatever the rest reads as; said after one ("SLO kya hota hai? SLA toh
pata hai") it leaves the question standing. Each language's own words for "I know" or "now I get it".
"""

from __future__ import annotations

import re

KNOWN = re.compile(
    r"\b(?:pata\s+(?:hai|h)\b(?!\s+kya)|ma?lo+m\s+hai|jaa?nta\s+h(?:oo|u)n?"  # Hindi, Urdu
    r"|(?:aku|saya|gue|gw)\s+(?:udah\s+|sudah\s+|dah\s+)?(?:tahu|tau|ngerti|paham)"  # Indonesian
    r"|(?:aba|ekhon|ekhn)\s+(?:bujhe|bujhen|bujhlam|bujhechi)|(?:k|ke)\s+ho\s+(?:tha|thaha)\s+c?hh?a"  # Nepali, Bengali
    r"|ana\s+(?:3aref|3arfa|3arif|a3ref|a3rif|fahem|fahma)"  # Arabic
    r"|(?:ami|amra)\s+(?:jani|bujhi)(?!\s+na\b)"  # Bengali "I know" (not "ami jani na", I do not)
    r"|(?:man\s+)?mi(?:doonam|dunam|danam)"  # Persian
    r"|(?:em|anh|chị|tôi|mình)\s+(?:đã\s+|da\s+)?(?:biết|biet|hiểu|hieu)"  # Vietnamese
    r"|najua|nafahamu|(?:na)?elewa\s+(?:tayari)"  # Swahili
    r"|(?:kabalo|kahibalo|kasabot)\s+ko)\b",  # Cebuano
    re.I)


def said_first(text: str) -> re.Match[str] | None:
    """The words saying "I know" where no question closes before them (a remark), else None."""
    known = KNOWN.search(text)
    return known if known is not None and "?" not in text[:known.start()] else None
