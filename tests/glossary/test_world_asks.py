"""Issue 13, over a real SQLite glossary: a name asked about in the words another language uses for asking ("hva betyr
SLA?", "SLA mhanje kay?", "co znamená SLA?"), for languages with no reading of their own. Only those words, particles
and small English words may stand beside the name: a question about something else in that language (its state,
what happened to it) is not read as asking what it means. The list holds no English and no chat word.
"""

from __future__ import annotations

import pytest

from glossary import common_words, foreign_words, world_asks, world_compare, world_words
from glossary.models import Term
from glossary.service import Glossary
from glossary.textscan import scan
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("sla", "SLA", "Service level agreement: what a supplier promises and what happens if it misses."),
    Term("vpn", "VPN", "Virtual private network: a private, encrypted link over the internet."),
    Term("kpi", "KPI", "Key performance indicator: a number that shows whether a goal is being met."),
    Term("co", "CO", "Contracting officer: the official who may sign a government contract."),
    Term("ebitda", "EBITDA", "Earnings before interest, taxes, depreciation and amortisation."),
    Term("working-capital", "working capital", "Current assets minus current liabilities: money to run day to day."),
    Term("authority", "authority", "The right to make decisions and give orders."),
]

world = glossary_fixture("world", TERMS)


@pytest.mark.parametrize(("text", "expected"), [
    ("hva betyr SLA?", "sla"),  # Norwegian
    ("hva er en SLA", "sla"),
    ("hva er working capital? vi trenger det til styremøtet", "working-capital"),
    ("vad betyder KPI?", "kpi"),  # Swedish
    ("mitä SLA tarkoittaa?", "sla"),  # Finnish
    ("mikä on EBITDA?", "ebitda"),
    ("SLA: mitä se tarkoittaa?", "sla"),
    ("mi az az SLA?", "sla"),  # Hungarian
    ("mit jelent a KPI?", "kpi"),
    ("co znamená SLA?", "sla"),  # Czech: "co" is no contracting officer here
    ("SLA enti?", "sla"),  # Telugu "what", alone after the name
    ("KPI ardham kaledu andi, konchem cheppandi", "kpi"),  # "I didn't understand ..., tell me a little"
    ("working capital gurinchi cheppu", "working-capital"),  # "tell me about"
    ("pojasni mi EBITDA", "ebitda"),  # Serbian "explain to me"
    ("KPI ki jinis? vendor bolche", "kpi"),  # Bengali "what thing is it"
    ("working capital kake bole?", "working-capital"),  # "what is called"
    ("dɛn ne EBITDA?", "ebitda"),  # Twi, its open e read as "e"
    ("SLA ɛkyerɛ sɛn?", "sla"),
    ("SLA no matlab", "sla"),  # Gujarati
    ("KPI endet new? how we calculate", "kpi"),  # Amharic "how is it"
    ("što je SLA?", "sla"),  # Croatian: "je" marks no French
    ("kaj je to EBITDA", "ebitda"),  # Slovenian
    ("SLA mhanje kay?", "sla"),  # Marathi
    ("SLA ante enti?", "sla"),  # Telugu
    ("abeg wetin SLA mean?", "sla"),  # Nigerian Pidgin
    ("wetin be KPI?", "kpi"),
    ("SLA menene?", "sla"),  # Hausa
    ("beth yw SLA?", "sla"),  # Welsh
    ("SLA ma ze?", "sla"),  # Hebrew
    ("SLA mwoya?", "sla"),  # Korean
    ("KPI arai na krub", "kpi"),  # Thai
    ("EBITDA full form mikä on", "ebitda"),  # an English word that asks, beside the Finnish ones
    ("co SLA znamená?", "sla"),  # the bare "what" beside the word that asks
    ("mida KPI tähendab?", "kpi"),  # Estonian
    ("sa SLA vle di?", "sla"),  # Haitian Creole
    ("inch a SLA?", "sla"),  # Armenian
    ("SLA tegese opo?", "sla"),  # Javanese
    ("mikä on SLA:n merkitys?", "sla"),  # a case ending on the name
    ("Hva betyr SLA?", "sla"),  # a phrase opening the sentence
    ("co to jest SLA?", "sla"),  # Polish
    ("KPI, co to znaczy?", "kpi"),
    ("sumimasen, SLA tte nan desu ka?", "sla"),  # romanised Japanese
    ("KPI no imi wa?", "kpi"),
    ("he aha te tikanga o EBITDA?", "ebitda"),  # Maori
    ("forklar SLA", "sla"),  # a language's "explain"
    ("KPI chaza", "kpi"),
    ("selitä SLA", "sla"),  # Finnish, Hungarian and Marathi "explain" and "tell me"
    ("magyarázd el az SLA-t", "sla"),
    ("KPI sang na", "kpi"),
    ("EBITDA kay aahe?", "ebitda"),  # Marathi "what is"
    ("SLA andre enu macha?", "sla"),  # Kannada, with a word to the listener
    ("KPI enu guru, swalpa heli", "kpi"),  # "what is it, tell me a little"
    ("working capital andre enu?", "working-capital"),
    ("working capital andre?", "working-capital"),  # "andre" alone, before a question mark
    ("EBITDA enu saar", "ebitda"),
    ("KPI artha aagilla, explain maadi", "kpi"),  # "I don't get it, explain"
    ("VPN therenne naha machan", "vpn"),  # Sinhala "I don't understand"
    ("working capital kiyanne mokakda finance wala", "working-capital"),  # a field set before the language's "in"
    ("working capital andre exact artha enu HR policy prakara?", "working-capital"),  # "according to"
    ("KPI andre enu simple aagi heli", "kpi"),  # English words saying how to answer
    ("working capital etle shu simple ma?", "working-capital"),  # Gujarati
    ("KPI lan la?", "kpi"),  # Wolof: "lan" of "lan la" is no LAN
    ("KPI ça veut dire quoi stp", "kpi"),  # French, its "please" closing the question
    ("c koi un KPI?", "kpi"),  # "c'est quoi", typed fast
    ("working capital ennu vechaal entha exactly?", "working-capital"),  # Malayalam, a long vowel typed twice
    ("EBITDA enthaanu ennu onnu parayamo", "ebitda"),  # "could you tell me what ... is"
    ("KPI ardam kaledu", "kpi"),  # Telugu "ardham" typed without its breath
    ("kisa yon VPN ye?", "vpn"),  # Haitian Creole "what is a VPN", around the name
    ("Kisa SLA ye?", "sla"),  # a single word that asks, opening a short question its particle closes
    ("KPI nis ey bong?", "kpi"),  # Khmer "what is this"
    ("Abeg what exactly is working capital?", "working-capital"),  # Pidgin "please", capitalised to open it
])
def test_a_name_asked_in_another_languages_words_is_answered(world: Glossary, text: str, expected: str) -> None:
    assert outcome(world, text) == ("answer", [expected])


