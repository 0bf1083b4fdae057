"""Issue 13, over a real SQLite glossary: how people learning English, or typing in their own language, ask.

- Asking to be told simply ("X in plain english please. corporate is rolling it out") asks what X is, though
  the next sentence states something.
- "what is considered X" asks what counts as X, as "what counts as X" does.
- "I'd" is the pronoun and its clitic, never ID; "pre-award" is a prefix, never a word of "progressive awards"
  cut short; "ATT&CK" is one word, with no CK inside; "crédito" is a Spanish word, no slip of "credit".
- "X of a Y, what does it mean" asks what X means in Y's sense ("beta of a stock").
- Indonesian: particles and ways of address after "apa" ("etf apa kak", "apa sih", "apa ya, ..."), "maksudnya
  gmn", "gimana sih maksudnya X", "X gmn ngitungnya", "kalo X?" (what about X?), "X beda ga sama Y", "X sm Y beda
  ya?", "bedanya gimana", and a way of address before "apa itu" ("kak apa itu SKU?").
- Russian, in Latin letters or Cyrillic: "chto takoe X?", "X chto eto?", "kak rabotaet X", "kto takoi X", "что
  такое X простыми словами", "X i Y — eto odno i to zhe?".
- Spanish "q significa", "q es", "y X?" (and X?), "X y Y en qué se diferencian?"; French "lequel est lequel".
"""

from __future__ import annotations

import pytest

from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("zta", "zero trust architecture", "Security that trusts no device or user by default, inside or out."),
    Term("opex", "operating expenses", "The everyday costs of running a business: rent, wages, utilities."),
    Term("sop", "SOP", "Standard operating procedure: the written steps for doing a routine task."),
    Term("id", "ID", "Identifier: a value that names one thing and no other."),
    Term("progressive-awards", "Progressive awards", "Splitting one order among several suppliers."),
    Term("ck", "CK", "Check: a short form used on forms and in chat."),
    Term("credit", "credit", "Money lent, or trust that a buyer will pay later."),
    Term("beta", "beta", "How much a stock's price moves with the market as a whole."),
    Term("etf", "ETF", "Exchange-traded fund: a basket of investments traded like one share."),
    Term("tvm", "time value of money", "Money now is worth more than the same sum later."),
    Term("angel", "angel investor", "A wealthy person who puts their own money into a young company."),
    Term("vc", "venture capital", "Money that funds invest in young companies for a share of them."),
    Term("scm", "supply chain management", "Running the flow of goods from supplier to customer."),
    Term("leader-pricing", "leader pricing", "Pricing some products low to bring customers in."),
    Term("quick-ratio", "quick ratio", "Cash and receivables divided by current liabilities."),
    Term("dividend-yield", "dividend yield", "A year's dividends divided by the share price."),
    Term("horizontal-merger", "horizontal merger", "A merger of two firms in the same line of business."),
    Term("vertical-merger", "vertical merger", "A merger of a firm with its supplier or its customer."),
    Term("sku", "SKU", "Stock keeping unit: the code a shop gives each product it sells."),
    Term("penetration", "penetration pricing", "Launching at a low price to win market share fast."),
    Term("skimming", "price skimming", "Launching at a high price, then lowering it over time."),
    Term("ebpf", "eBPF", "A way to run small safe programs inside the Linux kernel."),
    Term("ntp", "NTP", "Network time protocol: how computers keep their clocks in step."),
    Term("canary", "canary deployment", "Releasing a change to a few users first, then to everyone."),
    Term("scrum-master", "scrum master", "The person who helps a scrum team follow its process."),
    Term("ldap", "LDAP", "Lightweight directory access protocol: how programs look up users and groups."),
    Term("containers", "containers", "Packages of an app and what it needs, sharing the host's kernel."),
    Term("vm", "VM", "Virtual machine: a whole computer emulated in software."),
    Term("npm", "net profit margin", "Net income divided by revenue."),
    Term("cx", "CX", "Customer experience: how customers feel about every dealing with a company."),
    Term("wacc", "WACC", "Weighted average cost of capital: what a company pays for its money, on average."),
    Term("fiscal", "fiscal policy", "How a government taxes and spends to steer the economy."),
    Term("monetary", "monetary policy", "How a central bank sets interest rates and money supply."),
    Term("franchisor", "franchisor", "The company that sells the right to use its brand."),
    Term("franchisee", "franchisee", "The business that buys the right to use a brand."),
]

