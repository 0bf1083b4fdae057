"""Names that are a kind and a number, typed as the number alone: "what's on 3389", "what is 3306 used for",
"1433?" for PORT 3389, PORT 3306, PORT 1433 ("ISO 9000" for 9000 likewise).

People who work with ports, standards or forms name them by their number. A number of three to five digits,
typed bare (no currency, no unit, not part of a longer number or a version), that ends exactly one name of the
form "<word> <number>", is read as that name, unless the message already writes the name's word or a word
follows the number and makes it a count or a code of something else ("500 errors", "161 open tickets"): only
the end of a phrase or a small function word may follow it. Years (1900-2099) are never read so. The index
is built on first need, when a message has such a number; the rewrite is one pass of one pattern.
"""

from __future__ import annotations

import re

from glossary import normalize
from glossary.cue_words import FUNCTION
from glossary.models import Term

#: A bare number: no sign, currency, "#", "v" or "x" before it, no digit, decimal point, "%" or letter after it.
_NUMBER = re.compile(r"(?<![\w$\u00a3\u20ac#+\-.,:/])(\d{3,5})(?![\w%.,]\d|[\w%])")
_NAME = re.compile(r"([A-Za-z]+)\s+(\d{3,5})")
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_FOLLOWING = frozenset(FUNCTION) | {"used", "open"}  # "what is 3306 used for", "3389 open on the box?"
YEARS = range(1900, 2100)


class NumberedNames:
    """Number -> the one name "<word> <number>" it ends, for a glossary."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self.terms = terms
        self._names: dict[str, tuple[str, str]] | None = None

    def spelled(self, text: str) -> str:
        """`text` with each bare number that ends exactly one such name written as that name."""
        if _NUMBER.search(text) is None:
            return text  # the common case: no index built, nothing read
        names = self._index()
        words = set(normalize.words(text))

        def named(found: re.Match[str]) -> str:
            number = found.group(1)
            kind_name = names.get(number)
            if kind_name is None or kind_name[0] in words or not _ends_phrase(text, found.end()):
                return number
            return kind_name[1]

        return _NUMBER.sub(named, text)

    def _index(self) -> dict[str, tuple[str, str]]:
        if self._names is None:
            found: dict[str, set[tuple[str, str]]] = {}
            for term in self.terms.values():
                for name in (term.term, *term.aliases):
                    whole = _NAME.fullmatch(name.strip())
                    if whole and int(whole.group(2)) not in YEARS:
                        found.setdefault(whole.group(2), set()).add((whole.group(1).lower(), name.strip()))
            self._names = {number: next(iter(named)) for number, named in found.items() if len(named) == 1}
        return self._names


def _ends_phrase(text: str, end: int) -> bool:
    """Nothing, a mark, or a function word follows the number: "on 3389?", "3306 used for", not "500 errors"."""
    after = _WORD_AFTER.match(text, end)
    return after is None or text[end:after.start(1)].strip() != "" or after.group(1).lower() in _FOLLOWING
