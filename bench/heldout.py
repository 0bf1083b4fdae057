"""Score the bot on a held-out question set that is NOT in this repository.

    python -m bench.heldout QUESTIONS.jsonl [--with-va] [--failures N] [--skip-va-present]
    python -m bench.heldout --templated [--with-va]

QUESTIONS.jsonl holds one {"q", "expect": "answer"|"compare"|"none", "ids": [...], "style"} a line,
written by someone who has not read the matching code, over the public glossaries in
../shared/data converted by bench/convert_shared.py (every source except the GC dictionary:
1,941 entries; with --with-va the 5,793 VA acronyms are added: 7,734 entries).

--templated builds questions from the crowd-written templates of hwu64 (its test fold), with a
glossary term or alias put where the crowd wrote their word: a templated set, not a chat set.

The outcome scored is the stateless ask (what `jargon ask --json` prints).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
BASE_SOURCES = ("18f-the-glossary", "webbstacken-it-acronyms", "cncf-glossary", "openstax-principles-finance",
                "openstax-introduction-business")
VA = "va-acronyms"
ANSWERED = ("answer", "ambiguous", "compare")
_SLOT = re.compile(r"\[definition_word : ([^\]]+)\]")


def build_glossary(with_va: bool, folder: Path):
    from bench.convert_shared import convert
    from glossary import yaml_io
    from glossary.service import Glossary

    terms = [t for name in (*BASE_SOURCES, *((VA,) if with_va else ())) for t in convert(name, SHARED)]
    glossary = Glossary(folder / "heldout.db", seed=False, log_questions=False)
    glossary.import_yaml(yaml_io.dump(terms))
    return glossary, terms


_PAREN = re.compile(r"\s*\([^()]*\)$")


def names_of(term) -> set[str]:
    """A term's name keys, with a trailing '(ACRONYM)' dropped: sources name one concept alike."""
    from glossary import normalize

    raw = [term.term, *term.aliases]
    return {k for n in raw for k in (normalize.key(n), normalize.key(_PAREN.sub("", n))) if k}


def equivalents(terms: list) -> dict[str, set[str]]:
    """id -> ids of entries that share the entry's own name (the same concept in two sources)."""
    from glossary import normalize

    owners: dict[str, set[str]] = defaultdict(set)
    for t in terms:
        for k in names_of(t):
            owners[k].add(t.id)
    out = {}
    for t in terms:
        own = {normalize.key(t.term), normalize.key(_PAREN.sub("", t.term))}
        out[t.id] = {t.id}.union(*(owners[k] for k in own if k))
    return out


def templated(terms: list, n: int = 600, seed: int = 7) -> list[dict]:
    rows = (SHARED / "hwu64-qa-definition" / "qa_definition_KFold1_test.csv").read_text(encoding="utf-8")
    templates = sorted({m.string for line in rows.splitlines()[1:]
                        if (m := _SLOT.search(line.split(";")[3].strip('"')))})
    rng = random.Random(seed)
    from glossary import normalize

    by_name: dict[str, list[str]] = defaultdict(list)
    for t in terms:
        for key in {normalize.key(x) for x in [t.term, *t.aliases]}:
            by_name[key].append(t.id)
    out = []
    for _ in range(n):
        term = rng.choice(terms)
        name = rng.choice([term.term, *term.aliases[:1]])
        template = rng.choice(templates)
        out.append({"q": _SLOT.sub(name, template, count=1), "expect": "answer",
                    "ids": by_name[normalize.key(name)], "style": "templated"})
    return out


def widen(items: list[dict], same: dict[str, set[str]]) -> list[dict]:
    """Accept the same concept from another source (FEMA in 18F and in the IT list) as right."""
    out = []
    for item in items:
        item = dict(item)
        item["accept"] = set().union(*(same.get(i, {i}) for i in item["ids"])) if item["ids"] else set()
        item["each"] = [same.get(i, {i}) for i in item["ids"]]
        out.append(item)
    return out