@pytest.mark.parametrize("text", [
    "mikä on VPN tila?",  # Finnish: what the VPN's state is
    "mitä VPN:lle tapahtui?",  # what happened to the VPN (the case ending stays on the name)
    "mi van a VPN-nel?",  # Hungarian: what is up with the VPN
    "hva skjer med VPN?",  # Norwegian: what is going on with it
    "vad kostar KPI dashboard?",  # Swedish: what it costs
    "SLA kab milega?",  # when: Hindi, read by its own table
    "o le a le SLA?",  # Samoan, which the list does not hold: still only offered
    "vem ansvarar för SOC?",  # Swedish: who is responsible
    "mennyi most a WACC?",  # Hungarian: how much it is now
    "koľko stojí licencia na VPN?",  # Slovak: what it costs
    "kush merret me SLA?",  # Albanian: who deals with it
    "wetin dey for VPN?",  # Pidgin: what is going on in it
    "VA e SLA?",  # nor "va e" in Swedish
    "Arai SLA?",  # a name, not Thai
    "Kisa SLA?",  # nor a name opening a sentence with no particle of the language after it
    "Arai, the VPN is down again",  # nor one before English words
    "Arai SLA are done?",
    "Arai SLA yaar?",  # a particle of another language than the word's (Thai "arai", Hindi "yaar")
    "mwen pa konprann, VPN an pa mache",  # Haitian Creole "I don't understand, the VPN doesn't work"
    "SLA kini.",  # Malay "now": no single word of Yoruba
    "KPI kada quarter?",  # Tagalog "each", no Bosnian "when"
    "hol van a VPN?",  # Hungarian: where it is
    "gdzie jest VPN?",  # Polish: where it is
    "SLA wa itsu desu ka?",  # Japanese: when it is
    "VPN elli ide?",  # Kannada: where it is
    "send the VPN config to andre",  # a name typed in lower case, no question
    "the SLA, andre?",  # the name, spoken to
    "KPI target heli",  # "tell the KPI target": a number asked
    "authority andre enu VPN team nalli ide",  # more than a field before the "in": no setting read
])
def test_other_questions_in_those_languages_are_not_answered(world: Glossary, text: str) -> None:
    assert outcome(world, text)[0] not in ("answer", "ambiguous", "compare")


