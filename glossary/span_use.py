"""How the words right around a span use it: asked outright, used as a noun, or denied.

Small readings that glossary/cues.py combines into its cue scores: "what does eta mean" asks about the
span outright, "a good" uses an everyday word as a noun, "not the acceptable use policy" says what is not meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from glossary import common_words, normalize
from glossary.casing import title_word, written_acronym
from glossary.cue_words import (
    _BREAKS,
    _QUOTES,
    COMMON_LOOSE_RANK,
    FUNCTION,
    OTHER_WH,
    POSSESSIVES,
    QUESTION_CUES,
    REF_NOUNS,
    SCAFFOLD,
    SKIP,
)
from glossary.detect_types import Candidate
from glossary.textscan import Scan


def prev_word(s: Scan, i: int) -> int:
    """Index of the token before `i`, skipping articles and 'term'; -1 at the start."""
    j = i - 1
    while j >= 0 and s.norms[j] in SKIP:
        j -= 1
    return j


_SAYING = frozenset("say says said saying wrote mentioned mentions".split())
#: Verbs that make the span before them a clause's subject: "the app can't go live", "the SLA won't hold".
_CLAUSE_VERBS = frozenset("can cant cannot could will wont would should must needs needed isnt wasnt doesnt didnt "
                          "won".split())  # not "is": "my offer letter says EOD is monday" still names EOD
_DETERMINERS = frozenset("a an the this that these those our your their my its".split())


def noun_marked(s: Scan, span: Candidate) -> bool:
    """A determiner or a name-word right before the span: it is used as a noun. Quotes alone do not
    make it one: "what's 'good' for B2B" quotes the very word typed, not the name in another number."""
    j = span.first - 1
    return j >= 0 and (s.norms[j] in _DETERMINERS or s.norms[j] in REF_NOUNS)


def denied(s: Scan, span: Candidate) -> bool:
    """Named as what is not meant, or not to be said: "AUP engagement, not the acceptable use policy. what is
    it", "blockchain. explain without saying 'decentralized'"."""
    j = prev_word(s, span.first)
    if j >= 1 and s.norms[j] in _NAMING_VERBS and s.norms[j - 1] == "without":
        return True
    if j >= 1 and (s.norms[j] in _MEANING or s.norms[j] == "for" and s.norms[j - 1] in _MEANING):
        start = s.sentence_bounds(j)[0]  # "I don't think PR means press release here": the meaning denied
        return any(w in _NEGATORS for w in s.norms[max(start, j - MEANING_REACH):j])
    if j >= 0 and span.first == span.last and (s.norms[j], s.norms[span.first]) in _IDIOMS:
        return True  # "am I a sole proprietorship by default?? what does that even mean": no default on a debt
    return j >= 0 and s.norms[j] == "not" and not s.sentence_start[span.first] or _progressive(s, span, j)


def _progressive(s: Scan, span: Candidate, j: int) -> bool:
    """A word in -ing after an acronym and "is", its object after it, is a verb, not the term: "DCAA is auditing us
    next month. What is it?" asks about DCAA (not "what is auditing the books?", "the bank is factoring our ...")."""
    nxt = span.last + 1
    return span.first == span.last and s.norms[span.first].endswith("ing") and j >= 1 and s.norms[j] in _BE \
        and s.raws[j - 1].isupper() and len(s.raws[j - 1]) > 1 and nxt < len(s.norms) and s.norms[nxt] in _OBJECTS


#: A preposition and a word that make a set phrase, no term: "by default", "on average", "at stake", "of course".
_IDIOMS = frozenset({("by", "default"), ("on", "average"), ("at", "stake"), ("of", "course"), ("on", "par"),
                     ("into", "account"), ("in", "general"), ("on", "balance"), ("for", "instance")})
_BE = frozenset("is are was were am be been".split())
_OBJECTS = frozenset("us me them you him her our the a an their my your its".split())


_NAMING_VERBS = frozenset("saying using mentioning".split())  # after "without"; "not using GitOps yet" is a fact
_MEANING = frozenset("means mean meant stands stand".split())
_NEGATORS = frozenset("not t dont doesnt didnt never".split())
MEANING_REACH = 6  # words back from "means" where a negation still governs it


#: Verbs a question asks of a term ("what does X measure", "what does the act require"), in their base form.
ASKED_OF = frozenset("do measure cover require mean show tell say involve include entail comprise".split())
_ASKING_BE = frozenset({"is", "s", "are", "re", "whats"})


