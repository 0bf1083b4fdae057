"""Where a name found in a message ends: is the span a name of its own, or part of a longer phrase nobody
defined ("API key", "cost of delay", "continous integration")? glossary/cues.py asks this of every span."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from glossary import common_words, span_use, world_asks
from glossary.coordination import amp_joined
from glossary.cue_words import FUNCTION, OF_HEADS, OF_TAKERS, QUANTIFIERS, SCAFFOLD
from glossary.detect_types import Candidate
from glossary.foreign_asks import OWN_WORD
from glossary.phrase_end import ends_phrase, is_possessive, plural_possessive
from glossary.span_use import doing, past_verb, title_closed
from glossary.span_use import prev_word as _prev
from glossary.textscan import Scan
from glossary.yes_no import PERSONS, clause_verb, confirmed

#: Words before "of" that own no term after it.
_NOT_OWNERS = SCAFFOLD | FUNCTION | OF_HEADS | QUANTIFIERS
_THE = frozenset({"the", "this", "that", "these", "those", "your"})  # "dat", "ur": read as "that", "your"


def compound(s: Scan, span: Candidate) -> bool:
    """Part of a longer phrase: the next word in the same phrase is not a function word ("API key"), or
    the word before is a rare one ("continous integration" is a typo, not "integration")."""
    nxt = span.last + 1
    size = nxt - span.first
    if s.norms[span.first:nxt] in (s.norms[nxt:nxt + size], s.norms[max(0, span.first - size):span.first]):
        return False  # "they keep saying KPI KPI KPI": a name said again right after itself is still one name
    if span.last > span.first and (is_possessive(s, span.last) or plural_possessive(s, span.last)
                                   or span.spelled and confirmed(s, span.last)):
        return False  # "a stakeholder's role", "the board of directors' role": the possessive closes the name
    if nxt < len(s.norms) and s.norms[nxt] in ("thing", "things"):
        return not (span.first and s.norms[span.first - 1] in _THE
                    and s.text[s.ends[span.first - 1]:s.starts[span.first]] == " ")  # "whats dat ERP thing": the ERP;
        # but "is that a US thing", "what's that, US thing?" is a thing of the US's
    if amp_joined(s, span):
        return True  # "FP&A", "R&D": a name joined by "&" to a letter or two is part of a longer one
    if span_use.quoted(s, span) and not (span.first and s.norms[span.first - 1] == "to") and not _rare_before(s, span):
        return False  # 'do "dogfooding" of new app', "'best value' evaluation": quotes close the name (not "to 'ship'")
    if nxt < len(s.norms) and span.last > span.first and (title_closed(s, span) or past_verb(s, nxt)):
        return False  # "Is the United States Digital Service part of ...", "circuit breakers kicked in": a name
        # of several words ends at a word in lower case after its capitals, or at a verb in the past
    if nxt < len(s.norms) and s.soft[span.last] and not ends_phrase(s, nxt, span.first) and not foreign(s, nxt) \
            and not doing(s, span.first, nxt) and "," not in s.text[s.ends[span.last]:s.starts[nxt]] \
            and not clause_verb(s, _prev(s, span.first), span.first, nxt):
        return True  # "liquidity risk, help?", "a load balancer, analogy please": a comma ends the name
    if span.first == span.last and nxt + 1 < len(s.norms) and s.norms[nxt] == "of" and s.soft[nxt] \
            and s.norms[nxt + 1] not in FUNCTION and not _kind_of(s, span.first, nxt + 1):
        return True  # "Scrum of Scrums", "cost of delay" (a name of two words or more is already specific); an
        # acronym opens no such name: "YTM of bond" is a bond's YTM, an article left out
    prev = _prev(s, span.first)  # "the IRR of a project": the project belongs to the IRR
    if prev >= 1 and s.norms[prev] == "of" and s.soft[prev - 1] \
            and (s.norms[prev - 1] not in _NOT_OWNERS and not spoken_of(s, prev) or _plural_s(s, prev - 1)):
        return True  # but "a lot of swivel chairing", "a kind of SLA": a quantity of the term, not its owner; "speaks
        # of CAPM": what is spoken of
    prev = span.first - 1
    gap = s.text[s.ends[prev]:s.starts[span.first]] if prev >= 0 else ""
    if gap == "-" and s.raws[span.first][:1].islower() or gap.strip() == ")":
        return True  # "de-identification", "e-commerce": the second half of a hyphenated word is another word;
        # "odd-even (psychological) pricing": a name right after a bracketed word ends a longer one
    return _rare_before(s, span)


def _rare_before(s: Scan, span: Candidate) -> bool:
    """A rare word right before the name makes it part of a longer phrase ("continous integration", "the PR
    'gitops'"); but "opa, task order what is?": a comma parts them, and "it outputs STIX" a verb."""
    prev = span.first - 1
    gap = s.text[s.ends[prev]:s.starts[span.first]] if prev >= 0 else ""
    return prev >= 0 and s.soft[prev] and "," not in gap and s.norms[prev].isalpha() and s.norms[prev] not in SCAFFOLD \
        and not common_words.is_common(s.norms[prev], 20_000) and not foreign(s, prev) \
        and not (prev and s.norms[prev - 1] in _SUBJECT_PRONOUNS) and not said_by(s, prev) \
        and not _typed_twice(s.norms[prev], s.norms[span.first:span.last + 1])  # "it outputs STIX": a verb, no
    # modifier; "cmbd / CMDB": the name typed twice, unsure of its spelling


def said_by(s: Scan, i: int) -> bool:
    """Token `i` is a verb of saying in the past after its subject, a person or a noun after its article ("the
    consultant muttered 'span of control'", "she mentioned ..."): what was said follows, no longer name ("the tax
    deferred accounting", "the risk adjusted return" stay modifiers)."""
    return s.norms[i] in _SAID and i > 0 and (s.norms[i - 1] in PERSONS or i > 1 and s.norms[i - 2] in _DETERMINERS)


_SAID = frozenset("said mentioned muttered flagged noted raised wrote called cited quoted suggested asked used "
                  "referenced recommended proposed pitched named shouted whispered added replied".split())


def _typed_twice(word: str, name: list[str]) -> bool:
    """`word` is the one-word `name` typed with two letters swapped ("cmbd / CMDB", "vlna / vlan"); a letter changed
    or added makes another name as often ("SLA / SLO", "HTTP / HTTPS", "IDS / IPS"), so it never counts."""
    return len(name) == 1 and len(word) >= _TWICE_MIN and word != name[0] and sorted(word) == sorted(name[0]) \
        and OSA.distance(word, name[0]) == 1


_SUBJECT_PRONOUNS = PERSONS | {"it"}
_TWICE_MIN = 4  # letters of a word read as a name typed twice: not "ISP / IPS"


def foreign(s: Scan, k: int) -> bool:
    """Token `k` is a word of another language that the reading of a question asked in it marked ("DUNS numarası",
    "autoscaling ayarlayacaklarmış"), or a particle of a language no table reads, in lower case and no English word,
    with that language's words that ask a few words on ("cost push inflation ennu economist paranju. athu enthaanu?":
    Malayalam "so-called"; not "VPN eka wada karanawada?", which asks whether it works): it never lengthens an
    English name."""
    return OWN_WORD in s.text[s.ends[k - 1] if k else 0:s.starts[k]] or k > 0 and _particle(s, k) and _asked_after(s, k)


def _particle(s: Scan, k: int) -> bool:
    """Token `k` is a particle of a language no table reads, typed in lower case, of no English."""
    norm = s.norms[k]
    return norm in world_asks.PARTICLES and len(norm) >= _PARTICLE_MIN and s.raws[k].islower() \
        and common_words.rank(norm) == common_words.NOT_COMMON


def _asked_after(s: Scan, k: int) -> bool:
    """Words that ask, of these languages or English's, stand a few tokens after token `k` (bounded: linear)."""
    return any(s.norms[j] in _WHAT or world_asks.asks_at(s, j)
               for j in range(k + 1, min(len(s.norms), k + _ASKED_NEAR)))


_ASKED_NEAR = 8  # tokens after a particle in which the words that ask stand: "X ennu economist paranju. athu enthaanu"
_PARTICLE_MIN = 4  # letters: "ennu"; not "j" of "j'imagine" read as Gujarati "j", nor "seo", "ota" (SEO, OTA)
_WHAT = frozenset({"what", "whats", "mean", "means", "meaning"})  # ... or English's, which they may be put in


def _plural_s(s: Scan, k: int) -> bool:
    """Token `k` is the "'s" of a noun's plural or owner ("the 5 P's of marketing"), not "is" ("what's")."""
    return k >= 1 and is_possessive(s, k) and s.norms[k - 1] not in SCAFFOLD and s.norms[k - 1] not in FUNCTION


def asks_nothing_after(s: Scan, k: int, first: int) -> bool:
    """Token `k`, the cue word before a name at `first`, asks nothing of it: the "of" of "speaks of X", a setting
    after "mean" ("what does deferred revenue mean on the balance sheet"), "what does it mean that X ..." (what
    happens to X is asked), a question closed before a comma ("what idempotent mean, the dev says ...")."""
    setting = k >= 2 and s.norms[k] in _SETTINGS and s.norms[k - 1] in _MEANING and s.norms[k - 2] not in _ASKING_DO
    happening = k >= 1 and s.norms[k] in _MEANING and s.norms[k - 1] == "it" and s.norms[k + 1:k + 2] == ["that"]
    closed = s.norms[k] in _CLOSING and "," in s.text[s.ends[k]:s.starts[first]]
    known = k >= 1 and s.norms[k] in _KNOWN and s.norms[k - 1] == "only"  # "I only know POC as ...": no question
    return spoken_of(s, k) or setting or happening or closed or known


def spoken_of(s: Scan, k: int) -> bool:
    """Token `k` is the "of" of a verb or adjective taking its object ("the note speaks of CAPM", "aware of it"):
    what follows is spoken of, not asked as in "the meaning of X"."""
    if not (k >= 1 and s.norms[k] == "of" and s.norms[k - 1] in OF_TAKERS):
        return False
    reach = 3 if s.norms[k - 1] in _NOUNS_TOO else 2  # "the latest thinking of the CO": a noun; "the note speaks of"
    return _DETERMINERS.isdisjoint(s.norms[max(0, k - reach):k - 1])


_DETERMINERS = frozenset("the a an this that our their my his her your".split())
_NOUNS_TOO = frozenset("thinking thought".split())  # takers that are nouns as often, after an adjective too
_SETTINGS = frozenset("on in at for under".split())  # "... mean on the balance sheet", "... mean in the contract"
_MEANING = frozenset("mean means meant".split())
_ASKING_DO = frozenset("does do did what whats".split())  # "what does mean on ...": no words asked before "mean"
_KNOWN = frozenset({"know", "knew"})
_CLOSING = frozenset({"is", "s", "mean", "means"})  # a question they close before a comma asks nothing after it


def _kind_of(s: Scan, first: int, owner: int) -> bool:
    """An acronym as typed (not "Scrum", not "CoE"), no "the"/"our" before it, "of" a kind of thing in lower case:
    "YTM of bond" asks the YTM; "the GDP of Vietnam", "NPV of project Falcon" ask one thing's value."""
    raw = s.raws[first]
    return len(raw) >= 2 and raw.isalpha() and raw.isupper() and not (first and s.norms[first - 1] in _THE | {"our"}) \
        and s.raws[owner].islower() and not any(r[:1].isupper() for r in s.raws[owner + 1:owner + 3])