def test_an_acronym_spelt_out_is_not_answered_by_one_word_of_its_expansion(world: Glossary) -> None:
    """"AFE – authority for expenditure": the asker means the whole expansion, not the glossary's "authority"."""
    for text in ("hva er AFE – authority for expenditure?", "what's an AFE – authority for expenditure?"):
        assert outcome(world, text)[0] == "suggest"
    assert outcome(world, "what is authority?") == ("answer", ["authority"])


@pytest.mark.parametrize(("text", "expected"), [
    ("mi a különbség a SLA és a KPI között?", ["sla", "kpi"]),  # Hungarian
    ("rozdíl mezi SLA a KPI?", ["sla", "kpi"]),  # Czech
    ("VPN ani SLA madhe farak kay?", ["vpn", "sla"]),  # Marathi
    ("hva er forskjellen mellom EBITDA og working capital?", ["ebitda", "working-capital"]),  # Norwegian
    ("farqiga u dhexeeya SLA iyo KPI waa maxay?", ["sla", "kpi"]),  # Somali
    ("jaka jest roznica miedzy SLA a KPI?", ["sla", "kpi"]),  # Polish
    ("SLA to KPI no chigai wa nan desu ka?", ["sla", "kpi"]),  # Japanese
    ("SLA ar KPI alada kivabe?", ["sla", "kpi"]),  # Bengali: "how are they different"
    ("VPN ane SLA ma shu tafavat?", ["vpn", "sla"]),  # Gujarati
    ("SLA ena KPI lyunetachew min new?", ["sla", "kpi"]),  # Amharic
    ("SLA te KPI ch ki difference hunda", ["sla", "kpi"]),  # Punjabi "and" and "between", English's word
    ("VPN ane SLA ma shu farak? banne kyare alag hoy?", ["vpn", "sla"]),  # Gujarati, two words for it
    ("SLA eller KPI — what is the difference?", ["sla", "kpi"]),  # Norwegian "or"
    ("SLA and KPI razlika?", ["sla", "kpi"]),  # English "and", no table's language spoken
    ("SLA da KPI, menene bambancin?", ["sla", "kpi"]),  # Hausa "the difference" with its "-n"
    ("VPN um SLA um thammil vyathyaasam?", ["vpn", "sla"]),  # Malayalam, a long vowel typed twice
])
def test_a_comparison_asked_in_another_languages_words_compares(world: Glossary, text: str,
                                                                 expected: list[str]) -> None:
    assert outcome(world, text) == ("compare", expected)


@pytest.mark.parametrize("text", ["after chai, SLA and KPI sync?", "SLA and KPI review after chai",
                                  "ero contento del SLA e del KPI di questo trimestre",
                                  "SLA and KPI ke liye alag team hai",  # Hindi "separate", no Gujarati asking
                                  "SLA and KPI ka alag dashboard banao"])
def test_a_word_for_the_difference_alone_compares_nothing(world: Glossary, text: str) -> None:
    """"chai" is tea, Italian "ero" is "I was": without the language's own "and" or "between" nothing is compared."""
    assert outcome(world, text)[0] != "compare"
    assert world_compare.english("what is SLA?") is None


def test_languages_sharing_a_word_for_the_difference_are_each_read(world: Glossary) -> None:
    """"farak" is Marathi and Punjabi, "razlika" Serbian and Slovenian: the language whose words the message holds."""
    for text in ("SLA te KPI vich farak ki hunda?", "razlika med SLA in KPI?", "SLA va KPI farqi nima?"):
        assert outcome(world, text) == ("compare", ["sla", "kpi"])


SINGLE = frozenset(cue[0] for cue in world_asks.CUES if len(cue) == 1)
#: Every word the tables of the languages the bot reads know: a word of these lists must be none of them.
KNOWN = foreign_words.WORDS.union(*(language.marks for language in foreign_words.LANGUAGES))
#: Given names the English word list holds, which English writers capitalise and the cues are read only in lower
#: case, and which ask only before a question mark (world_words.MARKED): Kannada "andre" ("SLA andre?").
NAMES = world_words.MARKED


@pytest.mark.parametrize("words", [SINGLE, world_asks.ELSEWHERE])
def test_no_single_asking_word_is_english_chat_or_another_read_languages(words: frozenset[str]) -> None:
    """A one-word cue is read wherever it stands beside a name, and a word asking something else turns a question
    away from the meaning: neither may be a word an English message uses, nor one of a language the bot reads."""
    english = sorted(w for w in words - NAMES
                     if common_words.is_common(w, 50_000) or common_words.is_chat(w) or w in KNOWN)
    assert english == []


