"""Turn the many spellings of a term into one comparable key.

"S.L.A.", "sla" and "SLA" share a key, and so do "back-end", "back end" and
"backend"; "P&L", "P & L" and "P and L" too. Plurals fold to singular through
`singular_variants`, which offers every plausible stem and lets an exact
lookup decide which one is a real term.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_WORDS = re.compile(r"[0-9a-z]+")
_SLUG_JUNK = re.compile(r"[^0-9a-z]+")
# "APIs", "KPI's", "CVEs", "SLAS": an acronym with a plural tail. A bare capital S needs three letters
# before it, or "CSS" would become "CS".
_ACRONYM_PLURAL = re.compile(r"([A-Z0-9][A-Za-z0-9&/.\-]*[A-Z0-9])(?:'?s|'S)|([A-Z0-9][A-Z0-9&/.\-]{2,})S")

# Words whose trailing "s" is not a plural: stripping it would invent a term.
_NOT_PLURAL = {"is", "was", "has", "this", "its", "us", "yes", "bus", "gas", "plus", "series", "news", "analysis",
               "basis", "status", "campus", "bonus", "virus", "canvas", "chaos", "corpus", "process", "access",
               "success", "business", "less", "loss", "class", "sales", "ops", "devops", "kubernetes", "aws", "dns",
               "sas", "saas", "paas", "iaas", "faas", "os", "ios", "macos", "cons", "pros", "alias", "dos", "ddos",
               "https", "sms", "gps", "ms", "cms", "kms", "lbs", "ats", "sss", "ess", "ips", "ids", "rls"}


#: Latin letters that no accent mark makes, so Unicode does not decompose them: read as the letters they are
#: written for ("søknad", "jæja", "hvað þýðir", "wytłumacz", Twi "ɛkyerɛ sɛn", Azerbaijani "nə"), never dropped as
#: if they split the word.
_OWN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ħ": "h",
                              "ı": "i", "ŧ": "t", "ŋ": "ng", "ĸ": "k", "ſ": "s", "ɛ": "e", "ɔ": "o", "ə": "e"})


def fold(text: str) -> str:
    """Lower case, accents removed, compatibility characters unified."""
    return text.lower() if text.isascii() else _accents_off(text).translate(_OWN_LETTERS)


def _accents_off(text: str) -> str:
    """Lower case, accents removed; ASCII as it is (nothing to unify)."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    """The alphanumeric words of a text, folded: '&' reads as 'and'."""
    return list(_words(text))


@lru_cache(maxsize=4096)  # one question's steps read the same texts (its subject, the names answered) many times
def _words(text: str) -> tuple[str, ...]:
    folded = text.lower() if text.isascii() else fold(text)
    return tuple(_WORDS.findall(folded.replace("&", " and ") if "&" in folded else folded))


@lru_cache(maxsize=4096)  # likewise: keyed a dozen times a question
def key(text: str) -> str:
    """The lookup key: folded, '&' read as 'and', every other non-alphanumeric character dropped.

    >>> key("S.L.A."), key("back-end"), key("P & L")
    ('sla', 'backend', 'pandl')
    """
    folded = text.lower() if text.isascii() else fold(text)
    if folded.isalnum() and folded.isascii():
        return folded  # one plain word (the common case): nothing to drop
    return _NON_ALNUM.sub("", folded.replace("&", "and"))


def singular_key(name: str) -> str:
    """A name's key with every word singular: "Plans of Action & Milestones", "Request For Comment"."""
    return "".join(singular(w) for w in words(name))


def singular(word: str) -> str:
    """Best-effort English singular of one folded word (one guess; see `plural_stems` for all)."""
    if len(word) <= 3 or word in _NOT_PLURAL or not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    return word[:-1]


