"""Turn the many spellings of a term into one comparable key.

"S.L.A.", "sla" and "SLA" share a key, and so do "back-end", "back end" and
"backend". Plurals fold to singular through `singular_variants`.
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_WORDS = re.compile(r"[0-9a-z]+")
_SLUG_JUNK = re.compile(r"[^0-9a-z]+")

# Words whose trailing "s" is not a plural: stripping it would invent a term.
_NOT_PLURAL = {"is", "was", "has", "this", "its", "us", "yes", "bus", "gas", "plus", "series", "news", "analysis",
               "basis", "status", "campus", "bonus", "virus", "canvas", "chaos", "corpus", "process", "access",
               "success", "business", "less", "loss", "class", "sales", "ops", "devops", "kubernetes", "aws", "dns",
               "sas", "saas", "paas", "iaas", "faas", "os", "ios", "macos", "cons", "pros", "alias", "dos", "ddos",
               "https", "sms", "gps", "ms", "cms", "kms", "lbs", "ats", "sss", "ess", "ips", "ids", "rls"}


def fold(text: str) -> str:
    """Lower case, accents removed, compatibility characters unified."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


def words(text: str) -> list[str]:
    """The alphanumeric words of a text, folded: '&' reads as 'and'."""
    return _WORDS.findall(fold(text).replace("&", " and "))


def key(text: str) -> str:
    """The lookup key: folded, every non-alphanumeric character dropped."""
    return _NON_ALNUM.sub("", fold(text))


def singular(word: str) -> str:
    """Best-effort English singular of one folded word."""
    if len(word) <= 3 or word in _NOT_PLURAL or not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    return word[:-1]


def singular_variants(text: str) -> list[str]:
    """Keys to try when the exact key is unknown: last word singular, acronym plurals."""
    variants: list[str] = []
    raw = text.strip()
    # "APIs", "KPI's", "SLAs": an upper-case acronym with a plural tail.
    acronym = re.fullmatch(r"([A-Z0-9&/.\-]{2,})(?:'?s|S)", raw)
    if acronym:
        variants.append(key(acronym.group(1)))
    parts = words(raw)
    if parts:
        last = singular(parts[-1])
        if last != parts[-1]:
            variants.append("".join(parts[:-1]) + last)
        elif parts[-1].endswith("s") and len(parts[-1]) > 2 and parts[-1] not in _NOT_PLURAL:
            variants.append("".join(parts[:-1]) + parts[-1][:-1])
    seen: set[str] = set()
    return [v for v in variants if v and not (v in seen or seen.add(v))]


def slug(text: str) -> str:
    """A stable id from a term: 'CI/CD' -> 'ci-cd', 'P&L' -> 'p-and-l'."""
    folded = fold(text).replace("&", " and ")
    return _SLUG_JUNK.sub("-", folded).strip("-") or "term"


def initials(text: str) -> str:
    """'service level agreement' -> 'sla': lets an expansion find its acronym."""
    return "".join(w[0] for w in words(text) if w not in {"and", "of", "the", "a", "an", "for", "to", "in"})
