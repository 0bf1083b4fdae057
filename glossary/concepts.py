"""One concept from several sources, or several senses of one name?

"LAN" in two glossaries, both "local area network", is one concept: answer it once, from the entry that
explains most. Two "Velocity" entries with nothing else in common are two senses: show both.
"""

from __future__ import annotations

from glossary import normalize
from glossary.models import Term
from glossary.spelling_twins import other_spelling


class Concepts:
    """Concept keys (every written or derived name longer than 6 characters) per entry, on first need."""

    def __init__(self, terms: dict[str, Term]) -> None:
        self.terms = terms
        self._keys: dict[str, frozenset[str]] = {}

    def one_concept(self, ids: list[str], asked: str) -> bool:
        """Entries that all share a name besides the one asked (the same expansion) are one concept from
        several sources; two "Velocity" entries with nothing else in common are two senses."""
        if len(normalize.words(asked)) >= 3 and len(normalize.key(asked)) > 12:
            return True  # asked by a full expansion ("bill of material"): whoever defines it means that
        twin = other_spelling(asked) or asked  # "license" asked: "licence" is the same name, not one shared besides
        tried = {normalize.key(asked), normalize.digit_key(asked), *normalize.singular_variants(asked),
                 normalize.key(twin), *normalize.singular_variants(twin)}
        keys = [self._concept_keys(i) - tried for i in ids]
        return all(keys[0] & other or _extends(keys[0], other) for other in keys[1:])

    def once(self, ids: list[str], asked: str) -> list[str]:
        """Each concept once, by its richest entry, in the order given: "ADR" written by two sources as the
        architecture decision record is one sense beside the others, so the words that point to it pick it."""
        groups: list[list[str]] = []
        for tid in ids:
            group = next((g for g in groups if self.one_concept([g[0], tid], asked)), None)
            groups.append([tid]) if group is None else group.append(tid)
        kept = {self.richest(g) for g in groups}
        return [tid for tid in ids if tid in kept]

    def richest(self, ids: list[str]) -> str:
        """Of several entries for one concept, the one that explains most (a definition, not only the
        expansion again: "Statement of Work." says less than the contract glossary's two sentences)."""
        return max(ids, key=lambda i: (len(self.terms[i].definition.rstrip(". ")) + 40 * len(self.terms[i].examples),
                                       -ids.index(i)))  # a full stop more says nothing more

    def _concept_keys(self, term_id: str) -> frozenset[str]:
        found = self._keys.get(term_id)
        if found is None:
            term = self.terms[term_id]
            names = [n for n, _ in term.names()] + [f for f, _ in term.derived_names()]
            keys = [k for n in names for k in (normalize.key(n), normalize.singular_key(n))]  # "Plans of Action" too
            found = self._keys[term_id] = frozenset(k for k in keys if len(k) > 6)
        return found


def _extends(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """One expansion is the other plus a head word ("indefinite delivery indefinite quantity" and
    "... contract"): the same concept, named more or less fully."""
    longer = [b for b in theirs if len(b) > 12]  # most keys are shorter: each pair is then never compared
    return bool(longer) and any(a.startswith(b) or b.startswith(a) for a in ours if len(a) > 12 for b in longer)

