"""Nepali, Bengali and Persian in Latin letters, Romanian, Ukrainian in Latin letters, Jamaican Patois and Scots: the
phrases that ask about a term in each (read by glossary/foreign_asks.py with those of glossary/foreign_phrases.py) and
each language's table of small words (glossary/foreign_words.py).

As there, every phrase is a pattern with no nested quantifier, and HINTS holds the words at least one of them needs:
a message with none of them never meets the phrases' pattern. These come before the older phrases, so where one of
them starts at the same place ("yani chi", not Arabic "yani") it is read first.
"""

from __future__ import annotations

from glossary.language_table import Language

_K = r"(?:k|ke)"  # Nepali "what", typed short
_KI = r"(?-i:ki|kii)"  # Bengali "what", typed in lower case ("Ki" is a name)
_DIFFERENCE_BN = r"(?:parthokko|parthokyo|parthoko|partho[kc]+o|tofat|difference)"
_TELL_FA = r"(?:tozih\s+(?:bedi|bede|bedid|mide|midi|midid)|begi|begid|begoo|bego)"
_WHAT_RO = r"(?:inseamna|înseamnă|înseamna|insemna)"
#: Egyptian Arabic: a way of addressing the listener after a question ("el SLA ma3naha eh ya gama3a?")
ADDRESSED = "basha|gama3a|gam3a|jama3a|shabab|regala|3am|man|habibi|habibti|fandem|ostaz|osta"  # after "ya"
_YA = rf"(?:\s+ya\s+(?:{ADDRESSED}))?"
#: Egyptian words that only soften or frame a question after it: "ba2a", "bel zabt" (exactly), "aslan" (anyway),
#: "bel basit" (simply), "bel arabi" (in plain words), "kda"/"keda" (like that); two at most.
_SOFT = r"(?:\s+(?:ba2a|bez+abt|bel\s+zabt|aslan|bel\s+basit|bel\s+baseet|bel\s+arabi|kda|keda))?"
_FILLED = _SOFT + _SOFT + _YA
_FAR2 = r"(?:far2|fara2|fer2|farq)"  # "the difference", typed with a 2 for the glottal stop or with a q
#: ... and no Egyptian "who", "when", "where", "why", "how much", "how" later in the clause ("2olli el SLA fein":
#: where it is; "meen" may already read "mean"): bounded, as every lookahead here.
_NOT_WHO = r"(?![^?.!\n]{0,60}?\b(?:meen|mean|min|emta|imta|fein|feen|wein|leh|lesh|kam|ezay|izzay)\b)"
_DIFFERENCE_RO = r"diferen[tţț]a"
#: (pattern, English, opens a question, needs a "?" after it), as in glossary/foreign_phrases.py.
PHRASES: tuple[tuple[str, str, bool, bool], ...] = (
    # Nepali: "DHCP bhaneko k ho?", "nat k ho", "LDAP ko meaning k ho?", "ISSO ko full form?", "arp k garcha?",
    # "IDS ra IPS ma k farak ho?", "DoS ra DDoS same ho?", "UEFI ko barema ali bujhaunus na", "ani data mart?"
    (r"(?:bhaneko|vaneko|bhanne|vanne)\s+" + _K + r"(?:\s+(?:ho|huncha|hunchha|ho\s+ta))?", ", what is it", False,
     False),
    (r"(?:bhaneko|vaneko)(?=\s*+[?!.]|\s*+$)", ", what is it", False, False),
    (r"(?:ko\s+)?(?:matlab|meaning|arth|artha)\s+" + _K + r"(?:\s+ho)?", ", what does it mean", False, False),
    (r"ko\s+(?:matlab|meaning|arth|artha)", ", what does it mean", False, False),
    (r"ko\s+full\s+form(?:\s+(?:ra|and)\s+(?:meaning|matlab|kaam))?(?:\s+" + _K + r"(?:\s+ho)?)?",
     ", what does it stand for", False, False),
    (r"(?<=\w )" + _K + r"\s+(?:garchha|garcha|gardachha|gardacha)", ", what does it do", False, False),
    (r"(?<=\w )" + _K + r"\s+ko\s+lagi(?:\s+ho)?", ", what is it used for", False, False),
    (r"(?:ma\s+)?" + _K + r"\s+(?:farak|pharak|difference)(?:\s+ho)?|(?:farak|pharak)\s+" + _K + r"(?:\s+ho)?",
     ", what is the difference", False, False),
    (r"(?:same|ekai|eutai)\s+ho(?:\s+ki(?:\s+(?:farak|pharak))?)?", ", are they the same", False, False),
    (r"(?<=\w )" + _K + r"\s+(?:ho|hola|hunchha)(?![\w'])", ", what is it", False, False),
    (r"ko\s+barema\s+(?:ali\s+)?(?:bujhaunus|bujhaunu|bujhaidinu|bujhaideu)(?:\s+na)?", ", explain it", False, False),
    (r"(?:bujhaunus|bujhaunu|bujhaidinu|bujhaideu)(?:\s+na)?", "explain", False, False),
    (r"(?:bhannale|vannale)\s+" + _K + r"\s+(?:bujhincha|bujhinchha|bujhnu)", ", what does it mean", False, False),
    (r"(?-i:ani)(?=\s+[^\s,?]+(?:\s+[^\s,?]+){0,2}\s*(?:ni\s*)?\?\s*$)", "and", True, False),  # "ani data mart?"
    (r"kina", "why", True, False),
    (r"kasle|kasko", "who", True, False),
    (r"kahile", "when", True, False),
    # Bengali: "KPI ki?", "ISO 9000 mane ki exactly?", "Six Sigma ki jinish apu?", "outsourcing er definition ta ki?",
    # "protected classes bolte ki bujhay?", "eta ki?", "RFP ar RFQ er tofat ki?", "QC ar QA ki same?", "WTO ki kore?"
    (r"(?:er\s+)?mane\s+" + _KI + r"(?:\s+(?:exactly|thik|actually|re))?", ", what does it mean", False, False),
    (r"(?:ta\s+)?" + _KI + r"\s+jinish", ", what is it", False, False),
    (r"(?:bolte|bole)\s+" + _KI + r"\s+(?:bujhay|bujhai|bojhay|bujhano\s+hoy)", ", what does it mean", False, False),
    (r"(?:er\s+)?(?:definition|songgya|songa)\s+(?:ta\s+)?" + _KI, ", what is its definition", False, False),
    (r"er\s+full\s+form(?:\s+(?:ar|o)\s+meaning)?(?:\s+ta)?(?:\s+" + _KI + r")?(?=\s+bolen|\s*+[?!.]|\s*$)",
     ", what does it stand for", False, False),
    (r"(?<![\w'])eta\s+" + _KI + r"(?:\s+(?:vai|apu|bhai))?(?=\s*+[?!.]|\s*+$)", "what is that", True, False),
    (r"(?:" + _KI + r"\s+bhabe\s+)?kaj\s+kore", ", how does it work", False, False),
    (r"(?<=\w )" + _KI + r"\s+kore(?=\s*+[?!.]|\s*+$)", ", what does it do", False, False),
    (r"(?:er\s+|e\s+)?(?:moddhe\s+)?" + _DIFFERENCE_BN + r"\s+(?:ta\s+)?" + _KI, ", what is the difference", False,
     False),
    (r"(?:er\s+)?difference\s+bolen(?:\s+to)?", ", what is the difference", False, False),
    (_KI + r"\s+(?:same|eki|ek)(?:\s+jinish)?(?:\s+naki\s+alada)?", ", are they the same", False, False),
    (r"(?:ektu\s+)?(?:bujhan|bujhiye\s+(?:bolen|din|dao)|bujhao)", "explain", False, False),
    (r"(?<=\w )(?:ta\s+)?" + _KI + r"(?=\s*+[?,]|\s*+$|\s*+\.\s)", ", what is it", False, False),
    (r"(?-i:kobe|keno|kothay)(?=\s[^?]*\?)", "when", False, False),  # lower case, in a question: "Kobe" is a name
    # Persian in Latin letters (Finglish): "STIX chi hast?", "IRR yani chi?", "nonce inja be che ma'nast?",
    # "FaaS mokhaffaf-e chie?", "LDAP ro mishe sade begi?", "platform engineering kar-esh chie?"
    (r"(?:be\s+)?che\s+ma'?nast|ma'?nish\s+chie", ", what does it mean", False, False),
    (r"ma'?ni(?:-?e|ye)(?=\s)", "the meaning of", True, False),  # "ma'ni-e amortization chie?"
    (r"fargh(?:-?e)(?=\s)", "the difference between", True, False),  # "fargh-e IDS ba IPS chie?"
    (r"(?:yani|ya'ni|yaani)\s+chi(?:\s+(?:daghighan|dagighan))?", ", what does it mean", False, False),
    (r"(?:mokhaffaf(?:-?e)?|mokhaffafe)\s+chie|che\s+mokhaffafi(?:-?e)?", ", what does it stand for", False, False),
    (r"manzoor\s+az\s+in\s+(?:kalame|kalameh|kalemeh)\s+chie", "what does this word mean", True, False),
    (r"manzoor\s+chie", ", what is meant", False, False),
    (r"(?:ro\s+)?(?:(?:mishe|mitooni|mitoonid|kasi(?:\s+mitoone)?)\s+)?(?:baram\s+)?(?:sade\s+|ba\s+ye\s+mesal\s+)?"
     + _TELL_FA, ", can you explain it", False, False),
    (r"(?:ro\s+)?baram\s+sade\s+kon", ", explain it simply", False, False),
    (r"chi\s+kar\s+mikone|kar-?esh\s+chie|naghsh-?esh\s+chie", ", what does it do", False, False),
    (r"chetori\s+(?:kar\s+mikone|hesab\s+mishe)", ", how does it work", False, False),
    (r"(?:fargh(?:-?esh|-?eshoon)?|tafavot(?:-?esh)?)\s+(?:chie|daran|dare)|(?:che|chi)\s+farghi?\s+(?:daran|dare)"
     r"|fargh(?=\s*+\?)", ", what is the difference", False, False),
    (r"yek(?:i|ie)(?:-?an)?(?:\s+ya\s+na)?|hamoon(?:an|e)(?=\s*+\?)", ", are they the same", False, False),
    (r"ki\s+hast(?:an|and)?", ", who are they", False, False),
    (r"chi\s+neshoon\s+mide", ", what does it show", False, False),
    (r"daghighan\s+chi", ", what is it exactly", False, False),
    (r"kasi\s+midoone", "does anyone know", False, False),
    (r"(?<=\w )(?-i:chie|chiye|chian|chi\s+hast|chi\s+hastan)(?:\s+(?:dige|asan|daghighan))?",
     ", what is it", False, False),  # in lower case: "cc Chie for the SLA" names a person
    # Mandarin pinyin, after the term: "WACC shi shenme", "beta shenme yisi" (characters: foreign_asks.py), and a
    # guess checked: "repo jiushi repository?" (is the repo the repository?)
    (r"shen\s*me\s+yi\s*si", "means what", False, False),
    (r"(?:dao\s*di\s+)?shi\s+shen\s*me(?!\s*(?:shi\s*hou|shi\s*jian|di\s*fang|ren|yang))", "is what", False,
     False),  # "dao di": exactly; not "shi shenme shihou", when
    (r"(?<=\w )jiu\s*shi(?=\s)", "is", False, True),
    # Arabic in Latin letters, asking when, who, where or why: "ya3ni el RFP lazem yinshar emta?"
    (r"^(?:ya3ni|yaani|ya'ni)(?=\s)", "", True, False),  # opening the message: "so", "I mean"
    (r"(?-i:emta|imta|ementa)", "when", True, True),  # lower case, in a question: "Fein said ..." is a name
    (r"(?-i:leish|laish|lesh)", "why", True, True),
    (r"(?-i:wein|wain|fein)", "where", True, True),
    # Romanian: "ce inseamna IV&V?", "NTP ce e", "care e diferenta dintre X si Y", "UX ce e, pe scurt"
    (r"ce\s+" + _WHAT_RO + r"\s+asta", ", what does that mean", False, False),
    (r"ce\s+" + _WHAT_RO, "what means", True, False),
    (r"ce\s+(?:e|este|îi|ii)(?:\s+aia|\s+asta)?(?!\s+(?:de|la|cu)\s|-)", "what is", True, False),
    (r"explic[aă]-?mi|s[aă]-?mi\s+explice|(?:poti|poți)\s+s[aă]\s+explici", "explain", False, False),
    (r"ce\s+sunt", "what are", True, False),
    (r"care\s+(?:e|este)\s+" + _DIFFERENCE_RO + r"\s+(?:dintre|intre|între)", "what is the difference between", True,
     False),
    (r"care\s+(?:e|este)\s+" + _DIFFERENCE_RO + r"|ce\s+diferen[tţț]e\s+sunt", ", what is the difference", False,
     False),
    (r"cu\s+ce\s+se\s+ocup[aă]", ", what does it do", False, False),
    (r"cine\s+se\s+ocup[aă]", "who handles", True, False),
    (r"(?-i:cine|c[aâ]nd)(?=\s+(?:e|este|are|a|se|poate|ştie|știe|stie|o)\s[^?]*\?)", "who", True, False),
    (r"pe\s+scurt", "briefly", False, False),
    # Ukrainian in Latin letters: "shcho tse ATO??", "SAML shcho tse?", "vertical scaling and horizontal scaling,
    # riznytsia?", "poyasny po-prostomu: idempotence", "gitops v dvokh slovakh pls"
    (r"shcho\s+(?:tse\s+)?(?:oznacha(?:ye|ie|je|e)|znachyt'?)", "what means", True, False),
    (r"shcho\s+(?:tse\s+take|tse\s+za|tse|take|ce)", "what is", True, False),
    (r"(?:v\s+chomu|yaka)\s+riznytsia\s+mizh", "what is the difference between", True, False),
    (r"(?:v\s+chomu|yaka)\s+riznytsia", ", what is the difference", False, False),
    (r"ne\s+rozumi(?:iu|yu|ju)", "I don't understand", False, False),
    (r"riznytsia", "difference", False, False),
    (r"poyasny(?:\s+po-?prostomu)?", "explain simply", False, False),
    (r"(?:v|u)\s+dvokh\s+slovakh", "in two words", False, False),
    (r"navishcho", "what for", False, False),
    (r"bud\s+laska", "please", False, False),
    # Jamaican Patois: "Wah accrual basis mean?", "OSHA — wah dat", "outliers inna data, wah dem is", "FASB who dem?"
    (r"(?-i:wah|Wah)\s+dat", "what is that", True, False),
    (r"(?-i:wah|Wah)\s+dem\s+is|(?-i:wah|Wah)\s+dem(?=\s*\?)", "what are they", True, False),
    (r"(?-i:who|Who)\s+dem(?:\s+is)?", "who are they", True, False),
    (r"(?-i:wah|Wah)\s+it\s+is", "what is it", True, False),  # "A/R aging schedule ... wah it is?"
    (r"(?-i:wah|Wah)\s+it\s+(?:mean|means|measure|measures|show|shows)", "what does it mean", True, False),
    (r"(?-i:wah|Wah)\s+mek", "why", True, False),  # "Wah mek debt different from equity?": what makes, why
    (r"(?-i:wah|Wah)\s+dem\s+mean", "what do they mean", True, False),  # "Wah dem mean by 'autoscaling'?"
    (r"(?-i:wah|Wah)(?!\s+(?:lau|wah|piang|seh|dem)\b)(?=\s)", "what", False, False),  # not Singlish "wah lau"
    (r"same\s+ting", "the same thing", False, False),
    # Scots: "Whit's a bill o' lading?", "whit even is a gantt chart", "whit does a comptroller dae?"
    (r"(?-i:whit's|Whit's(?=\s+(?:a|an|that|it|yon|the\s+difference)\b|\s*\?))", "what's", False, False),
    # not "Whit's team", "Whit's the one who set it up": a person's name
    (r"(?-i:whit(?=\s)|Whit(?=\s+(?:is|are|does|dae|do)\s+(?:a|an|the|that|this|it|ye|you)\b))", "what", False,
     False),  # "Whit is out today" names a person
    # Egyptian Arabic in Latin letters and digits: "EBITDA da eh?", "eh da el runway?", "el SLA ma3naha eh?",
    # "el far2 eh bein opex w capex?", "fahhemni el burn rate", "ana msh fahem el WACC", "howa howa walla eh?"
    (r"(?:eh|eih)\s+(?:da|dol)(?=\s+\w)|(?:eh|eih)\s+di(?=\s+el\s)", "what is", True, False),  # not Malay "eh dah",
    # Tagalog "eh di"
    (r"(?:da|di|dy|dol|howa|hwa|hya|hiya|heya)\s+(?:eh|eih)(?:\s+ya3ni)?" + _FILLED + r"(?=\s*+[?!.,]|\s*+$)",
     ", what is it", False, False),
    (r"(?:eh|eih)\s+(?:da|dy|di|dol)" + _FILLED + r"(?=\s*+[?!]|\s*+$)", ", what is it", False, False),  # "gdpr eh da?"
    (r"(?:ya3ni|yaani|ya'ni|y3ni|ma3na(?:ha|h|ho|hom|ah)?)\s+(?:eh|eih)" + _FILLED, "what means", True, False),
    (r"(?:el\s+)?" + _FAR2 + r"\s+(?:eh|eih)\s+(?:bein|ben|bin)", "what is the difference between", True, False),
    (r"(?:el\s+)?" + _FAR2 + r"\s+(?:eh|eih)|(?:el\s+)?" + _FAR2 + r"\s+(?:beinhom|benhom|bnhom)",
     ", what is the difference", False, False),
    (r"howa\s+howa|hya\s+hya|nafs\s+el\s+(?:7aga|haga)|zay\s+ba3d", ", are they the same", False, False),
    (r"(?:(?:momken\s+)?(?:7ad\s+)?(?:fahhemni|fahemni|fahmni|efhamni|yefhamni|tefhamni|fahhimni|fahimni)"
     r"|(?:momken\s+)?(?:2olli|2oly|2olly|2ulli)(?:\s+(?:ya3ni|y3ni))?(?:\s+(?:eh|eih))?"
     r"|(?:eshra7|ishra7|eshra7li|ishra7li)(?:\s+li)?)" + _NOT_WHO, "explain", False, False),
    (r"(?:ana\s+)?(?:msh|mesh|mish|mush)\s+(?:fahem|fahma|fahmah|fahmeen|fahmin|fahim)(?:\s+(?:eh|eih))?" + _NOT_WHO,
     "I don't understand", True, False),  # opening its clause: "el vendor msh fahem el SLA" is said of someone
    (r"7ad\s+(?:ye3raf|y3raf|ya3raf|y3rf)", "does anyone know", False, False),
    # Arabic in Latin letters: "shu ma3na ATO?", "eh howa el FedRAMP?", "shu el far2 bein NPV w IRR?"
    (r"(?:shu|eh|esh)\s+(?:howa|hiya|hoa)", "what is", True, False),
    (r"(?:shu|eh)\s+ma3na", "what does it mean", True, False),
    (r"(?:shu|eh)\s+(?:el\s+)?" + _FAR2 + _FILLED, "what is the difference", True, False),
    # Levantine and Gulf Arabic in Latin letters: "KPI shu?", "DLP eish?", "yield curve shu aslan?", "shu el ma3na?"
    (r"(?:shu|eish)(?:\s+(?:hwa|hiya|bzabt|aslan))?" + _FILLED + r"(?=\s*+[?!.,]|\s*+$)", ", what is it", False,
     False),  # (the reviewed table reads "ya3ni shu", "eish ya3ni", "shu hiye": glossary/tabled_more.json)
    (r"(?:shu|eh|eish)\s+el\s+ma3na", "what does it mean", True, False),
    (r"(?:3tini|a3tini|bdi)\s+ta3reef(?:\s+(?:basit|mnee7|mni7|wadi7))?" + _FILLED + r"(?=\s*+[?!.,]|\s*+$)",
     ", define it", False, False),  # "X, 3tini ta3reef basit": give me a (simple) definition
    (r"(?:3tini|a3tini|bdi)\s+ta3reef", "give me a definition of", False, False),
    (r"nafs\s+el\s+(?:ishi|eshi|fikra)", ", are they the same", False, False),
)

