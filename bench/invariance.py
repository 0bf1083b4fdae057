"""Does chatter around a question change its outcome? An invariance check over question sets kept outside the repo.

    python -m bench.invariance EDGES.json SET.jsonl [SET.jsonl ...] [--sample 3000] [--seed 3]

EDGES.json holds {"openings": [...], "closings": [...]}: what people type before and after a question
("Hi all,\\n", " thanks!"), written by someone who has not read the matching code and kept outside the
repository like the held-out sets. SET.jsonl are question sets in bench/heldout.py's format. A random
sample of their messages is asked as written, then with a random opening, a random closing, and both;
the script prints how many are right each way (counts only, never a message). A message right alone and
wrong with chatter around it is an answer lost to chatter alone.

This is a measure of invariance over the sets given, not of accuracy: on sets that were read while the
matcher was tuned it says nothing about unseen phrasings, only about the chatter.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections import Counter
from pathlib import Path

from bench.heldout import build_glossary, equivalents, outcome, widen


def check(edges: dict[str, list[str]], items: list[dict], lookup, rng: random.Random) -> Counter:
    """Counts of right outcomes: 'alone', 'opening', 'closing', 'both'; and 'lost' (right alone, not with both)."""
    counts: Counter = Counter()
    for item in items:
        alone = outcome(item, lookup(item["q"])) == "correct"
        opening, closing = rng.choice(edges["openings"]), rng.choice(edges["closings"])
        asked = {"opening": opening + item["q"], "closing": item["q"].rstrip() + closing,
                 "both": opening + item["q"].rstrip() + closing}
        counts["alone"] += alone
        for way, text in asked.items():
            right = outcome(item, lookup(text)) == "correct"
            counts[way] += right
            counts["lost"] += way == "both" and alone and not right
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("edges", type=Path)
    parser.add_argument("sets", type=Path, nargs="+")
    parser.add_argument("--sample", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    edges = json.loads(args.edges.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        glossary, terms = build_glossary(False, Path(folder))
        same = equivalents(terms)
        items = [item for path in args.sets for item in widen(
            [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()], same)]
        rng = random.Random(args.seed)
        rng.shuffle(items)
        items = items[:args.sample]
        counts = check(edges, items, glossary.lookup, rng)
        glossary.close()
    print(f"{len(items)} messages; right alone {counts['alone']}, with an opening {counts['opening']}, "
          f"with a closing {counts['closing']}, with both {counts['both']}; right alone but not with both "
          f"{counts['lost']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