def doing(s: Scan, first: int, i: int) -> bool:
    """Token `i`, right after the span from `first`, is an asked verb in its -ing form ending the clause
    the span opens after "what is": "what's the CCC measuring", "what is that team doing", "what's TIE
    measuring", a progressive "what does X measure". Not "what is API testing" (no verb asked of a term:
    a longer name) nor "what's the CCC measuring period" (the clause goes on)."""
    norm = s.norms[i]
    j = prev_word(s, first)
    if not norm.endswith("ing") or j < 0 or s.norms[j] not in _ASKING_BE:
        return False
    stem = norm[:-3]
    if not {stem, stem + "e", stem[:-1]} & ASKED_OF:
        return False  # "measuring": "measure"; "doing": "do"
    return clause_ends(s, i)


def clause_ends(s: Scan, i: int) -> bool:
    """Nothing after token `i` continues a name: the sentence ends, a hard gap follows, or the next word is a
    function word, scaffolding or an adverb ("what does CPI measure exactly", "... measure / is 9.8 bad")."""
    k = i + 1
    return k >= len(s.norms) or s.sentence_start[k] or not s.soft[i] or s.norms[k] in FUNCTION \
        or s.norms[k] in SCAFFOLD or (len(s.norms[k]) > 4 and s.norms[k].endswith("ly"))


def named_again(s: Scan, spans: list[Candidate]) -> list[Candidate]:
    """Without one word in a casing only a question allows (an acronym typed in lower case) that cannot be
    the acronym: a common word ("reseller has a line of credit": no HAS), or a word a longer name found in the
    message already holds, typed again ("the Anti-Deficiency Act ... what is that act": the act, not ACT)."""
    held = {(w, tuple(x.ids)) for x in spans if x.last > x.first for w in s.norms[x.first:x.last + 1]}
    back = {id(x) for x in pointed_back(s, spans)}
    return [x for x in spans if not (x.loose and x.first == x.last and (common_words.is_common(
        s.norms[x.first], COMMON_LOOSE_RANK) or any(w == s.norms[x.first] and ids != tuple(x.ids) for w, ids in held)))
        and id(x) not in back]


def pointed_back(s: Scan, spans: list[Candidate]) -> list[Candidate]:
    """The one-word spans after "this"/"that" whose word ends a longer name found before them ("my bond has call
    risk. what is that risk?"): that name is meant, not the word's own entry."""
    if not any(x.first == x.last and x.first > 0 and s.norms[x.first - 1] in _POINTERS for x in spans):
        return []  # most messages point at nothing: no name's head is put in the singular
    heads = {(normalize.singular(s.norms[x.last]), tuple(x.ids), x.last) for x in spans if x.last > x.first}
    acronym = next((j for j, raw in enumerate(s.raws) if written_acronym(raw, s.norms[j])),
                   len(s.raws))  # the first acronym written, a term or not ("a letter from HMRC"), found once
    return [x for x in spans if _pointed_head(s, x, heads) or _classed_back(s, x, acronym)]


def _classed_back(s: Scan, x: Candidate, acronym: int) -> bool:
    """A word in lower case after "this"/"that", after an acronym written (a term or not): "the memo mentions GAO.
    what is that organization?" asks about GAO, "a letter from HMRC, what is that organization?" about HMRC (which
    the glossary lacks); the word only says what kind of thing it is."""
    k = x.first
    return x.first == x.last and k > 1 and s.norms[k - 1] in _DEMONSTRATIVES and s.raws[k].islower() \
        and acronym < k - 1 and s.norms[k - 2] in ("is", "s", "are", "was") and s.norms[k] in _KINDS_OF_BODY


#: Nouns that say what kind of body or thing an acronym names ("what is that organization?"), none a thing asked of
#: its own the way "what is this churn?" asks about churn.
_KINDS_OF_BODY = frozenset("organization organisation agency body institution company firm office department bureau "
                           "authority regulator group association council committee protocol standard".split())


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_POINTERS = _DEMONSTRATIVES | {"the"}