learners = glossary_fixture("learners", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("zero trust architecture in plain english please. corporate is rolling it out to the field offices", "zta"),
    ("what is considered operating expenses?", "opex"),
    ("SOP: I realize this is a common term; I'd like a concise definition for training slides.", "sop"),
    ("beta of a stock, what does it mean (not beta version of app)", "beta"),
    ("beta of a stock?", "beta"),
])
def test_english_a_learner_types_is_read(learners: Glossary, text: str, expected: str) -> None:
    assert outcome(learners, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "I'd like a coffee",
    'What does "pre-award spending" mean?',
    "MITRE ATT&CK?",
    "¿a qué hora es el comité de crédito hoy?",
])
def test_no_term_is_read_inside_another_word(learners: Glossary, text: str) -> None:
    assert outcome(learners, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "expected"), [
    ("etf apa kak", "etf"),
    ("time value of money apa sih", "tvm"),
    ("angel investor apa ya, ada yg mau invest di toko aku", "angel"),
    ("supply chain management maksudnya gmn", "scm"),
    ("gmn sih maksudnya leader pricing", "leader-pricing"),
    ("oh gitu. kalo quick ratio?", "quick-ratio"),
    ("dividend yield gmn ngitungnya", "dividend-yield"),
    ("kak apa itu SKU? aku baru buka toko di tokped", "sku"),
    ('@jargonbot chto takoe eBPF? colleague says cilium is "all eBPF"', "ebpf"),
    ("NTP chto eto? clocks drift on VMs", "ntp"),
    ("kak rabotaet canary deployment exactly? we do only rolling update now", "canary"),
    ("kto takoi scrum master? what he does", "scrum-master"),
    ("что такое LDAP простыми словами", "ldap"),
    ("net profit margin q significa", "npm"),
    ("CX q es", "cx"),
    ("ok y el WACC?", "wacc"),
])
def test_a_question_in_another_language_is_read(learners: Glossary, text: str, expected: str) -> None:
    assert outcome(learners, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("horizontal merger beda ga sama vertical merger", ["horizontal-merger", "vertical-merger"]),
    ("angel investor sm venture capital beda ya?", ["angel", "vc"]),
    ("penetration pricing atau price skimming, bedanya gimana? mau launching produk baru", ["penetration", "skimming"]),
    ("container i VM — eto odno i to zhe? or different", ["containers", "vm"]),
    ("fiscal policy y monetary policy en qué se diferencian?", ["fiscal", "monetary"]),
    ("franchisor / franchisee -- lequel est lequel ?", ["franchisor", "franchisee"]),
])
def test_a_comparison_in_another_language_compares(learners: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(learners, text) == ("compare", expected)


@pytest.mark.parametrize("text", [
    "kalo bulan depan kita meeting lagi?",
    "aku udah tahu apa itu ETF",
    "y tú qué opinas?",
])
def test_a_remark_in_another_language_stays_one(learners: Glossary, text: str) -> None:
    assert outcome(learners, text)[0] not in ("answer", "ambiguous", "compare")


ENGLISH = [
    Term("annuity-due", "annuity due", "A series of equal payments made at the start of each period."),
    Term("ordinary-annuity", "ordinary annuity", "A series of equal payments made at the end of each period."),
    Term("blue-green", "Blue Green Deployment", "Running two copies of a system and switching users between them."),
    Term("canary2", "Canary Deployment", "Sending a new version to a few users first."),
    Term("dev", "Dev", "Development: the people and systems that build software."),
    Term("pr", "PR", "Pull request: asking to merge a change into shared code."),
    Term("want", "want", "A desire for something that is not needed to live."),
    Term("apt", "APT", "Advanced package tool: how Debian installs software."),
    Term("stix", "STIX", "Structured threat information expression: a format for sharing threat data."),
    Term("cash-budget", "cash budget", "A plan of the cash coming in and going out, month by month."),
    Term("prestige", "prestige pricing", "Setting a high price so a product seems better."),
    Term("h-merger", "horizontal merger", "A merger of two firms in the same line of business."),
    Term("v-merger", "vertical merger", "A merger of a firm with its supplier or its customer."),
    Term("merger", "merger", "Two companies joining into one."),
]

english = glossary_fixture("english", ENGLISH)


@pytest.mark.parametrize(("text", "expected"), [
    ("new junior asks me what PR is, I want short official explanation to paste him", "pr"),
    ("apt in debian, what is exactly", "apt"),
    ("threat feed says it outputs STIX. meaning?", "stix"),
    ("shu ya3ni cash budget", "cash-budget"),
    ('for the palm villas marketing wants "prestige pricing". shu ya3ni?', "prestige"),
])
def test_the_term_asked_is_read_past_a_verb_or_an_adverb(english: Glossary, text: str, expected: str) -> None:
    assert outcome(english, text) == ("answer", [expected])


@pytest.mark.parametrize(("text", "expected"), [
    ("annuity due and ordinary annuity. difference?", ["annuity-due", "ordinary-annuity"]),
    ("dev agency asking if we want blue green or canary deployment for the app. how are they different?? I'm finance",
     ["blue-green", "canary2"]),
    ("horizontal merger vs vertical merger ya3ni?", ["h-merger", "v-merger"]),
])
def test_a_pair_then_difference_compares_the_pair(english: Glossary, text: str, expected: list[str]) -> None:
    assert outcome(english, text) == ("compare", expected)


@pytest.mark.parametrize("text", ["I want a coffee", "we discussed NPV. difference?", "exactly?"])
def test_a_verb_or_a_lone_adverb_is_no_term(english: Glossary, text: str) -> None:
    assert outcome(english, text)[0] not in ("answer", "ambiguous", "compare")


PASSING = [
    Term("erp", "ERP", "Enterprise resource planning: one system for a company's finance, stock and orders."),
    Term("ecommerce", "e-commerce", "Selling goods and services online."),
    Term("crm", "CRM", "Customer relationship management software: where sales track every customer."),
    Term("ddos", "DDoS", "Distributed denial of service: flooding a service with traffic until it fails."),
    Term("contract", "contract", "A binding agreement between parties."),
    Term("sla2", "SLA", "Service level agreement: the service a supplier promises, in numbers."),
    Term("npv", "NPV", "Net present value: future cash flows discounted to today, minus the cost."),
    Term("irr", "IRR", "Internal rate of return: the discount rate at which NPV is zero."),
]

passing = glossary_fixture("passing", PASSING)


@pytest.mark.parametrize("text", [
    "I think the problem is the SKU mapping between the ERP and the e-commerce, can IT check?",
    "what's the best CRM for a company of 200 people ? Hubspot or Salesforce ?",
    "the DDoS last week — any update from IT on the root cause?",
])
def test_a_link_a_pick_or_news_asked_is_no_meaning(passing: Glossary, text: str) -> None:
    assert outcome(passing, text)[0] not in ("answer", "ambiguous", "compare")


def test_a_slip_never_wins_over_a_term_typed_right(passing: Glossary) -> None:
    text = "SLA dans le contrat de l'agence web : what does it mean ?"
    assert outcome(passing, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "expected"), [
    ("choose between NPV and IRR?", ("compare", ["npv", "irr"])),
    ("between NPV and IRR, which one do we use for the capex memo?", ("compare", ["npv", "irr"])),
    ("DDoS - any idea what it is?", ("answer", ["ddos"])),
])
def test_weighing_and_meaning_still_read(passing: Glossary, text: str, expected: tuple) -> None:
    assert outcome(passing, text) == expected


