"""More languages' words that ask what a name means, in the shape of glossary/world_words.py (its `Asking`): languages
of Africa, Asia, the Pacific and South America whose speakers type them in Latin letters at work, and whose question
often comes after the name ("ebit gedeg ni yu ve?", "IDIQ ba lel?", "IV&V kana jinisa?"). glossary/world_asks.py
merges them with the first list. Only data: one entry a language, written folded; no single word is English or a
chat word.
"""

from __future__ import annotations

from glossary.world_words import Asking

LANGUAGES: dict[str, Asking] = {
    "Afrikaans": Asking(("wat beteken", "beteken wat", "wat is dit", "wat is n", "wat is die", "wat beteken dit",
                         "betekenis", "wat presies is", "staan vir", "waarvoor staan", "staan vir wat"),
                        "asseblief presies ag jong boet", "wie waar wanneer hoekom hoeveel watter",
                        differ=("verskil", "die verskil"), joins="en", between=("tussen",)),
    "Mongolian": Asking(("yu ve", "yu we", "yuu ve", "yuu we", "gej yu ve", "gej yu we", "gedeg ni yu ve",
                         "gedeg ni yu we", "gedeg yu ve", "ni yu ve", "yu gesen ug ve", "yu gesen tovchlol ve",
                         "yamar ugiin tovchlol ve", "gedeg ni yag yu ve", "yag yu ve", "gej yag yu ve", "ni yu bile",
                         "gedeg ugiin utga", "utga ni yu ve", "ter yu ve", "ter yu gesen ug ve"),
                        "za ter ene yag uuchlaarai", "haana hezee yagaad heden yaaj",
                        differ=("yalgaa", "yalgaatai", "yalgaa ni", "yalgaa n"), joins="ba bolon",
                        between=("hoorond",)),
    "Burmese": Asking(("ba lel", "ka ba lel", "ba twe lel", "go ba lo khaw lel", "ba lo khaw lel", "bar lae",
                       "ba lae", "bar lal", "ka bar lae", "sotar bar lae", "a deik pe", "a deik pe ba lel",
                       "ba a deik pe lel", "hsoh da ba lel"), "sayar khinbya shin naw",
                      differ=("kwar char", "kwar char chet")),
    "Kinyarwanda and Kirundi": Asking(("ni iki", "bisobanura iki", "bivuga iki", "ni ibiki", "ibisobanuro",
                                       "icyo bivuga", "bisigura iki", "insiguro"), "muvandimwe nshuti rwose",
                                      "nde ryari gute kuki angahe", differ=("itandukaniro", "itandukaniro ryabo"),
                                      joins="na", between=("hagati",)),
    "Odia": Asking(("kana kahuchi", "mane kana", "kahile kana", "kana bujhaye", "kahile kana bujhaye", "kana jinisa",
                    "artha kana", "kana kahanti", "kana boli"), "bhai bhauni apa",
                   "kie kouthi kebe kahinki kemiti kete", differ=("tafat", "antara"), between=("madhyare",)),
    "Xhosa": Asking(("yintoni", "kuthetha ukuthini", "ithetha ukuthini", "intsingiselo"), "bhuti sisi nceda kanene",
                    "ngubani kutheni njani", differ=("umahluko",), joins="kunye", between=("phakathi",)),
    "Sesotho and Setswana": Asking(("ke eng", "e bolela eng", "se bolela eng", "ho bolela eng", "e bolelang",
                                    "moelelo", "e raya eng", "se raya eng", "go raya eng", "go kaya eng",
                                    "e kaya eng", "bokao"), "ntate mme abuti ausi rra mma",
                                   "mang kae neng hobaneng goreng jwang jang bokae",
                                   differ=("phapang", "pharologanyo"), joins="le", between=("pakeng",)),
    "Chichewa": Asking(("ndi chiyani", "ndichiyani", "ndi chani", "ndichani", "chiyani", "amatanthauza chiyani",
                        "kutanthauza chiyani", "zikutanthauza chiyani", "ikutanthauza chiyani",
                        "likutanthauza chiyani", "tanthauzo"), "kodi bwana abale chonde",
                       "ndani kuti liti chifukwa bwanji", differ=("kusiyana",), joins="ndi", between=("pakati",)),
    "Lingala": Asking(("elakisi nini", "elimboli nini", "elingi koloba nini", "ndimbola"), "ndeko",
                      differ=("bokeseni",), joins="mpe"),
    "Luganda": Asking(("kitegeeza ki", "kitegeeza kiki", "amakulu", "amakulu ga", "kye ki"), "ssebo nnyabo",
                      "ddi lwaki", differ=("enjawulo",), joins="ne"),
    "Oromo": Asking(("maal jechuudha", "jechuun maal", "jechuun maali", "hiikaan maali", "hiikni isaa maali",
                     "maal jechuu", "hiika"), "obboleessa maaloo", "eenyu eessa yoom maaliif akkamitti meeqa",
                    differ=("garaagarummaa",), joins="fi", between=("gidduu",)),
    "Tigrinya": Asking(("entay iyu", "ntay iyu", "entay eyu", "ntay eyu", "entay malet", "entay malet iyu",
                        "trgumu entay iyu", "tirgum"), "hawey", "abey meas kemey"),
    "Pashto": Asking(("sa de", "tsa de", "sa dy", "sa shay de", "sa mana lari", "mana sa da", "matlab sa de"),
                     "wrora khor", "sok cherta kala tsanga", differ=("tawpeer", "farq"), joins="aw"),
    "Tajik": Asking(("chist", "chi ast", "yane chi", "chi mebosad", "manoi", "chi mano dorad", "manoyash chist"),
                    "aka jon", "kuja kist chand", differ=("farqi",), joins="va"),
    "Lao": Asking(("men nyang", "kue nyang", "men nhang", "kue nhang"), "bor", "phai jak",
                  differ=("taek taang", "kwam taek tang"), joins="lae"),
    "Tok Pisin": Asking(("wanem", "em wanem", "wanem ia", "em i wanem", "wanem samting", "wanem mining",
                         "mining bilong en"), "wantok", "husat", joins="na"),
    "Tongan": Asking(("ko e ha", "koe ha", "ko e ha e", "uhinga", "ko e ha hono uhinga"), "kataki", "fefe anefe",
                     differ=("faikehekehe",), joins="mo"),
    "Fijian": Asking(("na cava", "e cava", "na cava na", "na cava oqo", "kena ibalebale", "ibalebale"),
                     "saka marama", "cei evei vakacava", differ=("veiduidui",), joins="kei"),
    "Maltese": Asking(("xi jfisser", "x jfisser", "xinhu", "x inhu", "xinhi", "xinhuma", "tifsira", "xi tfisser",
                       "xi jfissru"), "jekk joghgbok", "fejn ghaliex kemm kif", differ=("differenza",), joins="u",
                      between=("bejn",)),
    "Quechua": Asking(("imataq", "imataq chay", "ima ninan", "ima nisqa", "ima ninantaq"), "wayqey panay",
                      "pitaq maypi haykap imarayku imayna"),
    "Sundanese": Asking(("naon", "naon eta", "hartina", "naon hartina", "artina", "artina naon", "hartosna",
                         "maksudna"), "akang teteh tah sih atuh", "dimana iraha sabaraha kumaha",
                        differ=("bedana",), joins="jeung"),
    "Ilocano": Asking(("ania ti", "ania kadi", "ania dayta", "kayat a sawen", "ania ti kayat a sawen",
                       "kaipapanan"), "manong manang apo", "asino sadino kaano apay kasano",
                      differ=("nagdumaan",), joins="ken"),
    "Kyrgyz": Asking(("bul emne", "degen emne", "maanisi emne", "maanisi", "emneni bildiret", "ozu emne",
                      "emne ozu", "emne degen", "degen emne ozu", "maanisi kandai"), "baike eje agai bratan kutman",
                     "kaida kachan kancha emnege kantip kaisy", differ=("ayirmasy", "ayirmachylygy", "ayirma"),
                     between=("ortosundagy",)),
    "Guarani": Asking(("mba epa he ise", "mbaepa heise", "mba e piko", "mba epa", "mbaepa", "mba e he ise",
                       "mba e ha e", "he ise", "mba e piko upeva", "mba epa upeva"), "piko pa nipo katu che ra a",
                      "mamo arakae mavapa mbovy", differ=("ojoavy", "mba epa ojoavy")),
    "Mandarin": Asking(("shi shenme", "shenme yisi", "shi shenme yisi", "de yisi", "yisi", "shi sha",
                        "dao di shi shenme", "daodi shi shenme", "shi shenme dongxi", "shi sha dongxi", "quancheng",
                        "de quancheng", "suoxie", "shi na ge suoxie", "zenme lijie", "zenme li jie", "ruhe lijie",
                        "zenme jieshi", "shi gan ma de", "gan ma de", "ganmade", "shi zuo shenme de", "shenme shi",
                        "sha shi", "hanyi", "de hanyi"), "a ne la ma ba ya qing zhege nage zhe ge laoshi",
                       "shei nali nar shihou duoshao weishenme jidian zenmeban",
                       differ=("qubie", "you shenme qubie", "chabie", "butong", "bu tong", "bu yiyang", "buyiyang"),
                       joins="he gen"),
}

