"""A term written first, as a heading, then a question or a guess about it.

"data warehouse — is it a real building", "preferred stock — preferred by who", "isp — that's like comcast
right", "depreciation — why does the laptop lose value on paper every month": the message opens on a term
set apart by a dash, a colon, a comma or dots, and what follows asks about it or guesses what it is. What is
asked is the heading; the words of the guess ("building", "comcast", "laptop", a term among them) are the
asker's own hypothesis, not a second subject. The cues (glossary/cues.py) read such a message as undecided,
since a guess without a question word asks nothing they know, and a question word may point at a word of the
guess ("who is gordon"); this reading settles it when, and only when:
- the heading is one term and nothing else (a phrase only partly a term, "three way match", is no heading);
- what follows asks or guesses: a question mark, a question word, or a guess's opening ("is it", "that's",
  "just a", "like a");
- what follows names no other thing as asked: no other term a question word points at ("TAM SAM SOM — is
  SAM the vendor registration thing?", "COOP plan — what's coop"), no new thing asked with an article
  ("AWS — what is a bucket?").
The heading may also be set apart by an arrow ("lean manufacturing -> what does lean mean"), be a sentence of
its own ("EDI. ancient, still used by our biggest customer. what is it": glossary/scope.py keeps it in the
question's scope), or carry a second name of its term after a slash or in brackets ("revolver / revolving
credit agreement -> ?"). A heading that is a sentence of its own is a weaker mark than a dash, so what follows
must ask what it is, not who, where or what someone does with it ("CFO. who is ours?").
"""

from __future__ import annotations

from glossary import common_words
from glossary.asked_shapes import TOPIC_MARKS, points_back_to
from glossary.cue_words import LIKENED, OTHER_WH, POINTERS, QUESTION_CUES, SCAFFOLD, STRONG
from glossary.cues import Scored
from glossary.detect_types import Candidate
from glossary.heading_ask import asks_heading, heard_again, turned_guess
from glossary.message_shape import pointed
from glossary.span_use import prev_word
from glossary.textscan import Scan
from glossary.twin_names import ALIAS_WORDS, Vouch, one_of

#: Marks after a heading besides the topic marks: "kerberos... the 3 headed dog??", "net working capital…",
#: and an arrow or an equals sign before a question or the asker's own guess ("lean manufacturing -> what does
#: lean mean", "runway -> months of cash?", "owners equity = assets - liabilities?"): what follows the mark
#: describes the heading, it names no subject of its own.
_DOTS = ("...", "\u2026")
_ARROWS = ("->", "=>", "\u2192")
#: A guess at what the heading is opens on a question turned round ("is it a real building", "are they like,
#: nice investors", "does it mean"), on a pronoun said to be like something ("that's like comcast", "it's
#: just a"), or on a likening word ("just a room with servers").
_TURNED = frozenset({"is", "are", "was", "were", "does", "do", "did"})
_COPULA = frozenset({"s", "is", "re", "are"})
_POINTING = frozenset({"it", "that", "this", "they", "those", "these"})
_JOINED = frozenset({"thats", "its", "theyre"})  # "thats like it": the copula typed without its apostrophe
_ARTICLES = frozenset({"a", "an"})
_REMARKED = _POINTING - {"that"}  # "it keeps dropping" remarks on the heading; "the thing that works" does not
_PEOPLE = frozenset({"i", "we", "you", "u"})  # the asker or the bot doing something: "can you send me one?"
#: A second name of the heading's term is set off by a slash or brackets: "revolver / revolving credit
#: agreement", "auditing (financial)"; a comma or a space would run on into a remark ("EDI, ancient").
_ALIAS_MARKS = frozenset("/()")
MAX_HEADING = 8  # tokens: a heading longer than this is a sentence that says something
MAX_ALIAS = 4  # tokens of a second name no span covers


