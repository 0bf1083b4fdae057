"""Bare expansions give way to the entries that explain them.

Big acronym lists give most names a bare expansion and nothing more ("EHR: Electronic Health Record.",
"CMA: Change Management Agent."). Two rules keep such an entry from hiding an explanation:
- a bare sense whose expansion is the name of an entry that explains it is that entry: "EHR" answers
  "electronic health record", which the glossary defines;
- when exactly one sense of the asked name is explained and every other sense only spells out its
  letters, the explained one is the answer; the other expansions are listed under it ("CMA can also
  stand for: …"), so nothing is hidden and each is one click away. Two explained senses still ask which.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from glossary import classifiers, normalize
from glossary.concepts import Concepts
from glossary.models import LookupResult, Match, Term
from glossary.readings import names_more

if TYPE_CHECKING:
    from glossary.matching import Matcher

#: an expansion -> the ids of the explained entries it names (ExplainedNames), or [].
Named = Callable[[str], list[str]]


def explains(term: Term) -> bool:
    """The entry says more than its own names: a definition that is not just an expansion, or an example."""
    names = (term.term, *term.aliases)
    if term.examples or len(term.definition) > max(map(len, names)) + 3:
        return True  # longer than any of its names: says more (and no key to compute)
    if term.definition.rstrip(". ").casefold() in {n.casefold() for n in names}:
        return False  # "Change Management Agent." for the alias "Change Management Agent"
    said = normalize.key(term.definition)
    return bool(said) and said not in {normalize.key(n) for n in names}


def prefer_explained(result: LookupResult, terms: dict[str, Term], named: ExplainedNames, text: str = ""
                     ) -> LookupResult:
    """An answer or "every sense" outcome with bare senses: one explanation among bare expansions of its own
    name answered, the expansions kept as `others`; else each bare sense shown as the entry its expansion
    names. Never more sure than before: two bare senses stay two senses ("DC": data center or domain
    controller), whichever of them the glossary explains elsewhere. `text`: the message; when it names
    nothing but the subject, bare senses make room for an explained name of those initials."""
    if result.status not in ("answer", "ambiguous") or result.followup in ("other", "about_last"):
        return result
    senses = [m for m in result.matches if m.id in terms]
    senses = _named_by(result.subject, senses, terms) if len(senses) > 1 else senses
    if len(senses) == 1 and result.status == "ambiguous":
        result.matches, result.status = senses, "answer"
    explained = [m for m in senses if explains(terms[m.id])]
    if len(explained) > 1 and all(_has_name(terms[m.id], result.subject) for m in explained) \
            and named.concepts.one_concept([m.id for m in explained], result.subject):
        richest = named.concepts.richest([m.id for m in explained])  # "CPI": one concept explained by two sources
        senses = [m for m in senses if m.id == richest or not explains(terms[m.id])]
        explained = [m for m in explained if m.id == richest]
    if result.status == "ambiguous" and len(explained) == 1 and _names_them(terms[explained[0].id], [
            terms[m.id] for m in senses if m is not explained[0]]):
        result.others = [m for m in senses if m is not explained[0]]
        result.matches, result.status = explained, "answer"
        return result
    resolved = as_explained(senses, terms, named)
    if result.status == "answer" or len(resolved) > 1:
        result.matches = resolved
    spelled = _spelled_by(result.subject, result.matches, terms, named)
    if spelled and not names_more(text, result.subject):  # "wats a jv": Journal Vouchers or the joint venture
        result.matches, result.status = result.matches + spelled, "ambiguous"
    return result


def _has_name(term: Term, asked: str) -> bool:
    """The asked text is one of the entry's names as typed, not a typo of one ("deploymnet")."""
    key = normalize.key(asked)
    return any(normalize.key(n) == key for n, _ in (*term.names(), *term.derived_names()))


def _spelled_by(asked: str, senses: list[Match], terms: dict[str, Term], named: ExplainedNames) -> list[Match]:
    """Explained entries whose name has exactly the asked letters as initials, when every sense found only
    spells itself out: a bare expansion is no better a reading of the letters than a concept the glossary
    explains, so in a message that says nothing else which one is meant is the asker's to say ("wats a jv":
    Journal Vouchers, or joint venture)."""
    if not senses or any(explains(terms[m.id]) for m in senses) or not asked.islower():
        return []  # typed in capitals, the acronym is the glossary's own ("define EDA"), no one's initials
    ids = {m.id for m in senses}
    return [Match(i, terms[i].term, 100.0) for i in named.spelling(asked) if i not in ids]


def _named_by(asked: str, senses: list[Match], terms: dict[str, Term]) -> list[Match]:
    """The senses the asked name names: its own name or initials. An entry that only lists it as an alias
    ("PORT 443" aliased HTTPS, "PORT 67" aliased DHCP) is something it is used for, not what it means,
    when another entry is named by it. Only a name as typed names anything: a slip of one ("pull reqest") is
    no acronym of its initials (PR)."""
    if not any(_has_name(terms[m.id], asked) for m in senses):
        return senses
    own = [m for m in senses if _own_name(asked, terms[m.id].term)]
    return own if own and len(own) < len(senses) else senses


def _own_name(asked: str, name: str) -> bool:
    key = normalize.key(asked)
    return key in {normalize.key(n) for n in (name, *normalize.name_forms(name))} or _initials_of(asked, name) \
        or _initials_of(name, asked)


