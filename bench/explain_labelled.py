"""Precision and recall of `explain` on the labelled workplace messages (tests/data/messages.yaml).

    .venv/bin/python -m bench.explain_labelled

The test (tests/glossary/test_detect.py) asserts floors with the same `score`; this script
prints the figures the README quotes, so the test suite itself prints nothing.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import yaml

from glossary.detect import Detector, detector_for
from glossary.service import Glossary

MESSAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "messages.yaml"


def score(detector: Detector) -> dict[str, float]:
    """Sense level: every reported sense counts. Term level: an occurrence offered with several senses
    (the specified behaviour when nothing tells them apart) counts once, right if the meant sense is among them."""
    messages = yaml.safe_load(MESSAGES.read_text(encoding="utf-8"))["messages"]
    counts = {"sense": [0, 0, 0], "term": [0, 0, 0]}  # tp, fp, fn
    for message in messages:
        expected = set(message["expected"])
        found = detector.find(message["text"], message.get("tags", []))
        by_sense = {t.id for f in found for t in f.senses}
        by_term: set[str] = set()
        for occurrence in found:
            senses = {t.id for t in occurrence.senses}
            by_term |= (senses & expected) or {sorted(senses)[0]}
        for level, got in (("sense", by_sense), ("term", by_term)):
            counts[level][0] += len(got & expected)
            counts[level][1] += len(got - expected)
            counts[level][2] += len(expected - got)
    out = {"messages": len(messages)}
    for level, (tp, fp, fn) in counts.items():
        out[f"{level}_precision"] = tp / (tp + fp)
        out[f"{level}_recall"] = tp / (tp + fn)
    return out


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        glossary = Glossary(Path(folder) / "bench.db")
        result = score(detector_for(glossary))
        glossary.close()
    print(f"explain detector on {result['messages']} labelled messages: "
          f"precision {result['term_precision']:.3f}, recall {result['term_recall']:.3f} "
          f"(sense level: precision {result['sense_precision']:.3f}, recall {result['sense_recall']:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