HINTS = frozenset("bhaneko vaneko bhanne vanne ho ko garchha garcha gardachha gardacha lagi farak pharak ekai eutai "
                  "barema bujhaunus bujhaunu bujhaidinu bujhaideu ani kina kasle kasko kahile mane ki kii jinish "
                  "songgya songa kaj kore parthokko parthokyo parthoko tofat bolen bujhan bujhiye bujhao kobe keno "
                  "kothay ma'nast manast ma'nish manish yani ya'ni yaani mokhaffaf mokhaffafe mokhaffafi manzoor "
                  "tozih begi begid begoo bego baram kar-esh naghsh-esh mikone chetori fargh farghesh farghi "
                  "fargh-esh fargh-eshoon tafavot yeki yekie yeki-an hamoonan hamoone hast hastan neshoon daghighan "
                  "midoone chie chiye chian ce cine cand când shcho riznytsia poyasny dvokh navishcho wah ting whit "
                  "whit's emta imta ementa leish laish lesh wein wain fein rozumiiu rozumiyu mizh howa hiya hoa ma3na "
                  "far2 fara2 fer2 farq shu ma'ni ma'niye fargh-e farghe bhannale vannale explica explică sa-mi să-mi "
                  "aia "
                  "er scurt diferenta diferența diferenţa laska dem eh eih fahhemni fahemni fahmni efhamni yefhamni "
                  "tefhamni fahhimni fahimni olli oly olly ulli eshra ishra msh mesh mish mush howa hwa hya hiya heya "
                  "nafs zay jiushi jiu eish ta3reef".split())

