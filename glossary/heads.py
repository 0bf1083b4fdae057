"""A word that begins a longer name: "sidecars" for "sidecar container", "microservices" for
"microservices architecture".

People shorten a name to its distinctive first word, often in the plural. That is a guess, so it
is a "did you mean" unless it is safe: the word is typed in the plural or possessive, or after "a"/"an"
("what's a sidecar": a class of things the name defines) or is in no other entry's names in a message that
asks a question ("customer said theyre still waterfall, what does waterfall mean": the distinctive part of
waterfall development), it begins one name only, the term's own of two words, and it is not everyday
English ("cloud", "data" begin dozens of names and mean themselves; "what is Jira" is not "Jira issue").
A phrase of several words that begins a longer name is read by glossary/prefixes.py. Built on first need
(only a question nothing else understood reaches it); one dict look-up per question.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from glossary import begun_spans, common_words, form_spans, message_shape, normalize
from glossary.concepts import Concepts
from glossary.cue_words import BEFORE, FUNCTION, SCAFFOLD, SKIP
from glossary.detect_types import Candidate
from glossary.instance_words import VALUES
from glossary.models import LookupResult, Match, Term
from glossary.prefixes import Prefixes
from glossary.textscan import Scan
from glossary.word_forms import WordForms, rare

MIN_WORD = 4  # "api", "ci" begin too many names to point at one
MAX_VERB_PHRASE = 4  # "amortize the implementation fee": a verb and its object, not a sentence
VERBAL = ("ize", "ise", "ify", "izing", "ising", "ifying", "ing", "ate", "ating")  # "to diversify X", "amortizing X"
PREFIXES = frozenset("de re co pre non un sub".split())  # "de obligate", "re-organize": one word typed as two
QUALITIES = ("ity", "ities", "ive", "ives")  # "liquidity" is no act of "to liquidate"
PLACEHOLDERS = frozenset("something someone somebody stuff things thing it".split())
EVERYDAY_RANK = 10_000  # a word this common means itself, not a longer name it begins


class Heads:
    """First word of every multi-word name (singular) -> (term id, words in the name); built on first need."""

    def __init__(self, terms: dict[str, Term], concepts: Concepts,
                 exact: Callable[[list[str]], LookupResult | None]) -> None:
        self._terms, self._concepts, self._exact = terms, concepts, exact
        self._built = False
        self._prefixes: Prefixes | None = None  # about 60 ms at 7.7k entries: only for a phrase of several words

    def _build(self) -> None:
        terms, self._built = self._terms, True
        index: dict[str, dict[str, int]] = defaultdict(dict)
        for term in terms.values():
            for name, is_alias in term.names():
                words = normalize.words(name)
                if len(words) > 1 and len(words[0]) >= MIN_WORD:
                    for form in {words[0], normalize.singular(words[0])}:  # an alias's name is never safe
                        index[form][term.id] = min(index[form].get(term.id, 99), 99 if is_alias else len(words))
        self._index = dict(index)
        self._holders = _holders(terms)
        self._forms = WordForms(terms)

    def begin(self, word: str) -> list[str]:
        """The terms a name of several words of which begins with `word`, however common the word."""
        if not self._built:
            self._build()
        return list(self._index.get(word, ()))

    def find(self, text: str, scan: Scan | None = None) -> tuple[list[str], bool]:
        """(term ids whose name begins with the one word of `text`, whether one is safe to answer); else
        the one-word names it is another form of ("amortize": amortization), safe when only one. Several
        words: the names they begin (glossary/prefixes.py). `scan`: the message, where "a"/"an" is read."""
        if not self._built:
            self._build()
        words = normalize.words(text)
        rest = [w for w in words if w not in SCAFFOLD and w not in FUNCTION]
        if len(rest) == 1 and len(words) > 1:  # "idempotent what means it": the one word asked, in another form
            forms = self._forms.find(rest[0]) or self._slipped(rest[0])
            if forms and not any(rest[0] in self._name_keys(i) for i in forms):  # a name itself is read elsewhere
                return forms, len(forms) == 1
            if not forms:
                at = words.index(rest[0])
                if at and words[at - 1] not in FUNCTION and words[at - 1] not in BEFORE \
                        and (found := self._begun(text, scan))[0]:
                    return found  # "full stack": a name's first words, one a scaffold word
                words = rest  # "microservices — what are they": the word begins a longer name
        if len(words) > 1:
            return self._begun(text, scan)
        if len(words) != 1 or len(words[0]) < MIN_WORD or common_words.is_common(words[0], EVERYDAY_RANK):
            return [], False
        word = words[0]
        plural = normalize.singular(word) != word or text.rstrip().endswith(("'s", "s'")) or _after_article(scan, word)
        found = self._index.get(word) or self._index.get(normalize.singular(word)) or {}
        if not found:
            forms = self._forms.find(word) or self._slipped(word)
            return forms, len(forms) == 1
        ids = sorted(found, key=lambda i: (found[i], i))
        return ids, len(ids) == 1 and found[ids[0]] == 2 and (plural or self._distinctive(word, ids[0], scan))

    def _slipped(self, word: str) -> list[str]:
        """The one name a word one keystroke off a form of it is ("idempotnt"), else [] (other readings go on)."""
        ids = self._forms.slipped(word)
        return ids if len(ids) == 1 else []

    def _distinctive(self, word: str, term_id: str, scan: Scan | None) -> bool:
        """The one word asked is in no other entry's names ("waterfall" of waterfall development) and the
        message asks a question: the word can only mean that name."""
        return scan is not None and self._holders.get(normalize.singular(word)) == {term_id} \
            and message_shape.shape(scan).question

    def _begun(self, text: str, scan: Scan | None) -> tuple[list[str], bool]:
        """The names the typed words begin (glossary/prefixes.py), with the message's words as evidence."""
        if self._prefixes is None:
            self._prefixes = Prefixes(self._terms, self._concepts)
        said = {normalize.singular(w) for w in scan.norms} if scan is not None else set()
        return self._prefixes.find(text, scan is None or message_shape.shape(scan).question, said)

    def longer(self, subject: str, surface: str, ids: list[str], scan: Scan) -> str | None:
        """The one longer name the asked phrase begins when the span found is only its start: "what is debt
        to equity" asks the debt-to-equity ratio, not debt (a sure reading of glossary/prefixes.py only)."""
        if len(normalize.words(subject)) <= len(normalize.words(surface)) \
                or normalize.key(surface) not in normalize.key(subject):
            return None
        found, sure = self.find(subject, scan)
        return found[0] if sure and len(found) == 1 and found[0] not in ids else None

    def verb_first(self, candidates: list[str], exact: LookupResult | None) -> LookupResult | None:
        """The reading of "what does it mean to diversify a portfolio" / "amortizing a loan mean?": the
        verb's noun is the subject ahead of its object, or a name made of both ("loan amortization"); a value
        after it makes one noun ("a routing number", "the billing code"), no verb and object.
        Answered when one name fits, offered when several; `exact` (the object alone) otherwise."""
        words = _joined(normalize.words(candidates[0])) if candidates else []
        while len(words) > 2 and words[1] != "of" and words[-1] in SCAFFOLD | FUNCTION:
            words.pop()  # "factoring receivables - what is it": the question after the phrase is no object
        to_verb = _to_verb(candidates)  # "what does it mean to VERB ...": the verb is asked, however long
        if not 1 < len(words) <= (99 if to_verb else MAX_VERB_PHRASE) or not rare(words[0]) \
                or not (to_verb or words[0].endswith(VERBAL) or words[1] == "of") \
                or not to_verb and words[1] in VALUES \
                or exact is not None and normalize.key(exact.subject).startswith(words[0]):
            return exact
        if not self._built:
            self._build()
        if words[0] in self._index:
            return exact  # "contracting officer's duties": the word begins a name, it is no verb here
        content = [w for w in words if w not in FUNCTION and w not in SKIP and w not in PLACEHOLDERS]
        ids, subject = self._forms.phrase(content), candidates[0]  # "amortizing a loan": loan amortization
        found = None if ids else self._named(words[0])  # "factoring receivables": the word is a name
        if not ids and found is None:
            ids, subject = [i for i in self._forms.find(words[0]) if not _quality(self._terms[i].term)], words[0]
        names = list(dict.fromkeys(self._terms[i].term for i in ids))
        if found is None and len(names) == 1:
            found = self._exact([names[0]])
        if found is not None:
            found.subject = subject if ids else words[0]
            return found
        if not names:
            return exact
        matches = [Match(i, self._terms[i].term, 90.0) for i in ids[:3]] + (exact.matches[:1] if exact else [])
        return LookupResult(candidates[0], words[0], "suggest", matches)

    def forms_in(self, scan: Scan, taken: list[Candidate]) -> list[Candidate]:
        """Spans of names typed short (glossary/begun_spans.py) or in another form among the words `taken`
        leaves (glossary/form_spans.py)."""
        if not self._built:
            self._build()
        runs = begun_spans.find(scan, taken, lambda text: self._begun(text, scan), self._terms)
        formed = form_spans.find(scan, taken + runs, self._forms, self._name_keys)
        return sorted(runs + formed, key=lambda c: c.first)

    def _name_keys(self, term_id: str) -> set[str]:
        return {normalize.key(n) for n, _ in self._terms[term_id].names()}

    def _named(self, word: str) -> LookupResult | None:
        """The exact reading of a word that is itself a name (not a variant: "contracting" is no "contract")."""
        found = self._exact([word])
        return found if found and any(word in self._name_keys(m.id) for m in found.matches) else None


def _holders(terms: dict[str, Term]) -> dict[str, set[str]]:
    """Every word of a name (singular) -> the entries whose names hold it."""
    holders: dict[str, set[str]] = defaultdict(set)
    for term in terms.values():
        for name, _ in term.names():
            for word in normalize.words(name):
                holders[normalize.singular(word)].add(term.id)
    return dict(holders)


def _to_verb(candidates: list[str]) -> bool:
    """The subject follows "to" ("what does it mean to refactor code"), so its first word is a verb."""
    return any(f" to {candidates[0]}".lower() in c.lower() for c in candidates[1:2])


def _quality(name: str) -> bool:
    return name.lower().endswith(QUALITIES)


def _joined(words: list[str]) -> list[str]:
    """A prefix typed apart joined to its word ("re organize a team": "reorganize a team")."""
    return [words[0] + words[1], *words[2:]] if len(words) > 2 and words[0] in PREFIXES else words


def _after_article(scan: Scan | None, word: str) -> bool:
    """The word is typed after "a"/"an" ("what's a sidecar"): a thing of a class, as a plural is."""
    norms = scan.norms if scan is not None else []
    return any(norm == word and n and norms[n - 1] in ("a", "an") for n, norm in enumerate(norms))