def _names_them(term: Term, bare: list[Term]) -> bool:
    """The bare senses' name is the explained entry's own name or its initials ("certified management
    accountant (CMA)", "Government Accountability Office" aliased GAO), not merely an alias of something
    else ("Port 443" is no sense of HTTPS)."""
    own = {normalize.key(n) for n in (term.term, *normalize.name_forms(term.term))}
    return all(normalize.key(b.term) in own or _initials_of(b.term, term.term) for b in bare)


def _initials_of(short: str, name: str) -> bool:
    """The letters of `short` are initials of `name`'s words, in order, starting with the first ("PMO" of
    "Project or Program Management Office", "COR" of "Contracting Officer's Representative")."""
    letters, initials = normalize.key(short), "".join(w[0] for w in normalize.words(name))
    if not letters.isalpha() or not initials or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(c in rest for c in letters[1:])


def as_explained(matches: list[Match], terms: dict[str, Term], named: Named) -> list[Match]:
    """Each bare sense as the one explained entry its expansion names, if there is one; no id twice."""
    out: dict[str, Match] = {}
    for m in matches:
        term = terms[m.id]
        if not explains(term) and term.aliases:
            found = [i for i in named(term.aliases[0]) if i != m.id]
            if len(found) == 1:
                m = Match(found[0], terms[found[0]].term, m.score)
        out.setdefault(m.id, m)
    return list(out.values())


def other_senses(cleaned: str, term: Term, terms: dict[str, Term], matcher: Matcher) -> LookupResult:
    """The meanings of the last answer's names besides it ("and the other one?"): for "certified
    management accountant (CMA)" the senses of CMA too."""
    found = (matcher.exact([name]) for name in (term.term, *normalize.name_forms(term.term)))
    others = [Match(i, terms[i].term, 100.0) for i in dict.fromkeys(
        m.id for exact in found if exact is not None for m in exact.matches if m.id != term.id)]
    if not others:
        return LookupResult(cleaned, term.term, "answer", [Match(term.id, term.term, 100.0)], aspect="other",
                            followup="about_last")
    return LookupResult(cleaned, term.term, "answer" if len(others) == 1 else "ambiguous", others, followup="other")


class ExplainedNames:
    """Explained entries by the keys of their names, built on first need: where a bare expansion points.
    A name counts with every word singular, and without a generic last word when three or more words are
    left longer than 12 letters ("firm fixed price contract" is named by "Firm Fixed Price")."""

    def __init__(self, terms: dict[str, Term], concepts: Concepts) -> None:
        self.terms = terms
        self.concepts = concepts
        self._by_key: dict[str, set[str]] | None = None
        self._by_initials: dict[str, set[str]] | None = None
        self._seen: dict[str, list[str]] = {}

    def __call__(self, expansion: str) -> list[str]:
        """The one explained concept an expansion names, as [its richest entry], or [] (kept per expansion:
        the same few acronyms are asked again and again)."""
        cached = self._seen.get(expansion)
        if cached is None:
            index = self._index()
            found = sorted({i for k in _keys(expansion) for i in index.get(k, ())})
            if len(found) > 1 and self.concepts.one_concept(found, expansion):
                found = [self.concepts.richest(found)]
            cached = self._seen[expansion] = found
        return cached

    def spelling(self, asked: str) -> list[str]:
        """The explained concepts whose name's initials are exactly the letters of `asked` (a word of two
        to six letters), one entry each: "jv" -> joint venture."""
        letters = normalize.key(asked)
        if not (asked.strip().isalpha() and LETTERS[0] <= len(letters) <= LETTERS[1]):
            return []
        if self._by_initials is None:
            self._by_initials = defaultdict(set)
            for tid, term in self.terms.items():
                if explains(term):
                    for name in (n for n in (term.term, *normalize.name_forms(term.term)) if "(" not in n):
                        for k in normalize.initials_variants(name) if name != name.upper() else ():  # not OI&T
                            self._by_initials[k].add(tid)
        found = sorted(self._by_initials.get(letters, ()))
        return [self.concepts.richest(found)] if found and self.concepts.one_concept(found, asked) else found

    def _index(self) -> dict[str, set[str]]:
        if self._by_key is None:
            self._by_key = defaultdict(set)
            for tid, term in self.terms.items():
                if explains(term):
                    for name in (term.term, *term.aliases, *normalize.name_forms(term.term)):
                        for k in _keys(name) | _without_head(name):
                            self._by_key[k].add(tid)
        return self._by_key


KIND_HEADS = classifiers.CLASSIFIERS | classifiers.KINDS  # "contract", "system": a head that names a kind
MIN_SHORTENED = 12  # letters a name keeps without its head word: "firm fixed price", never "sales"
LETTERS = (2, 6)  # an acronym read as a name's initials has two to six letters


def _keys(name: str) -> set[str]:
    """The name's key, and its key with every word singular ("bill of materials": "bill of material")."""
    return {normalize.key(name), normalize.singular_key(name)}


def _without_head(name: str) -> set[str]:
    """Without its last word when that word only says what kind of thing the rest is ("... contract",
    "... system"), never a word of substance ("Electronic Health Record Modernization")."""
    words = normalize.words(name)
    shortened = normalize.key(" ".join(words[:-1]))
    generic = normalize.singular(words[-1]) in KIND_HEADS if words else False
    return {shortened} if len(words) >= 4 and generic and len(shortened) > MIN_SHORTENED else set()
