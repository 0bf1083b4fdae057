"""An acronym and its name side by side are one name: "service level objective SLO", "CoE (Centers of Excellence)".

glossary/expansions.py finds an acronym spelled out; here spans next to each other (punctuation or a link word
between) that share a sense are read as one span, and a surface that opens a bracket is shown with it closed.
"""

from __future__ import annotations

from dataclasses import replace

from glossary.detect_types import Candidate
from glossary.textscan import Scan

#: Between an acronym and its expansion: "PAM aka ...", "SEO, as in ...", "AP means ...", "PM i.e. ...".
LINKS = frozenset("aka ie i e eg as in is mean means meaning meant stand stands for short or called like".split())
MAX_LINKS = 3  # link words skipped between an acronym and its expansion right after it


def side_by_side(s: Scan, spans: list[Candidate]) -> list[Candidate]:
    """"service level objective SLO", "CoE (Centers of Excellence)": next to each other (punctuation or a
    link word between) with a sense in common, two spans are one name, with the senses they share."""
    out: list[Candidate] = []
    for span in spans:
        prev = out[-1] if out else None
        shared = [i for i in prev.ids if i in span.ids] if prev else []
        if prev and shared and s.norms[prev.first:prev.last + 1] != s.norms[span.first:span.last + 1] \
                and all(s.norms[k] in LINKS for k in range(prev.last + 1, span.first)) \
                and span.first - prev.last <= MAX_LINKS and not s.sentence_start[span.first]:
            out[-1] = replace(prev, last=span.last, ids=shared, weak=prev.weak and span.weak,
                              loose=prev.loose and span.loose, spelled=True)
            continue
        out.append(span)
    return out


def closed(text: str, start: int, end: int) -> str:
    """text[start:end] with the bracket it opens closed: "platform as a service (PaaS)", not "... (PaaS"."""
    surface = text[start:end]
    return surface + ")" if surface.count("(") > surface.count(")") and text[end:end + 1] == ")" else surface
