"""A name followed by a noun that only says what kind of thing it is: "a NAICS code", "TPM chip what is it", "cvss score
pls explain", "FDIC insurance" ask about NAICS, TPM, CVSS, FDIC.

A word after a span normally makes it part of a longer name nobody defined ("API key", "lead time", "EBITDA margin",
"sprint review"), so the span is not answered (glossary/cues.py). Here the name and its classifier noun are read as
one phrase and scored by the same cues as a span ("TPM chip what is it", "RCE vulnerability means what?", "SRE team =
?"); `cues.choose` then decides as for any span.

The criterion for a classifier noun is apposition: "X <noun>" must mean "X, which is a <noun>" ("TPM is a chip", "an
IDIQ is a contract"), never something of X or about X ("an API is not a key", "EBITDA is not a margin", "a sprint is
not a review", "an SLA is not a number"). Two kinds:
- CLASSIFIERS: generic heads that name a class of thing, after any specific name ("process", "system",
  "code", "chip", "software", "stack", "triad", "chart", "formula");
- KINDS: heads that also name things of their own after some names ("a GSA contract" is no GSA, "an
  SLA number" no SLA, "an API vulnerability" no API). They count only for a sense whose own name or
  definition uses the word: the glossary itself says what kind of thing it is ("Data Universal
  Numbering System", "a contract for...", "Common Vulnerability Scoring System", "Federal Deposit
  Insurance Corporation"); among several senses they pick those ("cpff contract": the contract).
  "model", "policy", "record", "account", "report", "server", "data" are KINDS too: "OSI model", "CNAME
  record", "contra asset account", "POS data" (the glossary says so), never "risk model", "SLA policy".
  Weaker support counts when the phrase is asked outright (a clear cue, no "who"/"how", no preposition
  setting it as the scene: "a SIN on the gsa schedule", the noun in lower case: "the CARES Act" is a
  name of its own): a plural ("a class of software bugs": "TOCTOU bug"), a compound the noun heads
  ("cyberattacks"), a noun of its word class (FAMILIES: "RCE vulnerability" for "a class of
  cyberattacks", "DCF model" for "a method for estimating the value"), or a definition that only
  spells the name out ("DDoS": "Distributed Denial-of-service", "POS": "Point of Sale", "CX": "Short
  for Customer Experience."; glossary/spelt_only.py), for every sense, the name typed as written (in
  capitals, or in lower case letters no English word begins: "iot devices", never "pos tool"): nothing
  the glossary says contradicts the asker's noun ("DDoS attack", "POS data"; not "a sim tool"). One sense
  saying its kind otherwise ("SBAR format") keeps the phrase refused.
Nouns that make a concept of their own ("key", "margin", "time", "review", "strategy", "rate", "plan") are neither:
"EBITDA margin", "go-to-market strategy" stay refused. Any noun counts, though, for the senses whose own name holds it
or another form of it: the asker repeats a word the name already says ("COOP plan": "Continuity of Operations Plan",
"AES encryption standard", "rpm package", "FedRAMP authorized"), so the phrase can only be the name (the definition is
not enough: it may mention a key without being one). An everyday noun the glossary does not define on its own counts,
too, for the senses whose definition speaks of them by that very phrase, a name with the noun right after it ("MAC
address": "Network interface MAC address", "X.509 certificate": "X.509 certificates are used ..."): the glossary's own
words for the thing. A noun it defines ("clause", "margin", "API") names a concept of its own and never counts so.
The noun may be joined by a hyphen ("DMZ-Zone": "DeMilitarized Zone"). Everything else must hold too:
- the name is specific: several words, one rare word ("a zip code" is no ZIP, "a lead process" no lead), an
  acronym typed in capitals ("CAGE code") or a word the glossary writes with the noun ("a mac address"), no chat;
- the noun ends the phrase as a span's end would ("a NAICS code list" is something else) and no rare
  word before the name makes it part of a longer phrase;
- no possessive before it: "what is our SLA number", "your DUNS number" ask for a value, not a meaning;
- a message that asks nothing ("FDIC insurance", "version control system") needs a name of the sense
  that says its kind ("Federal Deposit Insurance Corporation"): no question, no guess;
- the name with the noun is not another entry's name spelt out ("CRM software" when the glossary holds
  "customer relationship management software" as its own entry): the longer name is never stolen.
A term named again by "that"/"this" (or "the", a sentence on) and a noun its names or definition use ("3389 ...
what's that port for", "RCE came up. what is that attack?") is what that noun phrase asks about (`_referred`).
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from glossary import common_words, cues, message_shape, normalize, restated, spelling_twins, spelt_only
from glossary.casing import is_acronym
from glossary.clippings import read_noun
from glossary.cue_words import _QUOTES, AFTER, FIELD_AT, OTHER_WH, POSSESSIVES, SKIP
from glossary.detect_types import Candidate
from glossary.genus import says_kind
from glossary.models import LookupResult, Term
from glossary.spelt_only import as_acronym
from glossary.textscan import Scan

CLASSIFIERS = frozenset("process system code concept notion approach method methodology technique practice principle "
                        "pattern mechanism phenomenon chip software stack certification program triad chart diagram "
                        "formula equation acronym thing notation qualification designation credential".split())
KINDS = frozenset("number contract score vulnerability vuln insurance team inventory schedule act law regulation "
                  "bug exploit flaw attack standard protocol framework tool account record report model document "
                  "policy server service data format file".split())
CREWS = frozenset({"team"})  # people named for the practice they do: "the platform engineering team"
RARE_RANK = cues.EVERYDAY_RANK  # a one-word name must be rarer than this to stand for a class of things
#: Word classes: nouns that name one kind of thing, so a definition saying one supports the others.
FAMILIES = (frozenset("attack vulnerability vuln exploit bug flaw threat weakness".split()),
            frozenset("law act regulation statute section".split()),
            frozenset("model method methodology approach technique".split()))  # ways of working something out
_AFTER = frozenset("for used mean means stand stands do does".split())  # "what is that port used for"
_POINTING = frozenset({"that", "this", "these", "those", "the"})  # "what are these procedures?"; "the" a sentence on
_OPENERS = cues.SCAFFOLD - spelt_only.MINOR | {"a", "an", "the"}  # "what is a PIV card", never "LTV to CAC ratio"
MIN_FORM = 6  # letters two forms of one word share at least ("authorized", "authorization")
JOINS = (" ", "-")  # "DMZ zone", "DMZ-Zone": the noun is the next word of the phrase
OWNERS = POSSESSIVES | {"whose", "which"}  # "our DUNS number": a value
OWNED_BY = frozenset("of for on in at".split())  # "the mac address of printer 3": whose it is
Exact = Callable[[list[str]], LookupResult | None]


def widen(scan: Scan, scored: list[cues.Scored], terms: dict[str, Term], told: Callable[[str], str],
          exact: Exact) -> list[cues.Scored]:
    """The scores with every name followed by its classifier noun scored as that whole phrase; `told`:
    a term's names and definition as words; `exact`: the glossary's exact name lookup."""
    return _referred(scan, [_widened(scan, x, terms, told, exact) or x for x in scored], told)


def _referred(scan: Scan, scored: list[cues.Scored], told: Callable[[str], str]) -> list[cues.Scored]:
    """A term named again by "that"/"this" (a sentence on, "the") and a noun it uses ("3389 — what's that port for")."""
    out, named = list(scored), {i for x in scored for i in range(x.span.first, x.span.last + 1)}
    ends = sorted((x.span.last, n) for n, x in enumerate(scored) if x.eligible)  # read once, each trigger bisects
    for k in range(1, len(scan.norms)):
        if scan.norms[k - 1] not in _POINTING or not _ends(scan, k) and (scan.norms[k + 1] not in _AFTER
                                                                           or scan.norms[k - 1] == "the"):
            continue  # "the rule for expensing lunches" is another rule
        nouns = {noun := normalize.singular(scan.norms[k]), spelling_twins.other_spelling(noun) or noun}  # "-isation"
        told_before = scan.sentence_bounds(k)[0] if scan.norms[k - 1] == "the" else k - 1  # "the rule": said before
        at = bisect_left(ends, (told_before, -1))  # the eight nearest names ending before, nearest last:
        fits = [n for _, n in ends[max(0, at - 8):at] if any(says(told(i), word) or akin(told(i), word)
                                                             for i in out[n].span.ids for word in nouns)]
        if fits and k not in named:  # the nearest such thing: "... procedures
            out[fits[-1]] = replace(out[fits[-1]], refers=(*out[fits[-1]].refers, k),  # under FAR. these procedures?"
                                    asked=out[fits[-1]].asked + cues.STRONG + 1)
    return out


def _widened(scan: Scan, x: cues.Scored, terms: dict[str, Term], told: Callable[[str], str],
             exact: Exact) -> cues.Scored | None:
    span, nxt = x.span, restated.end(scan, x.span, [terms[i] for i in x.span.ids])  # the name typed again
    if x.eligible or span.weak or nxt >= len(scan.norms) or _gap(scan, span) not in JOINS:
        return None
    noun = read_noun(normalize.singular(scan.norms[nxt]), CLASSIFIERS | KINDS)
    if _of_one(scan, span.first, nxt):
        return None  # "what's the CIDR notation for a /24?", "the NAICS code for plumbing": one thing's value
    named = [i for i in span.ids if _named(terms[i], noun, len(span.ids) == 1)]  # "COOP plan": "... Operations Plan"
    generic = noun not in CLASSIFIERS and noun not in KINDS and not named and _generic(noun, exact)
    if generic:
        named = [i for i in span.ids if _phrased(terms[i], noun)]  # "MAC address": "... MAC address"
    # "CSRF issue", "PIV card": a generic noun after a name only spelt out contradicts nothing it says
    kind = noun in KINDS or generic and not named and _acronym_alone(scan, span, nxt, [terms[i] for i in span.ids])
    if noun not in CLASSIFIERS and not kind and not named:
        return None
    own = (any(_phrased(terms[i], noun) for i in span.ids) or 0 < len(named) == len(span.ids)) \
        and not _one_thing(scan, span, nxt)  # "mac address": the glossary's words; not "sam account" (2 SAMs)
    if not _specific(scan, span, _pointed(scan, nxt + 1), own):
        return None
    asked, compound = cues.phrase(scan, Candidate(span.first, nxt, span.ids, span.weak, span.loose))
    if (compound and not _ends(scan, nxt)) or (span.loose and asked < cues.STRONG):
        return None
    spelt = _spelt_out(scan, span, terms, exact)
    if spelt is not None:  # "T&M contract": the entry named "time-and-materials contract", not "T&M"
        return replace(x, span=replace(span, ids=spelt, loose=False), asked=asked, eligible=True)
    ids = [i for i in span.ids if says(told(i), noun)] if noun in CLASSIFIERS or noun in KINDS else named
    form = message_shape.shape(scan)
    if not form.question:  # "version control system" alone asks nothing: only a name saying its kind will do
        if not (ids := [i for i in ids if says(spelt_only.name_words(terms[i]), noun)]):
            return None
    if noun in CREWS and not ids and _asked_next(scan, nxt):  # "a platform engineering team. what do they do":
        ids = span.ids  # a crew named for a practice does that practice; asking what they do asks the practice
    if kind and not ids and _outright(scan, span, asked, form):  # weaker support, so asked outright
        senses, raw = [terms[i] for i in span.ids], scan.raws[span.first]
        untold = not span.loose and (span.last > span.first or not raw.islower() or as_acronym(
            raw, senses, scan.shouting)) and spelt_only.untold(senses)  # "DDoS attack": never said
        ids = [i for i in span.ids if untold or akin(told(i), noun)]  # "RCE vulnerability": "cyberattacks"
    if kind and not ids:
        return None  # "an SLA number": the glossary never calls an SLA a number
    return replace(x, span=replace(span, ids=ids or span.ids, loose=False), asked=asked, eligible=True)


def _acronym_alone(scan: Scan, span: Candidate, nxt: int, senses: list[Term]) -> bool:
    """An acronym as written (in capitals, or lower-case letters no English word: "iot devices") opening the
    phrase, its noun closing it ("a PIV card, and"; not "HR asks who")."""
    raw, prev = scan.raws[span.first], span.first - 1
    if prev >= 0 and not scan.sentence_start[span.first] and scan.norms[prev] not in _OPENERS:
        return False
    return span.first == span.last and not span.loose and as_acronym(raw, senses, scan.shouting) \
        and _ends(scan, nxt) and spelt_only.untold(senses)


def _outright(scan: Scan, span: Candidate, asked: int, form: message_shape.Shape) -> bool:
    """The phrase is what the message asks about, not its setting: a clear cue, no "who"/"how", no preposition
    before it ("a SIN on the gsa schedule") and its noun in lower case ("the CARES Act" is a name of its own)."""
    prev = span.first - 1
    while prev >= 0 and scan.norms[prev] in SKIP:
        prev -= 1
    return asked >= cues.STRONG and not form.other_wh and scan.raws[span.last + 1].islower() \
        and (prev < 0 or scan.norms[prev] not in FIELD_AT)


def _spelt_out(scan: Scan, span: Candidate, terms: dict[str, Term], exact: Exact) -> list[str] | None:
    """The entries named by the phrase itself, or by a name of one of the span's senses followed by the
    noun ("IDIQ contract": "indefinite delivery indefinite quantity contract"), if any; [] when the
    phrase is another entry's own name ("X software" defined apart from X): never stolen."""
    noun = scan.raws[span.last + 1]
    typed = exact([f"{scan.text[scan.starts[span.first]:scan.ends[span.last]]} {noun}"])
    if typed is not None:
        ids = [m.id for m in typed.matches]
        return ids if set(ids) <= set(span.ids) else []
    names = {n for i in span.ids for n, _ in (*terms[i].names(), *terms[i].derived_names())}
    found = {m.id: None for name in sorted(names) if (hit := exact([f"{name} {noun}"])) is not None
             for m in hit.matches}
    return list(found) or None


