"""Issue 13, acronyms answered alone but not inside a longer message, over a real SQLite glossary:
- the message's other words belong to the field of the acronym's only reading ("COGS ... on the vendor's
  financial statement", a business entry): evidence for that reading, not against it;
- a closing question that names one term outright ("what is FOIA", "esg = ?") beats terms the story
  before it only mentions ("customer said our pricing ...")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

_BUSINESS = [Term(f"biz{n}", f"business topic {name}", f"A financial matter about {name} on the statement.",
                  tags=["business"]) for n, name in enumerate(
    "ledgers budgets audits invoices payroll margins dividends equity assets liabilities revenue expenses "
    "forecasts accruals reserves loans bonds taxes leases grants".split())]
_IT = [Term(f"it{n}", f"computing topic {name}", f"A server matter about {name} in the network.", tags=["it"])
       for n, name in enumerate("routers switches firewalls caches queues disks kernels shells drivers ports "
                                "sockets packets frames hosts clusters nodes pods images volumes certs".split())]
TERMS = [
    Term("cogs", "cost of goods sold", "What the items a company sold cost it to make or buy.", tags=["business"]),
    Term("fs", "financial statement", "A formal record of a company's finances.", tags=["business"]),
    Term("pta", "precedent transaction analysis", "Valuing a company by prices paid for similar ones.",
         tags=["business"]),
    Term("privacy", "privacy impact assessment", "A review of how a system handles personal data.", tags=["it"]),
    Term("foia", "Freedom of Information Act (FOIA)", "A law that lets the public request government records."),
    Term("pricing", "pricing", "How a price is set."),
    Term("rfp", "RFP", "Request for proposal: a solicitation asking vendors for offers."),
    Term("esg", "ESG", "Environmental, social and governance criteria."),
    Term("sla", "SLA", "A promise about service levels."),
    Term("slo", "SLO", "The target a service aims for."),
    *_BUSINESS, *_IT,
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "acro9", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    # words of the reading's own field: answered, as "What is COGS?" alone is
    ("What is COGS? It was on the vendor's financial statement.", ("answer", ["cogs"])),
    ("What is COGS?", ("answer", ["cogs"])),
    # words of another field only: offered, never answered ("PTA in privacy land")
    ("what is PTA in privacy impact land", ("suggest", ["pta"])),
    # the closing question names the term outright; the story only mentions others
    ("customer said our pricing could be released under FOIA?? what is FOIA", ("answer", ["foia"])),
    ("prospect's RFP has whole ESG section. esg = ?", ("answer", ["esg"])),
    ("notes from the call\n- call the vendor back?\n\nESG = ?", ("answer", ["esg"])),  # "= ?" asks as "?" does
    ("the RFP mentions pricing. whats ESG", ("answer", ["esg"])),
])
def test_acronym_inside_a_longer_message(glossary: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(glossary, text) == expected


@pytest.mark.parametrize("text", [
    "customer said our pricing could be released?? what is the SLA or the SLO",  # two terms asked at the end
    "pricing was in the RFP?? ESG and FOIA?",  # two terms at the end, neither named outright
])
def test_left_to_the_cues(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] != "answer"
