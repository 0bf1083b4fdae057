"""Where a term's phrase ends: the word after a name that cannot continue it ("API key" runs on, "API
please" does not), and the possessive that closes it ("a stakeholder's role"). Read by the cues
(glossary/cues.py) to tell a name asked from part of a longer one."""

from __future__ import annotations

from glossary import came_up
from glossary.asked_shapes import TELLING, clause_closes
from glossary.cue_words import AFTER, COURTESY, ENDS_PHRASE, FUNCTION, OTHER_WH, REF_NOUNS, WHAT
from glossary.textscan import Scan, starts_clause


def ends_phrase(s: Scan, i: int, first: int) -> bool:
    """Token `i` cannot continue the name before it, which begins at token `first`: a function word, a cue,
    a verb asked about the term, an adverb, a courtesy ("explain me the SLA please"), a request for how to
    tell it ("gdpr one line"), "word"/"acronym" after an acronym ("the SLA word"), or the possessive "'s"
    ("the CFO's job", "a stakeholder's role")."""
    norm = s.norms[i]
    if norm in TELLING and norm.endswith("s") and clause_closes(s, i):
        return True  # "remind me what beta measures exactly"; not "what the kpi tracks for my team is ..."
    if norm in PHRASAL and i + 1 < len(s.norms) and s.soft[i] and s.norms[i + 1] in _OBJECT_PARTICLES:
        return True  # "i need MFA set up by fri", "the VPN turned off": a verb and its particle
    if norm in FUNCTION or norm in AFTER or norm in ENDS_PHRASE or norm in COURTESY \
            or norm in _DETERMINERS and meaning_asked_after(s, i) \
            or (len(norm) > 4 and norm.endswith("ly")) or starts_clause(s, i) or manner_after(s, first, i) \
            or subject_follows(s, i, first):
        return True
    if norm in REF_NOUNS and i and s.raws[i - 1].isupper() and len(s.raws[i - 1]) > 1:
        return True
    if norm == "real" and i + 1 < len(s.norms) and s.norms[i + 1] in _REAL_HOW:
        return True  # "explain the gordon growth model real quick": how to tell it, no part of the name
    return is_possessive(s, i)


_REAL_HOW = frozenset("quick quickly fast simple short brief".split())  # after "real": how to tell it
#: Words that open a noun phrase of their own, so none goes on a name where the message goes on to ask its meaning:
#: "the boss said KPI many times, what is it?" (but "VLAN each floor or one big one?" asks which, of a VLAN per floor).
_DETERMINERS = frozenset("many several few much every each some most both neither another such whole entire".split())
_MEANS = frozenset("mean means meaning meant stand stands".split())
_POINTING_BACK = frozenset("it that this they those these".split())
POINTER_REACH = 3  # tokens from "what" to the pronoun it asks of: "what is it", "what does that mean"


def meaning_asked_after(s: Scan, i: int) -> bool:
    """After token `i`, in its sentence or the next, the message asks what something named before means: "what is
    it/that", "what does it mean", "meaning?" ("..., what is the norm" asks another thing)."""
    _, end = s.sentence_bounds(i)
    end = s.sentence_bounds(end)[1] if end < len(s.norms) else end
    return any(s.norms[k] in _MEANS or s.norms[k] in WHAT and not _POINTING_BACK.isdisjoint(
        s.norms[k + 1:k + 1 + POINTER_REACH]) for k in range(i + 1, end))


#: Verbs that take a particle after their object: "get MFA set up", "SSO switched on", "the VPN locked down".
PHRASAL = frozenset("set turned switched rolled signed spun locked backed logged shut hooked put".split())
_OBJECT_PARTICLES = frozenset("up down on off out in back over".split())  # "logged in", "switched on"
#: Verbs said of a subject that open a clause of their own: "hr mail *is* saying", "boss *said* i need to"; and
#: any verb of came_up.CAME_UP ("support *quoted* it"), or a past form in -ed ("prospect *pitched* it").
FINITE = frozenset("is are was were keeps kept wants want has have had told tells asked asks sent sends needs "
                   "thinks thought calls shows flags requires expects recommends suggests insists claims runs run "
                   "went goes gave gives offers got gets bought raised pitched mention wrote writes "
                   "keep say need think talk complain proposes provides introduces sells demands prefers approves "
                   "implements adopts".split()) \
    | came_up.CAME_UP