GUESSES = [
    Term("ux", "UX", "User experience: how a product feels to the people who use it."),
    Term("ipo", "IPO", "Initial public offering: a company's first sale of shares to the public."),
    Term("gross-profit", "gross profit", "Revenue minus the cost of the goods sold."),
    Term("afda", "allowance for doubtful accounts", "An estimate of the receivables that will never be paid."),
    Term("vpn2", "VPN", "Virtual private network: an encrypted link into the company network."),
]

guesses = glossary_fixture("guesses", GUESSES)


@pytest.mark.parametrize(("text", "expected"), [
    ("UX c'est user experience ? what does it mean concretely", "ux"),
    ("IPO c'est l'introduction en bourse ? explain please", "ipo"),
    ("gross profit é o lucro bruto, certo? só pra confirmar a definição em inglês", "gross-profit"),
    ("allowance for doubtful accounts es la estimación de cuentas incobrables?", "afda"),
])
def test_a_guess_in_another_language_asks_what_the_term_is(guesses: Glossary, text: str, expected: str) -> None:
    assert outcome(guesses, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "cuándo es el IPO de la empresa esa de tacos? un cliente quiere invertir",
    "el VPN no conecta desde la sucursal Norte, alguien sabe si es general?",
])
def test_when_and_whether_in_another_language_ask_no_meaning(guesses: Glossary, text: str) -> None:
    assert outcome(guesses, text)[0] not in ("answer", "ambiguous", "compare")