#: Nepali in Latin letters: "kubernetes ma pod bhaneko k ho?" reads "in kubernetes, pod, what is it?".
NEPALI = Language(
    frozenset("ho bhaneko vaneko hajur chha cha garchha garcha bujhena bujhaunus bujhaunu bhanyo garda garna "
              "haina ekai farak pharak kina kasari parchha lagchha ani hunchha aayo bhanchha dekhaucha lekheko "
              "dai".split()),
    {"ra": "and", "ani": "and", "yo": "this", "tyo": "that", "pani": "also", "haina": "not", "yaha": "here"},
    r"dai|didi|hajur|bhai|bhaiya|na|ni|ta|re",
    {"ma": "in", "ko": "'s", "sanga": "with", "bata": "from"})

#: Bengali in Latin letters: "RFP ar RFQ er tofat ki?" reads "RFP and RFQ, what is the difference?".
BENGALI = Language(
    frozenset("ar mane jinish bolse bolche bollo korte hobe amader ekta bujhay bujhan parthokko tofat naki keno kobe "
              "kintu lagbe chay bolen apu vai dorkar theke hoye ekhane".split()),
    {"ar": "and", "ba": "or", "naki": "or", "eta": "this", "ekta": "a", "amader": "our", "kintu": "but",
     "ekhane": "here"},
    r"apu|vai|bhai|re|ji|ta",
    {"er": "'s", "te": "in", "theke": "from", "niye": "about"})

