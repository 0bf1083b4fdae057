"""The words of each language the bot has no table for that ask what a name means, with their particles, their
words asking something else, and their words for "the difference", "and" and "between" (glossary/world_asks.py
reads them; glossary/world_compare.py compares with them). Only data: one entry a language, written folded.
"""

from __future__ import annotations

from typing import NamedTuple


class Asking(NamedTuple):
    """One language's words that ask what a name means, the particles that may stand beside them, and its words
    asking something else of a name (who, where, when, how much, why, what it costs)."""

    cues: tuple[str, ...]  # each a word or a phrase of a few words ("mhanje kay")
    particles: str = ""  # words of address, softeners, articles and bare "what" words that ask nothing alone
    elsewhere: str = ""  # "vem" (who), "hvor" (where), "mennyi" (how much): the question is not what it means
    differ: tuple[str, ...] = ()  # "the difference", a word or a phrase: "farak", "kala duwanaanshaha"
    joins: str = ""  # "and": "ani", "og"
    between: tuple[str, ...] = ()  # "between", before the pair or after it: "madhe", "mellom", "u dhexeeya"


LANGUAGES: dict[str, Asking] = {
    "Polish": Asking(("co to jest", "co to", "co oznacza", "oznacza", "co znaczy", "znaczy", "co to znaczy",
                      "czym jest", "znaczenie", "co to za"), "prosze wlasciwie dokladnie czesc hej skrot ten ta",
                     "gdzie kiedy dlaczego czemu", differ=("roznica", "roznice", "roznicy"), joins="i",
                     between=("miedzy", "pomiedzy")),
    "Japanese": Asking(("tte nan desu ka", "tte nan desu", "tte nani", "tte nan", "wa nan desu ka", "wa nani", "to wa",
                        "towa", "imi", "dou iu imi", "nan no imi", "no imi", "tte dou iu imi", "nan desu ka", "nani"),
                       "sumimasen chotto ano etto desu ka ne yo tte wa wo san kudasai onegaishimasu tsuite",
                       "doko itsu ikura naze doushite", differ=("chigai",), joins="to"),
    "Maori": Asking(("he aha", "he aha te", "he aha te tikanga", "tikanga", "te tikanga o", "he aha tera",
                     "he aha tenei"), "kia ora hoa", "wai hea ahea hia", differ=("rereketanga",), joins="me",
                    between=("i waenganui",)),
    "Nigerian Pidgin": Asking(("wetin", "wetin be", "wetin be di", "weti", "wetin e dey do", "na which kind thing"),
                              "abeg oga sef o na dis dat una di bros jor tin", "dey"),
    "Yoruba": Asking(("ki ni", "kini itumo", "itumo", "tumo si", "tunmo si", "kilo je", "ki lo tumo si"),
                     "jare o ejo ejowo jowo jor", "nibo nigbawo kilode", differ=("iyato",), joins="ati"),
    "Hausa": Asking(("menene", "mene ne", "me ake nufi", "me ake nufi da", "nufi", "maanar", "ma anar", "mecece",
                     "mece ce"), "dan allah malam dai", "yaushe nawa", differ=("bambanci", "bambancin"), joins="da"),
    "Igbo": Asking(("gini bu", "kedu ihe bu", "ihe bu", "putara", "gini ka", "nkowa"), "biko nna",
                   differ=("ihe di iche",), joins="na"),
    "Amharic": Asking(("min malet", "malet new", "malet", "min new", "mindin new", "mndn new", "maletu", "tirgumu",
                       "endet new", "endet yiseral", "endet new yemiseraw"), "ebakih ebakish wendime selam betam ishi",
                      "meche mechie lemin", differ=("liyunet", "lyunet", "liyunetu", "lyunetachew", "liyunetachew"),
                      joins="ena"),
    "Somali": Asking(("waa maxay", "maxay", "micnaha", "macnaha", "maxay tahay", "maxuu yahay", "macnaheedu"),
                     "fadlan walaal", "xaggee halkee goorma immisa",
                     differ=("farqiga", "farqi", "kala duwanaanshaha"),
                     joins="iyo", between=("u dhexeeya", "dhexeeya")),
    "Zulu": Asking(("yini", "ukuthini", "kusho ukuthini", "kusho ukuthi", "kuyini", "kusho ini", "incazelo"),
                   "sicela bo ngicela bafo i ye", "ubani kuphi malini kungani",
                   differ=("umehluko",), joins="ne kanye", between=("phakathi",)),
    "Finnish": Asking(("mika on", "mika se on", "mita ovat", "mitka ovat", "mita tarkoittaa", "tarkoittaa", "merkitys",
                       "tarkoitetaan", "mika ihmeen", "mikas on"),
                      "mika mita siis hei moi se oikein lyhyesti tarkalleen kiitos lyhenne",
                      "kuka milloin paljonko kuinka miksi kenen",
                      differ=("ero", "eroa", "erot", "eroja"), joins="ja", between=("valilla", "valinen")),
    "Estonian": Asking(("mis on", "mida tahendab", "tahendab", "mis asi on", "mis see on", "tahendus"),
                       "mida palun tere luhidalt oieti luhend", "millal palju miks",
                       differ=("vahe", "erinevus"), joins="ja", between=("vahel",)),
    "Hungarian": Asking(("mi az", "mi a", "mik azok", "mik a", "mit jelent", "jelent", "jelenti", "mi ez", "mit takar",
                         "mi az hogy"),
                        "az a pontosan tulajdonkeppen egyaltalan szia kerlek legyszi roviden ez rovidites",
                        "hol mikor mennyi mennyibe miert kie",
                        differ=("kulonbseg", "kulonbsege", "kulonbseget"), joins="es", between=("kozott", "kozti")),
    "Czech and Slovak": Asking(("co je", "co to je", "co jsou", "co to jsou", "co su", "co znamena", "znamena",
                                "vyznam"),
                               "co presne vlastne prosim ahoj cau teda jako strucne zkratka skratka",
                               "kdo kde kdy kedy kolik kolko preco stoji",
                               differ=("rozdil", "rozdiel"), joins="a", between=("mezi", "medzi")),
    "Serbian, Croatian and Bosnian": Asking(("sta je", "sto je", "sta znaci", "sto znaci", "znaci", "znacenje",
                                             "sta to znaci", "sto to znaci"),
                                            "sta sto tacno zapravo molim brate bre ukratko ustvari skracenica",
                                            "tko gde gdje koliko zasto",
                                            differ=("razlika", "razliku", "razlike"),
                                            joins="i", between=("izmedu", "izmedju")),
    "Slovenian": Asking(("kaj je", "kaj pomeni", "pomeni", "kaj to pomeni", "pomen"),
                        "kaj pravzaprav prosim zivjo sploh tocno kratica", "kdo kje kdaj koliko zakaj",
                        differ=("razlika",), joins="in", between=("med",)),
    "Bulgarian and Macedonian": Asking(("kakvo e", "kakvo oznachava", "oznachava", "shto e", "shto znachi",
                                        "kakvo znachi", "kvo e", "kvo znachi", "znachenie"),
                                       "tochno molya bate brat molam", "koj kade kude koga kolko zashto",
                                       differ=("razlikata", "razlika"), joins="i", between=("mezhdu", "megju")),
    "Lithuanian": Asking(("kas yra", "ka reiskia", "reiskia", "kas tai", "reiksme", "kas tai yra", "kas cia"),
                         "ka tiksliai prasau labas trumpai santrumpa", "kiek kodel",
                         differ=("skirtumas", "skirtumai", "skiriasi", "kuo skiriasi"), joins="ir", between=("tarp",)),
    "Latvian": Asking(("kas ir", "ko nozime", "nozime", "kas tas ir", "ko tas nozime"),
                      "ko tiesi ludzu sveiki isuma", "kad kapec",
                      differ=("atskiriba", "starpiba"), joins="un", between=("starp",)),
    "Norwegian and Danish": Asking(("hva er", "hva betyr", "betyr", "hvad er", "hvad betyder", "betydning", "hva star",
                                    "hvad star", "hva menes med", "hva star det for",
                                    "hvad star det for", "hvad er det for noget", "hva er det for noe"),
                                   "egentlig en et ei hei hej takk tak forkortelse altsa praecist praecis",
                                   "hvem hvor nar hvorfor",
                                   differ=("forskjell", "forskjellen", "forskel", "forskellen"),
                                   joins="og eller", between=("mellom", "mellem", "pa")),
    "Icelandic": Asking(("hvad eru", "hvad thydir", "thydir", "hvad thyda", "hvad merkir", "merkir", "merking",
                         "hvad er thetta"), "sko hae jaeja heyrdu takk bara eiginlega nakvaemlega skammstofun",
                        "hver hvar hvenaer hvers hvernig", differ=("munurinn", "munur"), joins="og",
                        between=("a milli", "milli")),
    "Swedish": Asking(("vad ar", "vad betyder", "betyder", "vad innebar", "innebar", "vad e", "va e", "va betyder",
                       "vad star", "vad star det for", "vad menas med",
                       "betydelse"), "egentligen en ett hej snalla tack alltsa exakt",
                      "vem varfor kostar vilken",
                      differ=("skillnad", "skillnaden"), joins="och eller", between=("mellan", "pa")),
    "Catalan": Asking(("que vol dir", "vol dir", "significat"), "sisplau siusplau exactament"),
    "Basque": Asking(("zer da", "esan nahi", "zer esan nahi du", "esanahia", "esanahi"), "mesedez kaixo hori",
                     "noiz zenbat zergatik",
                     differ=("aldea", "ezberdintasuna"), joins="eta", between=("arteko", "artean")),
    "Albanian": Asking(("cfare eshte", "cka eshte", "domethene", "cfare do te thote", "qka eshte", "cka osht",
                        "qka osht", "cka do me thane", "kuptimi", "domethenia"), "te lutem ju tung vella",
                       "kush pse kushton", differ=("dallimi", "ndryshimi"), joins="dhe", between=("midis", "ndermjet")),
    "Welsh": Asking(("beth yw", "beth ydy", "beth ydi", "ystyr", "be di", "beth di", "be ydy", "be yw",
                     "yn ei olygu"), "plis yr helo beth", "pwy ble pryd",
                    differ=("gwahaniaeth",), joins="a ac", between=("rhwng",)),
    "Irish": Asking(("cad e", "cad is ciall", "cad is bri", "cad a chiallaionn", "ciall"), "le thoil chara",
                    "cathain bhfuil", differ=("difriocht",), joins="agus", between=("idir",)),
    "Haitian Creole": Asking(("sa vle di", "ki sa", "kisa", "vle di", "siyifikasyon"),
                             "souple tanpri ye sa yon egzakteman vre",
                             "kiyes konbyen poukisa", differ=("diferans",), joins="ak epi", between=("ant",)),
    "Korean": Asking(("mwoya", "mwoeyo", "mwoyeyo", "mwojyo", "mwoji", "mwonde", "mwo", "tteus", "tteusi",
                      "museun tteus", "tteut", "uimi", "mueosinga", "mwoyo"),
                     "jom yo hyung hyeong ga neun ran rago irago",
                     "nuga eodi eonje eolma wae", differ=("chaijeom", "chaijum", "chai ga", "chaiga"),
                     joins="rang irang wa gwa hago"),
    "Cantonese": Asking(("mat ye", "mat yeh", "matye", "mud ye", "ge yi si", "yi si", "hai mat ye", "me yi si",
                         "meh yi si", "me ye", "meh ye"), "a ah la ge hai aa ar mgoi",
                        differ=("fan bit", "kui bit", "kuibit"), joins="tung"),
    "Thai": Asking(("arai", "kue arai", "khue arai", "plae wa", "mai khao jai", "kuearai", "khuearai", "keu arai",
                    "plae waa", "khwam mai", "kwam mai"), "na ka krub khrap kha krab kub khrab kap",
                   "krai meua muea", differ=("tang kan", "tang gan", "kwam tang", "taeng kan"), joins="kap gap gub"),
    "Hebrew": Asking(("ma ze", "ma zot", "mashmaut", "ma hapeirush", "ma zeh", "mah zeh", "ma ze omer",
                      "ma zot omeret", "ma hapirush", "pirush", "perush"), "achi ahi akhi ha shel bevakasha bekitzur",
                     "eifo eifoh matai achrai", differ=("hahevdel", "hevdel"), joins="ve", between=("bein",)),
    "Telugu": Asking(("ante enti", "ante emiti", "emiti", "ardham", "artham", "ante emti", "emti", "enti",
                      "ante ento", "ardham kaledu", "ardham kavatledu", "ardham avvaledu"),
                     "ra andi bro anna garu konchem gurinchi", "evaru ekkada eppudu enduku",
                     differ=("teda", "tedaa", "bhedam"), joins="mariyu", between=("madhya",)),
    "Kannada": Asking(("andre enu", "andre yenu", "enu", "yenu", "andre en", "artha", "andre", "artha aagilla",
                       "artha agilla", "gottilla", "enu artha"),
                      "maga macha guru saar boss anna heli swalpa alva thara exactly beku aagi ree",
                      "yavaga eshtu elli yaake",
                      differ=("vyatyasa", "vyatyasavenu", "vyathyasa", "vyathyasavenu"), joins="mattu",
                      between=("naduve", "naduvina")),
    "Malayalam": Asking(("enthanu", "ennu paranjal", "ennal enthanu", "ennal entha", "ennu vechal", "enthaa", "artham",
                         "athu entha", "ithu entha", "ennu parayunnathu", "manassilayilla", "manasilayilla"),
                        "chetta chechi ee machane onnu oru ennu entha parayamo", "evide eppol ethra enthinu aaru aara",
                        differ=("vyathyasam", "vyatyasam"), joins="um", between=("thammil", "thammilulla")),
    "Marathi": Asking(("mhanje kay", "mhanje", "mhanje nakki kay", "mhanje kai", "mhanje ky", "mhnje kay", "arth kay",
                       "kay aahe", "kay ahe", "kay asta", "kay aste", "mhanje kay aahe", "mhanje kay asta"),
                      "re na nakki bhau dada cha", "kon kuthe kadhi kevha kiti",
                      differ=("farak", "fark"), joins="ani", between=("madhe", "madhye", "madhla", "madhil")),
    "Gujarati": Asking(("etle shu", "etle", "shu che", "shu chhe", "etle shu thay", "etle su", "arth shu", "shu hoy",
                        "su hoy", "shu hoy che", "etle shu hoy", "no matlab", "nu matlab", "ni full form",
                        "ni full form shu", "full form shu", "shu kahevay", "kone kahevay", "shu batave", "matlab shu"),
                       "bhai kem cho j ne che", "kyare ketla", differ=("tafavat", "alag"), joins="ane",
                       between=("vache", "vachche")),
    "Punjabi": Asking(("ki hunda", "ki hundi", "ki hunde", "ki hunde ne", "ki hundi aa", "ki hunda aa", "ki aa",
                       "ki hunda hai", "da ki matlab", "da matlab ki", "ki matlab", "ki cheez aa",
                       "ki bala aa", "kis nu kehnde", "ki hunda exact", "da ki matlab hunda", "da matlab ki hunda"),
                      "paaji veere paji veer ji yaar zara asal aa exact exactly", "kithe kinna kyon kive",
                      differ=("fark", "farak", "ki farak", "ki fark"), joins="te", between=("vich", "ch")),
    "Wolof": Asking(("lan la", "lan mooy", "lan moy", "lan la tekki", "tekki", "lu muy tekki", "lan lay tekki",
                     "degg uma", "xamuma"), "waaw bi yi ci dama jerejef nanga def",
                    differ=("wuute", "wuutale", "wuuteef"), joins="ak"),
    "Twi": Asking(("den ne", "ekyere sen", "kyere sen", "ye den"), "chale paa wai", "hena ehe",
                  differ=("nsonsonoe",), joins="ne"),
    "Bengali": Asking(("mane ki", "ta ki", "ki jinis", "jinis ta ki", "ta ki jinis", "eta ki", "ki eta", "ki bojhay",
                       "kake bole", "ke bole", "ke hoy", "bujhlam na", "mane ta", "ta ki abar", "mane ta ki"),
                      "dada bhai to ektu abar exactly", "kothay",
                      differ=("parthokko", "parthakya", "tofat", "alada"), joins="ar r", between=("moddhe",)),
    "Sinhala": Asking(("mokakda", "mokadda", "kiyanne mokakda", "kiyanne", "kiyanne mokadda", "therume", "arthaya",
                       "therenne naha", "therenne nae"),
                      "machan aiye eka ane ayye malli ado ekak da", "kauda koheda kawadada kiyada",
                      differ=("wenasa", "venasa"), joins="saha ha ekai", between=("athara",)),
    "Khmer": Asking(("chea avei", "avei", "chea avey", "jea avei", "mean nai tha", "nis ey", "nih ey", "ey ke"),
                    "bong"),
    "Uzbek": Asking(("nima degani", "degani", "nima", "anglatadi", "nimani anglatadi", "manosi", "degan nima"),
                    "aka iltimos uka salom", "qayerda qachon qancha",
                    differ=("farqi", "farq"), joins="va bilan", between=("orasidagi",)),
    "Kazakh": Asking(("degen ne", "ne degen", "degen nemene", "magynasy"), "otinish aga salem",
                     "qayda qashan qansha",
                     differ=("aiyrmashylygy", "ayirmashylyk"), joins="jane zhane", between=("arasyndagy",)),
    "Azerbaijani": Asking(("ne demekdir", "demekdir", "nedi", "ne demekdi", "menasi"), "zehmet olmasa qardas salam",
                          "harada neche", differ=("ferq", "ferqi"), joins="ve ile", between=("arasinda",)),
    "Georgian": Asking(("ra aris", "ras nishnavs", "nishnavs", "ra ari", "mnishvneloba"), "es gtxovt dzmao",
                       "rodis ghirs ratom", differ=("gansxvaveba",), joins="da", between=("shoris",)),
    "Armenian": Asking(("inch e", "inche", "inch e nshanakum", "nshanakum", "inch a", "incha", "inch bana", "imast"),
                       "aper barev", "ov vortegh erb arzhe inchu",
                       differ=("tarberutyun", "tarberutyuny"), joins="u yev", between=("mijev",)),
    "Malagasy": Asking(("inona", "inona no", "inona no atao hoe", "dikany", "midika hoe"), "ny ilay azafady",
                       "iza aiza rahoviana ohatrinona", differ=("fahasamihafana",), joins="sy ary"),
    "Javanese": Asking(("opo kuwi", "artine", "tegese", "tegese opo", "artine opo", "opo kui", "iku opo", "maksude"),
                       "mbak lur rek tulung", "sopo piro ngopo", differ=("bedane",), joins="karo"),
    "Luxembourgish": Asking(("wat ass", "bedeit", "wat heescht", "wat bedeit", "bedeitung"), "moien eigentlech genau",
                            "wou weini firwat", differ=("ennerscheed",), joins="an", between=("tteschent",)),
}