OFFERED = [
    Term("radius", "RADIUS", "Remote Authentication Dial-In User Service: checks who may join a network."),
    Term("serverless", "serverless", "Running code without managing the servers it runs on."),
]

offered = glossary_fixture("offered", OFFERED)


def test_a_term_typed_right_is_offered_before_a_slip(offered: Glossary) -> None:
    status, ids = outcome(offered, "RADIUS server, what is that")
    assert status == "suggest" and ids[0] == "radius"


GERMAN = [
    Term("cve", "CVE", "Common vulnerabilities and exposures: the public list of known security flaws."),
    Term("da", "DA", "Data architect: the person who designs how data is stored and moved."),
    Term("bol", "bill of lading", "The carrier's receipt for goods shipped, and the title to them."),
    Term("sca", "software composition analysis", "Checking the open-source parts of software for known flaws."),
    Term("want2", "want", "A desire for something that is not needed to live."),
    Term("cfo", "CFO", "Chief financial officer: the executive in charge of a company's money."),
    Term("yield-curve", "yield curve", "Interest rates of bonds of one issuer, plotted by how long they run."),
]

german = glossary_fixture("german", GERMAN)


@pytest.mark.parametrize(("text", "expected"), [
    ("CVE, was heisst das genau?", "cve"),
    ("bill of lading, was heisst das? Trade finance sent one for a KYC check", "bol"),
    ("yield curve bitte einfach erklärt", "yield-curve"),
    ("what is software composition analysis, is it the same as a code scan? (just want the definition)", "sca"),
])
def test_german_and_a_verb_after_just_are_read(german: Glossary, text: str, expected: str) -> None:
    assert outcome(german, text) == ("answer", [expected])


def test_who_is_the_role_here_asks_for_a_person(german: Glossary) -> None:
    assert outcome(german, "who's the CFO here? i wanna say hi")[0] not in ("answer", "ambiguous")
    assert outcome(german, "who is the CFO?") == ("answer", ["cfo"])


TAGALOG = [
    Term("msp", "MSP", "Managed service provider: a company that runs another's IT for a fee."),
    Term("expectancy", "expectancy theory", "People work hard when they expect effort to bring a reward they value."),
    Term("cx2", "CX", "Customer experience: how customers feel about every dealing with a company."),
    Term("theory-x2", "Theory X", "A view of managing that assumes people avoid work."),
    Term("theory-y2", "Theory Y", "A view of managing that assumes people seek work and responsibility."),
    Term("cdn", "CDN", "Content delivery network: servers near users that serve a site's files fast."),
    Term("sku2", "SKU", "Stock keeping unit: the code a shop gives each product it sells."),
    Term("ko", "KO", "Contracting officer: the official who may sign a government contract."),
    Term("wacc2", "weighted average cost of capital", "What a company pays for its money, on average."),
    Term("gsa-schedule", "GSA schedule and Federal Supply Schedule contracts", "Long-term contracts the GSA "
         "holds with suppliers, which agencies order from."),
]

