"""Issue 13, round 6, over a real SQLite glossary: a question about one instance of a term ("what's the
SLA on our contract?") or an action on it ("can you reset my MFA?") is not answered with a definition,
only offered; an acronym is one word, never separate words typed with spaces ("I am", "what's a")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_of, outcome

TERMS = [
    Term("sla", "SLA", "A promise about service levels."),
    Term("slo", "SLO", "The target a service aims for."),
    Term("wacc", "weighted average cost of capital (WACC)", "What a company pays, on average, for its money."),
    Term("mfa", "MFA", "Signing in with a second proof besides the password."),
    Term("pr", "pull request", "A proposed change to code, waiting for review."),
    Term("isso", "ISSO", "The person who keeps a system's security paperwork current."),
    Term("irr", "internal rate of return (IRR)", "The yearly return at which a project's cash flows net to zero."),
    Term("iam", "IAM", "Who may sign in, and what they may do."),
    Term("sa", "SA", "Source address."),
    Term("k8s", "Kubernetes", "Software that runs containers across many machines."),
]


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "round6", TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("what's the SLA on the Epic support contract?", "sla"),
    ("what's our current SLO for the login service? 99.9 or 99.95?", "slo"),
    ("who's the ISSO for our system these days?", "isso"),
    ("what WACC did we use in the Q3 capital model, 7 or 8%?", "wacc"),
    ("which SLA do we have with the vendor", "sla"),
    ("can you reset my MFA? got a new phone", "mfa"),
    ("can someone review my pull request? it's #482, small one", "pr"),
    ("my MFA keeps failing every morning when I sign in, can you fix it?", "mfa"),
    ("whats the current WACC", "wacc"), ("what's the latest SLO? ops changed it", "slo"),
    ("whats the SLA on the Epic support contract?", "sla"),
    ("can I have the SLA by friday? legal is waiting", "sla"),  # asks to be given it
    ("can you help me configure MFA for the new hires? 12 accounts", "mfa"),  # the verb helped with asks
    ("can you set up MFA for me, definitely by friday", "mfa"),  # "definitely" is no word of meaning
])
def test_an_instance_or_an_action_is_offered_not_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("suggest", [term])


@pytest.mark.parametrize(("text", "term"), [
    ("what is the SLA", "sla"), ("can you explain the SLA", "sla"), ("what is the IRR of a project", "irr"),
    ("I was asked to be the ISSO for the data migration. what is an ISSO?", "isso"),
    ("could you kindly explain what MFA is? I saw it in the onboarding mail", "mfa"),
    ("can you use 'pull request' in an example sentence please", "pr"),
    ("what does WACC stand for", "wacc"), ("whats the WACC", "wacc"),
    ("what's the current SLO mean?", "slo"),
    ("can I ask what an ISSO is?", "isso"), ("can I have a quick explanation of MFA", "mfa"),
    ("can you help me understand MFA", "mfa"), ("can I get a quick rundown on MFA?", "mfa"),
    ("can we have a primer on the SLA?", "sla"), ("the SLA for a server that is down, how does it work?", "sla"),
])
def test_a_question_about_the_meaning_is_still_answered(glossary: Glossary, text: str, term: str) -> None:
    assert outcome(glossary, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["what's a stand-up meeting", "i am", "S a"])
def test_words_typed_apart_are_not_an_acronym(glossary: Glossary, text: str) -> None:
    assert outcome(glossary, text)[0] == "unknown"


def test_an_aside_written_as_words_does_not_steal_the_question(glossary: Glossary) -> None:
    text = "Jargon Bot, kubernetes please explain for non technical person (I am in finance)"
    assert outcome(glossary, text) == ("answer", ["k8s"])
    assert outcome(glossary, "what is IAM") == ("answer", ["iam"])


LIKENED_TERMS = [
    Term("ebit", "EBIT", "Earnings before interest and taxes."),
    Term("junk", "junk bonds", "Bonds rated below investment grade."),
    Term("siem", "SIEM", "A system that gathers security logs and raises alerts."),
    Term("annuity-due", "annuity due", "An annuity paid at the start of each period."),
    Term("isso", "ISSO", "The person who keeps a system's security paperwork current."),
    Term("issm", "ISSM", "The manager of a program's security officers."),
    Term("contract", "contract", "A binding agreement."),
]


@pytest.fixture(scope="module")
def likened(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "likened", LIKENED_TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("is EBIT basically operating profit?", "ebit"), ("are junk bonds just bonds that are low rated?", "junk"),
    ("is SIEM basically a big log search tool for security?", "siem"),
    ("> we'll revisit annuity due next quarter\nwhat does that mean?", "annuity-due"),
])
def test_a_term_likened_to_words_or_followed_by_a_date_is_answered(likened: Glossary, text: str, term: str) -> None:
    assert outcome(likened, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["ISSM vs payroll", "is foo basically EBIT?", "what was our EBIT last quarter?",
                                  "🎉🎉🎉 we did it, we won the contract!!"])
def test_one_known_side_a_date_or_a_cheer_is_not_answered(likened: Glossary, text: str) -> None:
    assert outcome(likened, text)[0] not in ("answer", "ambiguous")


STATED_TERMS = [
    Term("balance-sheet", "balance sheet", "What a company owns and owes on one day."),
    Term("co", "contracting officer", "The official who may sign a government contract."),
    Term("ux", "UX", "User experience: how using a product feels."),
    Term("ehr", "EHR", "Electronic health record."),
    Term("beta", "beta", "How much a stock moves with the market."),
]


@pytest.fixture(scope="module")
def stated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "stated", STATED_TERMS)


@pytest.mark.parametrize("text", ["the balance sheet for Q3 is on the drive, fyi",
                                  "I submitted the SOW to the contracting office yesterday.",
                                  "what is a service blueprint (UX)"])
def test_a_statement_or_a_field_in_brackets_is_not_answered(stated: Glossary, text: str) -> None:
    assert outcome(stated, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "term"), [
    ("balance sheet for dummies?", "balance-sheet"), ("who is the contracting officer", "co"),
    ("I need a definition of balance sheet", "balance-sheet"), ("what is an EHR (electronic health record)", "ehr"),
    ("beta (finance)?", "beta"), ("balance sheet", "balance-sheet"),
])
def test_questions_requests_and_restatements_are_still_answered(stated: Glossary, text: str, term: str) -> None:
    assert outcome(stated, text) == ("answer", [term])


WORD_TERMS = [
    Term("vm", "VM", "A virtual machine."), Term("vms", "VMS", "A video management system."),
    Term("acl", "ACL", "An access control list."), Term("acls", "ACLS", "Advanced cardiac life support."),
    Term("id", "ID", "Identification.", aliases=["identification"]),
    Term("systematic", "systematic risk", "Risk that spreading investments cannot remove."),
    Term("cesting", "CESTING", "A made-up acronym."),
]


@pytest.fixture(scope="module")
def words(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "words", WORD_TERMS)


@pytest.mark.parametrize(("text", "term"), [("what are ACLs", "acl"), ("what are VMs", "vm"),
                                            ("what does ACLS mean", "acls")])
def test_an_acronym_with_a_small_s_is_the_plural_of_the_shorter_one(words: Glossary, text: str, term: str) -> None:
    assert outcome(words, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["golden image for the VMs, what does it mean", "de-identification??",
                                  "what is unsystematic risk", "how does testing work"])
def test_a_prefixed_word_or_a_plural_is_not_a_typo_of_a_name(words: Glossary, text: str) -> None:
    status, ids = outcome(words, text)
    assert status not in ("answer", "ambiguous"), ids


PHRASE_TERMS = [Term("lb", "load balancer", "Spreads requests over several servers."),
                Term("merger", "conglomerate merger", "Two firms in unrelated businesses combine."),
                Term("cmmc", "CMMC", "A US defence cybersecurity certification."),
                Term("dod", "DoD", "The US Department of Defense.")]


@pytest.fixture(scope="module")
def phrased(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "phrased", PHRASE_TERMS)


@pytest.mark.parametrize(("text", "term"), [("what is a load balancer, analogy please", "lb"),
                                            ("conglomerate merger — example?", "merger"),
                                            ("what is cmmc, DoD client mentioned it", "cmmc")])
def test_a_comma_or_a_dash_ends_the_name(phrased: Glossary, text: str, term: str) -> None:
    assert outcome(phrased, text) == ("answer", [term])


REFERRED_TERMS = [Term("fasb", "FASB", "The board that sets US accounting standards."),
                  Term("fcf", "free cash flow", "Cash left after running the business and investing in it."),
                  Term("coe", "Centers of Excellence (CoE)", "Teams that help agencies modernise."),
                  Term("gsa", "GSA", "The agency that buys for the US government."),
                  Term("mtls", "mTLS", "Both sides of a connection prove who they are."),
                  Term("services", "services", "Work done for others.", ),
                  Term("mrr", "MRR", "Monthly recurring revenue."),
                  Term("want", "want", "A desire for something.")]


@pytest.fixture(scope="module")
def referred(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "referred", REFERRED_TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("FASB who are they", "fasb"), ("free cash flow — how is it calculated", "fcf"),
    ("Centers of Excellence (CoE) at GSA - what are they", "coe"), ("mTLS between services, what is it", "mtls"),
])
def test_a_pronoun_question_points_back_at_the_term_not_its_field(referred: Glossary, text: str, term: str) -> None:
    assert outcome(referred, text) == ("answer", [term])


def test_a_comparison_with_one_known_side_is_only_offered(referred: Glossary) -> None:
    status, ids = outcome(referred, "the slides mention both ARR and MRR, how do they differ?")
    assert status == "suggest" and ids == ["mrr"]
    assert outcome(referred, "I did not want to interrupt. what is it?")[0] != "answer"


def test_the_word_diff_is_never_typo_matched(tmp_path_factory: pytest.TempPathFactory) -> None:
    terms = [Term("dca", "differential competitive advantage", "Being better in one way buyers care about."),
             Term("micro", "microservices architecture", "An app built as many small services.")]
    for g in glossary_of(tmp_path_factory, "diff", terms):
        status, ids = outcome(g, "microservices vs monolith, what's the diff")
        assert "dca" not in ids and status != "answer"


ROUND7_TERMS = [Term("sku", "SKU", "A code for one sellable item."),
                Term("edi", "electronic data interchange (EDI)", "Businesses exchanging documents as data."),
                Term("vpn", "VPN", "An encrypted tunnel into the company network."),
                Term("rfi", "request for information (RFI)", "Asking the market what is possible."),
                Term("waf", "WAF", "A web application firewall."),
                Term("mtbf", "MTBF", "Mean time between failures."),
                Term("psy", "psychographic segmentation", "Grouping buyers by values and lifestyle."),
                Term("gp", "gross profit", "Revenue minus the cost of goods sold."),
                Term("edge", "edge computing", "Computing close to where data is made."),
                Term("fob", "FOB", "Free on board: where the buyer takes over the goods."),
                Term("po", "purchase order", "A buyer's written order.")]


@pytest.fixture(scope="module")
def round7(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Glossary]:
    yield from glossary_of(tmp_path_factory, "round7", ROUND7_TERMS)


@pytest.mark.parametrize(("text", "term"), [
    ("merch team says it's one product but 14 SKUs and I'm lost. is a SKU like a variant??", "sku"),
    ("the customer wants all POs via EDI. is EDI a system or a file format or?", "edi"),
    ("what is an r f i and when do we send one to suppliers", "rfi"),
    ("what is a w a f web application firewall", "waf"),
    ("the sorter vendor quotes a 'high MTBF' as a selling point. is that good? what is it", "mtbf"),
    ("agency proposal has a whole slide on psychographic segmentation, can you put it in plain words", "psy"),
    ("finance slide shows gross profit right under revenue, how is gross profit calculated?", "gp"),
    ("vendor pitched 'edge computing'. can someone give me the 2-sentence version of edge computing", "edge"),
    ("what does FOB mean on a purchase order", "fob"),
])
def test_round7_phrasings_are_answered(round7: Glossary, text: str, term: str) -> None:
    assert outcome(round7, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["is the VPN down?", "is the VPN down or is it just me?", "what is a b c", "S a"])
def test_a_state_or_letters_that_spell_nothing_are_not_answered(round7: Glossary, text: str) -> None:
    assert outcome(round7, text)[0] not in ("answer", "ambiguous")


def test_the_glossary_says_when_a_noun_is_a_kind(tmp_path_factory: pytest.TempPathFactory) -> None:
    terms = [Term("osi", "OSI", "A seven-layer model of how networks move data."),
             Term("contra", "contra asset", "An account that reduces the value of an asset."),
             Term("risk", "risk", "The chance that things go differently than planned.")]
    for g in glossary_of(tmp_path_factory, "kinds", terms):
        assert outcome(g, "Please explain the OSI model to me, the engineer says it's a layer 2 problem.") == \
            ("answer", ["osi"])
        assert outcome(g, "contra asset account??") == ("answer", ["contra"])
        assert outcome(g, "what's a risk model")[0] != "answer"


def test_a_quoted_phrase_and_a_three_letter_acronym_are_read_as_typed(tmp_path_factory: pytest.TempPathFactory) -> None:
    terms = [Term("ceo", "CEO", "The chief executive."), Term("wm", "WM", "Wireless modem."),
             Term("itr", "inventory turnover", "How often stock is sold and replaced in a year.")]
    for g in glossary_of(tmp_path_factory, "quoted", terms):
        assert outcome(g, "CEO says we need to be 'truly omnichannel'. buzzword or real thing? what does it mean")[0] \
            not in ("answer", "ambiguous")
        assert outcome(g, "what does WMS stand for?")[0] not in ("answer", "ambiguous")  # WMS is no plural of WM
        text = "the review says furniture 'turns twice a year'. I think that's inventory turnover? how does it work"
        assert outcome(g, text) == ("answer", ["itr"])


def test_a_guess_after_an_equals_sign_is_asked_about(tmp_path_factory: pytest.TempPathFactory) -> None:
    terms = [Term("cert", "digital certificate", "A file that proves a site is who it says."),
             Term("contract", "contract", "A binding agreement.")]
    for g in glossary_of(tmp_path_factory, "equals", terms):
        assert outcome(g, "the cert for our portal expired. cert = digital certificate? what does it do") == \
            ("answer", ["cert"])
        assert outcome(g, "recompete = ?")[0] == "unknown"


def test_the_sentence_that_asks_and_names_a_term_is_the_question(tmp_path_factory: pytest.TempPathFactory) -> None:
    terms = [Term("sls", "serverless", "Running code without managing servers."),
             Term("revrec", "revenue recognition", "When income may be booked."),
             Term("canary", "canary deployment", "Releasing to a few users first.")]
    for g in glossary_of(tmp_path_factory, "asks", terms):
        assert outcome(g, "eli5 serverless. there are obviously servers somewhere??") == ("answer", ["sls"])
        text = "why can't we book the gift card sales as revenue straight away? something about revenue recognition?"
        assert outcome(g, text) == ("answer", ["revrec"])
        assert outcome(g, "what is a dark launch? is it the same thing as a canary deployment?")[0] != "answer"


def test_a_name_joined_by_ampersand_or_a_phrase_before_a_comma_is_not_the_short_one(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    terms = [Term("fp", "FP", "Function points."), Term("cr", "CR", "Change request."),
             Term("rnd", "R&D", "Research and development.")]
    for g in glossary_of(tmp_path_factory, "amp", terms):
        assert outcome(g, "I'm joining the FP&A team next month. what does FP&A stand for?")[0] != "answer"
        text = "what is continuing resolution, everybody is worried about CR in october"
        assert outcome(g, text)[0] not in ("answer", "ambiguous")
        assert outcome(g, "what is R&D") == ("answer", ["rnd"])


def test_short_pieces_dictated_apart_are_one_word(tmp_path_factory: pytest.TempPathFactory) -> None:
    terms = [Term("capex", "capital expenditures", "Money spent on long-lived assets."),
             Term("opex", "opex", "Day-to-day running costs.")]
    for g in glossary_of(tmp_path_factory, "dictated", terms):
        assert outcome(g, "what is cap ex") == ("answer", ["capex"])
        assert outcome(g, "op ex?") == ("answer", ["opex"])
        assert outcome(g, "pay period")[0] == "unknown"


def test_one_specific_name_in_the_asking_sentence_is_answered(tmp_path_factory: pytest.TempPathFactory) -> None:
    terms = [Term("psk", "PSK", "A pre-shared key for a wireless network."),
             Term("hr", "HR", "Human resources."), Term("ipo", "IPO", "A company's first sale of shares.")]
    for g in glossary_of(tmp_path_factory, "specific", terms):
        assert outcome(g, "PSK on the guest wifi?") == ("answer", ["psk"])
        assert outcome(g, "I-9? HR says I need to bring documents for it")[0] not in ("answer", "ambiguous")
        assert outcome(g, "is the IPO still planned for Q2 or did it slip?")[0] not in ("answer", "ambiguous")


def test_review_findings_stay_fixed(tmp_path_factory: pytest.TempPathFactory) -> None:
    terms = [Term("slo", "SLO", "The target a service aims for."), Term("sla", "SLA", "A promise about service."),
             Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortisation."),
             Term("abtest", "A/B test", "Showing two versions to see which works better.")]
    for g in glossary_of(tmp_path_factory, "review", terms):
        assert outcome(g, "SLO from the teams' sync. what's that?") == ("answer", ["slo"])  # an apostrophe, no quote
        assert not instances_says("can you recap EBITDA", "EBITDA")  # explaining verbs ask the meaning
        assert not instances_says("can you outline SLA for me", "SLA")
        assert not instances_says("i keep hearing EBITDA", "EBITDA")
        assert outcome(g, "SLA&SLO?")[0] != "unknown"  # two names joined by "&" are not one unknown name
    from glossary.scaffold_typos import repair
    assert repair("can i a b test the banner?") == "can i a b test the banner?"


def instances_says(text: str, subject: str) -> bool:
    from glossary.instances import wants_instance
    return wants_instance(text, subject)