def heading(s: Scan, scored: list[Scored], vouch: Vouch | None = None) -> Scored | None:
    """The term the message opens on as a heading, asked about by what follows it; else None. `vouch`: does a
    span's entry vouch for another name written beside it ("comptroller / controller")."""
    if not s.norms:
        return None
    start = message_start(s)  # "@FinBot retained earnings"
    opening = _opening(s, scored, start, vouch)
    if opening is None:
        return None
    head, nxt, twinned = opening
    heard = heard_again(s, head.span.first, head.span.last, nxt)
    if not (_usable(s, head) or twinned) or not (_asks(s, nxt) or heard):
        return None
    if nxt < len(s.norms) and not _set_apart(s.text[s.ends[nxt - 1]:s.starts[nxt]]) and not _asks_meaning(s, nxt) \
            and ("?" in s.text[s.ends[nxt - 1]:] or not heard):
        return None  # "CFO. who is ours?", "SOW. can you send me the latest one?": asked, but not what it is
    if nxt == len(s.norms):
        return head  # "revolver / revolving credit agreement -> ?": nothing after the heading but the ask
    if any(_names_other(s, x, head) for x in scored if x.span.first >= nxt):
        return None
    return None if _new_thing(s, scored, head, nxt) else head


def _opening(s: Scan, scored: list[Scored], start: int, vouch: Vouch | None) -> tuple[Scored, int, bool] | None:
    """(span, index of what follows, written beside a name its entry vouches for) of the span the message
    opens on, set apart from what follows: the longest span at the start ("data warehouse — ..."), else the
    whole opening set apart when it is one term with a second name ("knowledge management / KM — ...",
    "revolver / revolving credit agreement -> ?", "comptroller / controller — ...")."""
    heads = [x for x in scored if x.span.first == start]
    if heads:
        head = max(heads, key=lambda x: x.span.last)
        nxt = head.span.last + 1
        if nxt < len(s.norms) and (_apart(s, nxt) or turned_guess(s, nxt)):
            return head, nxt, False
    nxt = next((i for i in range(start + 1, len(s.norms)) if _apart(s, i)), len(s.norms))
    bare = nxt == len(s.norms) and not _set_apart(s.text[s.ends[-1]:])  # "ccc / cash conversion cycle?"
    if bare and "?" not in s.text[s.ends[-1]:]:
        return None
    spans, tokens = [x.span for x in scored], list(range(start, nxt))
    span = heading_sentence(s, spans, tokens, vouch)
    head = next((x for x in scored if x.span == span), None) if span else None
    twinned = head is not None and bool(vouch) and not head.span.weak and twin(s, spans, tokens, vouch) == span
    return (head, nxt, twinned) if head and (twinned or not bare) else None


def _apart(s: Scan, nxt: int) -> bool:
    """Token `nxt` follows a mark that ends the heading: a sentence's end ("EDI. ancient... what is it") or
    a mark that sets a topic apart."""
    return s.sentence_start[nxt] or _set_apart(s.text[s.ends[nxt - 1]:s.starts[nxt]])


def _set_apart(gap: str) -> bool:
    """The gap after the heading marks it off: "X — ...", "X: ...", "X, ...", "X - ...", "X... ...", "X ->
    ...". A hyphen joining words ("X-style") does not."""
    return bool(TOPIC_MARKS.intersection(gap)) or gap.strip() == "-" and gap != "-" \
        or any(d in gap for d in _DOTS) or any(a in gap for a in _ARROWS) or gap.strip() == "="


def message_start(s: Scan) -> int:
    """The first token of the message proper: 1 after a mention typed as text ("@FinBot retained ..."), else 0."""
    return 1 if len(s.norms) > 1 and s.text[:s.starts[0]].strip() == "@" else 0


def opens(s: Scan, first: int, last: int) -> bool:
    """Tokens first..last open the message ("@bot" aside) and a mark sets them apart from what follows: the
    heading, whatever follows in its sentence being the asker's question or guess about it."""
    return first == message_start(s) and last + 1 < len(s.norms) and _set_apart(s.text[s.ends[last]:s.starts[last + 1]])


def set_off(s: Scan, first: int, last: int) -> bool:
    """As `opens`, or tokens first..last are a sentence of their own ("loss leader. vendor's ... cheap")."""
    return opens(s, first, last) or last + 1 < len(s.norms) and s.sentence_start[last + 1]


def _usable(s: Scan, head: Scored) -> bool:
    """A heading span that may be answered: eligible, or an acronym in lower case that is no common word
    ("wan — is that just the internet"): set apart as the message's heading, it is the term named."""
    if head.eligible:
        return True
    span = head.span
    return span.loose and span.first == span.last and head.asked >= STRONG and s.norms[span.first] not in SCAFFOLD \
        and not common_words.is_common(s.norms[span.first], 2_000)


