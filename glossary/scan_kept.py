"""A reading of one message's scan worked out once: several steps of one question ask the same of the same scan
(message_shape.shape is asked five times a question or so), and each asking cost as much as the first."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from glossary.textscan import Scan

R = TypeVar("R")


def per_scan(read: Callable[..., R]) -> Callable[..., R]:
    """`read(scan, *args)`, kept for the last scan only (by identity; a scan is one message read once) and its
    arguments (by equality, lists as tuples): no question's reading is ever kept for another. `read` must be a
    pure function of them and return a value nobody changes."""
    kept: tuple[Scan | None, list[tuple[tuple[Any, ...], R]]] = (None, [])

    @functools.wraps(read)
    def reading(s: Scan, *args: Any) -> R:  # noqa: ANN401 - whatever `read` takes
        nonlocal kept
        scan, found = kept  # one read of the pair: a thread replacing it meanwhile changes nothing here
        if scan is not s:
            scan, found = kept = (s, [])
        key = tuple(tuple(a) if isinstance(a, list) else a for a in args)
        for told, value in found:
            if told == key:
                return value
        value = read(s, *args)
        found.append((key, value))
        return value

    return reading