tagalog = glossary_fixture("tagalog", TAGALOG)


@pytest.mark.parametrize(("text", "expected"), [
    ("ano yung MSP? managed service provider daw yung IT natin", ("answer", ["msp"])),
    ("expectancy theory ano yun? sa motivation module", ("answer", ["expectancy"])),
    ("ano po ibig sabihin ng CX? may bago daw tayong CX team", ("answer", ["cx2"])),
    ("Theory X at Theory Y ano pinagkaiba po", ("compare", ["theory-x2", "theory-y2"])),
    ("paano gumagana yung CDN? bakit daw mabilis mag load yung site pag may CDN", ("answer", ["cdn"])),
    ("SKU ano po? lagi tinatanong ng customers yung SKU ng item pag nagrereturn", ("answer", ["sku2"])),
    ("GSA schedule - what's that", ("answer", ["gsa-schedule"])),
])
def test_tagalog_and_a_name_typed_short_are_read(tagalog: Glossary, text: str, expected: tuple) -> None:
    assert outcome(tagalog, text) == expected


@pytest.mark.parametrize("text", ["weighted average, what is it? how is it calculated"])
def test_a_phrase_is_no_longer_name_that_adds_two_words_to_it(tagalog: Glossary, text: str) -> None:
    assert outcome(tagalog, text)[0] not in ("answer", "ambiguous")


TURKISH = [
    Term("cdn2", "CDN", "Content delivery network: servers near users that serve a site's files fast."),
    Term("mediation", "mediation", "A neutral person helps two sides reach their own agreement."),
    Term("arbitration", "arbitration", "A neutral person hears both sides and decides, bindingly."),
    Term("tariff", "tariff", "A tax on imported goods."),
    Term("quota", "import quota", "A limit on how much of a good may be imported."),
    Term("slo", "SLO", "Service level objective: the target a service aims for, such as 99.9% uptime."),
    Term("intranet", "intranet", "A private network only a company's own people can reach."),
    Term("otp", "OTP", "One-time password: a code that works for one sign-in only."),
]

turkish = glossary_fixture("turkish", TURKISH)


@pytest.mark.parametrize(("text", "expected"), [
    ("yazılımcı görseller CDN'den geliyor dedi. CDN ne?", ("answer", ["cdn2"])),
    ("sendika meselesinde mediation mı arbitration mı diye tartışıyorlar, farkları ne?",
     ("compare", ["mediation", "arbitration"])),
    ("tariff ile import quota aynı şey mi abi, ikisi de ithalatı kısıtlıyor", ("compare", ["tariff", "quota"])),
    ("peki SLO?", ("answer", ["slo"])),
    ("intranet ne demek? internetten farkı ne", ("answer", ["intranet"])),
    ("OTP ne demek?", ("answer", ["otp"])),
])
def test_turkish_around_the_term_is_read(turkish: Glossary, text: str, expected: tuple) -> None:
    assert outcome(turkish, text) == expected


VIETNAMESE = [
    Term("hmac", "HMAC", "Hash-based message authentication code: proof a message was not changed."),
    Term("outsourcing", "outsourcing", "Paying another company to do work you could do yourself."),
    Term("cve2", "CVE", "Common vulnerabilities and exposures: the public list of known security flaws."),
    Term("cwe", "CWE", "Common weakness enumeration: the list of kinds of software flaws."),
    Term("grpc", "gRPC", "A framework for one program to call functions in another over the network."),
    Term("rest", "REST", "A style of web API built on plain HTTP requests."),
    Term("clause2", "Clause", "One numbered provision of a contract."),
    Term("pricing", "Pricing", "Deciding what to charge for a product."),
    Term("mfa2", "MFA", "Multi-factor authentication: signing in with two or more kinds of proof."),
]

vietnamese = glossary_fixture("vietnamese", VIETNAMESE)