MAX_SUBJECT = 3  # words of a new clause's subject before its verb: "hr mail", "one senior", "vendor pitch deck"


def subject_follows(s: Scan, i: int, first: int) -> bool:
    """Tokens from `i` are a new clause, its subject and its verb, though no punctuation says so, as dictated
    or typed in a hurry, after a name asked by "what is" ("what is BYOD hr mail is saying byod policy",
    "whats delegation of authority boss said i need to delegate more"). Not "the EBITDA margin we expect" (no
    verb right after the noun), a clause that says nothing after its verb but the gap of the name's value
    ("what is prime rate bank told me", "what is net working capital team says we have"), nor a name in a
    statement ("the Kubernetes pods are restarting")."""
    if not _asked_what(s, first):
        return False
    for k in range(i + 1, min(i + 1 + MAX_SUBJECT, len(s.norms) - 1)):
        if not s.soft[k - 1] or s.sentence_start[k] or "," in s.text[s.ends[k - 1]:s.starts[k]]:
            return False  # "what's a cost center, finance keeps asking": the comma, not the name, opens the clause
        if _finite(s.norms[k]):  # "GSA Advantage Someone told": "someone" is the subject, "Advantage" the name's
            return all(s.norms[j].isalpha() and s.norms[j] not in FUNCTION for j in range(i, k)) \
                and not any(s.norms[j] in _PEOPLE and s.raws[j - 1][:1].isupper() for j in range(i + 1, k)) \
                and _says_more(s.norms[k + 1:s.sentence_bounds(k)[1]])
        if s.norms[k] in FUNCTION:
            return False
    return False


def _finite(word: str) -> bool:
    return word in FINITE or len(word) > 4 and word.endswith("ed") and word.isalpha()


def _says_more(said: list[str]) -> bool:
    """The new clause says something after its verb: a word of content, the name pointed back at ("dev team
    wants one", "sre team uses it") or where it came up ("prof keeps mentioning"); not only pronouns and
    auxiliaries ("bank told me", "team says we have": told what? the prime rate's value)."""
    return any(w not in FUNCTION or w in _BACK for w in said)


_PEOPLE = frozenset("someone somebody everyone everybody nobody anyone anybody people".split())
_BACK = frozenset({"it", "one"})  # not "them": "whats ESG ceo told them" (told them what? its value)


def _asked_what(s: Scan, first: int) -> bool:
    """The name at `first` is what "what is" / "whats" / "wtf is" asks, maybe after "a", "an": "what is a X"."""
    j = first - 1
    while j >= 0 and s.norms[j] in ("a", "an") and s.soft[j]:
        j -= 1
    if j >= 0 and s.norms[j] in ("is", "s", "are") and j >= 2 and s.norms[j - 1] in _EVEN and s.soft[j - 1]:
        j -= 1  # "what actually is inflation customers keep moaning ...": the adverb asks the same
    return j >= 0 and s.soft[j] and (s.norms[j] in ("whats", "wats") or s.norms[j] in ("is", "s", "are", *_EVEN)
                                     and j >= 1 and s.norms[j - 1] in ("what", "wat", "wtf") and s.soft[j - 1])


_EVEN = frozenset({"actually", "exactly", "even", "really"})


def is_possessive(s: Scan, i: int) -> bool:
    return i < len(s.norms) and s.norms[i] == "s" and s.text[s.ends[i - 1]:s.starts[i]] == "'"


def plural_possessive(s: Scan, i: int) -> bool:
    """Token `i` is a plural closed by an apostrophe: "the board of directors' role", "the partners' share"."""
    return s.norms[i].endswith("s") and s.text[s.ends[i]:s.ends[i] + 2] in ("' ", "'") \
        and (i + 1 >= len(s.norms) or s.text[s.ends[i]:s.starts[i + 1]].strip() == "'")


