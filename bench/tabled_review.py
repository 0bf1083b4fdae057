"""Merge speakers' reviews of the language tables into glossary/tabled_more.json, keeping what the rules allow.

    python -m bench.tabled_review REVIEW.json [REVIEW.json ...]

A review is one JSON object a language: {"phrases": [[words, meaning], ...], "small": {word: English},
"particles": [...], "marks": [...]} (the brief the reviewers were given is docs/tabled_review_brief.md). The file is
rebuilt from the reviews given, so the rules are applied once, here, and checked by tests/glossary/test_tabled_more.py.
A phrase two reviews give different meanings is left out: it asks differently in two languages.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from glossary import scaffold_typos, tabled_more, world_asks
from glossary.foreign_phrases import OWN_PHRASES
from glossary.normalize import fold

TARGET = Path(tabled_more.__file__).with_name("tabled_more.json")
#: Phrases a review gave that ask something else as often: what is up with it, its state ("qué onda con el SLA, ya lo
#: firmaron?", Romanian "ce e cu", "y qué pasa con"); "ce zici de" (what do you think of),
#: "kasih tau" (let me know), "en toutes lettres" (write it out), "cum adică" (how come), "làm rõ" (clear it up with
#: someone); phrases another language says otherwise (Dutch "wat is", which its own table reads only where it asks;
#: French "de ce": of this); and the review's spellings of "chto za", which the table reads only where it asks (not
#: "chto za SLA u nas?").
LEFT_OUT = frozenset({"qué onda con", "q onda con", "ce e cu", "wat is", "de ce", "ce zici de", "kasih tau",
                      "kasih tahu", "en toutes lettres", "che za", "sho za", "shcho za", "что за", "що за",
                      "y qué pasa con", "cum adică", "làm rõ"})
#: Marks a review gave that neighbouring languages with no table use too: Tamil "antha" is Kannada's and Telugu's.
SHARED_MARKS = frozenset({"antha"})


def taken() -> frozenset[str]:
    """Words a table may not take as its own: the one-word cues, "who/where" words and words for "and" of the
    languages the bot has no table for (glossary/world_asks.py reads them), and the English slips a typo repair
    mends ("meanin")."""
    single = {cue[0] for cue in world_asks.CUES if len(cue) == 1}
    return frozenset(single | world_asks.ELSEWHERE | world_asks.JOINS | set(scaffold_typos.table()))


def listed() -> frozenset[str]:
    """Every word of the lists of the languages with no table: a mark tells its language, so none of them may be
    one ("antha" is Tamil's "that" and Kannada's too)."""
    phrases = world_asks.CUES | world_asks.DIFFER
    words = {w for phrase in phrases for w in phrase} | world_asks.PARTICLES | world_asks.JOINS
    words |= {w for asking in world_asks.LANGUAGES.values() for phrase in asking.between for w in phrase.split()}
    return frozenset(words) | taken()


def own_reading() -> re.Pattern[str]:
    """The tables' own phrases in one pattern, to leave out a reviewed phrase they read whole already."""
    return re.compile("|".join(f"(?:{pattern})" for pattern, *_ in OWN_PHRASES), re.I)


def merged(reviews: list[dict], dropped: Counter) -> dict[str, dict]:
    read, others, marked = own_reading(), taken(), listed()
    meanings: dict[tuple[str, ...], set[str]] = {}
    for review in reviews:
        for entry in review.values():
            for phrase, meaning in entry.get("phrases", ()):
                meanings.setdefault(tuple(fold(w) for w in phrase.lower().split()), set()).add(meaning)
    claimed = Counter(fold(w.lower()) for review in reviews for entry in review.values()
                      for w in set(entry.get("marks", ())))
    marked |= {w for w, n in claimed.items() if n > 1}  # a mark two languages give tells neither
    out: dict[str, dict] = {}
    seen: set[tuple[str, ...]] = set()
    for review in reviews:
        for language, entry in review.items():
            kept = out.setdefault(language, {"phrases": [], "small": {}, "particles": [], "marks": []})
            for phrase, meaning in entry.get("phrases", ()):
                phrase = " ".join(phrase.lower().split())
                key = tuple(fold(w) for w in phrase.split())
                if key in seen or len(meanings.get(key, ())) > 1 or phrase in LEFT_OUT:
                    dropped["phrase twice or asked two ways"] += 1
                elif not tabled_more.kept(phrase, meaning, read):
                    dropped["phrase against the rules"] += 1
                else:
                    seen.add(key)
                    kept["phrases"].append([phrase, meaning, tabled_more.found_by(phrase)])
            for word, english in entry.get("small", {}).items():
                if tabled_more.foreign_word(word.lower(), 2) and fold(word.lower()) not in others:
                    kept["small"][word.lower()] = english
                else:
                    dropped["small word"] += 1
            for field, least in (("particles", tabled_more.MIN_PARTICLE), ("marks", tabled_more.MIN_MARK)):
                words = sorted({w.lower() for w in entry.get(field, ())
                                if tabled_more.foreign_word(w.lower(), least)
                                and fold(w.lower()) not in (marked | SHARED_MARKS if field == "marks" else others)})
                dropped[field] += len(set(entry.get(field, ()))) - len(words)
                kept[field] = sorted({*kept[field], *words})
    return out


def main(argv: list[str] | None = None) -> int:
    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])]
    if not paths:
        print(__doc__)
        return 2
    dropped: Counter = Counter()
    data = merged([json.loads(p.read_text(encoding="utf-8")) for p in paths], dropped)
    TARGET.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for language, entry in sorted(data.items()):
        print(f"{language:16} " + ", ".join(f"{len(v)} {k}" for k, v in entry.items()))
    print("left out:", dict(dropped))
    return 0


if __name__ == "__main__":
    sys.exit(main())
