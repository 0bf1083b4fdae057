"""A word that begins a longer name: "sidecars" for "sidecar container", "microservices" for
"microservices architecture".

People shorten a name to its distinctive first word, often in the plural. That is a guess, so it
is a "did you mean" unless it is safe: the word is typed in the plural or possessive, or after "a"/"an"
("what's a sidecar": a class of things the name defines), it begins one name only, the term's own of
two words, and it is not everyday English ("cloud", "data" begin dozens of names and mean themselves;
"what is Jira" is not "Jira issue"). A phrase of several words that begins a longer name is read by
glossary/prefixes.py. Built on first need (only a question nothing else understood reaches it); one
dict look-up per question.
"""

from __future__ import annotations

from collections import defaultdict

from glossary import common_words, normalize
from glossary.concepts import Concepts
from glossary.models import Term
from glossary.prefixes import Prefixes
from glossary.textscan import Scan
from glossary.word_forms import WordForms

MIN_WORD = 4  # "api", "ci" begin too many names to point at one
EVERYDAY_RANK = 10_000  # a word this common means itself, not a longer name it begins


class Heads:
    """First word of every multi-word name (singular) -> (term id, words in the name)."""

    def __init__(self, terms: dict[str, Term], concepts: Concepts) -> None:
        index: dict[str, dict[str, int]] = defaultdict(dict)
        for term in terms.values():
            for name, is_alias in term.names():
                words = normalize.words(name)
                if len(words) > 1 and len(words[0]) >= MIN_WORD:
                    for form in {words[0], normalize.singular(words[0])}:  # an alias's name is never safe
                        index[form][term.id] = min(index[form].get(term.id, 99), 99 if is_alias else len(words))
        self._index = dict(index)
        self._forms = WordForms(terms)
        self._terms, self._concepts = terms, concepts
        self._prefixes: Prefixes | None = None  # about 60 ms at 7.7k entries: only for a phrase of several words

    def find(self, text: str, scan: Scan | None = None) -> tuple[list[str], bool]:
        """(term ids whose name begins with the one word of `text`, whether one is safe to answer); else
        the one-word names it is another form of ("amortize": amortization), safe when only one. Several
        words: the names they begin (glossary/prefixes.py). `scan`: the message, where "a"/"an" is read."""
        words = normalize.words(text)
        if len(words) > 1:
            if self._prefixes is None:
                self._prefixes = Prefixes(self._terms, self._concepts)
            return self._prefixes.find(text)
        if len(words) != 1 or len(words[0]) < MIN_WORD or common_words.is_common(words[0], EVERYDAY_RANK):
            return [], False
        word = words[0]
        plural = normalize.singular(word) != word or text.rstrip().endswith(("'s", "s'")) or _after_article(scan, word)
        found = self._index.get(word) or self._index.get(normalize.singular(word)) or {}
        if not found:
            forms = self._forms.find(word)
            return forms, len(forms) == 1
        ids = sorted(found, key=lambda i: (found[i], i))
        return ids, plural and len(ids) == 1 and found[ids[0]] == 2


def _after_article(scan: Scan | None, word: str) -> bool:
    """The word is typed after "a"/"an" ("what's a sidecar"): a thing of a class, as a plural is."""
    norms = scan.norms if scan is not None else []
    return any(norm == word and n and norms[n - 1] in ("a", "an") for n, norm in enumerate(norms))