def same_order(ids: list[str], each: list[set[str]]) -> bool:
    """A comparison names the asked concepts in the asked order, each from any source (a set lists every
    entry of a side, "LAN" in two sources, in a row): the first asked comes first, every term shown is
    one asked about, in the asked order, and none comes back twice."""
    where = [min((j for j, accept in enumerate(each) if i in accept), default=-1) for i in ids]
    return len(ids) >= 2 and -1 not in where and where == sorted(set(where)) and ids[0] in each[0]


def outcome(item: dict, result) -> str:
    """correct / wrong (confidently wrong) / miss (not answered, or only a hedge)."""
    ids = [m.id for m in result.matches]
    status = result.status
    if item["expect"] == "none":
        return "correct" if status not in ANSWERED else "wrong"
    want = item["ids"]
    if item["expect"] == "compare":
        if status == "compare":
            right = same_order(ids, item.get("each") or [{i} for i in want])
            return "correct" if right or ids[: len(want)] == want else "wrong"
        return "wrong" if status == "answer" and ids[:1] and ids[0] not in want else "miss"
    accept = item.get("accept") or set(want)
    if status == "answer":
        return "correct" if ids[0] in accept else "wrong"
    if status == "ambiguous" and len(accept) > 1 and set(ids) <= accept:
        return "correct"
    return "miss"


def score(items: list[dict], lookup) -> dict:
    tally: dict[str, Counter] = defaultdict(Counter)
    failures = []
    top3 = Counter()
    for item in items:
        result = lookup(item["q"])
        verdict = outcome(item, result)
        for key in ("all", f"expect:{item['expect']}", f"style:{item.get('style', '?')}"):
            tally[key][verdict] += 1
        if item["expect"] != "none" and item["accept"] & {m.id for m in result.matches[:3]}:
            top3[item["expect"]] += 1
        if verdict != "correct":
            failures.append((verdict, item, result.status, [m.id for m in result.matches[:3]]))
    return {"tally": tally, "failures": failures, "top3": top3}


def report(items: list[dict], scored: dict, show: int) -> None:
    tally = scored["tally"]
    positives = [i for i in items if i["expect"] != "none"]
    pos = tally.get("expect:answer", Counter()) + tally.get("expect:compare", Counter())
    n_pos = sum(pos.values()) or 1
    neg = tally.get("expect:none", Counter())
    print(f"positives {n_pos}: top-1 {pos['correct'] / n_pos:.3f}, confident wrong {pos['wrong'] / n_pos:.3%}, "
          f"helpful in top 3 {sum(scored['top3'].values()) / max(len(positives), 1):.3f}")
    if sum(neg.values()):
        print(f"negatives {sum(neg.values())}: refused {neg['correct'] / sum(neg.values()):.3f}")
    for key in sorted(tally):
        c = tally[key]
        n = sum(c.values())
        if not n:
            continue
        print(f"  {key:34} n={n:4}  correct {c['correct'] / n:.3f}  wrong {c['wrong']:3}  miss {c['miss']:3}")
    for verdict, item, status, ids in scored["failures"][:show]:
        print(f"  [{verdict}] {item['q']!r} want {item['expect']} {item['ids']} got {status} {ids}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("questions", nargs="?", type=Path)
    parser.add_argument("--templated", action="store_true")
    parser.add_argument("--with-va", action="store_true")
    parser.add_argument("--failures", type=int, default=0)
    parser.add_argument("--skip-va-present", action="store_true",
                        help='drop lines marked "va_present": true (negatives only without the VA acronyms)')
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        glossary, terms = build_glossary(args.with_va, Path(folder))
        known = {t.id for t in terms}
        if args.templated:
            items = templated(terms)
        else:
            items = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line]
            if args.skip_va_present:
                items = [item for item in items if not item.get("va_present")]
            missing = sorted({i for item in items for i in item["ids"] if i not in known})
            if missing:
                print(f"unknown ids in the set: {missing[:10]}", file=sys.stderr)
                return 2
        items = widen(items, equivalents(terms))
        glossary.lookup("warm up")
        start = time.perf_counter()
        scored = score(items, glossary.lookup)
        elapsed = time.perf_counter() - start
        print(f"{len(terms)} entries, {len(items)} questions, {elapsed / len(items) * 1000:.2f} ms per question")
        report(items, scored, args.failures)
        glossary.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
