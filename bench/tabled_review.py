"""Merge speakers' reviews of the language tables into glossary/tabled_more.json, keeping what the rules allow.

    python -m bench.tabled_review docs/reviews/tabled/review_*.json

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

from glossary import foreign_words, scaffold_typos, tabled_more, world_asks
from glossary.foreign_phrases import OWN_PHRASES
from glossary.normalize import fold

TARGET = Path(tabled_more.__file__).with_name("tabled_more.json")
#: Phrases a review gave that ask something else as often: what is up with it, its state ("qué onda con el SLA, ya lo
#: firmaron?", Romanian "ce e cu", "y qué pasa con", Scots "whit's the score wi"); "ce zici de" (what do you think
#: of), "kasih tau", "bagi tau" (let me know), "en toutes lettres" (write it out), "cum adică" (how come), "làm rõ"
#: (clear it up with someone); phrases another language says otherwise (Dutch "wat is", which its own table reads
#: only where it asks; French "de ce": of this); and the review's spellings of "chto za", which the table reads only
#: where it asks (not "chto za SLA u nas?").
LEFT_OUT = frozenset({"qué onda con", "q onda con", "qué onda", "q onda", "ce e cu", "y qué pasa con", "ce zici de",
                      "kasih tau", "kasih tahu", "bagitau", "bagi tau", "en toutes lettres", "cum adică", "làm rõ",
                      "whit's the score wi", "whit's the score", "wat is", "de ce", "che za", "sho za", "shcho za",
                      "что за", "що за"})
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


def _folded(phrase: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in phrase.lower().split())


class Rules:
    """What the merge checks beyond tabled_more.kept, which needs every review and every table at once."""

    def __init__(self, reviews: list[dict]) -> None:
        self.read, self.taken, self.typos = own_reading(), taken(), frozenset(scaffold_typos.table())
        self.left_out = {_folded(phrase) for phrase in LEFT_OUT}
        self.meanings: dict[tuple[str, ...], set[str]] = {}
        for review in reviews:
            for entry in review.values():
                for phrase, meaning in entry.get("phrases", ()):
                    self.meanings.setdefault(_folded(phrase), set()).add(meaning)
        self.reviewed = {name: entry for review in reviews for name, entry in review.items()}
        self.words_of: dict[str, set[str]] = {}  # language -> every word its table and its review know
        for name, table in foreign_words.TABLES.items():
            self.words_of[name] = {fold(w) for w in (*table.marks, *table.small, *table.after)}
        for review in reviews:
            for name, entry in review.items():
                self.words_of.setdefault(name, set()).update(
                    fold(w.lower()) for w in (*entry.get("small", {}), *entry.get("particles", ()),
                                              *entry.get("marks", ())))
        claimed = Counter(fold(w.lower()) for review in reviews for entry in review.values()
                          for w in set(entry.get("marks", ())))
        self.listed = listed()
        self.no_marks = self.listed | SHARED_MARKS | {w for w, n in claimed.items() if n > 1}  # a mark two give tells
        self.table_words = {fold(w) for table in foreign_words.TABLES.values()  # neither; nor one a table knows
                            for w in (*table.marks, *table.small, *table.after)}

    def otherwise(self, word: str, meaning: str, language: str) -> bool:
        """`word` is another language's particle, or its small word for something else, or a word of a language with
        no table ("leh": Arabic why, a Malay particle; "kata": Nepali where, Indonesian "word")."""
        turning = meaning in ("who", "when", "where", "why", "how much")
        world = self.listed - (world_asks.ELSEWHERE if turning else frozenset())  # "kapan": when, there too
        return word in world or any(
            word in review.get("particles", ()) or word in review.get("small", {}) and review["small"][word] != meaning
            for name, review in self.reviewed.items() if name != language) or any(
            table.addresses(word) or word in table.small and table.small[word] != meaning
            for name, table in foreign_words.TABLES.items() if name != language)

    def elsewhere(self, word: str, language: str) -> bool:
        """`word` is one another language's table or review knows ("leh": Arabic why, a Malay particle)."""
        return any(word in words for name, words in self.words_of.items() if name != language) \
            or word in self.no_marks

    def phrase(self, phrase: str, meaning: str, language: str) -> str | None:
        """Why the phrase is left out, or None."""
        key = _folded(phrase)
        if len(self.meanings.get(key, ())) > 1:
            return "asked two ways"
        if key in self.left_out:
            return "left out by name"
        if any(word in self.typos and word not in foreign_words.WORDS for word in key):
            return "a word a typo repair mends first"  # "whan SLA?" is read "what SLA?" before any phrase
        if len(key) == 1 and self.otherwise(key[0], meaning, language):
            return "one word another language uses otherwise"
        return None if tabled_more.kept(phrase, meaning, self.read) else "against the rules"

    def word(self, word: str, field: str, language: str) -> bool:
        """The rules keep a reviewed small word, particle or mark."""
        word = word.lower()
        least = {"small": tabled_more.MIN_SMALL, "particles": tabled_more.MIN_PARTICLE,
                 "marks": tabled_more.MIN_MARK}[field]
        if not tabled_more.foreign_word(word, 2 if field == "small" and not word.isascii() else least) \
                or fold(word) in self.taken or field == "small" and word in tabled_more.AS_TYPED:
            return False
        return field != "marks" or fold(word) not in self.table_words and not self.elsewhere(fold(word), language)


def merged(reviews: list[dict], dropped: Counter) -> dict[str, dict]:
    """Every review's words the rules keep, by language; `dropped` counts what they left out, and why."""
    rules = Rules(reviews)
    out: dict[str, dict] = {}
    seen: set[tuple[str, ...]] = set()
    for review in reviews:
        for language, entry in review.items():
            kept = out.setdefault(language, {"phrases": [], "small": {}, "particles": [], "marks": []})
            for phrase, meaning in entry.get("phrases", ()):
                phrase = " ".join(phrase.lower().split())
                why = "given twice" if _folded(phrase) in seen else rules.phrase(phrase, meaning, language)
                if why:
                    dropped[f"phrase: {why}"] += 1
                    continue
                seen.add(_folded(phrase))
                kept["phrases"].append([phrase, meaning, tabled_more.found_by(phrase)])
            for word, english in entry.get("small", {}).items():
                if rules.word(word, "small", language):
                    kept["small"][word.lower()] = english
                else:
                    dropped["small word"] += 1
            for field in ("particles", "marks"):
                words = sorted({w.lower() for w in entry.get(field, ()) if rules.word(w, field, language)})
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
