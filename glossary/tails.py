"""A long name typed without its first words: "what's an aging schedule" for the accounts receivable aging
schedule, when the message says the rest ("the AR aging report").

People drop the words at the start of a long name that say whose or which kind it is, when the
conversation already says it. A typed phrase of two words or more that is no name but the last words of
names of exactly one concept is that concept, offered ("did you mean"); it is answered only when the
message itself names the words left out, each as a word or all by their initials ("AR" for accounts
receivable): then the asker has said the whole name, only not in one place (glossary/rest_said.py); or
when they are only a kind noun joined by "of" ("comparative advantage": the principle of it). A phrase that ends several
concepts' names ("cash flow": free, operating, discounted) is left alone, and so is everyday English
("the big picture"). The index (last words -> names) is built on first need, one pass over the names.
"""

from __future__ import annotations

from collections import defaultdict

from glossary import common_words, message_shape, normalize
from glossary.concepts import Concepts
from glossary.cue_words import AFTER, FUNCTION, SCAFFOLD, SKIP
from glossary.models import Term
from glossary.prefixes import KIND_NOUNS
from glossary.rest_said import names_rest
from glossary.textscan import Scan

MIN_WORDS = 2  # one word ends too many names ("schedule", "plan") to point at one
MAX_WORDS = 4  # a longer typed phrase is a sentence, not a name cut short

Name = tuple[str, ...]


class Tails:
    """Last words (singular) of every name of three words or more -> {full name: term ids}; built on first need."""

    def __init__(self, terms: dict[str, Term], concepts: Concepts) -> None:
        self._terms, self._concepts = terms, concepts
        self._index: dict[Name, dict[Name, list[str]]] | None = None
        self._names: set[Name] = set()

    def _build(self) -> dict[Name, dict[Name, list[str]]]:
        index: dict[Name, dict[Name, list[str]]] = defaultdict(lambda: defaultdict(list))
        for term in self._terms.values():
            for name, _ in term.names():
                words = tuple(normalize.singular(w) for w in normalize.words(name))
                self._names.add(words)
                for k in range(MIN_WORDS, min(len(words), MAX_WORDS + 1)):
                    if words[-k] not in FUNCTION and term.id not in index[words[-k:]][words]:
                        index[words[-k:]][words].append(term.id)
        self._index = {key: dict(found) for key, found in index.items()}
        return self._index

    def find(self, subject: str, scan: Scan) -> tuple[list[str], bool]:
        """(ids of the one concept whose names end with the asked phrase, whether the message names the
        words left out), or ([], False). The phrase: `subject`, else the words the question word points at."""
        index = self._index if self._index is not None else self._build()
        for typed in (_words(subject), _pointed(scan)):
            if not MIN_WORDS <= len(typed) <= MAX_WORDS or typed in self._names \
                    or common_words.only_everyday(" ".join(typed)):
                continue
            found = index.get(typed)
            if not found:
                continue
            ids = list(dict.fromkeys(i for ids in found.values() for i in ids))
            if len(ids) > 1 and not self._concepts.one_concept(ids, " ".join(typed)):
                return [], False  # "cash flow" ends the names of several concepts: none is meant
            said = set(scan.norms)
            safe = any(names_rest(name[:-len(typed)], said) or _kind_of(name[:-len(typed)]) for name in found)
            return [self._concepts.richest(ids) if len(ids) > 1 else ids[0]], safe
        return [], False


def _words(text: str) -> Name:
    words = [normalize.singular(w) for w in normalize.words(text)]
    while words and (words[0] in SKIP or words[0] in SCAFFOLD):
        words.pop(0)
    return tuple(words)


def _pointed(scan: Scan) -> Name:
    """The words the question word points at, to the end of their sentence ("AR aging — what's *an aging
    schedule*"), without the words after that ask ("... mean")."""
    j = message_shape.pointed(scan)
    if j < 0:
        return ()
    end = j
    while end < len(scan.norms) and (end == j or not scan.sentence_start[end]) and scan.norms[end] not in AFTER:
        end += 1
    return tuple(normalize.singular(w) for w in scan.norms[j:end])


def _kind_of(rest: Name) -> bool:
    """The words left out are only a kind noun joined by "of" ("the principle of comparative advantage"):
    the typed words say which one, the noun only what sort of thing it is."""
    words = [w for w in rest if w not in FUNCTION]
    return len(words) == 1 and rest[-1] in FUNCTION and words[0] in KIND_NOUNS
