"""What a writer of a held-out set gets, and the checks on what they hand back (the sets stay outside the repo).

    python -m bench.heldout_kit listing OUT.tsv        # the 1,941 entries a writer may ask about
    python -m bench.heldout_kit check SET.jsonl        # format and ids only: counts, never a message
    python -m bench.heldout_kit mark SET.jsonl OUT.jsonl  # flag negatives naming a VA acronym (--skip-va-present)

The writer's brief is docs/heldout_brief.md. A workspace may not outlast a session, so the kit lives here;
the sets it helps write never do: a set kept in the repository would not be held out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from bench.convert_shared import convert
from bench.heldout import BASE_SOURCES, SHARED, VA
from glossary import normalize

DEFINITION_START = 110  # characters of each definition in the listing: enough to tell senses apart
EXPECTS = ("answer", "compare", "none")
_WORD = re.compile(r"[A-Za-z0-9&/.\-]+")


def listing() -> list[str]:
    """One line an entry: id, term, aliases joined by " | ", the start of its definition."""
    rows = []
    for source in BASE_SOURCES:
        for term in convert(source, SHARED):
            definition = " ".join(term.definition.split())[:DEFINITION_START]
            rows.append("\t".join((term.id, term.term, " | ".join(term.aliases), definition)))
    return rows


def problems(lines: list[str], known: set[str]) -> tuple[Counter, list[str]]:
    """(lines by "expect", what is wrong, by line number): the checks a writer runs before handing a set in."""
    counts: Counter = Counter()
    wrong: list[str] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            wrong.append(f"line {n}: not JSON ({error.msg})")
            continue
        expect, ids = item.get("expect"), item.get("ids", [])
        if not isinstance(item.get("q"), str) or not item["q"].strip():
            wrong.append(f"line {n}: no message in q")
        if expect not in EXPECTS:
            wrong.append(f"line {n}: expect must be one of {', '.join(EXPECTS)}")
        if unknown := [i for i in ids if i not in known]:
            wrong.append(f"line {n}: unknown ids {unknown}")
        if (expect == "answer" and not ids) or (expect == "compare" and len(ids) < 2) or (expect == "none" and ids):
            wrong.append(f"line {n}: {expect} with {len(ids)} ids")
        counts[expect] += 1
    return counts, wrong


def marked(lines: list[str], va_names: set[str]) -> list[dict]:
    """Each line with "va_present": a negative with a word that is a VA acronym's name, which the bot may
    rightly answer once the VA list is loaded (the flag is broad on purpose: "it", "to" count too)."""
    out = []
    for line in lines:
        if line.strip():
            item = json.loads(line)
            words = {normalize.key(w) for w in _WORD.findall(item["q"])}
            item["va_present"] = item["expect"] == "none" and bool(words & va_names)
            out.append(item)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("listing", "check", "mark"))
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "listing":
        args.paths[0].write_text("\n".join(listing()) + "\n", encoding="utf-8")
        return 0
    lines = args.paths[0].read_text(encoding="utf-8").splitlines()
    if args.command == "check":
        counts, wrong = problems(lines, {row.split("\t", 1)[0] for row in listing()})
        print("\n".join(wrong) if wrong else "", dict(counts), f"problems: {len(wrong)}", sep="\n")
        return 1 if wrong else 0
    va_names = {normalize.key(n) for t in convert(VA, SHARED) for n in (t.term, *t.aliases)}
    items = marked(lines, va_names)
    args.paths[1].write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    print(f"negatives marked va_present: {sum(i['va_present'] for i in items)} of "
          f"{sum(i['expect'] == 'none' for i in items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