def plural_stems(word: str) -> list[str]:
    """Every plausible singular of a folded word, most likely first: 'caches' -> ['cach', 'cache'].

    An exact lookup tries them all, so guessing wrong costs nothing.
    """
    if len(word) <= 2 or word in _NOT_PLURAL or not word.endswith("s") or word.endswith("ss"):
        return []
    stems = [singular(word), word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return [s for s in dict.fromkeys(stems) if s and s != word]


def singular_variants(text: str) -> list[str]:
    """Keys to try when the exact key is unknown: 'APIs', "KPI's", 'user stories', 'caches'."""
    variants: list[str] = []
    raw = text.strip()
    acronym = _ACRONYM_PLURAL.fullmatch(raw)
    if acronym:
        variants.append(key(acronym.group(1) or acronym.group(2)))
    parts = words(raw)
    if parts and not (len(raw) <= 3 and raw.isupper() and raw.isalpha()):  # "WMS", "MES": the S is a letter
        head = "".join(parts[:-1])
        variants.extend(head + stem for stem in plural_stems(parts[-1]))
    seen: set[str] = set()
    return [v for v in variants if v and not (v in seen or seen.add(v))]


_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9", "ten": "10"}


def digit_key(text: str) -> str:
    """The key with number words as digits: 'two-factor' and '2 factor' both become '2factor'."""
    return "".join(_NUMBER_WORDS.get(w, w) for w in words(text))


def slug(text: str) -> str:
    """A stable id from a term: 'CI/CD' -> 'ci-cd', 'P&L' -> 'p-and-l'. Letters no accent makes are dropped here as
    they always were ("Søknad": 's-knad'), so a YAML file without ids imports onto the ids it made before."""
    folded = _accents_off(text).replace("&", " and ")
    return _SLUG_JUNK.sub("-", folded).strip("-") or "term"


_MINOR = {"and", "of", "the", "a", "an", "for", "to", "in"}
MINOR_WORDS = frozenset(_MINOR)  # words an acronym usually skips ("of", "and")


def initials(text: str) -> str:
    """'service level agreement' -> 'sla': lets an expansion find its acronym."""
    return "".join(w[0] for w in words(text) if w not in _MINOR)


_NO_PLURAL_ENDS = ("ss", "is", "us")  # "chronic rhinosinusitis", "business", "status": no plural S


def one_of_plural(acronym: str, expansions: list[str]) -> str | None:
    """"URIS" (Uniform Resource Identifiers) -> "URI": the acronym of one, when an expansion is plural and
    the acronym without its S is that expansion's initials (not "APIS" for "Advanced Passenger Info System")."""
    one = acronym[:-1]
    if len(one) < 3 or acronym[-1] not in "sS" or not (one.isupper() and one.isalnum()):
        return None  # "ATS": no "AT" (the word "at"), however many tears
    plural = [e for e in expansions
              if (w := words(e)) and singular(w[-1]) != w[-1] and w[-1][-2:] not in _NO_PLURAL_ENDS]
    return one if any(key(one) in initials_variants(e) for e in plural) else None


def initials_variants(text: str) -> tuple[str, ...]:
    """Acronyms a phrase could have: 'software as a service' -> ('saas', 'sas'), every word's first, in a
    fixed order, so that suggestions built from them come in the same order on every run."""
    parts = words(text)
    if len(parts) < 2:
        return ()
    return tuple(dict.fromkeys(v for v in ("".join(w[0] for w in parts), initials(text)) if v))


#: Heads that only say what kind of thing the initials before them name: "(TIE) ratio", "(OTC) market".
_GENERIC_HEADS = frozenset("ratio market system method model index rate act".split())


_OPTIONAL_WORDS = frozenset("the a an of and for to in on".split())  # "(the)" in a name is optional, no name


def name_forms(name: str) -> list[str]:
    """Other names a written name carries: 'net present value (NPV)' is also 'net present value' and
    'NPV'; 'price/earnings (P/E) ratio' also 'P/E ratio'; 'Project (or Program) Management Office' also
    'Program Management Office'; 'cash cycle or cash conversion cycle' both. Plain string scans, no regex."""
    forms: list[str] = []
    open_at = name.find(" (")
    close_at = name.find(")", open_at + 2) if open_at > 0 else -1
    if close_at > 0 and "(" not in name[open_at + 2:close_at]:
        before, inner, after = name[:open_at].strip(), name[open_at + 2:close_at].strip(), name[close_at + 1:]
        after = after.strip() if after[:1] in ("", " ") else ""
        forms.append(f"{before} {after}".strip())
        if inner.lower() in _OPTIONAL_WORDS:
            pass  # "Voice of (the) Customer": a word that may be left out, no name of its own ("the Customer")
        elif inner.lower().startswith("or ") and " " not in before:
            forms.append(f"{inner[3:]} {after}".strip())  # "Project (or Program) Management Office"
        elif len(key(inner)) >= 2 and not key(inner).isdigit() and not inner.lower().startswith("or ") \
                and (after or len(words(inner)) > 1 or sum(c.isupper() or c.isdigit() for c in inner) >= 2
                     or clipping(inner, before)):
            forms.append(f"{inner} {after}".strip())  # alone, an acronym, a phrase or a clipping: not "(Team)"
            if after.lower() in _GENERIC_HEADS and key(inner) in initials_variants(before):
                forms.append(inner)  # "times interest earned (TIE) ratio" is also TIE; "(HR) management" no HR
            if inner[-1:] == "s" and len(inner) >= 3 and inner[:-1].isupper() \
                    and any(singular(w) != w for w in words(before)):
                forms.append(f"{inner[:-1]} {after}".strip())  # "companies (SPACs)": a SPAC is one of them
    for mark in ("'s ", "\u2019s "):  # "Maslow's hierarchy of needs" typed "Maslow hierarchy of needs"
        if mark in name:
            forms.append(name.replace(mark, " "))
    parts = name.split(" or ")
    if len(parts) == 2:
        left, right = words(parts[0]), words(parts[1])
        if len(left) >= 2 and len(right) >= 2 and (left[0] == right[0] or left[-1] == right[-1]):
            forms.extend(parts)
    return [f for f in dict.fromkeys(forms) if key(f) and key(f) != key(name)]


def clipping(short: str, name: str) -> bool:
    """"munis" of "municipal bonds", "comps" of "comparable company analysis", "fintech" of "financial
    technology": one lower-case word that shares its first three letters with the name's first word, or
    is made of the beginnings (two letters or more) of the name's words in order. Not "(Team)", "(s)"."""
    parts = words(name)
    if not (short.isalpha() and short.islower() and len(short) >= 3 and parts):
        return False
    return short[:3] == parts[0][:3] or _drawn(short, parts)


def _drawn(short: str, parts: list[str]) -> bool:
    """`short` is beginnings of `parts`' words in order (words may be skipped): "fintech" of "financial technology"."""
    if not short:
        return True
    return any(short.startswith(part[:n]) and _drawn(short[n:], parts[i + 1:])
               for i, part in enumerate(parts) for n in range(min(len(part), len(short)), 1, -1))


def shouted_plural(text: str) -> bool:
    """"CORS", "DFARS", "SLAS": a final capital S may be the acronym's own letter or a shouted plural."""
    raw = text.strip()
    return len(raw) >= 4 and raw.isupper() and raw.isalnum() and raw.endswith("S")


SMALL = frozenset("of and for the a an to in on as with by at or".split())  # words an initialism may skip


def respelled(acronym: str, phrase: str) -> str:
    """The initials of `phrase` when they spell `acronym` with two letters side by side swapped: the entry
    "BOYD" with the alias "Bring Your Own Device" is asked for as "BYOD". A name's own expansion says how
    it is spelt; "" else (a name in another order, "UTC" for "Coordinated Universal Time", is no slip)."""
    name = acronym.lower()
    if not (2 <= len(name) <= 8 and name.isalpha() and acronym.isupper()):
        return ""
    every = words(phrase)
    for initials in ("".join(w[0] for w in every), "".join(w[0] for w in every if w not in SMALL)):
        slips = [k for k in range(len(name)) if k >= len(initials) or initials[k] != name[k]]
        if len(initials) == len(name) and len(slips) == 2 and slips[1] == slips[0] + 1 \
                and initials[slips[0]] == name[slips[1]] and initials[slips[1]] == name[slips[0]]:
            return initials.upper()
    return ""


def find_run(words: Sequence[str], run: Sequence[str]) -> int:
    """Where the words `run` stand in a row in `words` (the first place), or -1: "net book value" in a
    message's words."""
    n, wanted = len(run), list(run)
    if not n:
        return -1
    return next((i for i in range(len(words) - n + 1) if list(words[i:i + n]) == wanted), -1)


def without_article(text: str) -> list[str]:
    """The words of `text` less a leading article: "the matching principle" -> ["matching", "principle"]."""
    said = words(text)
    return said[1:] if said[:1] in (["a"], ["an"], ["the"]) else said


def whole_name(subject: str, text: str) -> bool:
    """A subject read from `text` is all of its words but a leading article, maybe inflected ("secured loans"): not
    "pricing" read from "pricing for our launch skimming", the rest a setting."""
    kept = without_article(text)
    key_read = key(subject)
    return key_read == "".join(kept) or key_read in singular_variants(" ".join(kept))
