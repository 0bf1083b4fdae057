"""Issue 13, over a real SQLite glossary: more languages people ask in, and the words of theirs left around a term.

- A word of another language left in the English reading of a question asked in it (spelt with letters English
  does not use, or one its table knows, or no English word nor a slip of one) is no part of an English name:
  "DUNS numarası nedir" asks about DUNS, "black friday için autoscaling ayarlayacaklarmış, ne demek bu" about
  autoscaling. A message that asks nothing in any language keeps its words: "Kubernetes geçişi ne durumda?" asks
  how a migration is going.
- Nepali ("DHCP bhaneko k ho?", "LDAP ko meaning k ho?", "IDS ra IPS ma k farak ho?"), Bengali ("KPI ki?", "ISO
  9000 mane ki exactly?", "RFP ar RFQ er tofat ki?", "eta ki?"), Persian ("STIX chi hast?", "IRR yani chi?", "FaaS
  mokhaffaf-e chie?"), Romanian ("ce inseamna IV&V?", "UX ce e, pe scurt"), Ukrainian ("shcho tse SLA?"), Jamaican
  Patois ("wah accrual basis mean?", "OSHA — wah dat") and Scots ("whit's a bill o' lading?", "price skimmin").
- Arabic in Latin letters: "ya3ni" opening a message is "so", and "emta" asks when.
- A learner's order: "k8s ingress, what it is?" asks what it is; "I know what it is" asks nothing.
- A name set in a field or a case before "what is it" is still what "it" points at ("dumping in trade — what is
  it?", "transaction risk with USD bookings, what is it"), and a name the question asks about as part of a longer
  one leaves no other name answered in its place ("in DNS, CNAME record, what is it?").
"""

from __future__ import annotations

import pytest

from glossary import field_fit, foreign_asks, scaffold_typos
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("duns", "DUNS", "A nine-digit number that identifies a business to lenders and governments."),
    Term("autoscaling", "autoscaling", "Adding or removing servers automatically as the load changes."),
    Term("kubernetes", "Kubernetes", "Software that runs and manages containers across many machines."),
    Term("current-ratio", "current ratio", "Current assets divided by current liabilities."),
    Term("strike", "selective strike strategy", "A union striking at one employer at a time."),
    Term("dhcp", "DHCP", "The service that hands out network addresses to devices as they join."),
    Term("ldap", "LDAP", "A protocol programs use to look up users and groups in a directory."),
    Term("pod", "pod", "The smallest unit Kubernetes runs: one or more containers together."),
    Term("ids", "IDS", "Intrusion detection system: watches a network and raises alerts."),
    Term("ips", "IPS", "Intrusion prevention system: watches a network and blocks attacks."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows how well something is going."),
    Term("iso-9000", "ISO 9000", "A family of standards for how a company manages quality."),
    Term("rfp", "RFP", "Request for proposal: a buyer's invitation to suppliers to offer a solution."),
    Term("rfq", "RFQ", "Request for quotation: a buyer's request for prices on a set list."),
    Term("stix", "STIX", "A shared format for describing cyber threats."),
    Term("irr", "IRR", "Internal rate of return: the yearly return at which an investment breaks even."),
    Term("faas", "FaaS", "Function as a service: running small pieces of code without managing servers."),
    Term("ivv", "IV&V", "Independent verification and validation: a check by someone outside the project."),
    Term("ux", "UX", "User experience: how it feels to use a product."),
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("accrual-basis", "accrual basis", "Recording income and costs when earned or owed, not when paid."),
    Term("osha", "OSHA", "The US agency that sets and enforces workplace safety rules."),
    Term("bol", "bill of lading", "The document a carrier issues for goods it takes on board."),
    Term("skimming", "price skimming", "Launching at a high price, then lowering it over time."),
    Term("penetration", "penetration pricing", "Launching at a low price to win market share fast."),
    Term("ingress", "ingress", "The rules that let traffic from outside reach services in a cluster."),
    Term("dumping", "dumping", "Selling goods abroad below what they cost or sell for at home."),
    Term("transaction-risk", "transaction risk", "The risk that an exchange rate moves before a deal settles."),
    Term("dns", "DNS", "The internet's address book: it turns names into network addresses."),
    Term("cname", "CNAME", "A DNS record that makes one name an alias of another."),
    Term("sme", "SME", "Subject matter expert: the person who knows a topic best."),
    Term("mttr", "MTTR", "Mean time to repair: how long, on average, a fix takes."),
]

