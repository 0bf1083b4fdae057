"""Issue 13, over a real SQLite glossary: names typed in the other English spelling, questions in another language
opened after a greeting, a "please" or a particle, Spanish chat shorthand, and where a name ends.

- "capitalise the laptops" is the glossary's "capitalize", not "capitalism" one letter away; "data centre" is its
  "Data Center"; "enterprise" is no "-ise" spelling of anything.
- "Hello po ano po meaning ng DHCP?", "Merhaba, capital asset pricing model tam olarak nedir?", "porfa q es un SLA":
  the question opens after the greeting, the particle or the "please".
- "q es un repo?", "salio CSRF en el pentest, q es?", "me piden 2FA para entrar al portal 😩 q es eso": Spanish chat
  shorthand and Spanish words around the name; "quick q what is SLA" stays English.
- "the boss mentioned KPI many times": "many" opens a phrase of its own; "found CSRF in the pentest": a verb with its
  subject left out, no modifier; "I forgot my stats 😅 standard deviation, what is it?": the emoji ends a sentence.
- "is platform engineering a new name for devops?" compares the two.
- "return on investment" where the glossary names "return on equity" and "return on assets" is another kind of
  return, not "return"; "explain it like I'm in a lift with an investor" names an audience, not a term; "In
  kubernetes." alone, or "protest in procurement means what", sets a field.
- Singapore and Malaysian particles ("what is an ISP ah", "X, what's the meaning lah") and an "eh" opening are chat,
  unless the message is in a language whose "eh" asks ("eh yung X?": Tagalog "and the X?").
"""

from __future__ import annotations

import pytest