def _specific(scan: Scan, span: Candidate, pointed: bool, own: bool) -> bool:
    """A name that stands for a class of things on its own, not an everyday word, owned by nobody, unless
    the story names it and a new sentence asks what that is (`pointed`): "they want our CAGE code?? what
    even is that" asks what a CAGE code is; "what's our DUNS number", "our DUNS number, what is it" ask
    for our value. An everyday word is specific when the glossary itself writes it with the noun (`own`)."""
    raw = scan.raws[span.first]
    if span.first == span.last and common_words.is_common(scan.norms[span.first], RARE_RANK) and not own \
            and not (span.loose is False and len(raw) > 2 and is_acronym(raw) and not scan.shouting):
        return False  # "a zip code" is no ZIP, but "CAGE code" typed as the acronym is CAGE
    if any(common_words.is_chat(raw) for raw in scan.raws[span.first:span.last + 1]):
        return False
    prev = span.first - 1
    if prev < 0 or scan.sentence_start[span.first] or scan.text[scan.starts[span.first] - 1] in _QUOTES:
        return True  # "new 'platform engineering' team": the quote opens the name
    norm = scan.norms[prev]  # "continous integration process": a word before is part of the name
    story = pointed and not scan.sentence_start[prev] and scan.norms[prev - 1] not in cues.SCAFFOLD
    return (story or norm not in OWNERS) and not (scan.soft[prev] and norm.isalpha() and norm not in cues.SCAFFOLD
                                       and norm not in cues.FUNCTION)


