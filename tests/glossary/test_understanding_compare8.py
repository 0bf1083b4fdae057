"""Issue 13, over a real SQLite glossary: a comparison narrowed by a correction ("IFRS vs GAAP — sorry, one
at a time, what is IFRS") asks about one term; "same or different", "which one", "each", "these" and "one
rather than the other" after two named terms compare them; "vs." is no full stop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("ifrs", "International Financial Reporting Standards (IFRS)", "Accounting rules used in most countries."),
    Term("gaap", "generally accepted accounting principles (GAAP)", "The accounting rules used in the US."),
    Term("ciso", "CISO", "The executive in charge of information security."),
    Term("cio", "CIO", "The executive in charge of information technology."),
    Term("npv", "net present value (NPV)", "Today's value of a project's future cash flows, less its cost."),
    Term("irr", "internal rate of return (IRR)", "The yearly return at which a project's cash flows net to zero."),
    Term("aes", "AES", "A symmetric encryption standard."),
    Term("des", "DES", "An older symmetric encryption standard."),
    Term("rfp", "request for proposal", "A solicitation asking vendors to propose a solution and a price."),
    Term("rfq", "request for quotation", "A solicitation asking vendors for a price quote."),
    Term("containerization", "containerization", "Packaging software with everything it needs to run."),
    Term("virtualization", "virtualization", "Running several virtual machines on one physical machine."),
    Term("mvp", "MVP", "Minimum viable product: the smallest thing worth releasing."),
    Term("poc", "proof of concept", "A small test that an idea can work."),
    Term("cost-analysis", "cost analysis", "Reviewing each element of an offeror's cost."),
    Term("price-analysis", "price analysis", "Judging a price without looking at its cost elements."),
    Term("qasp", "QASP", "The government's plan for checking a contractor's work."),
    Term("qcp", "QCP", "The contractor's own plan for controlling quality."),
    Term("2fa", "2FA", "Signing in with two proofs of identity."),
    Term("mfa", "MFA", "Signing in with more than one proof of identity."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "compare8", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("IFRS vs gaap — sorry, one at a time, what is IFRS", "ifrs"),
    ("ciso vs cio — sorry, just what does a CISO do", "ciso"),
    ("npv vs irr - sorry, just npv, what is it", "npv"),
    ("is 2fa same as mfa? what is 2fa", "2fa"),
    ("aes vs des — what's DES exactly?", "des"),
    ("What is AES... sorry no, what is an RFQ?", "rfq"),
])
def test_a_correction_narrows_a_comparison_to_one_term(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize(("text", "terms"), [
    ("is containerization like virtualization or totally different", ["containerization", "virtualization"]),
    ("npv and irr — do they tell you the same thing or different", ["npv", "irr"]),
    ("AES and DES — is DES just the older AES or totally different", ["aes", "des"]),
    ("RFP or RFQ — which one do we get when the agency just wants a price?", ["rfp", "rfq"]),
    ("RFP vs. RFQ — which one do we get when the agency just wants a price?", ["rfp", "rfq"]),
    ("The contractor wants an MVP, but my director asked for a proof of concept. Are these different things?",
     ["mvp", "poc"]),
    ("1. What is cost analysis?\n2. What is price analysis?\n3. When do we use one rather than the other?",
     ["cost-analysis", "price-analysis"]),
    ("QASP vs QCP: who writes each, and what is the difference?", ["qasp", "qcp"]),
    ("Can you explain me the difference between NPV and IRR?", ["npv", "irr"]),
    ("NPV vs IRR — sorry, what's the difference?", ["npv", "irr"]),
])
def test_same_or_different_and_which_one_compare(glossary: Glossary, text: str, terms: list[str]) -> None:
    assert outcome(glossary, text) == ("compare", terms)


@pytest.mark.parametrize(("text", "status", "terms"), [
    ("what is the CISO? sorry if this is basic", "answer", ["ciso"]),  # an apology, not a correction
    ("we discussed NPV and IRR. who owns the model?", "unknown", []),
])
def test_left_alone(glossary: Glossary, text: str, status: str, terms: list[str]) -> None:
    assert outcome(glossary, text) == (status, terms)


@pytest.mark.parametrize(("text", "term"), [
    ("WHAT IS AN MVP sorry caps lock", "mvp"),  # no comma: the apology breaks off nothing
    ("AES — is that just encryption or something different", "aes"),  # one term, no second side
])
def test_one_term_is_no_comparison(glossary: Glossary, text: str, term: str) -> None:
    status, found = outcome(glossary, text)
    assert status != "compare" and set(found) <= {term}