from glossary.chat_shorthand import read as shorthand_read
from glossary.models import Term
from glossary.service import Glossary
from glossary.spelling_twins import other_spelling
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("capitalize", "capitalize", "To record a cost as an asset on the balance sheet and spread it over the years."),
    Term("capitalism", "capitalism", "An economic system in which private owners control trade and industry."),
    Term("data-center", "Data Center", "A building that houses servers, storage and network equipment."),
    Term("labor-hour", "Labor-hour contract", "A contract that pays fixed hourly rates for the hours worked."),
    Term("dhcp", "DHCP", "Dynamic Host Configuration Protocol: hands out IP addresses on a network."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows how well a goal is being met."),
    Term("csrf", "CSRF", "Cross-site request forgery: a web attack that makes a browser send unwanted requests."),
    Term("2fa", "2FA", "Two-factor authentication: a login that needs a second proof besides the password."),
    Term("repo", "Repo", "Short for repository: where a project's code and its history are kept."),
    Term("sla", "SLA", "Service level agreement: the service a provider promises, in measurable terms."),
    Term("cicd", "CI/CD", "Continuous integration and continuous delivery: build, test and ship on every change."),
    Term("agile", "Agile", "A way of working in short cycles with frequent feedback."),
    Term("std-dev", "standard deviation", "How far values typically sit from their average."),
    Term("capm", "capital asset pricing model (CAPM)", "A model of the return investors expect for a risk taken."),
    Term("platform-eng", "Platform Engineering", "Building internal tools so product teams can ship on their own."),
    Term("devops", "DevOps", "Development and operations working as one team, with automation in between."),
    Term("isp", "ISP", "Internet service provider: the company that connects you to the internet."),
    Term("hsm", "HSM", "Hardware security module: a tamper-proof device that keeps and uses encryption keys."),
    Term("embargo", "embargo", "A government ban on trade with another country or in certain goods."),
    Term("contract-mfg", "contract manufacturing", "Paying another company to make your product to your design."),
    Term("ddm", "dividend discount model (DDM)", "Values a share as the sum of its future dividends, discounted."),
    Term("return", "return", "What an investment gains or loses over a period."),
    Term("roe", "return on equity (ROE)", "Profit divided by the owners' equity."),
    Term("roa", "return on assets (ROA)", "Profit divided by total assets."),
    Term("ingress", "Ingress", "The rules that let traffic from outside reach services inside a cluster."),
    Term("kubernetes", "Kubernetes", "Software that runs and scales containers across many machines."),
    Term("protest", "Protest", "A formal challenge by a bidder to how a contract was awarded."),
    Term("procurement", "Procurement", "How an organisation buys goods and services."),
    Term("containers", "Containers", "Packages of software with everything it needs to run, sharing one OS."),
    Term("vm", "Virtual Machine", "A whole computer emulated in software, with its own operating system."),
    Term("investor", "investor", "Someone who puts money into something expecting a return."),
    Term("ebit", "EBIT", "Earnings before interest and taxes."),
    Term("bundling", "Bundling", "Putting several needs into one contract, which can shut small firms out."),
    Term("iaas", "IaaS", "Infrastructure as a service: renting servers, storage and networks by the hour."),
    Term("lb", "Load Balancer", "Spreads incoming traffic across several servers."),
    Term("api-gw", "API Gateway", "The single front door that routes and checks calls to many back-end services."),
    Term("comp-bal", "compensating balance", "A minimum a borrower must keep on deposit with the lending bank."),
    Term("dns", "DNS", "Domain name system: turns names like example.com into the addresses computers use."),
    Term("vlan", "VLAN", "Virtual LAN: one physical network split into separate logical ones."),
    Term("tco", "Termination contracting officer", "The official who settles a contract ended early.", aliases=["TCO"]),
    Term("working-capital", "working capital", "Current assets minus current liabilities."),
    Term("otp", "One-time password", "A code that works for one login only.", aliases=["OTP"]),
    Term("coop", "Continuity of Operations Plan", "How an agency keeps its essential work going in a disaster.",
         aliases=["COOP"]),
    Term("halo", "Halo effect", "Judging everything about someone by one good trait."),
    Term("bom", "BOM", "Bill of materials: every part and quantity needed to build a product."),
    Term("cheque", "Cheque", "A written order telling a bank to pay someone from your account."),
    Term("pq", "PQ", "Performance qualification: proof a machine works as intended in real use."),
    Term("oq", "OQ", "Operational qualification: proof a machine works across its operating range."),
    Term("cdn", "CDN", "Content delivery network: copies of a site kept close to its users."),
    Term("ot", "OT", "Operational technology: the systems that run physical equipment."),
    Term("arrears", "arrears", "Money that is owed and should already have been paid."),
    Term("margin", "margin", "The share of a sale's price that is profit."),
    Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortization."),
    Term("vpn", "VPN", "Virtual private network: an encrypted tunnel into a private network."),
    Term("lpta", "LPTA", "Lowest price technically acceptable: the cheapest bid that meets the requirements wins."),
    Term("rfp", "Request for proposal", "A formal invitation to suppliers to propose how they would meet a need.",
         aliases=["RFP"]),
    Term("etf", "exchange traded fund (ETF)", "A fund whose shares trade on an exchange like a stock."),
    Term("pr", "Pull Request", "A proposed code change, reviewed before it is merged.", aliases=["PR"]),
    Term("apr", "annual percentage rate (APR)", "The yearly cost of a loan, fees included, as a percentage."),
    Term("hdmi", "HDMI", "High-Definition Multimedia Interface: the cable standard for sound and picture."),
    Term("gross-margin", "gross margin", "Revenue minus the cost of goods sold, as a share of revenue."),
    Term("net-margin", "net margin", "Profit after every cost, as a share of revenue."),
    Term("op-margin", "operating margin", "Operating profit as a share of revenue."),
]

spelled = glossary_fixture("spelled", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("my manager said we need to capitalise the laptops, what does that mean", "capitalize"),
    ("what does capitalise mean", "capitalize"),
    ("in the data centre we have racks, what's a data centre exactly?", "data-center"),
    ("we use labour-hour contracts for this, what are they exactly", "labor-hour"),
])
def test_a_name_typed_in_the_other_spelling_is_that_name(spelled: Glossary, text: str, expected: str) -> None:
    assert outcome(spelled, text) == ("answer", [expected])


def test_the_other_spelling_only_where_it_is_one() -> None:
    assert other_spelling("Data Center") == "Data Centre"
    assert other_spelling("capitalization") == "capitalisation"
    assert other_spelling("optimisation") == "optimization"
    assert other_spelling("Network Behavior Analysis") == "Network Behaviour Analysis"
    for name in ("size", "Enterprise Architecture Board", "franchise", "parameter", "billing", "major", "a check"):
        assert other_spelling(name) is None, name


