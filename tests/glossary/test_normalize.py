"""Spellings that must meet: case, punctuation, spacing, '&', plurals, number words."""

from __future__ import annotations

import pytest

from glossary import normalize


@pytest.mark.parametrize("spellings", [
    ["SLA", "sla", "S.L.A.", " s l a "],
    ["back-end", "back end", "backend", "Back End"],
    ["P&L", "P & L", "P and L", "p and l"],
    ["CI/CD", "ci-cd", "CICD", "ci cd"],
    ["amortización", "amortizacion"],
])
def test_spellings_share_one_key(spellings: list[str]) -> None:
    assert len({normalize.key(s) for s in spellings}) == 1


def test_different_terms_keep_different_keys() -> None:
    assert normalize.key("SLA") != normalize.key("SLO")
    assert normalize.key("P&L") != normalize.key("PL")


@pytest.mark.parametrize(("text", "expected"), [
    ("APIs", "api"), ("KPI's", "kpi"), ("SLAS", "sla"), ("CVEs", "cve"), ("PRs", "pr"),
    ("user stories", "userstory"), ("caches", "cache"), ("branches", "branch"), ("releases", "release"),
    ("low hanging fruits", "lowhangingfruit"), ("repositories", "repository"),
])
def test_plural_variants_include_the_singular(text: str, expected: str) -> None:
    assert expected in normalize.singular_variants(text)


@pytest.mark.parametrize("word", ["CSS", "SaaS", "status", "business", "analysis", "kubernetes", "DNS", "ddos"])
def test_words_that_only_look_plural_are_left_alone(word: str) -> None:
    variants = normalize.singular_variants(word)
    assert normalize.key(word)[:-1] not in variants


def test_singular_stays_a_single_best_guess() -> None:
    assert normalize.singular("stories") == "story"
    assert normalize.singular("sales") == "sales"
    assert normalize.singular("bus") == "bus"
    assert normalize.plural_stems("caches") == ["cach", "cache"]


def test_slug_is_a_stable_readable_id() -> None:
    assert normalize.slug("CI/CD") == "ci-cd"
    assert normalize.slug("P&L") == "p-and-l"
    assert normalize.slug("  Scope creep!  ") == "scope-creep"
    assert normalize.slug("???") == "term"


def test_initials_of_an_expansion() -> None:
    assert normalize.initials("service level agreement") == "sla"
    assert normalize.initials("total cost of ownership") == "tco"
    assert normalize.initials_variants("software as a service") == ("saas", "sas")  # a fixed order
    assert normalize.initials_variants("single") == ()


def test_number_words_fold_to_digits() -> None:
    assert normalize.digit_key("two-factor authentication") == normalize.digit_key("2 factor authentication")
    assert normalize.words("R&D teams") == ["r", "and", "d", "teams"]


def test_find_run_gives_where_words_stand_in_a_row() -> None:
    words = normalize.words("what is net book value again")
    assert normalize.find_run(words, ["net", "book", "value"]) == 2
    assert normalize.find_run(words, ("book", "net")) == -1
    assert normalize.find_run(words, []) == -1
    assert normalize.find_run(["a"], ["a", "b"]) == -1


def test_without_article_drops_only_a_leading_article() -> None:
    assert normalize.without_article("the matching principle") == ["matching", "principle"]
    assert normalize.without_article("an ATO") == ["ato"]
    assert normalize.without_article("matching the principle") == ["matching", "the", "principle"]


@pytest.mark.parametrize(("text", "expected"), [
    ("hvað þýðir", ["hvad", "thydir"]), ("jæja søknad", ["jaeja", "soknad"]), ("wytłumacz", ["wytlumacz"]),
    ("ŒUVRE", ["oeuvre"]),
])
def test_letters_no_accent_makes_are_read_not_dropped(text: str, expected: list[str]) -> None:
    assert normalize.words(text) == expected


def test_ids_made_from_names_stay_as_they_were() -> None:
    """A YAML file without ids imports onto the ids it made before letters no accent makes were read."""
    assert normalize.slug("Søknad") == "s-knad" and normalize.key("Søknad") == "soknad"
