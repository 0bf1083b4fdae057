"""The acronyms glossary/outside_senses.tsv lists: each is an acronym of its own in everyday use ("FMEA", "GDS").

Typed as written, such an acronym is no slip of a glossary acronym with two letters swapped ("FMEA" is not "FEMA"),
so glossary/typo_rules.py never reads it as one. Only the first column is read, once, on the first need.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from glossary import normalize


@cache
def _listed() -> frozenset[str]:
    text = resources.files("glossary").joinpath("outside_senses.tsv").read_text(encoding="utf-8")
    return frozenset(normalize.key(line.split("\t", 1)[0]) for line in text.splitlines()
                     if "\t" in line and not line.startswith("#"))


def known(acronym: str) -> bool:
    """Is `acronym` listed as an acronym of its own?"""
    return normalize.key(acronym) in _listed()
