"""Names that are a kind and a number, typed as the number alone: "what's on 3389", "what is 3306 used for",
"1433?" for PORT 3389, PORT 3306, PORT 1433 ("ISO 9000" for 9000 likewise); "udp 500", "tcp/8443" for PORT 500,
PORT 8443 (a number after a transport protocol is its port, in a message that asks what or which).

People who work with ports, standards or forms name them by their number. A number of three to five digits,
typed bare (no currency, no unit, not part of a longer number or a version), that ends exactly one name of the
form "<word> <number>", is read as that name when a question asks about the number itself: it opens its
sentence or follows a question's word ("what's on 3389", "what is 3306 used for", "and 1433?"), and ends its
clause. Never after any other word, which makes it a count, a code or a date of that word ("error 5061", "room
443", "the war of 1812", "25% of 1812"), never before one ("500 errors", "is 1433 the right extension?"), and
never an HTTP status code ("what is 500": an error page), never when the message already writes the name's
word ("port 3389"). The index is built on first need, when a message has such a number; the rewrite is one
pass of one pattern, each number read with a few characters around it: linear in the message's length.
"""

from __future__ import annotations

import re

from glossary import normalize
from glossary.models import Term

#: A bare number: no sign, currency, "#", "v" or "x" before it, no digit, decimal point, "%" or letter after it.
_NUMBER = re.compile(r"(?<![\w$\u00a3\u20ac#+\-.,:/])(\d{3,5})(?![\w%.,]\d|[\w%])")
_NAME = re.compile(r"([A-Za-z]+)\s+(\d{2,5})")
#: A number after a transport protocol is a port, of any length: "udp 500", "tcp/8443", "UDP 67".
_TRANSPORT = frozenset({"tcp", "udp"})  # a cheap first test: most messages name no transport protocol
_ASKS = re.compile(r"\b(?:what|whats|wat|wats|which|means?|meaning|stands?|used)\b", re.I)  # what a port is for
_PROTOCOL = re.compile(r"(?<![\w/.\-])(tcp|udp)(\s*/\s*|\s+)(\d{2,5})(?![\w%.,:/]\d|[\w%])", re.I)
_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z']+)(\s*)$")
_CLOSING = frozenset("?.!,;:)/")  # marks that may close the number's clause; not "+", "-", "%", "x"
#: After the number, the words that may follow it in a question about it: "what is 3306 used for".
_FOLLOWING = frozenset({"used", "for", "open", "normally", "usually", "typically", "commonly"})
#: Before the number, the words of a question about it ("what's on 3389", "what is 1433 used for", "and
#: 3389??"); any other word makes it a count or a code of that word ("error 5061", "room 443", "page 123").
_PRECEDING = frozenset({"on", "is", "s", "whats", "wats", "what", "and", "about"})
#: HTTP status codes: a bare "500" or "404" in workplace chat is an error a page showed, never a port's name.
HTTP_STATUS = frozenset(str(code) for code in (*range(100, 104), *range(200, 209), 226, *range(300, 309),
                                               *range(400, 432), 451, *range(500, 512)))
_COPULA = frozenset({"is", "s"})  # only after "what": "what is 1433", not "my extension is 1433", "is 8080 open"
_ASKING = frozenset({"whats", "wats", "runs", "run", "running", "listens", "listening"})  # "what runs on"
LOOK_BACK = 40  # characters around a number read to see how it is used


class NumberedNames:
    """Number -> the one name "<word> <number>" it ends, for a glossary."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self.terms = terms
        self._names: dict[str, tuple[str, str]] | None = None

    def spelled(self, text: str) -> str:
        """`text` with each bare number that ends exactly one such name written as that name, and each port
        number after "tcp"/"udp" as its port's name."""
        lowered = text.lower()
        if _NUMBER.search(text) is None and not any(protocol in lowered for protocol in _TRANSPORT):
            return text  # the common case: no index built, nothing read
        names = self._index()

        def port(found: re.Match[str]) -> str:
            kind_name = names.get(found.group(3))
            return kind_name[1] if kind_name and kind_name[0] == "port" else found.group(0)

        text = _PROTOCOL.sub(port, text) if _ASKS.search(text) else text  # not "tcp 25 blocked?", "tcp 22 please"
        words = set(normalize.words(text))

        def named(found: re.Match[str]) -> str:
            number = found.group(1)
            kind_name = names.get(number)
            if kind_name is None or kind_name[0] in words or number in HTTP_STATUS \
                    or not _asked_alone(text, found.start(), found.end()):
                return number
            return kind_name[1]

        return _NUMBER.sub(named, text)

    def _index(self) -> dict[str, tuple[str, str]]:
        """Number -> (the name's word, the name), for the numbers that end names of exactly one term."""
        if self._names is None:
            found: dict[str, dict[str, tuple[str, str]]] = {}
            for term in self.terms.values():
                for name in (term.term, *term.aliases):
                    if whole := _NAME.fullmatch(name.strip()):
                        found.setdefault(whole.group(2), {}).setdefault(term.id, (whole.group(1).lower(), name.strip()))
            self._names = {number: next(iter(by_term.values())) for number, by_term in found.items()
                           if len(by_term) == 1}
        return self._names


def _word_before(text: str, at: int) -> tuple[str, str] | None:
    """(the word right before position `at`, lower case, apostrophes out; the gap between them), from a bounded
    window: a number's question is in the few words before it."""
    window = text[max(0, at - LOOK_BACK):at]
    before = _WORD_BEFORE.search(window)
    return (before.group(1).lower().replace("'", ""), window[before.end(1):]) if before else None


def _asked_alone(text: str, start: int, end: int) -> bool:
    """The number opens its sentence or follows a word of a question about it, and ends its clause or is "used
    for": "3389?", "what's on 3389", "what is 1433 used for", "and 3389?"; not "error 5061", "call 2222 for help",
    "the war of 1812", "is 1433 the right extension?", "what is 1812 in hex", "what is 1433 + 1", "rooms 101 and
    1433?", "the meeting is on 1433."."""
    before = _word_before(text, start)
    if before is None or before[1].strip():  # no word right before: the number opens its sentence
        window = text[max(0, start - LOOK_BACK):start].rstrip()
        opens = not window or window[-1] in ".?!"
    else:
        word, gap = before
        prior = _word_before(text, start - len(gap) - len(word))
        if word in _COPULA:
            opens = prior is not None and not prior[1].strip() and prior[0] in ("what", "wat")  # "what is 1433"
        elif word == "and":  # "and 3389?" opening a clause, not "rooms 101 and 1433?"
            window = text[max(0, start - len(gap) - len(word) - LOOK_BACK):start - len(gap) - len(word)].rstrip()
            opens = not window or window[-1] in ".?!,;:"
        elif word == "on":  # "what's on 3389", "what runs on 1433"; not "the meeting is on 1433."
            opens = prior is not None and prior[0] in _ASKING or "?" in text[end:end + LOOK_BACK]
        else:
            opens = word in _PRECEDING
    rest = text[end:end + LOOK_BACK].lstrip()
    after = _WORD_AFTER.match(text, end, end + LOOK_BACK)
    return opens and (not rest or rest[0] in _CLOSING or after is not None and after.group(1).lower() in _FOLLOWING)