#: Each language's "explain" and "tell me" ("verduidelik SLA", "KPI tailbarlaach").
EXPLAIN: dict[str, tuple[str, ...]] = {
    "Afrikaans": ("verduidelik", "verduidelik asseblief"), "Mongolian": ("tailbarlaach", "tailbarla", "helj ogooch"),
    "Kinyarwanda and Kirundi": ("sobanura", "nsobanurira"), "Odia": ("bujhei dia", "bujhei diantu"),
    "Xhosa": ("chaza", "ndixelele"), "Chichewa": ("fotokozani", "fotokoza"), "Oromo": ("ibsi",),
    "Kyrgyz": ("tushundurup berchi", "tushundurup bergile", "tushundur", "kyskacha aityp berchi"),
    "Guarani": ("emombe u", "emombe umina", "emombe umina cheve"),
    "Mandarin": ("jiandan shuo yixia", "jiandan jieshi yixia", "jieshi yixia", "jiandan shuo", "jiandan jieshi",
                 "shuo yixia", "jiangjiang", "jieshi"),
}

#: Words that close a sentence only to be polite, saying and asking nothing more (Thai): a name followed by them alone
#: asks as the name alone does ("capm ka", "free cash flow na ka, investor ask"). Not every particle is one: "kan",
#: "diba" ask "right?", "kiitos" thanks, "sawa" "fine?" ("VPN kan?", "SLA kiitos?").
POLITE_CLOSERS = "ka kha krub khrap krab kub khrab kap"
POLITE_BEFORE = frozenset({"na"})  # polite only before one of them ("free cash flow na ka"); alone, "right?"
