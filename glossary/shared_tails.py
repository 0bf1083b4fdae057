"""A head word written once in "X vs Y Z", read from the sides as resolved, not only as typed.

contrast.shared_heads completes a side with another side's trailing words when the texts are exactly names.
Two readings of the same rule need the sides resolved first:

- Completing: "stateful vs stateles apps", "horizonal vs vertical scaling", "accural vs cash basis
  accounting": the side that names nothing ("horizonal") is tried with the trailing words of a resolved
  neighbour side ("horizonal scaling"), read as any side is (typos too), and kept only when the term found is
  named by exactly those words: its name has as many words and ends with the same head ("horizontal
  scaling"), so the side's own words are the name's own modifier, not a story around the head.
- Distributing: "M1 vs M2 money supply": the side "M2 money supply" resolved to the head alone ("money
  supply") while its leading words are exactly a name ("M2"), and the other side is exactly a name ("M1"):
  the head qualifies both, so the side is its leading name; comparing M1 with its own category is never
  what is asked.
"""

from __future__ import annotations

from collections.abc import Callable

from glossary import normalize
from glossary.models import Match, Term

#: A side as resolved: the words that name it and its senses, or None.
Side = tuple[str, list[Match]] | None
MAX_OWN_WORDS = 2  # the side completed is a modifier or two ("cash basis"), not a sentence


def _key(words: list[str]) -> list[str]:
    return [normalize.singular(w) for w in words]


def _named_so(term: Term, text: str, tail: list[str]) -> bool:
    """One of the term's names has the words of `text` in number and ends with the head `tail`."""
    size = len(normalize.words(text))
    return any(len(w := normalize.words(name)) == size and _key(w[-len(tail):]) == _key(tail)
               for name, _ in term.names())


def completed(parts: tuple[str, ...], resolved: list[Side], side: Callable[[str], Side],
              terms: dict[str, Term]) -> list[Side]:
    """Sides that name nothing, completed with a resolved neighbour's trailing words (see the docstring)."""
    out = list(resolved)
    for n, part in enumerate(parts):
        if out[n] is not None or not 0 < len(part.split()) <= MAX_OWN_WORDS:
            continue
        for k in (n + 1, n - 1):
            if not 0 <= k < len(parts) or resolved[k] is None:
                continue
            words = parts[k].split()
            theirs = {m.id for m in resolved[k][1]}
            for size in range(len(words) - 1, 0, -1):  # the longest head first: "cash basis accounting"
                text = f"{part} {' '.join(words[-size:])}"
                found = side(text)
                tail = normalize.words(" ".join(words[-size:]))
                if found and not theirs & {m.id for m in found[1]} and all(
                        m.id in terms and _named_so(terms[m.id], text, tail) for m in found[1]):
                    out[n] = found
                    break
            if out[n] is not None:
                break
    return out


def distributed(parts: tuple[str, ...], resolved: list[Side], side: Callable[[str], Side],
                is_name: Callable[[str], bool], terms: dict[str, Term]) -> list[Side]:
    """A side "P H" resolved to its head H alone, with P exactly a name and the one other side resolved
    exactly a name: the side is P ("M1 vs M2 money supply")."""
    out = list(resolved)
    for n, (part, found) in enumerate(zip(parts, resolved, strict=True)):
        words = part.split()
        others = [p for k, p in enumerate(parts) if k != n and resolved[k] is not None]
        if found is None or len(words) < 2 or len(others) != 1 or not is_name(others[0]):
            continue
        for size in range(1, len(words)):
            lead, head = " ".join(words[:size]), normalize.words(" ".join(words[size:]))
            if all(m.id in terms and any(_key(normalize.words(name)) == _key(head) for name, _ in terms[m.id].names())
                   for m in found[1]) and is_name(lead) and (alone := side(lead)) is not None:
                out[n] = alone
                break
    return out