#: Languages typed by ear in Latin letters from a script of their own, whose long vowels and breathed consonants
#: writers spell as they please (glossary/romanised.py): "vechal" and "vechaal", "ardham" and "ardam".
ROMANISED = frozenset({"Telugu", "Kannada", "Malayalam", "Marathi", "Gujarati", "Punjabi", "Bengali", "Sinhala"})

#: Each language's "in" and "according to", written after the field they set, as English's come before it: "X
#: kiyanne mokakda investment wala?" (what is X in investment?), "X andre enu HR policy prakara?".
WITHIN: dict[str, str] = {"Kannada": "alli prakara", "Sinhala": "wala eke", "Telugu": "lo", "Malayalam": "il ilu",
                          "Gujarati": "ma"}

#: Single words that ask only with a question mark right after them, as English also has them as given names,
#: typed in lower case in a hurry: Kannada "andre" ("SIPC andre?"; not "send the SLA to andre").
MARKED = frozenset({"andre"})

#: Each language's "explain" and "tell me", which ask what a name means as English "explain SLA" does ("forklar
#: SLA", "objasni KPI", "KPI chaza").
EXPLAIN: dict[str, tuple[str, ...]] = {
    "Polish": ("wyjasnij", "wytlumacz", "powiedz"), "Japanese": ("oshiete", "setsumei"),
    "Maori": ("whakamaramatia",), "Yoruba": ("salaye", "so fun mi"), "Hausa": ("bayyana", "fada min"),
    "Igbo": ("kowaa", "gwa m"), "Somali": ("sharax", "ii sheeg"), "Zulu": ("chaza", "ngitshele"),
    "Estonian": ("selgita", "seleta"), "Czech and Slovak": ("vysvetli", "vysvetlete", "rekni", "povedz"),
    "Serbian, Croatian and Bosnian": ("objasni", "objasnite", "pojasni", "pojasnite", "reci mi"),
    "Slovenian": ("razlozi", "povej"),
    "Bulgarian and Macedonian": ("obyasni", "kazhi"), "Lithuanian": ("paaiskink", "pasakyk"),
    "Latvian": ("paskaidro", "pastasti"), "Norwegian and Danish": ("forklar", "fortell", "fortael"),
    "Swedish": ("forklara", "beratta"), "Basque": ("azaldu",), "Albanian": ("shpjego", "me thuaj"),
    "Welsh": ("esbonia", "eglura"), "Irish": ("minigh",), "Haitian Creole": ("eksplike",),
    "Korean": ("seolmyeong", "allyeojwo"), "Cantonese": ("gaai sik",), "Thai": ("atibai",),
    "Hebrew": ("tasbir li", "tagid li"), "Telugu": ("vivarinchu", "vivarinchandi", "cheppu", "cheppandi"),
    "Kannada": ("vivarisi", "explain maadi", "swalpa heli", "helkodi", "explain maadtira"),  # not "heli" alone:
    # "KPI target heli" asks for a number
    "Malayalam": ("parayu", "vishadeekarikku", "explain cheyyamo", "explain cheyyu"),  # "onnu parayamo" ("could you
    # tell") is a softener: "onnu parayamo, VPN down aano?" asks whether it is down
    "Gujarati": ("samjavo", "samjavjo"), "Punjabi": ("dasso", "dasso ji"),
    "Bengali": ("bolo to", "bujhiye bolo", "clear koro"),
    "Sinhala": ("kiyanna", "kiyala denna"), "Uzbek": ("tushuntir", "tushuntiring"), "Kazakh": ("tusindir",),
    "Azerbaijani": ("izah et",), "Georgian": ("amikhsen", "mitkhari"), "Armenian": ("bacatri",),
    "Malagasy": ("hazavao", "lazao"), "Wolof": ("leeral", "wax ma"),
    "Javanese": ("jelaske", "critakno"),
    "Icelandic": ("utskyrdu", "segdu mer"), "Finnish": ("selita", "selittaa", "kerro", "kerro mulle"),
    "Hungarian": ("magyarazd", "magyarazd el", "magyarazza el", "mondd el"),
    "Marathi": ("sang na", "mala sang", "samjav", "samjavun sang", "samjaun sanga")}
