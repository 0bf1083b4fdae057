"""Cut chat text into word tokens with character spans, blind to what is not prose.

Code blocks, inline code, links, bare URLs, host and file names, identifiers,
mentions and HTML tags are masked first (same length, so spans stay true), so no
jargon is ever found inside a link or a code block. Slack sends `&amp;` for `&`:
it is read as the word "and", like the `&` in "P&L".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate

from glossary import common_words, sentence_openers
from glossary.normalize import fold
from glossary.shorthand import CHAT_SPELLED, READ_AS

MASK = "\x00"
_TLDS = ("com|org|net|io|dev|app|ai|co|uk|de|fr|nl|se|ch|eu|us|ca|au|jp|in|me|tv|gov|edu|info|biz|cloud|"
         "xyz|local|internal|corp|lan|site|tech|page|ly|gl")
_FILE_EXT = ("py|js|ts|tsx|jsx|java|go|rb|rs|cs|cpp|c|h|php|sh|ps1|sql|yaml|yml|json|toml|ini|cfg|conf|env|csv|"
             "tsv|xml|html|css|md|txt|log|lock|xlsx|xls|docx|doc|pptx|ppt|pdf|png|jpg|zip|tar|gz|exe|dll|ipynb")
# Every pattern below runs in time linear in its input, whatever the input: a scan that can fail
# stops at the next character that could start another match (`[^<>]`, the tempered `(?:(?!<a\b).)`),
# and possessive quantifiers never give back what they took. A 40,000-character "a.a.a." or
# "<at><at>" costs one pass, not one pass per position (bench/pathological.py measures it).
# Regions that may hold spaces; each starts with a literal character, so the scan is fast.
_SPANS = re.compile("|".join([
    r"(?s:```.*?(?:```|\Z))",                              # fenced code block (unterminated: to the end)
    r"(?si:<pre\b.*?(?:</pre>|\Z))",                       # Teams/HTML code block
    r"(?si:<code\b.*?(?:</code>|\Z))",
    r"`[^`\n]++`",                                          # inline code
    r"(?si:<a\b[^<>]*+>(?:(?!</?a\b).)*+</a>)",              # HTML link, label included
    r"(?si:<at\b[^<>]*+>(?:(?!</?at\b).)*+</at>)",           # Teams mention
    r"(?i:<(?:https?|mailto|tel|ftp):[^<>]*+>)",             # Slack link, with or without a label
    r"<[@#!][^<>]*+>",                                       # Slack user/channel/special mentions
    r"(?i:</?[a-z][a-z0-9]*+(?:\s[^<>]*+)?/?>)",             # any other HTML tag (its text stays)
    r"&(?:lt|gt|quot|apos|nbsp|#\d++);",                    # HTML entities other than &amp;
    r":[a-z0-9_+\-]++:(?!\w)",                              # :emoji: shortcodes
    r"\$[A-Z_][A-Z0-9_]*+",                                  # $ENV_VARS
]))
# Regions inside one space-free chunk, looked for only around the characters that start them. Each
# may start only where a run of its characters starts (the look-behinds), so no run is read twice.
_WORDS = re.compile("|".join([
    r"(?i:\b(?:https?|ftp|file)://\S++|\bwww\.\S++)",       # bare URLs
    r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++",          # e-mail addresses
    r"(?<![\w/])(?:~|\.{1,2})?+/[\w.-]++(?:/[\w.-]*+)++",      # paths: /api/v2/orders
    r"(?<![A-Za-z0-9_])[A-Za-z0-9]++(?:_[A-Za-z0-9]++)++(?![A-Za-z0-9_])",  # identifiers: api_key
]))
# Host names (api.example.com/v1): dotted labels, the last but any a known TLD; the run is matched once.
_LABELS = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++\.?+")
# File names (report.sql): a name, a dot, and an extension from the list, checked in a set.
_FILE = re.compile(r"(?<![\w-])[\w-]++\.(?=([A-Za-z0-9]++))")
_EXT_SET = frozenset(_FILE_EXT.split("|"))
_HOST_TAIL = re.compile(r"(?::\d++)?+(?:/\S*+)?+")
_TLD_SET = frozenset(_TLDS.split("|"))
_WORD_TRIGGER = re.compile(r"[/@_.:]")
MAX_CHUNK = 300  # a run of text with no space longer than this is not prose: masked whole, never pattern-searched
_SPLIT = re.compile(r"([^\W_]+|&amp;|&)")  # words, and "&" read as "and"
_HARD_GAP = re.compile(r"[\x00!?;:()\[\]{}\"<>|*_~\n\r\t•=+@#$%^\\—]|\.\s|--|\s[-–]|–\s")  # a dash splits
APOSTROPHES = frozenset({"'", "\u2019"})  # a gap of one of these runs a word on: "it's", "SLA's", "he'ise"
_SENTENCE_GAP = re.compile(r"[.!?:;•]\s|\n|\x00")


@dataclass
class Scan:
    """Parallel lists, one entry per token (plain lists: this runs on every message)."""

    text: str
    starts: list[int]
    ends: list[int]
    raws: list[str]  # as written: casing matters for acronyms
    norms: list[str]  # folded: what keys are made of
    soft: list[bool]  # the gap to the next token may sit inside a term ("-", "/", " ", ", ")
    joined: list[bool]  # ...and it has no whitespace: "back-end", "CI/CD", "S.L.A"
    sentence_start: list[bool]  # first token of a sentence: capitals there say nothing

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """[start, end) of the sentence token `i` is in."""
        return self._sentences[i]

    def marked(self, i: int) -> bool:
        """A question mark right after token `i` ("SLA?", "SLA ??", "span of control = ?"), before the next token."""
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return "?" in self.text[self.ends[i]:min(end, self.ends[i] + 5)]

    @cached_property
    def _sentences(self) -> list[tuple[int, int]]:
        """Each token's sentence bounds, worked out once per message (linear in it)."""
        return run_bounds(self.sentence_start)

    @cached_property
    def dotted(self) -> list[tuple[int, int]]:
        """Each token's [first, last] run of single letters joined by dots ("O.T.A.", "U.A.T"), or (i, i):
        such a run spells one acronym, so no name may start or end inside it (O.T.A. is no "OT")."""
        runs = [(i, i) for i in range(len(self.raws))]
        i = 0
        while i < len(self.raws):
            j = i
            while j + 1 < len(self.raws) and len(self.raws[j]) == len(self.raws[j + 1]) == 1 \
                    and self.raws[j].isalpha() and self.raws[j + 1].isalpha() \
                    and self.text[self.ends[j]:self.starts[j + 1]] == ".":
                j += 1
            for k in range(i, j + 1):
                runs[k] = (i, j)
            i = j + 1
        return runs

    @cached_property
    def capitals(self) -> frozenset[str]:
        """Words of two letters or more written in capitals: "rest" in "REST api - what does rest mean?" is REST."""
        return frozenset(raw for raw in self.raws if len(raw) > 1 and raw.isupper())

    @cached_property
    def shouting(self) -> bool:
        """Mostly capitals: casing cannot tell "IT" from "it" here."""
        letters = [raw for raw in self.raws if len(raw) > 1 and raw.isalpha()]
        return len(letters) >= 4 and sum(1 for w in letters if w.isupper()) / len(letters) >= 0.6


