"""Issue 13, over a real SQLite glossary and the shipped list of senses outside it: an acronym asked about in a sense
the glossary does not hold ("send it by EOD": end of day, where the glossary's EOD is an entrance on duty) is offered
with a word on that sense, never answered with the glossary's; a bare question, or words that fit the glossary's
sense, keep the answer.
"""

from __future__ import annotations

from importlib import resources

from bot.answers import lookup_reply
from glossary import outside_names, outside_senses
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("eod", "EOD", "Entrance on duty: the date a new federal employee officially starts work and pay."),
    Term("seo", "seasoned equity offering (SEO)",
         "New shares sold by a company whose stock already trades on an exchange.", aliases=["SEO"]),
    Term("vpn", "VPN", "Virtual private network: a private, encrypted link over the internet."),
    Term("sec", "SEC", "Securities and Exchange Commission: the US regulator of securities markets."),
    Term("roi", "ROI", "What we get back for what we put in."),
    Term("ltd", "LTD", "Limited company."),
    Term("fema", "FEMA", "Federal Emergency Management Agency: the US agency that coordinates disaster response."),
    Term("pmo", "Project Management Office", "The team that keeps a company's projects on one method.",
         aliases=["PMO"]),
    Term("cor", "COR", "The person who watches a contract day to day for the contracting officer.",
         aliases=["Contracting Officer's Representative"]),
    Term("sme", "SME", "Subject matter expert: the person who knows a field best and answers its questions."),
    Term("owasp", "OWASP", "Open Worldwide Application Security Project: a foundation known for its top ten."),
    Term("swap", "swap", "A contract in which two parties exchange streams of payments, such as fixed for floating "
                         "interest."),
]

outside = glossary_fixture("outside", TERMS)


def test_an_acronym_asked_in_its_everyday_sense_is_offered_with_that_sense(outside: Glossary) -> None:
    result = outside.lookup("can you send it by EOD today? what does EOD mean lol")
    assert (result.status, [m.id for m in result.matches], result.elsewhere) == ("suggest", ["eod"], "end of day")
    assert result.to_dict()["outside_sense"] == "end of day"
    reply = lookup_reply(result, {"eod": outside.term("eod")})
    assert "may mean “end of day”, which the glossary doesn't define yet" in reply.text
    assert "Entrance on duty" in reply.text and [b.action for b in reply.actions] == ["suggest_form"]
    assert outcome(outside, "the client wants more SEO on the blog so it ranks on google, what is SEO?")[0] == "suggest"


def test_a_bare_question_or_words_of_the_glossarys_sense_keep_the_answer(outside: Glossary) -> None:
    assert outcome(outside, "what is EOD?") == ("answer", ["eod"])
    assert outcome(outside, "what is an SEO? the company wants to sell new shares on the exchange") \
        == ("answer", ["seo"])
    assert outcome(outside, "what is a VPN? I need it to work from home") == ("answer", ["vpn"])  # the same sense
    assert outcome(outside, "What's a PMO? everybody says check with the PMO") == ("answer", ["pmo"])  # the "s" of
    # "What's" points to no "Prime Minister's Office"


def test_a_short_definition_or_a_word_inside_another_never_makes_the_glossarys_own_sense_outside(
        outside: Glossary) -> None:
    """"ROI": "What we get back for what we put in." names no sense the list knows, so any listed one may be it;
    "security" inside "securities" is no name of the glossary's SEC; "term" and "long" ask, they point nowhere."""
    assert outcome(outside, "what is the SEC? filing rule enforcement") == ("answer", ["sec"])
    assert outcome(outside, "what is ROI? will the profit justify the cost and payback") == ("answer", ["roi"])
    assert outcome(outside, "what does the term LTD mean, long answer please") == ("answer", ["ltd"])


def test_a_sense_the_asker_types_out_is_no_sense_pointed_to(outside: Glossary) -> None:
    """"not end of day": the asker names the everyday sense to rule it out, so it is no sign they mean it."""
    result = outside.lookup("what is EOD for a federal new hire? not end of day, I was told")
    assert result.elsewhere is None


def test_the_list_reads_its_lines_and_skips_what_is_not_one() -> None:
    senses = outside_senses.parse("# acronym, expansion, words near it\nEOD\tend of day\ttoday deadline friday\n"
                                  "broken line\nEOD\texplosive ordnance disposal\tbomb army squad\n")
    assert [o.name for o in senses["eod"]] == ["end of day", "explosive ordnance disposal"]
    assert senses["eod"][0].near == frozenset({"today", "deadline", "friday"})


def test_the_shipped_list_is_well_formed() -> None:
    text = resources.files("glossary").joinpath("outside_senses.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert all(len(line.split("\t")) in (3, 4) for line in lines)
    assert len(outside_senses.shipped()) >= 300  # acronyms


def test_an_acronym_of_its_own_is_no_slip_of_a_glossary_acronym(outside: Glossary) -> None:
    """"FMEA" is listed as an acronym in everyday use (failure mode and effects analysis): typed in capitals it is
    not FEMA with two letters swapped, so FEMA is at most offered; "OWSAP", which nobody uses, is still OWASP."""
    assert outside_names.known("FMEA") and not outside_names.known("OWSAP")
    assert outcome(outside, "what's an FMEA? quality says we need a PFMEA for the new line")[0] != "answer"
    assert outcome(outside, "what is OWSAP") == ("answer", ["owasp"])


def test_a_word_typed_right_beside_the_acronym_points_more_clearly(outside: Glossary) -> None:
    """"CORS error": "error", an everyday word, points to cross-origin resource sharing when it stands beside the
    acronym; anywhere else in the message it would be too weak alone."""
    result = outside.lookup("cors error again. what is cors exactly")
    assert (result.status, result.elsewhere) == ("suggest", "cross origin resource sharing")
    assert outcome(outside, "what is a COR? the error log said they must sign") == ("answer", ["cor"])
    assert outcome(outside, "what is SEO for the team") == ("answer", ["seo"])  # "team" is not beside it


def test_the_longer_list_of_words_points_only_with_another(outside: Glossary) -> None:
    """The fourth column lists more words around a sense; each counts one, so "marketing" and "page" together point
    to search engine optimisation, while "finance" alone (a department) does not make an SME a small business."""
    result = outside.lookup("What's SEO? marketing wants to improve SEO for the careers page")
    assert (result.status, result.elsewhere) == ("suggest", "search engine optimization")
    assert outcome(outside, "they want an SME from finance for the workshop. what is SME") == ("answer", ["sme"])


def test_the_longer_list_never_decides_which_listed_sense_an_entry_is() -> None:
    """A sense's fourth column only points to it: reading which listed sense a glossary entry is uses the first
    three, whose words were chosen to tell the senses apart."""
    listed = outside_senses.parse("SEO\tsearch engine optimization\tgoogle ranking\tmarketing page\n")["seo"][0]
    assert listed.near == frozenset({"google", "ranking"}) and listed.also == frozenset({"marketing", "page"})


def test_an_everyday_word_asked_in_its_other_sense_is_offered(outside: Glossary) -> None:
    """"swap is full" on a Linux server is disk used as memory, not the interest-rate swap the glossary defines."""
    assert outcome(outside, "linux says swap is full, what is swap there?")[0] == "suggest"
    asked = "what is a swap? the bank wants us to pay fixed and receive floating"
    assert outcome(outside, asked) == ("answer", ["swap"])
    assert outcome(outside, "what is a swap?") == ("answer", ["swap"])