def _pointed_head(s: Scan, x: Candidate, heads: set[tuple[str, tuple[str, ...], int]]) -> bool:
    """A one-word span after "this"/"that" whose word ends a longer name found before it: "our debt to equity
    ratio is high. what is this ratio?" points back at that ratio, not at ratios in general."""
    before = s.sentence_bounds(x.first)[0] if x.first and s.norms[x.first - 1] == "the" else x.first
    return x.first == x.last and x.first > 0 and s.norms[x.first - 1] in _POINTERS and any(
        head == normalize.singular(s.norms[x.first]) and ids != tuple(x.ids) and last < before
        for head, ids, last in heads)  # "the clause" only a sentence after "... a management rights clause."


def past_verb(s: Scan, i: int) -> bool:
    """Token `i` is a verb in the past, closing its clause or before a particle: "circuit breakers kicked in",
    "the zero trust rollout stalled". Not "a cloud native based approach", where a noun follows."""
    norm, k = s.norms[i], i + 1
    return len(norm) > 4 and norm.endswith("ed") and norm.isalpha() \
        and (k >= len(s.norms) or s.sentence_start[k] or not s.soft[i] or s.norms[k] in FUNCTION)


def title_closed(s: Scan, span: Candidate) -> bool:
    """A name of several words, each in title case, followed by a word in lower case: the capitals close it
    ("United States Digital Service part of"). Not letters of an acronym: "T&M contract" may be a longer name."""
    words = [raw for raw in s.raws[span.first:span.last + 1] if raw.isalpha()]
    after = s.raws[span.last + 1]
    return len(words) > 1 and all(title_word(raw) for raw in words) \
        and after.isalpha() and after.islower()


_BE = frozenset({"is", "are", "was", "were", "s", "re"})
_SPEAKERS = frozenset({"i", "we", "they", "he", "she"})  # "we are agile": the speakers, not "what are X"


def progressive(s: Scan, span: Candidate, j: int, after_name: bool) -> bool:
    """The span is one verb in its -ing form after "is"/"are" whose subject is a name before it: "DCAA is
    auditing our rates" says what DCAA does; "is" here is no "what is" asking about the word."""
    return after_name and span.first == span.last and s.norms[span.first].endswith("ing") and j >= 1 \
        and s.norms[j] in _BE and s.norms[j - 1] not in QUESTION_CUES and s.norms[j - 1] not in OTHER_WH


_MEANT = frozenset("mean means meant understand understood imply implied intend intended".split())


def described(s: Scan, span: Candidate, j: int, after_name: bool) -> bool:
    """Cue `j` only says what something is or does: a verb in -ing after a name (`progressive`), "about"
    after "is"/"it's" ("i know it's about interest being deductible", "the course is about budgeting"): the
    topic of what was named, not "tell me about X"; or "is"/"are" after a personal pronoun ("we are agile",
    "they are our contractor"): what the speakers say of themselves, in a statement's word order, not "what are X"."""
    if s.norms[j] == "by" and j >= 1 and s.norms[j - 1] not in _MEANT:
        return True  # "divide current assets by current liabilities": "by" asks only after "meant by"
    if s.norms[j] in _BE and j >= 1 and s.norms[j - 1] in _SPEAKERS and not s.sentence_start[j]:
        return True
    return progressive(s, span, j, after_name) or s.norms[j] == "about" and j >= 1 and s.norms[j - 1] in _BE \
        and (j < 2 or s.norms[j - 2] not in QUESTION_CUES and s.norms[j - 2] not in OTHER_WH) \
        or reported_subject(s, span, j)


def reported_subject(s: Scan, span: Candidate, j: int) -> bool:
    """After a verb of saying, the span opens the clause said ("IT says the app can't go live"): what the
    speaker said of it, not the word said ("they keep saying synergy")."""
    nxt = span.last + 1
    if j < 0 or span.first < 1:
        return False
    owned = s.norms[span.first - 1] in POSSESSIVES  # "said our bonds are investment grade", not "says EOD is monday"
    return s.norms[j] in _SAYING and nxt < len(s.norms) and (s.norms[nxt] in _CLAUSE_VERBS
                                                              or owned and s.norms[nxt] in _BE)


_DETERMINERS = frozenset("the a an my our your their his her this that these those".split())
_DOERS = frozenset("i we you they m re".split())  # "I need the def", "we ship the fix", "I'm", "we're"
_SAID_BEFORE_VERB = frozenset("just only really also still actually".split())