@pytest.mark.parametrize(("text", "expected"), [
    ("Hello po ano po meaning ng DHCP? ☺️", "dhcp"),
    ("Merhaba, capital asset pricing model tam olarak nedir, kısaca açıklayabilir misiniz?", "capm"),
    ("Bom dia pessoal, o que é um SLA?", "sla"),
    ("porfa q es un SLA", "sla"),
    ("bitte was ist ein SLA", "sla"),
    ("q es un repo? (en git, no el repo de los bancos)", "repo"),
    ("me piden 2FA para entrar al portal 😩 q es eso", "2fa"),
    ("el equipo dice q el pipeline de CI/CD fallo... me explican q es CI/CD?", "cicd"),
    ("the boss mentioned KPI many times, what does it mean?", "kpi"),
    ("they say SLA every week in standup, what is it?", "sla"),
    ("found CSRF in the pentest, what is it?", "csrf"),
    ("I forgot my stats 😅 standard deviation, what is it?", "std-dev"),
    ("what is an ISP ah. singtel is one izit", "isp"),
    ("eh HSM means what ah.", "hsm"),
    ("eh embargo ah, means what in trade", "embargo"),
    ("contract manufacturing, what's the meaning lah", "contract-mfg"),
    ("eh yung dividend discount model?", "ddm"),
    ("o que é EBIT msm?", "ebit"),
    ("o q seria um KPI", "kpi"),
    ("one bidder wants to file a protest against our award. protest in procurement means what exactly", "protest"),
    ("what is return", "return"),
    ("in procurement, bundling means what ah", "bundling"),
    ("rbc wants a compensating balance on the new facility. wth is that", "comp-bal"),
    ("pls tell me abt IaaS yaar", "iaas"),
    ("Wie funktioniert ein load balancer?", "lb"),
    ("kya hai ye API gateway", "api-gw"),
])
def test_the_question_after_a_greeting_a_please_or_a_story_answers(spelled: Glossary, text: str, expected: str) -> None:
    assert outcome(spelled, text) == ("answer", [expected])


def test_shorthand_is_read_out_only_in_spanish_or_portuguese() -> None:
    assert shorthand_read("q es un repo?") == "que es un repo?"
    assert shorthand_read("oq é um SLA?") == "o que é um SLA?"
    for english in ("quick q what is SLA", "dumb q: what's a repo", "Q3 numbers for the SLA"):
        assert shorthand_read(english) == english


@pytest.mark.parametrize("text", ["quick q what is SLA", "dumb q: what's an SLA?"])
def test_an_english_q_is_still_a_question(spelled: Glossary, text: str) -> None:
    assert outcome(spelled, text) == ("answer", ["sla"])


@pytest.mark.parametrize("text", ["is platform engineering a new name for devops?",
                                  "is platform engineering just another word for devops?"])
def test_a_new_name_for_another_term_compares_them(spelled: Glossary, text: str) -> None:
    assert outcome(spelled, text) == ("compare", ["platform-eng", "devops"])


def test_another_kind_of_a_named_head_is_only_offered(spelled: Glossary) -> None:
    assert outcome(spelled, "ok so what is return on investment exactly, I need it for my quarterly")[0] == "suggest"
    assert outcome(spelled, "what is return on equity") == ("answer", ["roe"])


def test_the_audience_of_an_explanation_is_no_term(spelled: Glossary) -> None:
    assert outcome(spelled, "containers vs virtual machines. explain the difference like I'm in a lift with an "
                            "investor") == ("compare", ["containers", "vm"])
    assert outcome(spelled, "explain it like I'm in a lift with an investor")[0] != "answer"
    assert outcome(spelled, "explain like I'm five, what is an investor") == ("answer", ["investor"])


def test_a_field_set_in_a_sentence_of_its_own_is_not_asked(spelled: Glossary) -> None:
    status, ids = outcome(spelled, "ingress. In kubernetes. Not the thing at the airport. What is it")
    assert status != "answer" and ids[:1] == ["ingress"]