def _asks(s: Scan, nxt: int) -> bool:
    """What follows the heading asks (a question mark, a question word) or guesses what it is (opens on
    "is it", "that's", "just", "like"), in its first clause or a later one ("customer value — is there a
    formula or is it vibes")."""
    if "?" in s.text[s.ends[nxt - 1]:]:
        return True
    rest = s.norms[nxt:]
    if (QUESTION_CUES | OTHER_WH).intersection(rest):
        return True
    return _guessed_after(s, nxt)


def _guessed_after(s: Scan, nxt: int) -> bool:
    """A clause from `nxt` on guesses what the heading is: "cure notice. the customer sent one. is that bad",
    "is there a formula or is it vibes"."""
    return any(guess_opens(s, i) for i in range(nxt, len(s.norms))
               if i == nxt or _apart(s, i) or s.norms[i - 1] == "or")


def _asks_meaning(s: Scan, nxt: int) -> bool:
    """The sentences after a heading that is a sentence of its own ask what it is: a word that asks a meaning
    ("what is it", "modern meaning?", "define"), a guess ("is that as bad as it sounds"), or a question put as
    a bare phrase with no one in it ("deck word or real?", "bus factor for execs?"). A question about who
    or where, or about what the asker or the bot does ("where do I upload it?"), asks something else; so does
    a bare phrase after a remark that points at something ("VPN. it keeps dropping. any fix?" asks a fix for
    the dropping; "LPTA. lowest price technically acceptable. so the cheapest thing wins?" is all said of LPTA)."""
    if QUESTION_CUES.intersection(s.norms[nxt:]) or _guessed_after(s, nxt):
        return True
    while nxt < len(s.norms):
        end = s.sentence_bounds(nxt)[1]
        if (OTHER_WH | _PEOPLE | _REMARKED).intersection(s.norms[nxt:end]):
            return False
        if s.marked(end - 1):
            return True
        nxt = end
    return False


def guess_opens(s: Scan, k: int) -> bool:
    """Tokens from `k` open a guess at what a thing is, a question even without "?": "is it a real
    building", "that's like comcast right", "just a room". Not a statement of its state: "it is down"."""
    a, b, c = (s.norms[k + n] if k + n < len(s.norms) else "" for n in range(3))
    likened = LIKENED | _ARTICLES
    return a in LIKENED or a in _TURNED and (b in _POINTING or b == "there") or a in _JOINED and b in likened \
        or a in _POINTING and b in _COPULA and c in likened


def guessed(s: Scan) -> bool:
    """Some clause of the message, after a dash, a colon, a comma, dots or "or", or a later sentence when the
    first is a bare name, is a guess at what its heading is ("wan — is that just the internet", "ESG. is this
    real or a brochure word"): the message asks, though no "?" ends it. After a sentence that says something
    ("we set up the VPN. is that a real pain") it is a question about what was said."""
    return any(guess_opens(s, i) and (_clause_opens(s, i) or turned_guess(s, i)) for i in range(1, len(s.norms)))


def _clause_opens(s: Scan, i: int) -> bool:
    """Token `i` opens a clause of its own: after a mark that sets apart, after "or", or a sentence's first
    word in a message whose first sentence is a bare name."""
    return s.norms[i - 1] == "or" or _set_apart(s.text[s.ends[i - 1]:s.starts[i]]) \
        or s.sentence_start[i] and _headed(s)


#: Words that make a sentence a statement, not a name: a subject pronoun or a verb of being or having.
_STATING = SCAFFOLD | frozenset("he she they were has have had".split())


def _headed(s: Scan) -> bool:
    """The message's first sentence is a bare name: a few words, none of a clause ("cure notice.", "ESG.")."""
    end = s.sentence_bounds(0)[1]
    return end <= MAX_HEADING and not _STATING.intersection(s.norms[:end])


def _names_other(s: Scan, x: Scored, head: Scored) -> bool:
    """Span `x`, after the heading, is another term a question word points at: "is SAM the vendor
    registration thing?", "what's coop". The heading named again ("EDGAR — who is edgar") is no other."""
    if x.span.ids == head.span.ids or not (x.eligible or x.everyday) or x.asked < STRONG:
        return False
    j = prev_word(s, x.span.first)
    return j >= head.span.last + 1 and s.norms[j] in POINTERS


