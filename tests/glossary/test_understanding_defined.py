"""Names a definition gives its own term, over a real SQLite glossary: "A virtual machine (VM) is ..."
makes VM a name of Virtual Machine, and an acronym whose definition opens with its expansion (or writes
it before "(ESG)") is found by the expansion. Only where the letters are the name's initials; never
stored, shown or exported; other senses of the abbreviation stay senses; cold and warm asks agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import key_index, yaml_io
from glossary.defined import defined_names
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("vm", "Virtual Machine", "A virtual machine (VM) is a computer emulated in software on a host."),
    Term("containers", "Containers", "A running process with its own file system, lighter than a machine."),
    Term("caas", "Containers as a Service", "Containers-as-a-Service (CaaS) is a cloud service for containers."),
    Term("esg", "ESG", "environmental, social, and governance (ESG) standards that investors screen by."),
    Term("ldap", "LDAP", "The Lightweight Directory Access Protocol is a protocol for directory services."),
    Term("ebit", "EBIT", "short for earnings before interest and taxes; a measure of operating profit."),
    Term("paas", "PaaS", "Platform as a Service. An online platform that runs your code for you."),
    Term("ebpf", "eBPF", "eBPF, or extended Berkeley Packet Filter, is a way to run small programs in the kernel."),
    Term("dsa", "Data Sharing Agreement", "A contract on data, approved by the Small Business Administration (SBA)."),
    Term("vpn", "Virtual Private Network", "A tunnel (VPT) to the office network."),
    Term("esg-2", "Environmental Support Group", "A team that supports field offices.", aliases=["ESG"]),
]

defined = glossary_fixture("defined", TERMS)


@pytest.mark.parametrize(("question", "status", "ids"), [
    ("what's a VM", "answer", ["vm"]),
    ("pls eli5 what a VM is", "answer", ["vm"]),
    ("what is CaaS", "answer", ["caas"]),
    ("caas?", "answer", ["caas"]),
    ("is a VM the same as a container?", "compare", ["vm", "containers"]),
    ("vm vs container?", "compare", ["vm", "containers"]),
    ("containers vs VMs, quick version pls", "compare", ["containers", "vm"]),
])
def test_an_abbreviation_the_definition_introduces_is_a_name(defined: Glossary, question: str, status: str,
                                                             ids: list[str]) -> None:
    assert outcome(defined, question) == (status, ids)


@pytest.mark.parametrize(("question", "ids"), [
    ("what is environmental, social and governance", ["esg"]),
    ("what does Lightweight Directory Access Protocol mean", ["ldap"]),
    ("earnings before interest and taxes?", ["ebit"]),
    ("what is platform as a service", ["paas"]),
    ("define extended berkeley packet filter", ["ebpf"]),
])
def test_an_expansion_the_definition_opens_with_is_a_name(defined: Glossary, question: str, ids: list[str]) -> None:
    assert outcome(defined, question) == ("answer", ids)


def test_another_sense_of_the_abbreviation_stays_a_sense(defined: Glossary) -> None:
    # ESG is written as an alias of the support group and given by the ratings term's definition: both senses.
    status, ids = outcome(defined, "what is ESG")
    assert status == "ambiguous" and set(ids) == {"esg", "esg-2"}


@pytest.mark.parametrize("question", [
    "what is SBA",  # another body named in a definition is no name of the term defined
    "what is VPT",  # letters that are not the name's initials
    # "what is a DSA" is read through the name's initials now (tests/glossary/test_understanding_initialisms.py)
])
def test_only_the_terms_own_abbreviation_is_a_name(defined: Glossary, question: str) -> None:
    status, ids = outcome(defined, question)
    assert status not in ("answer", "ambiguous") or not {"dsa", "vpn"} & set(ids)


def test_names_the_definition_gives_are_not_stored_shown_or_exported(defined: Glossary) -> None:
    vm = defined.term("vm")
    assert vm is not None and vm.aliases == []
    exported = {t.id: t for t in yaml_io.parse(defined.export_yaml())}
    assert exported["vm"].aliases == [] and exported["esg"].aliases == []
    assert exported["vm"].to_dict() == vm.to_dict()


def test_a_cold_ask_reads_the_same_names(tmp_path: Path) -> None:
    """A new process answers from the stored keys: they hold the names a definition gives."""
    path = tmp_path / "g.db"
    warm = Glossary(path, seed=False, log_questions=False)
    warm.import_yaml(yaml_io.dump(TERMS))
    assert outcome(warm, "what's a VM") == ("answer", ["vm"])  # builds the index and stores its keys
    warm.close()
    cold = Glossary(path, seed=False, log_questions=False)
    assert key_index.is_current(cold.connections, cold.terms.version())
    assert outcome(cold, "what's a VM") == ("answer", ["vm"])
    assert cold._matcher is None  # answered from the stored keys, no full index built
    cold.close()


def test_keys_stored_under_older_rules_are_rebuilt(tmp_path: Path) -> None:
    g = Glossary(tmp_path / "g.db", seed=False, log_questions=False)
    g.import_yaml(yaml_io.dump(TERMS))
    version = g.terms.version()
    with g.connections.write() as db:  # what an older release stored: the bare version
        db.execute("insert or replace into meta (key, value) values (?, ?)", [key_index.VERSION_KEY, str(version)])
    assert not key_index.is_current(g.connections, version)
    assert outcome(g, "what's a VM") == ("answer", ["vm"])
    assert key_index.is_current(g.connections, version)
    g.close()


@pytest.mark.parametrize(("own", "definition", "names"), [
    (("Virtual Machine",), "Virtual machines (VMs) run on a hypervisor.", ["VM"]),
    (("Infrastructure as code",), "Infrastructure as code (IaC) is managing servers by files.", ["IaC"]),
    (("DevOps",), "Development and Operations. Practices that join the two.", ["Development and Operations"]),
    (("FedRAMP",), "Federal Risk and Authorization Management Program: a security process.",
     ["Federal Risk and Authorization Management Program"]),
    (("PKIX",), "Public Key Infrastructure for X.509 Certificates", []),  # not cut at "X."
    (("W3C",), "The World Wide Web Consortium (W3C) sets web standards.", []),  # a digit is no initial
    (("Accessibility",), "The Web Content Accessibility Guidelines (WCAG) apply.", []),
    (("AM",), "A morning meeting held daily.", []),  # the article is no initial
    (("CDN",), "A content delivery network (CDN) is a group of servers.", ["content delivery network"]),
])
def test_the_rule_over_definitions(own: tuple[str, ...], definition: str, names: list[str]) -> None:
    assert defined_names(own, (), definition) == names


def test_a_name_already_written_is_not_given_again() -> None:
    assert defined_names(("CDN",), ("Content Delivery Networks",), "A content delivery network (CDN) is ...") == []
    assert defined_names(("PORT 123",), ("NTP",), "Network Time Protocol (NTP)") == []  # an alias is not followed