#: Each language's "it", "this", "that" and "me", which stand beside the words that ask as English's do ("vad är
#: det", "VDI yini lokhu", "objasni mi KPI"): particles too. Written apart, one line a language, so none is forgotten.
PRONOUNS: dict[str, str] = {
    "Polish": "to tego mi", "Japanese": "kore sore are", "Maori": "tenei tena tera",
    "Nigerian Pidgin": "am e", "Yoruba": "eyi yi yen", "Hausa": "wannan wancan", "Igbo": "nke a", "Amharic": "yih yihe",
    "Somali": "kan kani tani", "Zulu": "lokhu lokho lento", "Finnish": "tama tuo se", "Estonian": "seda",
    "Hungarian": "ez az ezt azt", "Czech and Slovak": "to tohle toto tamto ten mi", "Serbian, Croatian and Bosnian":
    "to ovo ono mi", "Slovenian": "to tole mi", "Bulgarian and Macedonian": "tova tva to", "Lithuanian": "tai sitas",
    "Latvian": "tas sis", "Norwegian and Danish": "det dette den", "Swedish": "det detta den", "Catalan": "aixo",
    "Basque": "hau hori", "Albanian": "kjo ky ajo", "Welsh": "hwn hyn hynny", "Irish": "seo", "Haitian Creole": "sa",
    "Korean": "igeo geugeo ige", "Cantonese": "ni nei", "Thai": "nee nii chuay noi", "Hebrew": "ze zeh zot", "Telugu":
    "idi adi", "Kannada": "idu adu", "Malayalam": "ithu athu", "Marathi": "he te ha hi", "Gujarati": "aa te",
    "Punjabi": "eh ih", "Bengali": "eta ota ei oi", "Sinhala": "meka eka", "Khmer": "nih", "Uzbek": "bu",
    "Kazakh": "bul", "Azerbaijani": "bu",
    "Georgian": "es is", "Wolof": "lii loolu", "Armenian": "sa da ayd",
    "Malagasy": "ity io", "Javanese": "iki",
    "Luxembourgish": "dat et", "Icelandic": "thad thetta"}
