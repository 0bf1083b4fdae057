"""The words of glossary names, and their Spanish and Portuguese cognates as colleagues type them among English ones:
"virtualização" is virtualization, "observabilidade" observability, "infra imutável" immutable infra, "imagem de
container" a container image, "efecto hawthorne" the Hawthorne effect, "costo de oportunidad" opportunity cost.

A word of another language in an English reading (glossary/foreign_asks.py marks each with an en space) becomes the
glossary's English word when one of its endings, mapped to the English one ("-ção" "-tion", "-dade" "-ty", "-ável"
"-able", "-agem" "-age", "-ía" "-y", "-o" ""), spells a name's word up to what Spanish and Portuguese spell otherwise
(one letter for a doubled one, "t" for "th", "f" for "ph", "i" for "y"), and only where the English word makes a
glossary name: with a word beside it, in English order or in theirs ("certificado x509": an x509 certificate, "infra
imutável": immutable infra, "imagem de container": a container image), or alone when it is a name no everyday word
("virtualization"; "producto" stays "product" of nothing, "activó" active of nothing). Only in a message Spanish or
Portuguese words mark; every step is a dictionary look-up per word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from glossary import common_words, foreign_words, normalize
from glossary.foreign_asks import OWN_WORD  # the mark before a word of another language in a reading
from glossary.models import LookupResult, Term

#: Spanish and Portuguese endings and the English ones they stand for, longest first; the word as folded (no accents).
_ENDINGS = (("acoes", "actions"), ("coes", "tions"), ("ciones", "tions"), ("acao", "action"), ("cao", "tion"),
            ("accion", "action"), ("cion", "tion"), ("idades", "ities"),
            ("idade", "ity"), ("idad", "ity"), ("dades", "ties"), ("dade", "ty"), ("dad", "ty"), ("aveis", "ables"),
            ("avel", "able"), ("ivel", "ible"), ("ismo", "ism"), ("ista", "ist"), ("miento", "ment"),
            ("mento", "ment"), ("encia", "ence"), ("ancia", "ance"), ("agem", "age"), ("aje", "age"), ("icos", "ices"),
            ("ico", "ic"), ("ica", "ic"), ("isis", "ysis"), ("ivo", "ive"), ("iva", "ive"), ("oso", "ous"),
            ("osa", "ous"), ("ado", "ate"), ("ia", "y"), ("os", "s"), ("as", "s"), ("es", "s"), ("o", ""), ("a", ""),
            ("e", ""))
MIN_WORD = 5  # letters of a typed word read as a cognate ("costo", "mediana"; not "pasa", a slip of PaaS)
MIN_NAME_WORD = 4  # letters of a name's word a cognate may be ("costo": cost)
ALONE_RANK = 5_000  # an English word this common is a name alone only with a word of the name beside it ("product")
_PARTS = re.compile(r"([ \u2002])")  # the reading's words and the blanks or marks between them
_MARKS = "?!.,;:'\"()"
#: The tables' own marks of Spanish and Portuguese, without their reviews' words (narrower than lettered reads).
_SPOKEN = foreign_words.TABLES["Spanish"].marks | foreign_words.TABLES["Portuguese"].marks
_OF = frozenset({"of", "the"})  # "<A> of (the) <B>": the reading of a Spanish or Portuguese "<A> de <B>"
_DE = ("de", "do", "da", "del")  # Spanish and Portuguese "of (the)"


def romance_key(word: str) -> str:
    """A word as Spanish and Portuguese would spell its sounds: folded, no doubled letter, "th" "t", "ph" "f"."""
    key = normalize.fold(word.lower()).replace("th", "t").replace("ph", "f").replace("y", "i").replace("k", "c")
    return re.sub(r"(.)\1", r"\1", key)


class NameWords:
    """The glossary names' words (built on the first message in another language), each in either number, and
    their cognates."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self._terms = terms
        self._words: frozenset[str] | None = None
        self._keys: dict[str, str] | None = None
        self._pairs: frozenset[tuple[str, str]] | None = None

    def __call__(self, word: str) -> bool:
        """A word of a name or alias (in lower case): never read as a word of another language."""
        if self._words is None:  # built on the first message asked in another language
            self._words = frozenset(normalize.singular(w) for t in self._terms.values()
                                    for name in (t.term, *t.aliases) for w in normalize.words(name))
        return normalize.singular(word) in self._words  # in either number: "retailer" of "retailers"

    def paired(self, first: str, second: str) -> bool:
        """`first` then `second` are neighbouring words of a name or alias ("net working" of "net working
        capital"): built on first need, as the words are."""
        if self._pairs is None:
            self._pairs = frozenset((a, b) for t in self._terms.values() for name in (t.term, *t.aliases)
                                    for a, b in itertools.pairwise(normalize.words(name)))
        return (first, second) in self._pairs

    def _romance(self) -> dict[str, str]:
        """Each name word's Spanish and Portuguese spelling of its sounds, built on the first cognate looked up."""
        if self._keys is None:
            raws = {r for t in self._terms.values() for name in (t.term, *t.aliases) for r in _WORD.findall(name)}
            self._keys = {romance_key(r): r.lower() for r in sorted(raws)  # no acronym: "pasa" is no PaaS
                          if len(r) >= MIN_NAME_WORD and r[1:].islower()}
        return self._keys

    def cognate(self, typed: str) -> str | None:
        """The glossary word `typed` (a word of Spanish or Portuguese) stands for, or None."""
        keys = self._romance()
        folded = normalize.fold(typed.lower())
        if len(folded) < MIN_WORD or not folded.isalpha():
            return None
        for ending, english in _ENDINGS:
            if folded.endswith(ending) and (word := keys.get(romance_key(folded[:-len(ending)] + english))):
                return word
        return keys.get(romance_key(folded))  # "container", "kubernetes": the same word

    def read(self, english: str | None, text: str, named: Callable[[list[str]], LookupResult | None]) -> str | None:
        """The English reading of `text` with its Spanish or Portuguese cognates of glossary words in English where
        they make a glossary name (`named`: the glossary's exact look-up), in English order."""
        if not english or _SPOKEN.isdisjoint(foreign_words.marked(text)):
            return english
        parts = _PARTS.split(english)
        words = [part.strip(_MARKS).lower() for part in parts[0::2]]
        marked = {k for k in range(1, len(words)) if parts[2 * k - 1] == OWN_WORD}  # the other language's words
        found = {k: word for k in marked if (word := self.cognate(parts[2 * k].strip(_MARKS)))}
        typed = normalize.fold(text.lower())
        found |= {k: w for k, w in enumerate(words[:-2]) if words[k + 1] == "of" and k not in found and w.isalpha()
                  and any(f"{w} {de} {words[k + 2]}" in typed for de in _DE)}  # "operator de kubernetes"
        if not found:
            return english
        read = [found.get(k, w) for k, w in enumerate(words)]
        done: set[int] = set()
        for k, word in found.items():
            followed = k + 1 < len(read) and (read[k + 1] == "of" or k + 1 in marked)  # a word of theirs after it
            made = None if k in done else _named_with(read, k, named) \
                or ((k, k, word) if not followed and _alone(word, named) else None)
            if made is None:
                continue
            first, last, phrase = made
            opening, closing = parts[2 * first], parts[2 * last]  # marks before and after the phrase stay
            parts[2 * first] = opening[:len(opening) - len(opening.lstrip(_MARKS))] + phrase \
                + closing[len(closing.rstrip(_MARKS)):]
            if first:
                parts[2 * first - 1] = " "  # the en space marked a word of another language: no longer
            for m in range(first + 1, last + 1):
                parts[2 * m - 1] = parts[2 * m] = ""
            done.update(range(first, last + 1))
        return "".join(parts)