#: Said after a term, on their own or after a courtesy, they bid the bot explain it: "EAR kindly explain".
BIDDING = frozenset("explain define describe clarify elaborate eli5 decode".split())
_BIDDING_COURTESY = frozenset("kindly please pls plz".split())
_EXPLAINED = OTHER_WH | {"whether", "if"}  # "explain why": something else told


def bidden(s: Scan, nxt: int) -> bool:
    """Token `nxt`, right after a term, opens a bidding to explain it, in the term's own sentence: "X
    explain", "X kindly explain", "X pls define". Not "X explained the delay" (no bidding form)."""
    k = nxt + (nxt < len(s.norms) and s.norms[nxt] in _BIDDING_COURTESY)
    return k < len(s.norms) and s.norms[k] in BIDDING and not s.sentence_start[k] and not s.sentence_start[nxt] \
        and not (k + 1 < len(s.norms) and s.norms[k + 1] in _EXPLAINED)  # not "someone in IT explain why ..."


#: A telling named after a term, which also titles a document, a link or a meeting ("QBR recap - revenue up 10%",
#: "Docker primer: <link>"): asked only with a question mark or a plea right after ("sharpe ratio recap pls", "IDIQ
#: rundown?", "six sigma basics, anyone?", "normal distribution refresher pls").
_TELLINGS = ("refresher", "primer", "explainer", "explanation", "crash course", "tldr", "recap", "rundown", "basics")
_TITLES = frozenset(phrase.split()[0] for phrase in _TELLINGS)
#: Opening the sentence before a term and a telling ("quick WACC primer pls", "need SAML explanation pls").
_TOLD_OPENERS = frozenset("quick short brief need needs want wants".split())
#: How the asker wants the answer told, said right after a term: "KPI one liner", "IRR in plain english",
#: "agency theory 1 line", "blockchain - textbook version pls". Such a request asks what the term means; only
#: when it ends its clause (`_TOLD_END`): "the pod briefly restarted", "KPI one line summary is in the doc" tell.
_MANNER = tuple(tuple(phrase.split()) for phrase in (
    "one line", "1 line", "one liner", "1 liner", "oneliner", "one sentence", "1 sentence", "in one line",
    "in a line", "in 1 line", "in one sentence", "in a sentence", "in plain english",
    "in plain words", "in plain terms", "in plain language", "in simple terms", "in simple words",
    "in layman terms", "in laymans terms", "in layman s terms", "plain english", "simple terms",
    "textbook version", "short version", "simple version", "eli5", "for a layman", "for non techies",
    "for a non techie", "in a few words", "full form", "spelled out",
    # a telling asked for by its name: "normal distribution refresher pls", "CI/CD explanation for the new tester"
    *_TELLINGS))
# not "full name": "CFO full name, for the memo" wants the person
_MANNER_FIRST = frozenset(phrase[0] for phrase in _MANNER)
#: All that may follow "X one liner:" for it still to ask: "anyone?", "pls", "what is it" (not "it is what it is").
_PLEADING = frozenset("anyone someone anybody somebody pls please plz".split())
_STILL_ASKING = _PLEADING | frozenset("what whats is it".split())
_TOLD_END = _PLEADING | frozenset("thx thanks for no without before".split())  # "... one liner for the slide",
# "... recap anyone?", "... rundown before the review?"


def manner_after(s: Scan, first: int, nxt: int) -> bool:
    """Tokens from `nxt`, right after a term that opens its sentence at `first`, say how to tell it ("X one
    liner", "X in plain english, no jargon", "COGS. one line"): not "what is a pod in kubernetes? In simple
    terms", whose manner is the whole question's."""
    opens = s.sentence_start[first] or first > 0 and s.sentence_start[first - 1] \
        and s.norms[first - 1] in _TOLD_OPENERS and " ".join(s.norms[nxt:nxt + 2]).startswith(_TELLINGS)
    if nxt >= len(s.norms) or s.norms[nxt] not in _MANNER_FIRST or not opens:
        return False  # "summarise the SLA in plain english": a task on the term, not a request for it
    return any(tuple(s.norms[nxt:nxt + len(phrase)]) == phrase and _ends_clause(s, nxt + len(phrase) - 1)
               and (phrase[0] not in _TITLES or _pleaded(s, nxt + len(phrase) - 1)) for phrase in _MANNER)


