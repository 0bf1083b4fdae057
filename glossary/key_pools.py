"""The keys a fuzzy search scores in a large glossary (glossary/matching.py): those of nearly the typed key's length
that share its first character, then those that share its last one (and not its first).

Built once a snapshot: the keys sorted by first character and length, and again by last character and length (a stable
sort, so within a length they keep the index's order), so a search's pool is two slices, not a list gathered key by key
from seven buckets each time. The pool, its order included, is the one the buckets gave: rapidfuzz breaks ties by it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class KeyPools:
    """Keys by (first character, length) and by (last character, length), each run one slice."""

    def __init__(self, keys: list[str]) -> None:
        self._by_first = sorted(keys, key=lambda k: (k[0], len(k)))
        self._first_runs = [(k[0], len(k)) for k in self._by_first]
        self._by_last = sorted(keys, key=lambda k: (k[-1], len(k)))
        self._last_runs = [(k[-1], len(k)) for k in self._by_last]
        self._last_firsts = "".join(k[0] for k in self._by_last)  # each key's first character, to leave out

    def pool(self, k: str, shortest: int, longest: int) -> list[str]:
        """Keys `shortest`..`longest` long sharing k's first character, then those sharing its last, not its first."""
        first, last = k[0], k[-1]
        pool = self._by_first[bisect_left(self._first_runs, (first, shortest)):
                              bisect_right(self._first_runs, (first, longest))]
        start = bisect_left(self._last_runs, (last, shortest))
        end = bisect_right(self._last_runs, (last, longest))
        skip = self._last_firsts.find(first, start, end)
        while skip >= 0:  # the few that start with k's first character are in the first slice already
            pool += self._by_last[start:skip]
            start = skip + 1
            skip = self._last_firsts.find(first, start, end)
        pool += self._by_last[start:end]
        return pool