def _new_thing(s: Scan, scored: list[Scored], head: Scored, nxt: int) -> bool:
    """A question word points past the heading at another thing: "AWS — what is the bucket?" asks about the
    bucket. Not at the heading's own word or name ("who is gordon", "what do auditors do", "g r p c — what
    is grpc"), nor at a thing a later "what is it" leaves aside ("whats the limit and what is it for")."""
    j = pointed(s)
    if j < nxt or j >= len(s.norms):
        return False
    own = {w[:5] for w in s.norms[head.span.first:head.span.last + 1]}
    word = s.norms[j]
    if word[:5] in own or word in SCAFFOLD or word in _POINTING | _JOINED or asks_heading(s, head.span.first,
                                                                                           head.span.last, j) \
            or any(x.span.ids == head.span.ids and x.span.first <= j <= x.span.last for x in scored):
        return False
    return not points_back_to(s, j + 1)


def heading_sentence(s: Scan, spans: list[Candidate], tokens: list[int], vouch: Vouch | None = None
                     ) -> Candidate | None:
    """The term a sentence is made of, alone ("EDI.", "zero trust architecture.", "revolver / revolving credit
    agreement ->", "enterprise value (EV).", "expense recognition aka matching principle —"): the message's
    heading, which a later "what is it", "modern meaning?" or "deck word or real?" asks about. None when the
    sentence says more, or names two entries and neither vouches for the other's name (`vouch`)."""
    parts = _parts(s, spans, tokens)
    if parts is None:
        return None
    inside, runs = parts
    if set(inside[0].ids).intersection(*(x.ids for x in inside[1:])):
        return max(inside, key=lambda x: x.last - x.first)
    return one_of(s, inside, runs, vouch)  # "fiscal policy / monetary policy": two entries, no heading


def twin(s: Scan, spans: list[Candidate], tokens: list[int], vouch: Vouch) -> Candidate | None:
    """The term of a heading written with another name its entry vouches for ("comptroller / controller",
    "ccc / cash conversion cycle"): the slash or the "aka" binds the two as one name, so the term is the
    heading even where the cues read it as part of a longer phrase."""
    parts = _parts(s, spans, tokens)
    return one_of(s, *parts, vouch) if parts else None


def _parts(s: Scan, spans: list[Candidate], tokens: list[int]) -> tuple[list[Candidate], list[list[int]]] | None:
    """(spans, runs of words no span covers) of a heading whose uncovered words are all second names; else
    None. A word that joins two names ("aka") is neither."""
    if not tokens or len(tokens) > MAX_HEADING:
        return None
    first, last = tokens[0], tokens[-1]
    joins = {i for i in tokens[1:-1] if s.norms[i] in ALIAS_WORDS}
    inside = [x for x in spans if first <= x.first and x.last <= last and not (x.first == x.last and x.first in joins)]
    if not inside or not all(_nameable(s, x) for x in inside):
        return None
    covered = {i for x in inside for i in range(x.first, x.last + 1)} | joins
    runs: list[list[int]] = []
    for i in (i for i in tokens if i not in covered):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    if not all(_second_name(s, run, first, last, joins) for run in runs):
        return None
    return inside, runs


def _nameable(s: Scan, x: Candidate) -> bool:
    """A span that may stand as a heading: a name as written, or an acronym typed in lower case that is no
    common word ("so", "it" are never one)."""
    if not x.loose:
        return True
    return x.first == x.last and s.norms[x.first] not in SCAFFOLD and not common_words.is_common(s.norms[x.first],
                                                                                                 2_000)


def _second_name(s: Scan, run: list[int], first: int, last: int, joins: set[int]) -> bool:
    """Words of a heading no span covers are a second name of its term, set off by a slash, brackets or
    "aka", and no question or remark ("what", "it")."""
    a, b = run[0], run[-1]
    marked = a > first and (_ALIAS_MARKS.intersection(s.text[s.ends[a - 1]:s.starts[a]]) or a - 1 in joins) \
        or b < last and (_ALIAS_MARKS.intersection(s.text[s.ends[b]:s.starts[b + 1]]) or b + 1 in joins)
    return bool(marked) and len(run) <= MAX_ALIAS and not any(s.norms[i] in SCAFFOLD for i in run)