def object_follows(s: Scan, span: Candidate) -> bool:
    """An everyday word opening its sentence, or said by "I"/"we"/"you"/"they", with an article or an owner right
    after it is a verb with its object ("need the def for the doc", "we ship the fix"), not a noun asked about."""
    nxt, j = span.last + 1, span.first - 1
    while j >= 0 and s.norms[j] in _SAID_BEFORE_VERB:
        j -= 1  # "(just want the definition)", "we really need the def"
    return nxt < len(s.norms) and s.soft[span.last] and s.norms[nxt] in _DETERMINERS \
        and (j < 0 or s.sentence_start[j + 1] or "(" in s.text[s.ends[j]:s.starts[j + 1]] or s.norms[j] in _DOERS)


def property_of(s: Scan, span: Candidate) -> bool:
    """An everyday word in the plural after "the", with "from" and a word after it: properties of that thing ("what
    are the risks from a compliance point of view"), not what the word means ("the goodwill from an acquisition")."""
    nxt = span.last + 1  # one word: "the 5 Ps of marketing" is a name with its field
    return 0 < span.first == span.last and s.norms[span.first - 1] == "the" and nxt + 1 < len(s.norms) \
        and s.soft[span.last] and s.norms[span.first].isalpha() and s.norms[span.first].endswith("s") \
        and s.norms[nxt] == "from" and not s.sentence_start[nxt + 1]


def said_of_term(s: Scan, span: Candidate, spans: list[Candidate]) -> bool:
    """An everyday word said of a term right before it, with no article: "nist is organization?" asks
    whether NIST is one, not what an organization is."""
    k = span.first - 1
    return k >= 1 and s.norms[k] in ("is", "are") and s.soft[k - 1] \
        and any(x.last == k - 1 and not (x.weak or x.loose) for x in spans)


def comma_before(s: Scan, i: int) -> bool:
    """A comma between token `i` and the one before it: a clause opens at `i` ("VPN down, is there a status page?")."""
    return i > 0 and "," in s.text[s.ends[i - 1]:s.starts[i]]


def joined(s: Scan, i: int) -> bool:
    """Tokens `i` and `i + 1` are in one phrase: no comma or other break between them ("meaning, for the
    procurement of ..." opens a new clause; "definitions for X" does not)."""
    return not any(c in _BREAKS for c in s.text[s.ends[i]:s.starts[i + 1]])


def quoted(s: Scan, span: Candidate) -> bool:
    """The span is a name set in quotes: '"LBO"', "'succession planning'"; the asker marks where it ends."""
    before = s.text[max(0, s.starts[span.first] - 1):s.starts[span.first]]
    after = s.text[s.ends[span.last]:s.ends[span.last] + 1]
    return bool(before and after) and before in _QUOTES and after in _QUOTES


_QUOTE_MARKS = re.compile(r"[\"“”«»`]|(?<!\w)['‘’]|['‘’](?!\w)")  # not the one in "trustee's", "José's"


def quoted_alone(s: Scan, spans: Iterable[Candidate]) -> Candidate | None:
    """The one name the message sets off in quotation marks, when those are its only ones: the word the asker
    names as asked, whatever other words come between it and "what is it?"."""
    if len(_QUOTE_MARKS.findall(s.text)) != 2:
        return None
    found = [span for span in spans if quoted(s, span)]
    return found[0] if len({tuple(span.ids) for span in found}) == 1 else None


def guessed_last(s: Scan, first: int, last: int) -> bool:
    """The name (tokens `first` to `last`) ends the message after "is that (a/the)": the asker's guess at what
    was told ("cross training between grill and fry is that job rotation"), typed with or without its "?";
    not "the contract is that SLA we talked about", where more follows."""
    if last != len(s.norms) - 1:
        return False
    k = first - 1
    while k > 0 and first - k <= 2 and s.norms[k] in ("a", "an", "the"):
        k -= 1
    return k > 1 and s.norms[k] in ("that", "it", "this") and s.norms[k - 1] == "is" and not s.sentence_start[k - 1] \
        and not any(s.norms[j] in _DETERMINED and (s.sentence_start[j] or "," in s.text[s.ends[j - 1]:s.starts[j]])
                    for j in range(max(0, k - MAX_SUBJECT), k - 2))  # "the hard part is that kubernetes": stated


_DETERMINED = frozenset("the a an my our your their his her this".split())
MAX_SUBJECT = 6  # words of a clause's subject before "is that": "the on-call rotation policy is that X"