#: Persian in Latin letters: "threat intel team data-shoono ba format-e STIX midan" (the endings after a hyphen go).
PERSIAN = Language(
    frozenset("chie yani mishe tozih bedi begi midoone ro migan mige lotfan daghighan baraye "
              "nemidoonam hamoon mikone mikham shode bood fargh daran kodoom behtare".split()),
    {"va": "and", "ya": "or", "baraye": "for", "dar": "in", "too": "in", "ba": "and", "az": "from", "ye": "a",
     "daghighan": "exactly", "asan": "actually", "lotfan": "please", "inja": "here", "nist": "is not"},
    r"ro|dige|hala|salam|mishe|khob|khaste\s+nabashid",
    suffixes=r"-(?:e|ye|esh|eshoon|am|et|ha|haye|ie|ash)(?![\w'-])")

#: Romanian: "UX ce e, pe scurt" reads "UX, what is it, briefly".
ROMANIAN = Language(
    frozenset("adica adică inseamna înseamnă sunt asta şi și sau pentru pt deci sefu mersi stiu ştiu "
              "diferenta avem echipa trebuie vrea".split()),
    {"si": "and", "şi": "and", "și": "and", "sau": "or", "pt": "for", "pentru": "for", "de": "of", "la": "at",
     "cu": "with", "din": "from", "nu": "not", "asta": "this", "deci": "so", "în": "in", "pe": "on",
     "adica": "I mean", "adică": "I mean"},
    r"salut|buna|bună|mersi|te\s+rog|va\s+rog|vă\s+rog")