def _one_thing(scan: Scan, span: Candidate, nxt: int) -> bool:
    """"the mac address of printer 3", "mac address ... on my laptop": one thing's value, not the kind."""
    start, end = scan.sentence_bounds(span.first)
    return start < span.first and scan.norms[span.first - 1] in {"the", "this", "that"} \
        or not OWNERS.isdisjoint(scan.norms[start:end]) or scan.soft[nxt] and scan.norms[nxt + 1] in OWNED_BY


def _of_one(scan: Scan, first: int, nxt: int) -> bool:
    """"the X <noun> for Y": the noun is one thing's ("the CIDR notation for a /24", "the NAICS code for plumbing")."""
    return 0 < first and scan.norms[first - 1] == "the" and nxt + 2 < len(scan.norms) and scan.soft[nxt] \
        and scan.norms[nxt + 1] == "for" and not scan.sentence_start[nxt + 2]


def _pointed(scan: Scan, i: int) -> bool:
    """A new sentence from token `i` on asks what was named before it: "... our CAGE code?? what is that"."""
    return i < len(scan.norms) and scan.sentence_start[i] and cues.points_back_to(scan, i)


def _gap(scan: Scan, span: Candidate) -> str:
    """What joins the span to the next word, the quotes around a quoted name left out: "'X' team" is X's team."""
    gap = scan.text[scan.ends[span.last]:scan.starts[span.last + 1]]
    quoted = span.first > 0 and scan.text[scan.starts[span.first] - 1] in _QUOTES and gap[:1] in _QUOTES
    return gap[1:] if quoted else gap


