"""The held-out writers' kit (bench/heldout_kit.py): the listing they ask from, the check they run, the VA flag."""

from __future__ import annotations

import json

from bench.heldout_kit import listing, marked, problems


def test_the_listing_holds_every_public_entry_once_with_its_definition() -> None:
    rows = [row.split("\t") for row in listing()]
    ids = [row[0] for row in rows]
    assert len(rows) == 1941 and len(set(ids)) == len(ids)
    assert all(len(row) == 4 and row[1] and row[3] for row in rows)


def test_the_check_counts_lines_and_names_each_problem() -> None:
    lines = [
        json.dumps({"q": "what is an SLA?", "expect": "answer", "ids": ["sla"]}),
        json.dumps({"q": "SLA vs SLO", "expect": "compare", "ids": ["sla"]}),  # one side only
        json.dumps({"q": "lunch?", "expect": "none", "ids": []}),
        json.dumps({"q": "what is X", "expect": "answer", "ids": ["nope"]}),
        "{not json",
    ]
    counts, wrong = problems(lines, {"sla", "slo"})
    assert counts == {"answer": 2, "compare": 1, "none": 1}
    assert wrong == ["line 2: compare with 1 ids", "line 4: unknown ids ['nope']", "line 5: not JSON (Expecting "
                     "property name enclosed in double quotes)"]


def test_only_negatives_naming_a_va_acronym_are_flagged() -> None:
    lines = [json.dumps({"q": "is the ICU open", "expect": "none", "ids": []}),
             json.dumps({"q": "lunch at noon?", "expect": "none", "ids": []}),
             json.dumps({"q": "what is ICU", "expect": "answer", "ids": ["x"]})]
    assert [item["va_present"] for item in marked(lines, {"icu"})] == [True, False, False]
