"""Convert every public glossary in ../shared/data to our YAML format, at run time.

    python -m bench.convert_shared [--shared ../shared/data] [--out bench/results/shared]

Nothing from ../shared/data is copied into this repository: the files are read when the
script (or a test, or bench/lookup.py) runs, and the output goes to a git-ignored folder.
Every entry goes through `yaml_io.validate_entry`, the same check `jargon import` applies.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from glossary import normalize, yaml_io
from glossary.models import Term

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "bench" / "results" / "shared"
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TITLE_ACRONYM = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[A-Za-z0-9&/.\- ]{2,15})\)$")


def _text(value: Any, limit: int = yaml_io.MAX_DEFINITION) -> str:
    """One clean line, cut at a sentence boundary so it fits the import limits."""
    text = _SPACE.sub(" ", _CONTROL.sub(" ", _LINK.sub(r"\1", str(value or "")))).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit - 1)
    return text[: cut + 1] if cut > limit // 3 else text[: limit - 1].rstrip() + "…"


def _entry(term: str, definition: str, *, aliases: Iterable[str] = (), tags: Iterable[str] = (),
           related: Iterable[str] = ()) -> dict[str, Any] | None:
    term = _text(term, yaml_io.MAX_TERM).replace("=", "-")  # 'Identity=Based Encryption': a typo, and "=" is
    definition = _text(definition)                          # not allowed in a name (glossary/name_rules.py)
    if not term or not definition or not normalize.key(term):
        return None
    names = {normalize.key(term)}
    kept = []
    for alias in aliases:
        alias = _text(alias, yaml_io.MAX_TERM).replace("=", "-")
        if alias and normalize.key(alias) and normalize.key(alias) not in names:
            names.add(normalize.key(alias))
            kept.append(alias)
    return {"term": term, "aliases": kept, "definition": definition, "tags": list(tags), "related": list(related)}


def _csv(path: Path, **kwargs: Any) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, **kwargs))


# -- one reader per source -------------------------------------------------------------------------
def read_18f(folder: Path) -> list[dict]:
    entries = yaml.safe_load((folder / "glossary.yml").read_text(encoding="utf-8"))["entries"]
    described = {name: e for name, e in entries.items() if e.get("type") == "term" and e.get("description")}
    acronyms: dict[str, list[str]] = {}
    out: list[dict] = []
    for short, e in entries.items():
        if e.get("type") != "acronym":
            continue
        for long in [e["term"]] if isinstance(e.get("term"), str) else e.get("term") or []:
            if long in described:
                acronyms.setdefault(long, []).append(short)
            else:
                out.append(_entry(short, f"Short for {long}.", aliases=[long], tags=["18f", "acronym"]))
    for name, e in described.items():
        refs = [r for r in e.get("cross_references") or [] if isinstance(r, str)]
        out.append(_entry(name, e["description"], aliases=[e.get("longform") or "", *acronyms.get(name, [])],
                          tags=["18f"], related=refs))
    return out


def read_va(folder: Path) -> list[dict]:
    rows = _csv(folder / "acronyms.csv")
    return [_entry(r["Title"], ". ".join(x.strip().rstrip(".") for x in (r["Meaning"], r["Context"], r["Notes"])
                                         if x and x.strip()) + ".",
                   aliases=[r["Meaning"]], tags=["va", "acronym"]) for r in rows]


def read_webbstacken(folder: Path) -> list[dict]:
    return [_entry(r["Acronym"], r["Comment"] or r["Definition"], aliases=[r["Definition"]], tags=["it", "acronym"])
            for r in _csv(folder / "acronyms.csv")]


def read_cds(folder: Path) -> list[dict]:
    rows = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    return [_entry(r["label"], r.get("explanation") or r["value"],
                   aliases=[r["value"], r.get("label_fr") or "", r.get("value_fr") or ""], tags=["gc", "acronym"])
            for r in rows if r.get("label") and r.get("value")]


def read_cncf(folder: Path) -> list[dict]:
    out = []
    for path in sorted((folder / "en").glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---", 2)
        title = str(yaml.safe_load(front).get("title") or path.stem)
        paragraph = next((p for p in body.strip().split("\n\n") if p.strip() and not p.startswith("#")), "")
        short = _TITLE_ACRONYM.match(title)
        names = (short.group("short"), [short.group("long")]) if short else (title, [])
        out.append(_entry(names[0], paragraph, aliases=names[1], tags=["it", "cloud"]))
    return out


def _openstax(tag: str) -> Callable[[Path], list[dict]]:
    def read(folder: Path) -> list[dict]:
        seen: set[str] = set()
        out = []
        for r in _csv(folder / "glossary.csv"):
            if normalize.key(r["term"]) not in seen:
                seen.add(normalize.key(r["term"]))
                out.append(_entry(r["term"], r["definition"], tags=[tag]))
        return out

    return read


#: folder name -> (id prefix, reader)
SOURCES: dict[str, tuple[str, Callable[[Path], list[dict]]]] = {
    "18f-the-glossary": ("18f", read_18f),
    "va-acronyms": ("va", read_va),
    "webbstacken-it-acronyms": ("wbs", read_webbstacken),
    "cds-snc-gc-simple-dictionary": ("gc", read_cds),
    "cncf-glossary": ("cncf", read_cncf),
    "openstax-principles-finance": ("osf", _openstax("finance")),
    "openstax-introduction-business": ("osb", _openstax("business")),
}


def convert(name: str, shared: Path = SHARED) -> list[Term]:
    """One source as validated Terms with ids unique to it ('va-aaa', 'va-aaa-2', ...)."""
    prefix, reader = SOURCES[name]
    raw = [e for e in reader(shared / name) if e]
    names = {normalize.key(e["term"]) for e in raw} | {normalize.key(a) for e in raw for a in e["aliases"]}
    used: set[str] = set()
    terms = []
    for i, entry in enumerate(raw):
        base = candidate = f"{prefix}-{normalize.slug(entry['term'])[:90]}".strip("-")
        n = 1
        while candidate in used:
            n += 1
            candidate = f"{base}-{n}"
        entry["id"] = candidate
        used.add(candidate)
        entry["related"] = [r for r in entry["related"] if normalize.key(r) in names]
        terms.append(yaml_io.validate_entry(entry, i))
    return terms


def convert_all(shared: Path = SHARED) -> dict[str, list[Term]]:
    return {name: convert(name, shared) for name in SOURCES if (shared / name).is_dir()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the YAML files")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    everything: list[Term] = []
    for name, terms in convert_all(args.shared).items():
        (args.out / f"{name}.yaml").write_text(yaml_io.dump(terms), encoding="utf-8")
        everything.extend(terms)
        print(f"{name:34} {len(terms):6} terms")
    (args.out / "all.yaml").write_text(yaml_io.dump(everything), encoding="utf-8")
    print(f"{'all.yaml':34} {len(everything):6} terms -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
