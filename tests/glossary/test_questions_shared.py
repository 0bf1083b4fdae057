"""Real crowd-written "define X" questions (../shared/data) as a test set for subject extraction.

hwu64 marks the asked-about word ("[definition_word : X]"): we compare our subject with it.
clinc150 has no marks: there we check the subject is a clean piece of the question (no
"what", "mean", "definition"... left in it). The rates are printed; floors are asserted.
"""

from __future__ import annotations

import csv
import re

import pytest

from glossary import normalize
from glossary.question import extract_subject
from tests.conftest import SHARED_DATA

HWU = SHARED_DATA / "hwu64-qa-definition"
CLINC = SHARED_DATA / "clinc150-definition-intent" / "definition_queries.csv"
GOLD = re.compile(r"\[definition_word : ([^\]]+)\]")
ARTICLE = re.compile(r"^(?:an?|the) ", re.I)
SCAFFOLD = {"what", "whats", "mean", "means", "meaning", "meant", "definition", "definitions", "define", "tell", "me",
            "please", "word", "you", "dictionary", "look", "lookup", "know", "explain", "describe"}

pytestmark = pytest.mark.skipif(not HWU.is_dir() or not CLINC.is_file(), reason="../shared/data is not available")


def _hwu_rows() -> list[tuple[str, str]]:
    rows = []
    for path in sorted(HWU.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter=";"):
                gold = GOLD.search(row["answer_annotation"])
                if gold:
                    # The raw crowd text when it still contains the word, else the cleaned-up transcript.
                    raw = row["answer_from_user"]
                    text = raw if normalize.key(gold.group(1)) in normalize.key(raw) else row["answer_from_anno"]
                    rows.append((text, gold.group(1).strip()))
    return rows


def _same(a: str, b: str) -> bool:
    return normalize.key(ARTICLE.sub("", a)) == normalize.key(ARTICLE.sub("", b))


def test_hwu64_subjects_match_the_annotated_word() -> None:
    rows = _hwu_rows()
    hits = sum(_same(extract_subject(text), gold) for text, gold in rows)
    rate = hits / len(rows)
    print(f"\nhwu64: {hits}/{len(rows)} subjects equal the annotated word ({rate:.1%})")
    assert len(rows) >= 150
    assert rate >= 0.90


def test_clinc150_subjects_are_clean_pieces_of_the_question() -> None:
    with CLINC.open(encoding="utf-8", newline="") as handle:
        queries = [row["query"] for row in csv.DictReader(handle)]
    clean = 0
    for query in queries:
        subject = extract_subject(query)
        words = normalize.words(subject)
        clean += bool(words) and not set(words) & SCAFFOLD and normalize.key(subject) in normalize.key(query) \
            and len(subject) < len(query)
    rate = clean / len(queries)
    print(f"\nclinc150: {clean}/{len(queries)} subjects are clean ({rate:.1%})")
    assert len(queries) >= 100
    assert rate >= 0.90