def run_bounds(opens: list[bool]) -> list[tuple[int, int]]:
    """For each token, [first, end) of the run it is in, a run opening at each token `opens` marks (a sentence, a
    clause): one pass each way."""
    firsts, first = [], 0
    for i, starts in enumerate(opens):
        first = i if starts else first
        firsts.append(first)
    bounds, end = [], len(opens)
    for i in range(len(opens) - 1, -1, -1):
        bounds.append((firsts[i], end))
        end = i if opens[i] else end
    return bounds[::-1]


def mask(text: str) -> str:
    """The text with every non-prose region replaced by NUL characters of the same length."""
    text = _SPANS.sub(_blank, text)
    spans: list[tuple[int, int]] = []
    done = 0
    for trigger in _WORD_TRIGGER.finditer(text):
        if trigger.start() < done:
            continue
        start = end = trigger.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        if end - start > MAX_CHUNK:
            spans.append((start, end))  # not prose: masked whole, never pattern-searched
        else:
            spans.extend(m.span() for m in _WORDS.finditer(text, start, end))
            spans.extend(_hosts(text, start, end))
            spans.extend(_files(text, start, end))
        done = end
    if not spans:
        return text
    parts, last = [], 0
    for start, end in sorted(spans):
        start = max(start, last)  # spans found by different patterns may overlap: mask their union
        if end > start:
            parts += [text[last:start], MASK * (end - start)]
            last = end
    return "".join(parts) + text[last:]