def _asked_next(scan: Scan, i: int) -> bool:
    """The sentence after token `i`'s asks what was named in it: "new 'X' team in the org chart. what do they do"."""
    k = next((k for k in range(i + 1, len(scan.norms)) if scan.sentence_start[k]), len(scan.norms))
    if k >= len(scan.norms) or OTHER_WH.intersection(scan.norms[slice(*scan.sentence_bounds(k))]):
        return False  # "... who leads them?" asks about the people, not what they do
    return _pointed(scan, k)


def _ends(scan: Scan, i: int) -> bool:
    """Nothing of the phrase follows token `i`: an end, a mark, a new sentence, an ask ("PIV card what is?")."""
    nxt, n = i + 1, scan.norms
    asked = nxt < len(n) and (n[nxt] in AFTER and (nxt + 1 == len(n) or not scan.soft[nxt] or n[nxt + 1] == "what")
                              or n[nxt] == "what" and n[nxt + 1:nxt + 2] in ([], ["is"], ["it"], ["does"]))
    if nxt >= len(n) or not scan.soft[i] or scan.sentence_start[nxt] or asked:  # not "GFE laptop means I can't ..."
        return True
    return bool(scan.text[scan.ends[i]:scan.starts[nxt]].strip())  # "a NAICS code, and ..."