@pytest.mark.parametrize(("text", "expected"), [
    ("HMAC là gì", ("answer", ["hmac"])),
    ("outsourcing nghia chinh xac la gi? minh lam outsource", ("answer", ["outsourcing"])),
    ("CVE khac CWE the nao?", ("compare", ["cve2", "cwe"])),
    ("gRPC la gi, khac gi voi REST vay anh?", ("compare", ["grpc", "rest"])),
    ('IT sent email "enable MFA before sunday or you lose outlook access" 😩 shu ya3ni MFA?', ("answer", ["mfa2"])),
])
def test_vietnamese_and_a_phrase_after_an_emoji_are_read(vietnamese: Glossary, text: str, expected: tuple) -> None:
    assert outcome(vietnamese, text) == expected


@pytest.mark.parametrize("text", [
    "What is a most favored nation clause?",
    "Can someone explain 340B pricing? I'm worried I'm ordering from the wrong account.",
])
def test_a_longer_name_nobody_defined_is_not_its_head(vietnamese: Glossary, text: str) -> None:
    assert outcome(vietnamese, text)[0] not in ("answer", "ambiguous")


PEOPLE = [
    Term("dcf", "DCF", "Discounted cash flow: valuing future cash by what it is worth today."),
    Term("eod", "EOD", "Entrance on duty: the day a new federal employee starts."),
    Term("fedramp", "FedRAMP", "The US government's security approval for cloud services."),
]

people = glossary_fixture("people", PEOPLE)


@pytest.mark.parametrize("text", [
    "need the DCF by EOD, who's on it",
    "founder says they're FedRAMP 'in process' — anyone actually verified that?",
])
def test_a_task_or_a_fact_put_to_people_asks_no_meaning(people: Glossary, text: str) -> None:
    assert outcome(people, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "expected"), [
    ("dcf pls 🙏 need the 1-liner for the IC memo", "dcf"),
    ("what is meant by EOD in the onboarding email?", "eod"),
    ("my boss keeps saying FedRAMP, anyone?", "fedramp"),
])
def test_a_bidding_or_a_meaning_still_asks(people: Glossary, text: str, expected: str) -> None:
    assert outcome(people, text) == ("answer", [expected])


MORE_TAGALOG = [
    Term("mou", "MOU", "Memorandum of understanding: a written agreement that is not a binding contract."),
    Term("tin", "TIN", "Taxpayer identification number: the number a tax authority knows you by."),
    Term("mfa3", "MFA", "Multi-factor authentication: signing in with two or more kinds of proof."),
    Term("culture", "corporate culture", "The shared values and habits of the people in a company."),
    Term("us", "U.S.", "The United States of America."),
]

more_tagalog = glossary_fixture("more_tagalog", MORE_TAGALOG)


@pytest.mark.parametrize(("text", "expected"), [
    ("MOU ano po full form", "mou"),
    ("ano ba TIN? hinihingi sa onboarding form ng mga bagong agent", "tin"),
    ("pano ba gumagana yung MFA? nag require kasi si IT ng authenticator app", "mfa3"),
    ("corporate culture ano ba talaga yun", "culture"),
])
def test_more_tagalog_is_read(more_tagalog: Glossary, text: str, expected: str) -> None:
    assert outcome(more_tagalog, text) == ("answer", [expected])


def test_a_thing_of_a_country_is_no_question_about_it(more_tagalog: Glossary) -> None:
    assert outcome(more_tagalog, "S corp - what's that, US thing?")[0] not in ("answer", "ambiguous")


PICKS = [
    Term("dcf2", "DCF", "Discounted cash flow: valuing future cash by what it is worth today."),
    Term("current-ratio", "current ratio", "Current assets divided by current liabilities."),
    Term("cvss", "CVSS", "Common vulnerability scoring system: how severe a security flaw is, from 0 to 10."),
    Term("vsm", "value-stream mapping", "Drawing every step that brings a product to a customer."),
    Term("sla3", "SLA", "Service level agreement: the service a supplier promises, in numbers."),
    Term("pm", "product manager", "The person who decides what a product should do and why."),
    Term("call", "call option", "The right to buy an asset at a set price."),
    Term("put", "put option", "The right to sell an asset at a set price."),
    Term("option", "option", "A right, not a duty, to buy or sell at a set price."),
    Term("trade-off", "trade-off theory", "Firms pick the debt level where tax savings match the costs of distress."),
    Term("capital-structure", "capital structure", "The mix of debt and equity a firm is funded by."),
]

