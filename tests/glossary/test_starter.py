"""The starter glossary a new database is seeded with: big, complete, consistent, ours."""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources

import pytest

from glossary import normalize, sides, yaml_io
from glossary.matching import Matcher
from glossary.models import Term
from glossary.service import Glossary, starter_terms

TERMS = starter_terms()
BY_FILE = {p.name: yaml_io.parse(p.read_text(encoding="utf-8"))
           for p in resources.files("glossary").joinpath("starter").iterdir() if p.name.endswith(".yaml")}
BUSINESS_TAGS = {"business", "finance", "product", "sales", "marketing", "strategy"}


def _is_acronym(term: Term) -> bool:
    letters = [c for c in term.term if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper >= len(letters) - upper


def test_size_and_balance() -> None:
    assert len(TERMS) >= 600  # issue 14
    assert len(BY_FILE["it.yaml"]) >= 80
    assert len(BY_FILE["business.yaml"]) >= 80
    by_side = Counter(sides.side_of(t) for t in TERMS)
    assert by_side[None] == 0, "every entry belongs to IT or the business through its tags"
    assert min(by_side[sides.IT], by_side[sides.BUSINESS]) >= 0.4 * len(TERMS), by_side  # balanced
    assert sum("it" in t.tags for t in TERMS) >= 80
    assert sum(bool(BUSINESS_TAGS & set(t.tags)) for t in TERMS) >= 80


def test_the_issue_examples_are_all_there() -> None:
    names = {normalize.key(n) for t in TERMS for n in [t.term, *t.aliases]}
    wanted = ["API", "SLA", "uptime", "latency", "technical debt", "CI/CD", "sprint", "MVP", "cloud", "SaaS",
              "microservice", "Kubernetes", "incident", "rollback", "refactor", "ROI", "EBITDA", "opex", "capex",
              "CAC", "LTV", "churn", "ARR", "OKR", "KPI", "P&L", "burn rate", "runway", "TCO"]
    assert [w for w in wanted if normalize.key(w) not in names] == []


def test_the_terms_issue_14_found_missing_are_all_there() -> None:
    names = {normalize.key(n) for t in TERMS for n in [t.term, *t.aliases]}
    finance = ["EBIT", "free cash flow", "FP&A", "SG&A", "operating margin", "contribution margin", "gross profit",
               "DSO", "DPO", "CAGR", "QoQ", "basis points", "general ledger", "month-end close", "true-up",
               "accrual", "cash basis", "goodwill", "impairment", "EPS", "WACC", "covenant", "term sheet",
               "Series A", "RSU"]
    it = ["CI", "P1", "SEV1", "canary", "rollout", "p99", "cluster", "on-prem", "high availability", "failover",
          "change freeze", "GA", "API key", "egress", "spot instance", "FinOps", "chargeback", "data governance",
          "single source of truth", "prompt", "token", "RAG"]
    assert [w for w in finance + it if normalize.key(w) not in names] == []


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.id)
def test_every_entry_is_complete(term: Term) -> None:
    assert term.definition and len(term.definition) <= 400
    assert len(re.findall(r"[.!?](?:\s|$)", term.definition)) <= 3, "a plain definition: one or two sentences"
    assert term.examples and all(len(e) > 20 for e in term.examples)
    assert term.tags and all(tag == tag.lower() for tag in term.tags)
    assert term.related and normalize.key(term.term) not in {normalize.key(r) for r in term.related}
    if _is_acronym(term):
        assert any(len(normalize.words(a)) >= 2 for a in term.aliases), "an acronym needs its expansion as an alias"


def test_every_related_name_resolves_to_a_term() -> None:
    matcher = Matcher(TERMS)
    found = ("answer", "ambiguous")
    unresolved = [(t.id, r) for t in TERMS for r in t.related if matcher.lookup(r).status not in found]
    assert unresolved == []
    named = {normalize.key(n) for t in TERMS for n in [t.term, *t.aliases]}
    assert [(t.id, r) for t in TERMS for r in t.related if normalize.key(r) not in named] == []


def test_one_entry_per_concept_and_senses_told_apart() -> None:
    assert [i for i, n in Counter(t.id for t in TERMS).items() if n > 1] == []
    senses: dict[str, list[Term]] = {}
    for term in TERMS:
        senses.setdefault(normalize.key(term.term), []).append(term)
    for name, group in senses.items():
        if len(group) > 1:  # PR, POC, AR...: each sense has its own id and its own expansion
            labels = {normalize.key(t.aliases[0]) for t in group if t.aliases}
            assert len(labels) == len(group), name
    alias_owners: dict[str, set[str]] = {}
    for term in TERMS:
        for alias in term.aliases:
            alias_owners.setdefault(normalize.key(alias), set()).add(normalize.key(term.term))
    assert {a: o for a, o in alias_owners.items() if len(o) > 1} == {}


def test_common_multi_sense_acronyms_are_separate_entries() -> None:
    matcher = Matcher(TERMS)
    for acronym in ("PR", "POC", "PM", "AR", "CR", "SQL"):
        assert matcher.lookup(acronym).status == "ambiguous", acronym


def test_a_new_database_is_seeded_once(db_path) -> None:  # noqa: ANN001
    first = Glossary(db_path)
    assert first.terms.count() == len(TERMS)
    first.terms.remove("sla", actor="t", platform="test")
    first.close()
    again = Glossary(db_path)  # reopening must not bring the removed term back
    try:
        assert again.terms.count() == len(TERMS) - 1 and again.terms.get("sla") is None
    finally:
        again.close()


def test_the_starter_files_survive_an_export_import_round_trip() -> None:
    text = yaml_io.dump(TERMS)
    assert yaml_io.dump(yaml_io.parse(text)) == text