#: Ukrainian in Latin letters: "SAML shcho tse i navishcho vono?".
UKRAINIAN = Language(
    frozenset("shcho tse oznachaye navishcho riznytsia poyasny laska dyakuyu pryvit koroche tobto "
              "vono".split()),
    {"i": "and", "v": "in", "u": "in", "dlia": "for", "abo": "or", "tse": "this", "vono": "it"},
    r"pryvit|koroche|dyakuyu|nu")

#: Jamaican Patois: "WIP pon di renovation project report, wah WIP mean" (and "pricin" reads "pricing").
PATOIS = Language(
    frozenset("wah ting fi wid inna pon seh nuh mawnin deh yuh unu cyaan".split()),
    {"di": "the", "fi": "for", "wid": "with", "inna": "in", "pon": "on", "dem": "they", "dat": "that",
     "dis": "this", "mi": "my", "wi": "we", "seh": "says", "nuh": "not", "ting": "thing", "bout": "about",
     "an": "and", "smaddy": "somebody", "undastand": "understand"},
    r"cho|mawnin|bless\s+up",
    g_dropped=True)

#: Scots: "Whit's a bill o' lading when it's at hame?" (and "computin" reads "computing").
SCOTS = Language(
    frozenset("whit whit's tae fir dae wid fae gaun hame cannae dinnae lassie laddie aboot oot "
              "ower".split()),
    {"o'": "of", "o": "of", "tae": "to", "fir": "for", "dae": "do", "ye": "you", "wid": "would", "fae": "from",
     "ma": "my", "gaun": "going", "aboot": "about", "oot": "out", "ower": "over", "wi": "with"},
    r"aye|och",
    g_dropped=True)

LANGUAGES = (NEPALI, BENGALI, PERSIAN, ROMANIAN, UKRAINIAN, PATOIS, SCOTS)
#: The names speakers' reviews give them (glossary/tabled_more.py).
NAMES = ("Nepali", "Bengali", "Persian", "Romanian", "Ukrainian", "Jamaican Patois", "Scots")