def _pleaded(s: Scan, k: int) -> bool:
    """Token `k`, a telling's last word, is marked with "?" or followed by a plea: "recap pls", "rundown?"."""
    return s.marked(k) or k + 1 < len(s.norms) and s.norms[k + 1] in _PLEADING


def _ends_clause(s: Scan, last: int) -> bool:
    """Token `last` ends its clause: the end, a mark other than a colon after it, or a courtesy or an audience."""
    end = last + 1
    if end >= len(s.norms):
        return True
    gap = s.text[s.ends[last]:s.starts[end]]
    if ":" in gap:  # "KPI one liner: revenue up 5%": the one-liner is given; "SLA one liner: anyone?" asks
        stop = next((k for k in range(end + 1, len(s.norms)) if s.sentence_start[k]), len(s.norms))
        tail = s.norms[end:stop]
        return set(tail) <= _STILL_ASKING and (bool(_PLEADING.intersection(tail)) or tail[:2] in (["what", "is"],
                                                                                                 ["whats", "it"]))
    return s.sentence_start[end] or any(c in ",;?!()-\u2013\u2014" for c in gap) or s.norms[end] in _TOLD_END


MAX_BEGGED = 4  # words before "pls" in a sentence that is only a name and "pls"


def opens_with_request(s: Scan) -> bool:
    """The message opens on a sentence of a few words and "pls" ("prime rate pls."): it asks."""
    for k, norm in enumerate(s.norms):
        if norm in _BIDDING_COURTESY and k and (k + 1 == len(s.norms) or s.sentence_start[k + 1]):
            start = next(i for i in range(k, -1, -1) if s.sentence_start[i])
            if start == 0 and 0 < k - start <= MAX_BEGGED:  # the message opens on it
                return True
    return False


def begged(s: Scan, first: int, nxt: int) -> bool:
    """A sentence that is only a term and "pls"/"please" asks for it: "prime rate pls. our line is prime + 1"."""
    end = nxt + 1
    return s.sentence_start[first] and nxt < len(s.norms) and s.norms[nxt] in _BIDDING_COURTESY - {"kindly"} \
        and (end == len(s.norms) or s.sentence_start[end])


_WHAT_AFTER = frozenset({"is", "s", "means", "mean", "does"})  # "X what is?", "X what means?"


def asked_after(s: Scan, first: int, nxt: int) -> bool:
    """A learner's word order, the question after the term (tokens `first`.. before `nxt`): "task order what
    is?", "IDIQ what means??", "inflation what is exactly", "autoscaling what is, devops say ...": "what" and its
    verb end the sentence or clause; "pod in kubernetes what is" asks about the pod, "in kubernetes" its field."""
    if first >= 2 and s.norms[first - 1] in ("of", "in") and not s.sentence_start[first - 1]:
        return False
    if nxt + 1 < len(s.norms) and s.norms[nxt] in ("of", "in"):  # past the term's field, a few words
        nxt = next((k for k in range(nxt + 1, min(s.sentence_bounds(nxt)[1], nxt + 4)) if s.norms[k] == "what"), nxt)
    end = nxt + 2 + (nxt + 2 < len(s.norms) and s.norms[nxt + 2] in ("exactly", "actually"))
    return nxt + 1 < len(s.norms) and s.norms[nxt] == "what" and s.norms[nxt + 1] in _WHAT_AFTER \
        and not s.sentence_start[nxt + 1] and (end >= len(s.norms) or s.sentence_start[end]
                                               or "," in s.text[s.ends[end - 1]:s.starts[end]])


def bids_after(s: Scan, first: int, nxt: int) -> bool:
    """The words right after a term (tokens `first`.. before `nxt`) bid the bot explain it, even in a message that
    asks nothing else: "X kindly explain", "X one liner", "prime rate pls.", "task order what is?"."""
    return bidden(s, nxt) or manner_after(s, first, nxt) or begged(s, first, nxt) or asked_after(s, first, nxt)