def _files(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """File names in text[start:end]: the extension is the whole run of letters after the dot."""
    found = []
    for name in _FILE.finditer(text, start, end):
        ext_end = name.end(1)
        if name.group(1).lower() in _EXT_SET and not (ext_end < end and _is_word(text[ext_end])) \
                and not _initials(text, name.start(), ext_end, start, end):
            found.append((name.start(), ext_end))
    return found


def _initials(text: str, first: int, last: int, start: int, end: int) -> bool:
    """"D.C" in "D.C.F." or "L.C" in "S.D.L.C": one letter, a dot, one letter, with a dot before or after,
    is a run of initials typed with dots, not a file "L.c"."""
    return last - first == 3 and (first > start and text[first - 1] == "." or last < end and text[last] == ".")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _hosts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Host names in text[start:end], each with its port and path: one pass over each run of labels."""
    found = []
    for run in _LABELS.finditer(text, start, end):
        labels = run.group().split(".")
        offset = run.start() + len(labels[0]) + 1
        host_end = 0
        for label in labels[1:]:
            head = label.partition("-")[0]  # "example.com-x": the TLD still ends at a word boundary
            if head in _TLD_SET:
                host_end = offset + len(head)
            offset += len(label) + 1
        if host_end and not (host_end < end and _is_word(text[host_end])):
            found.append((run.start(), _HOST_TAIL.match(text, host_end, end).end()))
    return found


def _blank(match: re.Match[str]) -> str:
    return MASK * (match.end() - match.start())


_FOLDED: dict[str, str] = {"&": "and", "&amp;": "and"}
_FOLDED_MAX = 200_000


def _fold_all(raws: list[str]) -> list[str]:
    """Folded tokens, through a plain dict cache: a comprehension of dict.get is the fastest way."""
    get = _FOLDED.get
    norms = [get(raw) for raw in raws]
    if None in norms:
        if len(_FOLDED) > _FOLDED_MAX:
            _FOLDED.clear()
            _FOLDED.update({"&": "and", "&amp;": "and"})
        for i, norm in enumerate(norms):
            if norm is None:
                low = raws[i].lower() if raws[i].isascii() else fold(raws[i])
                norms[i] = _FOLDED[raws[i]] = low if raws[i].isupper() else READ_AS.get(low, low)  # "YR" may be a name
    return norms


@lru_cache(maxsize=4096)
def _gap_kind(gap: str) -> tuple[bool, bool, bool]:
    """(may sit inside a term, has no whitespace, ends a sentence) for the text between two tokens."""
    if _HARD_GAP.search(gap):
        return False, False, bool(_SENTENCE_GAP.search(gap))
    return True, not any(c.isspace() for c in gap), bool(_SENTENCE_GAP.search(gap))


@lru_cache(maxsize=1)  # the last message only: the steps of one question scan it once, no question reuses it
def scan(text: str) -> Scan:
    """Tokens of the prose in `text`, with their spans and what separates them."""
    pieces = _SPLIT.split(mask(text))  # gap, token, gap, token, ..., gap
    raws = pieces[1::2]
    gaps = pieces[2::2]
    offsets = list(accumulate(map(len, pieces)))
    count = len(raws)
    soft = [True] * count
    joined = [False] * count
    sentence_start = [False] * (count + 1)
    sentence_start[0] = True
    for i in [i for i, gap in enumerate(gaps) if gap != " "]:  # a single space is by far the most common gap
        gap = gaps[i] if i + 1 < count else "\n"
        if gap[:1] == "." and (_initials_dot(raws, gaps, i) or raws[i].lower() in _DOTTED):
            gap = gap[1:] or " "  # "a P.I.A. is required", "RFP vs. RFQ": an abbreviation's dot ends no sentence
        soft[i], joined[i], sentence_start[i + 1] = _gap_kind(gap)
    if count:
        soft[-1] = False
    sentence_openers.mark(raws, gaps, sentence_start, soft)  # "What is a solicitation The agency uses ..."
    norms = _fold_all(raws)
    for i in [i for i, raw in enumerate(raws[1:-1], 1) if raw in CHAT_SPELLED and gaps[i - 1] == " "
              and (gaps[i] == " " or raw == "w" and gaps[i] == "/ ")]:  # "the deal w/ service mesh"
        norms[i] = CHAT_SPELLED[raws[i]]
    return Scan(text, offsets[0:-1:2], offsets[1::2], raws, norms, soft, joined, sentence_start[:count])


def _initials_dot(raws: list[str], gaps: list[str], i: int) -> bool:
    """The dot after token `i` closes initials typed with dots ("P.I.A.", "C.I.O.") and a word in lower case
    follows ("... is required", "... stand for"): the abbreviation's dot, not a full stop."""
    return i > 0 and len(raws[i]) == 1 == len(raws[i - 1]) and raws[i].isalpha() and gaps[i - 1] == "." \
        and raws[i + 1][:1].islower()


_PRONOUNS = frozenset({"we", "you", "they"})
_DOTTED = frozenset({"vs", "cf", "approx", "esp", "incl"})  # words abbreviated with a dot inside a sentence


def pronoun_clitic(s: Scan, j: int) -> bool:
    """ "we're planning", "they're hiring": the 're of a pronoun, not of "what're"; no question points past it."""
    return s.norms[j] == "re" and j > 0 and s.norms[j - 1] in _PRONOUNS


SENTENCE_WORD_RANK = 3_000  # "Many", "Cheers", "Need": everyday words, not a name typed in capitals
_OBJECTS = frozenset("it me us them him".split())


def starts_clause(s: Scan, i: int) -> bool:
    """Token `i` begins a new clause although no punctuation says so: a capitalised everyday word after
    a word in lower case ("what is debarment Many thanks in advance"), or a verb
    before its object pronoun ("what is debarment need it for a deck")."""
    raw, before = s.raws[i], s.raws[i - 1] if i else ""
    if len(raw) > 1 and raw[0].isupper() and raw[1:].islower() and before.islower() and i + 1 < len(s.norms) \
            and common_words.is_common(s.norms[i], SENTENCE_WORD_RANK):  # not "API Key", "Agile Development"
        return True
    return takes_object(s, i)


def takes_object(s: Scan, i: int) -> bool:
    """Token `i` is a verb: an object pronoun follows it ("ship it", "bill them", "need it")."""
    return i + 1 < len(s.norms) and s.soft[i] and s.norms[i + 1] in _OBJECTS