@pytest.mark.parametrize(("text", "expected"), [
    ("finance mentions working capital every call, what is it?", "working-capital"),
    ("OTP? onetime password? what's that", "otp"),
    ("hola! me regalan la definicion de COOP plan? continuity of operations algo asi", "coop"),
])
def test_a_reading_that_needs_a_meaning_asked_answers_with_one(spelled: Glossary, text: str, expected: str) -> None:
    assert outcome(spelled, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "aiyo the DNS again",  # a sigh, no greeting before a question
    "VLAN each floor or one big one? need a decision by Friday",  # "each" ends the name only where a meaning is asked
    "got TCO in the deck, can you double-check the numbers?",  # so does a verb with its subject left out
    "q hora es la reunión del SLA?",  # Spanish "what time": when
    "que horas é a reunião do SLA?",
    "ingress. In kubernetes. What is it",  # kubernetes sets the field
])
def test_the_new_readings_leave_other_questions_unanswered(spelled: Glossary, text: str) -> None:
    assert outcome(spelled, text)[0] != "answer"


@pytest.mark.parametrize(("text", "expected"), [
    ("Halo effect?", "halo"),  # a greeting of another language that is also a name's word stays the name's
    ("bom meaning", "bom"),
    ("qué es el PQ?", "pq"),  # shorthand in lower case only: "PQ" and "OQ" stay names
    ("alguien sabe q es el OQ?", "oq"),
    ("what is oq?", "oq"),
    ("explain like I'm a junior dev what kubernetes is", "kubernetes"),  # the audience ends at the question
    ("explain like I'm 10 what a CDN is", "cdn"),
    ("Overtime again for the OT crew. what is OT?", "ot"),  # one compound alone spells no acronym
    ("In arrears, what does it mean?", "arrears"),  # a field only where something else is asked
    ("kindly margin", "margin"),  # a courtesy opening is no modifier making another kind of margin
    ("btw margin?", "margin"),
    ("ola o que é um SLA", "sla"),
])
def test_what_a_reading_must_not_take_away(spelled: Glossary, text: str, expected: str) -> None:
    assert outcome(spelled, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "call wth the CFO re EBITDA tomorrow",  # "wth" is "with" unless "wth is that"
    "wth is going on with the VPN",
    "kya hai ye, the API gateway is down again",  # a complaint, not "what is this API gateway"
    "what is a check",  # "Cheque" is not indexed as "check"
])
def test_what_a_reading_must_not_answer(spelled: Glossary, text: str) -> None:
    assert outcome(spelled, text)[0] != "answer"


@pytest.mark.parametrize(("text", "expected"), [
    ("abeg LPTA means what? the tender say 'LPTA source selection'", "lpta"),  # West African "please"
    ("what is an R F P I got one from the county", "rfp"),  # dictated capitals, then the asker's "I"
    ("my buddy said I should look at E T F s what are those", "etf"),  # a plural "s" after them
])
def test_dictated_capitals_and_a_west_african_please(spelled: Glossary, text: str, expected: str) -> None:
    assert outcome(spelled, text) == ("answer", [expected])


def test_a_capital_a_dictated_is_a_letter_not_an_article(spelled: Glossary) -> None:
    assert outcome(spelled, "what does A P R mean on my truck loan") == ("answer", ["apr"])  # not "a PR"
    assert outcome(spelled, "what does H D M I stand for") == ("answer", ["hdmi"])  # the "I" is HDMI's


@pytest.mark.parametrize(("text", "expected"), [
    ("Q es un SLA?", "sla"),  # shorthand capitalised as a phone opens a message
    ("Bom dia SLA?", "sla"),  # a greeting with its day word
    ("Halo, what is a VPN?", "vpn"),  # a greeting before a mark
    ("oi SLA", "sla"),  # an interjection before a name alone
    ("explain a CDN like I'm someone who only knows what a VPN is", "cdn"),  # the audience's clause is theirs
    ("kya hai ye yaar API gateway", "api-gw"),  # a word to the listener inside the question
])
def test_the_second_review_keeps_these_answers(spelled: Glossary, text: str, expected: str) -> None:
    assert outcome(spelled, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "Pq es importante el SLA?",  # why it matters, not what it is
    "Bom dia what time is it",  # BOM is no greeting's subject
    "In kubernetes, what is a job?",  # the field, not the term asked
    "um contribution margin meaning",  # another kind of margin, the chatter before it left out
    "VLAN each floor or one big one? what do you think",  # no meaning asked after "each"
])
def test_the_second_review_leaves_these_unanswered(spelled: Glossary, text: str) -> None:
    assert outcome(spelled, text)[0] not in ("answer", "ambiguous")