languages = glossary_fixture("languages", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("DUNS numarası nedir", "duns"),
    ("black friday için autoscaling ayarlayacaklarmış, ne demek bu", "autoscaling"),
    ("current ratio nasıl hesaplanıyor, ne gösteriyor", "current-ratio"),
    ("news e porlam selective strike strategy niye. eta ki vai?", "strike"),
])
def test_a_word_of_another_language_lengthens_no_name(languages: Glossary, text: str, expected: str) -> None:
    assert outcome(languages, text) == ("answer", [expected])


def test_a_word_of_another_language_beside_a_name_asked_in_no_language_stays(languages: Glossary) -> None:
    assert outcome(languages, "Kubernetes geçişi ne durumda?")[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "expected"), [
    ("namaste dai 🙏 user le ticket ma 'DHCP server not responding' lekheko cha. DHCP bhaneko k ho exactly?", "dhcp"),
    ("hajur, LDAP ko meaning k ho? AD team le 'LDAP bind failed' bhanera pathayo", "ldap"),
    ("kubernetes ma pod bhaneko k ho?", "pod"),
    ("bhai DHCP bhaneko? printer ko IP chahiyo re vendor lai", "dhcp"),
    ("KPI ki? monthly report e KPI dite bolse", "kpi"),
    ("ISO 9000 mane ki exactly? amader wall e ekta certificate ache", "iso-9000"),
    ("STIX chi hast?", "stix"),
    ("CFO migoft \"project IRR is 14%\". IRR yani chi?", "irr"),
    ("FaaS mokhaffaf-e chie? lambda mishe FaaS?", "faas"),
    ("ce inseamna IV&V? clientul vrea raport IV&V pana vineri", "ivv"),
    ("UX ce e, pe scurt", "ux"),
    ("pryvit! shcho take SLA? klient keeps saying it in dohovir", "sla"),
    ("Mawnin! Wah accrual basis mean? Di new auditor seh wi fi switch to it", "accrual-basis"),
    ("OSHA — wah dat", "osha"),
    ("Whit's a bill o' lading when it's at hame? The haulier's gied me one", "bol"),
    ("Can somebody tell us whit a bill o' lading is?", "bol"),
    ("Shcho oznachaie SLA?", "sla"),
    ("ce e aia UX?", "ux"),
    ("shu howa el DNS?", "dns"),
    ("ma'ni-e IRR chie?", "irr"),
    ("DHCP bhannale k bujhincha hajur?", "dhcp"),
    ("Mi nuh undastand wah OSHA be, smaddy explain nuh", "osha"),
])
def test_a_question_in_one_more_language_is_read(languages: Glossary, text: str, expected: str) -> None:
    assert outcome(languages, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("IDS ra IPS ma k farak ho?", ["ids", "ips"]),
    ("RFP ar RFQ er tofat ki?", ["rfp", "rfq"]),
    ("IDS ya IPS? fargh?", ["ids", "ips"]),
    ("shu el far2 bein IDS w IPS?", ["ids", "ips"]),
    ("Yaka riznytsia mizh RFP i RFQ?", ["rfp", "rfq"]),
])
def test_a_comparison_in_one_more_language_compares(languages: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(languages, text) == ("compare", expected)


@pytest.mark.parametrize("text", [
    "ya3ni el RFP lazem yinshar emta?",
    "thank you dai, aba bujhe RFP bhaneko k ho",
    "IRR k ho thaha cha, tara yo project ko IRR kasle calculate garcha?",
    "Six Sigma training kobe shuru hobe keu jane? KPI report o lagbe",
    "SLA kina miss bhayo?",
])
def test_when_why_or_who_in_another_language_asks_no_meaning(languages: Glossary, text: str) -> None:
    assert outcome(languages, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_dropped_g_is_read_in_scots() -> None:
    assert foreign_asks.english("whit's price skimmin vs penetration pricin?") \
        == "what's price skimming vs penetration pricing?"


@pytest.mark.parametrize(("typed", "read"), [
    ("k8s ingress, what it is?", "k8s ingress, what is it?"),
    ("beta of a stock. what it measures", "beta of a stock. what does it measure"),
    ("I know what it is", "I know what it is"),
    ("tell me what it does for us", "tell me what it does for us"),
])
def test_a_learners_order_is_read_as_a_question(typed: str, read: str) -> None:
    assert scaffold_typos.repair(typed) == read


@pytest.mark.parametrize(("text", "expected"), [
    ("dumping in trade — what is it?", "dumping"),
    ("transaction risk with USD bookings, what is it", "transaction-risk"),
    ("ingress for a cluster, what it is?", "ingress"),
])
def test_a_name_set_in_a_field_is_what_it_points_at(languages: Glossary, text: str, expected: str) -> None:
    assert outcome(languages, text) == ("answer", [expected])


def test_a_name_asked_inside_a_longer_one_leaves_no_other_answered(languages: Glossary) -> None:
    assert outcome(languages, "in DNS, CNAME record, what is it?")[0] != "answer"


@pytest.mark.parametrize("text", [
    "we're an SME so do we qualify for the grant?",
    "transaction risk with our USD deals, who is tracking it this quarter?",
    "the DNS, who is fixing it?",
])
def test_a_name_said_of_the_asker_or_acted_on_is_not_asked(languages: Glossary, text: str) -> None:
    assert outcome(languages, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_field_named_after_it_points_back_is_a_field() -> None:
    assert field_fit.stated("OT, what does it mean in payroll?", "OT") == [frozenset({"payroll"})]


@pytest.mark.parametrize("text", [
    "DNS at my office, what is it doing? down since 9",
    "transaction risk on the USD deals, what is it costing us this quarter?",
    "IRR on the solar project — what is it coming in at?",
    "SLA last month was 99.5, what is it now?",
    "KPI dashboard, what is it showing for June?",
    "SME training, when is it?",
    "RFP done?",  # a state is all that follows the name
    "SLA ready yet?",
    "DNS down again?",  # though the name is all the message has
    "KPI ok?",
    "the DNS is super slow today, is it only me?",  # a verb of being, words of degree, then the state
    "the DHCP isn't working after the update, any idea?",
])
def test_what_a_thing_is_doing_or_is_now_asks_no_meaning(languages: Glossary, text: str) -> None:
    assert outcome(languages, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_term_likened_to_a_situation_asks_what_it_is(languages: Glossary) -> None:
    assert outcome(languages, "dumping like when a company sells below cost abroad?") == ("answer", ["dumping"])


@pytest.mark.parametrize("text", [
    "thanks Ki, the RFP looks good",
    "Did you send the SLA to Ki?",
    "thanks Chie, the RFP looks good",
    "cc Chie for the SLA",
    "Whit's team owns the DNS",
    "Whit is out today, the RFP can wait",
    "wah lau the DNS down again",
    "wah wah, the RFP got rejected",
    "er, I sent the RFP full form.",
    "loop in Kobe on the RFP",
    "Fein said the KPI report is late",
    "SLA with the vendor - who owns it?",
    "the RFP, when is it?",
    "KPI, what is it doing for us?",
])
def test_names_and_english_words_like_another_languages_ask_nothing(languages: Glossary, text: str) -> None:
    """A name ("Ki", "Chie", "Whit", "Kobe", "Fein"), an interjection ("wah lau") or "er" is no question word."""
    assert outcome(languages, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_field_after_a_pointing_question_is_a_whole_word() -> None:
    assert field_fit.stated("Got a question: what does it mean in bowling?", "OT") == []


@pytest.mark.parametrize("text", [
    "Whit's the one who set up the DNS, check with him",
    "MTTR, what is it at now? last month we were well over 4 hrs",
    "the SLA with the vendor, what is it at now? still 99.5?",
])
def test_a_level_asked_or_a_person_named_whit_asks_no_meaning(languages: Glossary, text: str) -> None:
    assert outcome(languages, text)[0] not in ("answer", "ambiguous", "compare")