def _named_with(read: list[str], k: int, named: Callable[[list[str]], LookupResult | None]
                ) -> tuple[int, int, str] | None:
    """(first, last, name): the words from `first` to `last` read as one glossary name the cognate at `k` makes with
    a word beside it, in English order or in theirs ("theory x", "certificate x509", "infra immutable"), or across
    "of (the)" ("image of container": container image); None when it makes none."""
    n = len(read)
    for j in (k + 1, k - 1):
        if 0 <= j < n and read[j]:
            first, last = min(j, k), max(j, k)
            for phrase in (f"{read[first]} {read[last]}", f"{read[last]} {read[first]}"):
                if named([phrase]) is not None:
                    return first, last, phrase
    for j in (k + 2, k + 3, k - 2, k - 3):
        first, last = min(j, k), max(j, k)
        if 0 <= first and last < n and read[first + 1] == "of" and all(w in _OF for w in read[first + 1:last]):
            after = read[last + 1] if last + 1 < n else ""  # "firewall of application web": web application firewall
            longer = (f"{after} {read[last]} {read[first]}", last + 1) if after else ("", last)
            for phrase, end in (longer, (f"{read[last]} {read[first]}", last)):
                if phrase and named([phrase]) is not None:
                    return first, end, phrase
    return None


def _alone(word: str, named: Callable[[list[str]], LookupResult | None]) -> bool:
    """The cognate is a glossary name by itself, and no everyday English word: "virtualization", "observability"."""
    return common_words.rank(word) >= ALONE_RANK and named([word]) is not None


_WORD = re.compile(r"[^\W\d_]+")
