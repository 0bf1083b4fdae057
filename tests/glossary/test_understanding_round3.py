"""General understanding mechanisms, round 3 (issue 13), each on phrasings of its own over a real SQLite
glossary: "IT" is a term and "it" a pronoun, aspects of a named term, the other meaning of the last answer,
the other terms a question names, unknown replies that name only the unknown word, everyday words that are
not acronyms mid-sentence, and the first word of a longer name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary import aspects
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("it", "IT", "The department that runs the company's computers.", aliases=["information technology"]),
    Term("sla", "SLA", "A promise about service levels.", aliases=["service level agreement"]),
    Term("slo", "SLO", "A target for one service level.", aliases=["service level objective"]),
    Term("kpi", "KPI", "A metric leadership watches.", aliases=["key performance indicator"]),
    Term("okr", "OKR", "An objective with measurable key results.", aliases=["objectives and key results"]),
    Term("ebitda", "EBITDA", "Profit before interest, taxes, depreciation and amortization.",
         owner="finance@example.com"),
    Term("capex", "capex", "Money spent on long-lived assets."),
    Term("opex", "opex", "Money spent on running the business."),
    Term("mrr", "MRR", "Monthly recurring revenue.", examples=["MRR grew 4% in March."]),
    Term("churn", "churn", "Customers who leave in a period.", examples=["Churn was 2% last month.",
                                                                         "We lost 40 accounts: churn."]),
    Term("sql-lang", "SQL", "A language for querying databases.", aliases=["structured query language"]),
    Term("sql-lead", "SQL", "A lead sales has qualified.", aliases=["sales qualified lead"]),
    Term("eta", "ETA", "Estimated time of arrival.", aliases=["estimated time of arrival"]),
    Term("sidecar", "sidecar container", "A helper container next to the main one in a pod."),
    Term("microservices", "microservices architecture", "Building an application as many small services."),
    Term("tracker", "issue tracker", "Software that tracks work items.", aliases=["Jira issue"]),
    Term("k8s", "Kubernetes", "Software that runs containers across many machines.", aliases=["k8s"]),
    Term("uptime", "uptime", "The share of time a service works."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "understanding3", TERMS)



@pytest.mark.parametrize("text", ["what does IT mean", "what does IT stand for?", "IT meaning", "who owns IT?",
                                  "ok, what is IT again"])
def test_it_in_capitals_is_the_term_never_the_pronoun_of_a_follow_up(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text, last="sla") == ("answer", ["it"])


@pytest.mark.parametrize("text", ["what does it mean", "who owns it?", "what is it again", "WHAT DOES IT MEAN"])
def test_it_in_lower_case_or_starting_a_sentence_refers_back(glossary: Glossary, text: str) -> None:
    result = glossary.lookup(text, last="sla")
    assert (result.status, result.followup, result.matches[0].id) == ("answer", "about_last", "sla")


def test_a_pronoun_is_read_as_written() -> None:
    assert aspects.refers_back("what does it mean") and aspects.refers_back("Ok. It means what?")
    assert not aspects.refers_back("what does IT mean") and not aspects.refers_back("who owns IT?")


def test_how_is_it_in_capitals_different_is_a_comparison_of_the_named_terms(glossary: Glossary) -> None:
    assert outcome(glossary, "how is IT different from an SLA?", last="kpi") == ("compare", ["it", "sla"])


@pytest.mark.parametrize(("text", "first", "also"), [
    ("ebitda, capex, opex", "ebitda", ["capex", "opex"]),
    ("what's an SLA?? also what is uptime", "sla", ["uptime"]),  # the first question asked, the other offered
])
def test_other_terms_a_question_names_are_offered_with_the_answer(glossary: Glossary, text: str, first: str,
                                                                  also: list[str]) -> None:
    result = glossary.lookup(text)
    assert (result.status, result.matches[0].id) == ("answer", first)
    assert [m.id for m in result.also] == also
    assert [m["id"] for m in result.to_dict()["also"]] == also


@pytest.mark.parametrize(("text", "ids"), [("what's a KPI and an OKR", ["kpi", "okr"]),
                                          ("what do SLA and SLO mean", ["sla", "slo"])])
def test_terms_asked_about_together_are_compared(glossary: Glossary, text: str, ids: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", ids)


@pytest.mark.parametrize("text", ["what is SLA", "SLA?", "explain the service level agreement to me"])
def test_a_question_about_one_term_offers_nothing_else(glossary: Glossary, text: str) -> None:
    result = glossary.lookup(text)
    assert result.status == "answer" and result.also == [] and "also" not in result.to_dict()


@pytest.mark.parametrize(("text", "term_id", "aspect"), [
    ("who owns SLA", "sla", "owner"), ("who owns ebitda?", "ebitda", "owner"),
    ("who is the owner of the KPI?", "kpi", "owner"), ("another example of MRR", "mrr", "example"),
    ("one more example for churn please", "churn", "example"), ("give me an example of churn", "churn", "examples"),
    ("simpler please: EBITDA", "ebitda", "simpler"), ("explain opex in plain english", "opex", "simpler"),
    ("capex, simpler", "capex", "simpler"), ("what's related to churn?", "churn", "related"),
])
def test_an_aspect_of_a_named_term_is_answered_without_history(glossary: Glossary, text: str, term_id: str,
                                                               aspect: str) -> None:
    result = glossary.lookup(text)
    assert (result.status, [m.id for m in result.matches], result.aspect) == ("answer", [term_id], aspect)


@pytest.mark.parametrize("text", ["and the other one?", "the other meaning?", "what else can it mean",
                                  "ok and the second one", "any other meanings?"])
def test_the_other_meaning_after_an_ambiguous_answer(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text, last="sql-lang") == ("answer", ["sql-lead"])
    assert outcome(glossary, text, last="sql-lead") == ("answer", ["sql-lang"])


def test_the_other_meaning_of_a_term_with_one_says_so(glossary: Glossary) -> None:
    result = glossary.lookup("the other meaning?", last="churn")
    assert (result.status, result.aspect, result.matches[0].id) == ("answer", "other", "churn")
    assert glossary.lookup("and the other one?").followup == "about_last"  # no history: "ask me first"


@pytest.mark.parametrize(("text", "named"), [
    ("idempotent means? the devs keep using it", "idempotent"),
    ("Sorry if this is basic. What does zorblaxing mean? The platform folks keep saying it.", "zorblaxing"),
    ("can someone tell me what the heck a kubelet thingamajig is", "kubelet thingamajig"),
])
def test_an_unknown_reply_names_only_the_unknown_words(glossary: Glossary, text: str, named: str) -> None:
    result = glossary.lookup(text)
    assert (result.status, result.subject) == ("unknown", named)


def test_an_everyday_word_in_lower_case_is_an_acronym_only_when_clearly_asked(glossary: Glossary) -> None:
    for text in ["hey what's the eta on the new dashboard", "what's the eta for the release of the app"]:
        assert outcome(glossary, text)[0] not in ("answer", "ambiguous")
    for text in ["eta", "what does eta mean", "what's the eta?", "what is ETA on the new dashboard?"]:
        assert outcome(glossary, text) == ("answer", ["eta"])


def test_a_question_word_pointing_at_an_unknown_word_does_not_answer_a_later_term(glossary: Glossary) -> None:
    assert outcome(glossary, "what are kubelets in k8s")[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "expected"), [
    ("sidecars", ("answer", ["sidecar"])), ("what are sidecars in k8s", ("answer", ["sidecar"])),
    ("what are microservices?", ("answer", ["microservices"])), ("sidecar", ("suggest", ["sidecar"])),
    ("what is Jira", ("suggest", ["tracker"])),
])
def test_the_first_word_of_a_longer_name_suggests_it_and_answers_only_a_plural(glossary: Glossary, text: str,
                                                                               expected: tuple) -> None:
    assert outcome(glossary, text) == expected


@pytest.mark.parametrize("word,upper", [("it", "IT"), ("it?", "IT"), ("am", "AM"), ("us", None), ("so", None)])
def test_a_function_word_in_lower_case_is_never_an_acronym_even_alone(word: str, upper: str | None,
                                                                      tmp_path: Path) -> None:
    """"it" alone is the pronoun; "IT" is the department. Cold (keys only) and warm give the same outcome."""
    glossary = Glossary(tmp_path / "words.db")
    assert glossary.lookup(word).status == "unknown"  # cold: answered from the stored keys, or not at all
    glossary.lookup("SLA")  # now the full index is built
    assert glossary.lookup(word).status == "unknown"
    if upper:
        assert glossary.lookup(upper).status == "answer"
    glossary.close()
