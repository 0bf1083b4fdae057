"""Messages that correct themselves, sign-offs typed without punctuation, and entries that only alias a
name (issue 13): over a real SQLite glossary, what the writer meant after "nvm", "I mean", "no wait" is
answered; "what is X Many thanks" asks about X; "PORT 67" aliased DHCP is no sense of DHCP; and a cold
lookup (nothing indexed yet) gives the same outcome as a warm one."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import yaml_io
from glossary.corrections import corrected
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("ingress", "ingress", "The rules that let traffic from outside reach services inside a cluster."),
    Term("egress", "egress", "Traffic leaving a network or cluster for the outside."),
    Term("clin", "CLIN", "Contract line item number: one priced item of a contract.", aliases=["contract line item"]),
    Term("opportunity-cost", "opportunity cost", "What you give up by choosing one option over the next best."),
    Term("costs", "costs", "Money spent to make or deliver something."),
    Term("ux", "user experience", "How using a product feels, from first click to last.", aliases=["UX"]),
    Term("ui", "user interface", "The screens and controls a person uses.", aliases=["UI"]),
    Term("erp", "ERP", "Enterprise resource planning: one system for finance, stock and orders."),
    Term("crm", "CRM", "Customer relationship management: the record of every customer contact."),
    Term("sla", "SLA", "Service level agreement: the service a provider promises, in numbers."),
    Term("debarment", "debarment", "Barring a company from government contracts for a time."),
    Term("api", "API", "Application programming interface: how programs ask each other for things."),
    Term("dhcp", "DHCP", "Dynamic Host Configuration Protocol: hands out network addresses to devices."),
    Term("port-67", "PORT 67", "The port a DHCP server listens on.", aliases=["DHCP"]),
    Term("port-68", "PORT 68", "The port a DHCP client listens on.", aliases=["DHCP"]),
    Term("grpc", "gRPC", "A fast way for services to call each other, with typed messages."),
    Term("rest", "REST", "A style of web API built on plain HTTP requests for resources."),
    Term("amortization", "amortization", "Spreading a cost or a loan over the periods it serves."),
    Term("depreciation", "depreciation", "Spreading what an asset cost over its useful life."),
]

corrections = glossary_fixture("corrections", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("whats the diference... nvm, just what's ingress", "ingress"),
    ("Can someone define `CLIN 0003` — I mean what's a `CLIN`", "clin"),
    ("opportunity cots lol i mean cost", "opportunity-cost"),  # a word mended in place
    ("ux vs ui — ok forget ui, what does ux mean", "ux"),
    ("what's the difference between egress and - actually no, just what is ingress", "ingress"),
    ("what is ERP, I mean CRM", "crm"),
    ("what is an ERP... jk. what's a CRM", "crm"),  # "just kidding" takes back what came before
    ("what's an ERP... no wait, the memo says 'debarment'. what is that", "debarment"),
])
def test_what_the_writer_meant_after_a_correction_is_answered(corrections: Glossary, text: str, term: str) -> None:
    assert outcome(corrections, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what does SLA mean, i mean in practice", "sla"),  # the correction asks nothing new: the message stands
    ("I always forget what SLA means", "sla"),  # "forget" that takes nothing back
    ("what does debarment mean? never mind the link, just explain", "debarment"),  # "never mind the link"
])
def test_a_correction_that_answers_nothing_leaves_the_message_as_it_was(corrections: Glossary, text: str,
                                                                       term: str) -> None:
    assert outcome(corrections, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("grpc vs rest? whats grpc", "grpc"),
    ("amortization, vs depreciation? just amortization pls", "amortization"),
    ("is it grpc or rest? wait first what is rest", "rest"),
])
def test_a_comparison_narrowed_by_the_next_sentence_asks_about_one_term(corrections: Glossary, text: str,
                                                                        term: str) -> None:
    assert outcome(corrections, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["grpc vs rest? what's the difference", "amortization vs depreciation? explain both",
                                  "grpc vs rest?"])
def test_a_comparison_not_narrowed_still_compares(corrections: Glossary, text: str) -> None:
    assert outcome(corrections, text)[0] == "compare"


def test_corrected_text() -> None:
    assert corrected("what is x i mean what is y") == "what is y"
    assert corrected("opportunity cots lol i mean cost") == "opportunity cost"
    assert corrected("what is ERP, I mean CRM") == "CRM"
    assert corrected("no correction here, what is SLA") is None
    assert corrected("what is x? nvm") is None  # nothing after it
    assert corrected("no kidding, what is an SLA") is None  # no take-back
    long = "i mean " * 20_000 + "what is SLA"
    assert corrected(long) == "what is SLA"


@pytest.mark.parametrize(("text", "term"), [
    ("Morning! what is debarment Many thanks in advance.", "debarment"),
    ("Dear colleagues, what is debarment need it for a deck this afternoon.", "debarment"),
    ("For the month-end pack, what is ERP Cheers", "erp"),
])
def test_a_sign_off_typed_without_punctuation_ends_the_name(corrections: Glossary, text: str, term: str) -> None:
    assert outcome(corrections, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["what is an API Key", "what is an api Key", "what is an API key"])
def test_a_capitalised_noun_after_a_name_still_makes_a_longer_name(corrections: Glossary, text: str) -> None:
    assert outcome(corrections, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize("text", [
    "what is DHCP", "dhcp?", "what does lowercase dhcp reservation mean - i mean what's dhcp"])
def test_an_entry_that_only_aliases_a_name_is_no_sense_of_it(corrections: Glossary, text: str) -> None:
    assert outcome(corrections, text) == ("answer", ["dhcp"])


def test_a_cold_lookup_gives_the_warm_outcome(tmp_path: Path) -> None:
    """Before anything is indexed, several senses or a bare expansion go through the whole pipeline."""
    path = tmp_path / "g.db"
    Glossary(path, seed=False, log_questions=False).import_yaml(yaml_io.dump(TERMS))
    cold = Glossary(path, seed=False, log_questions=False)
    first = outcome(cold, "what is DHCP")
    warm = Glossary(path, seed=False, log_questions=False)
    warm.lookup("warm up")
    assert first == outcome(warm, "what is DHCP") == ("answer", ["dhcp"])