def test_every_word_is_written_folded() -> None:
    """Messages are read folded (lower case, no accents): a word written otherwise would never match."""
    words = {w for asking in world_asks.LANGUAGES.values() for cue in asking.cues for w in cue.split()}
    words |= world_asks.PARTICLES | world_asks.ELSEWHERE
    words |= {w for asking in world_asks.LANGUAGES.values()
              for w in " ".join((*asking.differ, asking.joins, *asking.between)).split()}
    assert all(w.isascii() and w.islower() and w.isalpha() for w in words)


@pytest.mark.parametrize(("text", "tokens", "expected"), [
    ("hva betyr SLA", [0, 1], {0, 1}),
    ("mhanje SLA kay", [0, 2], {0}),  # "mhanje kay" only as neighbours; "mhanje" alone asks
    ("co znamena SLA", [0, 1], {0, 1}),
    ("the MIS on SLA", [0, 1, 2], set()),  # an acronym in capitals is no asking word
])
def test_phrases_match_only_as_neighbours_and_as_typed(text: str, tokens: list[int], expected: set[int]) -> None:
    assert world_asks.cue_tokens(scan(text), tokens) == expected


def test_a_single_cue_that_is_a_glossary_name_asks_nothing() -> None:
    assert world_asks.cue_tokens(scan("emiti SLA"), [0], names={0}) == set()


def test_a_long_message_of_cue_words_gets_a_reply(world: Glossary) -> None:
    """Thousands of asking words, particles or words for the difference: each is read a few words around, and the
    reply comes (its time is measured by bench/pathological.py's shapes "hva betyr", "vem" and "farak")."""
    for text in ("hva betyr " * 5_000 + "SLA?", "SLA " + "mhanje kay " * 5_000, "SLA og KPI forskjell " * 3_000):
        assert outcome(world, text)[0] in ("answer", "suggest", "unknown", "ambiguous", "compare")


def test_every_language_named_in_the_extra_lists_is_one_of_the_list() -> None:
    """A misspelt key would drop its words unseen: "it"/"this" and "explain" words join their language's record."""
    assert set(world_asks.PRONOUNS) <= set(world_asks.LANGUAGES)
    assert set(world_asks.EXPLAIN) <= set(world_asks.LANGUAGES)


@pytest.mark.parametrize("text", [
    "the VPN was slow. VPN kahan?",
    "the VPN is down. VPN sudah nyala?",  # said, then asked again: whether it is on yet
    "KPI review is friday. KPI kailan?",  # when  # "where", in a language read by its own table
    "the SLA is new. SLA, vendor?",  # an English word after it
    "the SLA is new. SLA signed yesterday nahi hua kya bhai?",  # more than a few words
])
def test_a_name_said_again_with_a_few_words_of_no_english_is_not_answered(world: Glossary, text: str) -> None:
    assert outcome(world, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize("text", [
    "working capital ennu economist paranju. athu enthaanu?",  # Malayalam "so-called" after the name, then "what is it"
    "EBITDA ennu ellarum parayunnu. athu entha?",
])
def test_a_particle_after_the_name_does_not_lengthen_it_when_the_language_asks(world: Glossary, text: str) -> None:
    assert outcome(world, text)[0] == "answer"


@pytest.mark.parametrize("text", [
    "VPN eka wada karanawada?",  # Sinhala: does the VPN work? No word that asks what it is
    "send the KPI eka to finance",
])
def test_a_particle_after_the_name_with_no_word_that_asks_answers_nothing(world: Glossary, text: str) -> None:
    assert outcome(world, text)[0] not in ("answer", "ambiguous", "compare")


@pytest.mark.parametrize(("text", "only"), [
    ("athu enthaanu", True),  # Malayalam "what is that": no slip of a name
    ("entha ennu", True),
    ("Chie", False),  # capitalised: may be a name
    ("mean", False),  # English, though a word of Khmer "mean nai tha"
    ("athu firewal", False),
])
def test_words_that_only_ask_are_told_apart(text: str, only: bool) -> None:
    assert world_asks.only_asking(text) is only


def test_words_that_only_ask_are_no_typo_of_a_name(world: Glossary) -> None:
    assert outcome(world, "athu enthaanu?") == ("unknown", [])


@pytest.mark.parametrize(("text", "expected"), [
    ("kas tai yra KPI?", ("answer", ["kpi"])),  # Lithuanian "what is it"
    ("SLA ir KPI - kuo skiriasi?", ("compare", ["sla", "kpi"])),  # "how do they differ"
])
def test_lithuanian_asks_and_compares(world: Glossary, text: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(world, text) == expected