picks = glossary_fixture("picks", PICKS)


@pytest.mark.parametrize("text", [
    "what's the best way to present the DCF to the board without losing them",
    "what is considered a good current ratio for a SaaS company?",
    "what's the CVSS score of CVE-2023-4863?",
    "best tool for value-stream mapping? miro or lucid",
    "what's the SLA on tier 2 tickets?",
    "¿Quién es el product manager de la app móvil?",
])
def test_a_pick_a_value_or_a_person_is_no_meaning(picks: Glossary, text: str) -> None:
    assert outcome(picks, text)[0] not in ("answer", "ambiguous")


@pytest.mark.parametrize(("text", "expected"), [
    ("what is a CVSS score", ("answer", ["cvss"])),
    ("call option vs put option pls explain 🙏", ("compare", ["call", "put"])),
    ("trade-off theory (capital structure) — what does it say", ("answer", ["trade-off"])),
])
def test_a_bracketed_aside_and_a_bidding_tail_are_read(picks: Glossary, text: str, expected: tuple) -> None:
    assert outcome(picks, text) == expected


ROMANCE = [
    Term("idempotence", "Idempotence", "Doing an operation twice has the same effect as doing it once."),
    Term("api2", "API", "Application programming interface: how one program asks another for data."),
    Term("ato", "ATO", "Authority to operate: the approval a government system needs before it goes live."),
    Term("k8s", "Kubernetes", "Software that runs and scales containers across many machines."),
]

romance = glossary_fixture("romance", ROMANCE)


def test_portuguese_small_words_leave_the_term_asked(romance: Glossary) -> None:
    assert outcome(romance, "o que quer dizer idempotence nesse contexto de API?") == ("answer", ["idempotence"])


@pytest.mark.parametrize("text", [
    "¿alguien sabe quién lleva el tema del ATO?",
    "chi si occupa della migrazione del cluster Kubernetes?",
    "the API with the bank stopped sending the extratos since yesterday, quem pode olhar?",
])
def test_who_asked_in_another_language_is_no_meaning(romance: Glossary, text: str) -> None:
    assert outcome(romance, text)[0] not in ("answer", "ambiguous")


REVIEWED = [
    Term("cac", "CAC", "Customer acquisition cost: what a company spends to win one new customer."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows how well something is going."),
    Term("sla4", "SLA", "Service level agreement: the service a supplier promises, in numbers."),
    Term("slo2", "SLO", "Service level objective: the target a service aims for."),
    Term("arr", "ARR", "Annual recurring revenue: a year's worth of subscription income."),
    Term("crm2", "CRM", "Customer relationship management software: where sales track every customer."),
    Term("smb", "SMB", "Small and medium-sized businesses."),
    Term("roi", "ROI", "Return on investment: the gain from an investment divided by its cost."),
]

reviewed = glossary_fixture("reviewed", REVIEWED)


@pytest.mark.parametrize("text", [
    "is the KPI in the NE?",
    "what's the est CAC?",
    "y tho?",
    "y ROI?",
    "format: apa, mla?",
    "who is considered an SME?",
])
def test_english_never_reads_as_another_language(reviewed: Glossary, text: str) -> None:
    assert outcome(reviewed, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "expected"), [
    ("SLA&SLO what's the difference?", ("compare", ["sla4", "slo2"])),
    ("what does Q3 ARR mean?", ("answer", ["arr"])),
    ("what's the best CRM? what does CRM stand for?", ("answer", ["crm2"])),
])
def test_names_joined_by_and_qualified_still_read(reviewed: Glossary, text: str, expected: tuple) -> None:
    assert outcome(reviewed, text) == expected
