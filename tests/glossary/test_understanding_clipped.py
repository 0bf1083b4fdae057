"""Issue 13, clipped and shortened names, over a real SQLite glossary: a clipped parenthetical
("municipal bonds (munis)"), the singular of an acronym plural ("companies (SPACs)"), numeronyms
("k8s") and clipped compounds ("capex", "market cap", "workers comp") are understood; everyday words,
other word forms and capitalised words are not read as clippings."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import normalize, yaml_io
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("munis", "municipal bonds (munis)", "Bonds a city or state issues to pay for public works."),
    Term("comps", "comparable company analysis (comps)", "Valuing a company by the prices of similar ones."),
    Term("spacs", "special purpose acquisition companies (SPACs)", "Shell companies listed to buy a private one."),
    Term("pac", "PAC", "Policy as code."),
    Term("k8s", "Kubernetes", "Software that runs containers across many machines."),
    Term("product", "product", "What a company sells."),
    Term("a11y", "accessibility", "Making products usable by people with disabilities."),
    Term("i18n", "internationalization", "Building software so it can be adapted to languages and regions."),
    Term("capex", "capital expenditures", "Money spent on long-lived assets such as buildings and servers."),
    Term("opex", "opex", "Operating expenses: the day-to-day costs of running the business."),
    Term("market-cap", "market capitalization", "A listed company's share price times its number of shares."),
    Term("workers-comp", "worker’s compensation", "Insurance that pays employees hurt at work."),
    Term("coupon", "coupon payment", "The interest a bond pays its holder each period."),
    Term("payback", "payback period", "How long an investment takes to earn back its cost."),
    Term("runner", "test runner", "The tool that runs automated tests and reports the results."),
    Term("compliance-act", "compliance act", "A law that sets reporting duties."),
    Term("cap-table", "cap table", "Who owns what share of a startup."),
]

clipped = glossary_fixture("clipped", TERMS)

AMBIGUOUS = [Term("capex", "capital expenditures", "Money spent on long-lived assets."),
             Term("capacity", "capacity expansion", "Adding room to produce more.")]

two_fit = glossary_fixture("two_fit", AMBIGUOUS)


@pytest.mark.parametrize(("text", "term"), [
    ("what are munis", "munis"), ("what's comps? banker said they ran comps", "comps"),
    ("the banker said \"based on comps we're at 6x\". what are comps?", "comps"),
])
def test_a_clipped_word_in_parentheses_is_a_name(clipped: Glossary, text: str, term: str) -> None:
    assert outcome(clipped, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["what is a SPAC", "SPAC? a company bought by a SPAC in the news",
                                  "what's a SPAC and why did every company do one in 2021", "SPACs?"])
def test_the_singular_of_an_acronym_plural_is_answered_not_mixed_with_a_shorter_acronym(clipped: Glossary,
                                                                                          text: str) -> None:
    assert outcome(clipped, text) == ("answer", ["spacs"])


@pytest.mark.parametrize(("text", "term"), [
    ("k8s means?", "k8s"), ("k8s - is that a product we pay for?", "k8s"), ("what is a11y", "a11y"),
    ("i18n?", "i18n"), ("K8s??", "k8s"),
])
def test_a_numeronym_is_the_word_it_counts(clipped: Glossary, text: str, term: str) -> None:
    assert outcome(clipped, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("capex?", "capex"), ("what does capex mean exactly?", "capex"), ("market cap", "market-cap"),
    ("what is market cap", "market-cap"), ("what's workers comp", "workers-comp"),
    ("worker's comp?", "workers-comp"),
])
def test_a_clipped_compound_is_answered_when_one_concept_fits(clipped: Glossary, text: str, term: str) -> None:
    assert outcome(clipped, text) == ("answer", [term])


def test_clipped_names_compare(clipped: Glossary) -> None:
    assert outcome(clipped, "capex vs opex") == ("compare", ["capex", "opex"])


def test_two_concepts_that_fit_are_offered_never_answered(two_fit: Glossary) -> None:
    status, ids = outcome(two_fit, "what is capex")
    assert status == "suggest" and set(ids) == {"capex", "capacity"}


@pytest.mark.parametrize("text", [
    "what's a cap on spending",  # "cap" alone is the word, not a name it begins
    "what is compact",  # an English word is not "comp" + "act"
    "what is a pay period",  # "pay" means itself: not "payback period"
    "what's a test run",  # "run" is another form of "runner", not a clipping of it
    "how much capex is left in the FY25 budget?",  # not a question about what capex is
    "so what", "capacity?",
])
def test_everyday_words_and_statements_are_never_answered_as_clippings(clipped: Glossary, text: str) -> None:
    assert outcome(clipped, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "term"), [("what does CAPEX stand for", "capex"),
                                            ("what is Coupa?", "coupon")])
def test_one_word_not_in_lower_case_is_only_suggested(clipped: Glossary, text: str, term: str) -> None:
    """"CAPEX" reads as an acronym nobody defined, "Coupa" as a product's name: "did you mean", at most."""
    status, ids = outcome(clipped, text)
    assert status != "answer" and (status == "unknown" or ids == [term])


def test_a_cold_process_gives_the_warm_outcome_for_a_numeronym_before_a_name(tmp_path: Path) -> None:
    """The cold path (stored keys only) must not answer "product" where the full index reads "k8s"."""
    path = tmp_path / "g.db"
    first = Glossary(path, seed=False, log_questions=False)
    first.import_yaml(yaml_io.dump(TERMS))
    assert outcome(first, "what is a product") == ("answer", ["product"])  # builds and stores the keys
    first.close()
    cold = Glossary(path, seed=False, log_questions=False)
    assert outcome(cold, "k8s - product?") == ("answer", ["k8s"])
    cold.close()


@pytest.mark.parametrize(("name", "forms"), [
    ("municipal bonds (munis)", ["municipal bonds", "munis"]),
    ("financial technology (fintech)", ["financial technology", "fintech"]),
    ("special purpose acquisition companies (SPACs)", ["special purpose acquisition companies", "SPACs", "SPAC"]),
    ("negotiable certificates of deposit (NCDs)", ["negotiable certificates of deposit", "NCDs", "NCD"]),
    ("Defense Federal Acquisition Regulation Supplement (DFARS)",
     ["Defense Federal Acquisition Regulation Supplement", "DFARS"]),
    ("Scrum (Team)", ["Scrum"]), ("shareholder (stockholder)", ["shareholder"]),
    ("times interest earned (TIE) ratio", ["times interest earned ratio", "TIE ratio", "TIE"]),  # its initials
    ("price/earnings (P/E) ratio", ["price/earnings ratio", "P/E ratio", "P/E"]),
    ("acid-test (quick) ratio", ["acid-test ratio", "quick ratio"]),  # no initials: no name alone
])
def test_the_forms_a_written_name_carries(name: str, forms: list[str]) -> None:
    assert normalize.name_forms(name) == forms


@pytest.mark.parametrize(("text", "term"), [
    ("kindly tell what is capex", "capex"), ("what is the meaning from capex", "capex"),
    ("capex what it is", "capex"), ("what is it, k8s?", "k8s"),
])
def test_a_name_typed_short_is_read_inside_a_longer_question(clipped: Glossary, text: str, term: str) -> None:
    assert outcome(clipped, text) == ("answer", [term])


def test_a_name_typed_short_in_a_question_about_an_amount_is_not_answered(clipped: Glossary) -> None:
    assert outcome(clipped, "how much capex is left in the FY25 budget?")[0] != "answer"
