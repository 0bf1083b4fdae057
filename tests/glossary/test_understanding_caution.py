"""Caution without losing recall (issue 13, round 4), over a real SQLite glossary: a span that covers only
part of the asked noun phrase is at most suggested; a question word that points at an unknown word makes
the terms around it context, not the answer; a term in another clause than the one asked is not the
answer; a comparison with one side unknown never answers the other side alone. Each mechanism is checked
on several phrasings, and on the look-alike questions it must still answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, glossary_of, outcome

TERMS = [
    Term("revenue", "revenue", "Money a business takes in from its customers."),
    Term("autoscaling", "autoscaling", "Adding or removing servers as load changes."),
    Term("invoice", "invoice", "A bill sent to a customer."),
    Term("margin", "margin", "What is left of a sale after its cost."),
    Term("ebit", "EBIT", "Earnings before interest and taxes."),
    Term("iana", "Assigned Numbers Authority", "The Internet Assigned Numbers Authority (IANA) keeps port "
         "numbers.", aliases=["IANA"]),
    Term("rto", "RTO", "Recovery time objective: how long a restore may take."),
    Term("ingress", "ingress", "The way traffic from outside reaches services in a cluster."),
    Term("wcag", "WCAG", "Web Content Accessibility Guidelines."),
    Term("isso", "ISSO", "Information system security officer."),
    Term("sla", "SLA", "A promise about service levels.", aliases=["service level agreement"]),
    Term("slo", "SLO", "A target for one service level.", aliases=["service level objective"]),
    Term("saml", "SAML", "A standard for single sign-on."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "caution", TERMS)



@pytest.mark.parametrize("text", [
    "what is annual recurring revenue", "what does annual recurring revenue mean", "define net revenue",
    "can you explain strategic autoscaling", "what's a proforma invoice?", "gross margin meaning",
    "what is our contribution margin", "what does predictive autoscaling mean", "digital invoice meaning",
])
def test_a_span_covering_part_of_the_asked_phrase_is_never_the_answer(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize("text", ["can you explain strategic autoscaling", "what does predictive autoscaling mean",
                                  "what is reactive autoscaling?", "what does annual recurring revenue mean"])
def test_the_part_found_is_offered_as_did_you_mean(glossary: Glossary, text: str) -> None:
    status, ids = outcome(glossary, text)
    assert status == "suggest" and ids[0] in ("autoscaling", "revenue")


@pytest.mark.parametrize(("text", "term"), [
    ("what is revenue", "revenue"),
    ("what is a typical SLA", "sla"),
    ("what's the usual SLO?", "slo"),
    ("the cfo keeps mentioning ebit, what is it", "ebit"),
    ("we need autoscaling, what is autoscaling?", "autoscaling"),
    ("What is the Internet Assigned Numbers Authority?", "iana"),  # the definition spells the longer name
    ("Please what is the signification of SAML?", "saml"),
])
def test_plain_modifiers_verbs_and_spelt_out_names_still_answer(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "What is an RPO? the DR plan lists one next to the RTO",
    "We set up ingress and some sidecars. Now security asks about a NetworkPolicy. what's a NetworkPolicy?",
    "Our review (a11y, WCAG, 508) passed. They want an 'ACR' attached to the purchase. What's an ACR?",
])
def test_a_question_pointing_at_an_unknown_word_never_answers_a_term_around_it(glossary: Glossary,
                                                                               text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize("text", [
    "what's the difference between an ISSM and an ISSO?",
    "what's the difference between SLI and SLA",
    "how does SLI differ from SLA",
])
def test_a_comparison_with_one_side_unknown_never_answers_the_other_side(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_comparison_of_two_known_terms_still_compares(glossary: Glossary) -> None:
    assert outcome(glossary, "SLA vs SLO") == ("compare", ["sla", "slo"])


# -- the question word points at something that is no term: the terms around it are context ---------------
FIELD_TERMS = [Term("procurement", "procurement", "Buying goods and services for an organisation."),
               Term("dc", "DC", "Direct current."), Term("neo", "NEO", "New employee orientation."),
               Term("sf", "SF", "Standard form."), Term("fed", "Fed", "The US central bank."),
               Term("omo", "open market operations", "The central bank buying and selling bonds.")]


fields = glossary_fixture("fields", FIELD_TERMS)


@pytest.mark.parametrize("text", [
    "what is a debriefing in procurement", "what's the weather in DC tomorrow", "what is the dress code at DC?",
    "I did NEO last week. what is an SF-50??", "what's a purchase card in procurement?",
])
def test_a_question_about_an_unknown_thing_in_a_known_field_is_not_answered_with_the_field(
        fields: Glossary, text: str) -> None:
    assert outcome(fields, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "term"), [
    ("what is procurement", "procurement"), ("what is DC in electronics", "dc"),
    ("what are the Fed's open market operations?", "omo"), ("I did NEO. what is an SF?", "sf"),
])
def test_the_term_itself_asked_in_a_field_or_after_a_possessive_is_still_answered(
        fields: Glossary, text: str, term: str) -> None:
    assert outcome(fields, text) == ("answer", [term])


# -- what ends a term's phrase, and naming a term as a word ------------------------------------------------
PHRASE_TERMS = [Term("sla", "SLA", "A promise about service levels."),
                Term("liquidity-risk", "liquidity risk", "The risk of not having cash when a bill is due."),
                Term("payment", "payment", "Money handed over for something.")]


phrasing = glossary_fixture("phrasing", PHRASE_TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("explain me the SLA please", "sla"), ("what is the meaning of the SLA word", "sla"),
    ("i dont understand the term liquidity risk, help?", "liquidity-risk"), ("the acronym SLA keeps coming up", "sla"),
    ("tell us the SLA", "sla"),
])
def test_courtesies_verbs_and_naming_a_word_end_the_phrase_and_ask(phrasing: Glossary, text: str, term: str) -> None:
    assert outcome(phrasing, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["what are payment terms", "what is a payment term",
                                  "we need a new term for our payment plan"])
def test_a_longer_name_nobody_defined_is_still_not_its_first_word(phrasing: Glossary, text: str) -> None:
    assert outcome(phrasing, text)[0] not in ("answer", "ambiguous")


# -- the sentence that asks is the question's scope ---------------------------------------------------------
SCOPE_TERMS = [Term("lpta", "LPTA", "Lowest price technically acceptable: the cheapest offer that meets the bar."),
               Term("best-value", "best value", "Choosing the offer with the best mix of price and quality."),
               Term("mvp", "MVP", "Minimum viable product."),
               Term("jensen", "Jensen's alpha", "How much a fund beat the return its risk predicts."),
               Term("idiq", "IDIQ", "A contract for an open quantity of work over a period.")]


scoped = glossary_fixture("scoped", SCOPE_TERMS)


@pytest.mark.parametrize("text", [
    "I understand LPTA and best value now. But the contracting officer mentioned price realism. what is price "
    "realism?",
    "We need to ship an MVP by the end of the sprint. Someone keeps saying 'north star metric'. what's that?",
    "The MVP is almost done. What is a burndown chart?",
])
def test_terms_in_other_sentences_than_the_question_are_not_its_answer(scoped: Glossary, text: str) -> None:
    assert outcome(scoped, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "term"), [
    ('Hello, I came across "Jensen\'s alpha" in a fund report. Could you explain what it measures?', "jensen"),
    ("We keep talking about the MVP in standup. Can someone explain?", "mvp"),
    ("The contract was awarded as an IDIQ. What exactly is an IDIQ contract?", "idiq"),
    ("The MVP is almost done. What is an MVP exactly?", "mvp"),
])
def test_a_question_that_points_back_or_names_nothing_reads_the_sentence_before(
        scoped: Glossary, text: str, term: str) -> None:
    assert outcome(scoped, text) == ("answer", [term])


# -- everyday words as second-hand names: days, "us" ---------------------------------------------------------
EVERYDAY_TERMS = [Term("fri", "FRI", "Friday, as written in rosters.", aliases=["Friday"]),
                  Term("u-s", "U.S.", "Short for United States.", aliases=["United States"])]


everyday = glossary_fixture("everyday", EVERYDAY_TERMS)


@pytest.mark.parametrize("text", ["is the Denver office open on Fridays?", "can you help us out here?",
                                  "we ship by Friday?", "tell us more"])
def test_an_everyday_word_after_a_preposition_or_a_pronoun_is_not_a_term(everyday: Glossary, text: str) -> None:
    assert outcome(everyday, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "term"), [("what does U.S. stand for", "u-s"), ("what is the US", "u-s"),
                                            ("what does FRI mean?", "fri")])
def test_the_same_names_asked_about_are_answered(everyday: Glossary, text: str, term: str) -> None:
    assert outcome(everyday, text) == ("answer", [term])


@pytest.mark.parametrize("text", [
    "I know what an MVP and an IDIQ are. But what is a 'fallen angel' bond?",
    "We covered the MVP and LPTA in training. The homework asks about 'equivalent annual cost'. What does that mean?",
])
def test_terms_the_story_names_are_not_read_as_the_exact_question(scoped: Glossary, text: str) -> None:
    assert outcome(scoped, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_comparison_told_in_the_story_is_not_the_question(scoped: Glossary) -> None:
    text = "I understand LPTA vs best value from the course. But what is price realism?"
    assert outcome(scoped, text)[0] not in ("answer", "ambiguous", "compare")
    assert outcome(scoped, "I keep mixing them up. LPTA vs best value?") == ("compare", ["lpta", "best-value"])