#: "When", "where", "who", "why" and "how much" of the languages read by tables of their own (glossary/foreign_words.py
#: and the phrase modules), folded: a name followed by one of them asks something else ("SLA kab milega?", "KPI
#: kailan?"), as each language above says in `elsewhere`. Not the ones another language asks with ("chi": Italian
#: "who", Persian "what"; "kahile": Nepali "when", Odia "said").
TABLED_ELSEWHERE = frozenset(
    "kab kabtak kabhi kahan kahaan kaha kidhar kaun kon kisko kisne kiski kiska kiske konsa kaunsa kaunsi kyun kyon "
    "kyu kyunki kitna kitne kitni abhi "  # Hindi and Urdu
    "kailan kelan saan asan nasaan nasan sino sinong kanino bakit magkano ilan "  # Tagalog
    "eppo eppadi evlo evvalavu enga yen "  # Tamil ("yaar", who, is also Hindi "buddy")
    "kapan dimana siapa kenapa mengapa berapa "  # Indonesian and Malay
    "cuando donde quien quienes cuanto cuantos "  # Spanish
    "quando onde quem quanto quantos dove perche "  # Portuguese and Italian
    "quand combien pourquoi qui "  # French
    "wann wer warum wieviel wieso "  # German
    "kogda gde kto pochemu skolko zachem "  # Russian
    "nerede nerde neden niye kac kimde zaman "  # Turkish
    "lini wapi nani ngapi "  # Swahili
    "meen emta imta fein wein "  # Arabic
    "koja chera kei "  # Persian
    "kobe kokhon kothay keno "  # Bengali
    "cand unde cine "  # Romanian
    "weishenme limaza hoezo evideya aarude yaavaga kado".split())  # why (Chinese, Arabic, Dutch); Malayalam, Kannada,