def _named(term: Term, noun: str, alone: bool) -> bool:
    """A name of the term says the noun, or another form of it ("FedRAMP authorized": "Federal Risk and
    Authorization Management Program"), or, for the one sense of its name (`alone`), its definition says it is
    one ("Kerberos authentication"): a definition's wording never picks one of several senses."""
    def formed(word: str) -> bool:
        shared = len(os.path.commonprefix([word, noun]))
        return shared >= MIN_FORM and shared >= min(len(word), len(noun)) - 2
    words = spelt_only.name_words(term)
    return says(words, noun) or any(formed(word) for word in words.split()) or alone and says_kind(term, noun)


def _generic(noun: str, exact: Exact) -> bool:
    """A noun that can only say what kind of thing a name is: an English word the glossary does not define
    on its own ("address", "certificate"); one it defines names a concept ("clause", "margin", "API")."""
    return noun.isalpha() and noun not in cues.SCAFFOLD and noun not in cues.FUNCTION \
        and common_words.is_common(noun, cues.EVERYDAY_RANK) and exact([noun]) is None


def _phrased(term: Term, noun: str) -> bool:
    """The definition speaks of the term by a name of it with the noun after it ("MAC": "Network interface
    MAC address", "X.509": "X.509 certificates are used ..."): the glossary's own phrase for the thing."""
    said = [normalize.singular(w) for w in normalize.words(term.definition)]
    for name, _ in term.names():
        words = [normalize.singular(w) for w in normalize.words(name)]
        size = len(words)
        if size and any(said[k:k + size] == words and said[k + size] == noun for k in range(len(said) - size)):
            return True
    return False


def says(told: str, noun: str) -> bool:
    """The term's names or definition use the noun, or a word of its family ("numbering", "contracts")."""
    stem = noun[:-1] if len(noun) >= 5 else noun
    return any(word == noun or (len(noun) >= 5 and word.startswith(stem)) for word in told.split())


def akin(told: str, noun: str) -> bool:
    """Weaker support: the term's names or definition use a plural of the noun ("a class of software bugs"), a
    compound it heads ("cyberattacks") or a noun of its class ("an attack" for "RCE vulnerability")."""
    kin = next((family for family in FAMILIES if noun in family), {noun})
    return any(one in kin or any(len(k) >= 5 and one.endswith(k) and len(one) >= len(k) + 3 for k in kin)
               for one in map(normalize.singular, told.split()))