# Punjabi where, whose, when
#: Thanks, greetings, goodbyes, "yes", "no" and "not", and "understood?" of many languages, folded: after a name they
#: close a message socially, answer or check ("SLA gracias", "SIEM namaste", "SLA oui?", "VPN ei toimi?", "the new
#: KPI is churn. samjhe?") and ask nothing.
SOCIAL = frozenset(
    "gracias danke dank merci grazie obrigado obrigada arigato arigatou asante shukriya shukran dhanyavaad dhanyavad "
    "dhanyawad namaste namaskar spasibo kiitos tack takk tak dziekuje dekuji hvala tesekkurler sagol xiexie xie "
    "kamsahamnida gomawo khopkhun kopkun camon mahalo aloha hola adios ciao salut bonjour hallo hej ahoj privet "
    "marhaba salaam salam jambo habari sawubona ngiyabonga efharisto evcharisto todah toda nandri nanri ola oi "
    "thankyou sankyu xoxo heya nite oui non nee nie iya tidak hapana ndiyo haan nahi nein jawohl evet hayir iie "
    "hai sim nao illa venda vendaa tia ei nem ikke inte nicht pas tata murakoze webale madloba sukriya "
    "gamsahabnida vipi sasa kanka senpai bestie okie yolo uwu woohoo ole samjhe samjha entendido entendeu wakatta "
    "umeelewa manassilayo capisce capiche capisci kapish comprende compris verstanden bueno nada vale dale listo "
    "pronto mersi mesi niaje mambo sawa".split())
