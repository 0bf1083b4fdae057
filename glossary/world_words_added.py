"""More languages' words that ask what a name means, in the shape of glossary/world_words.py (its `Asking`): languages
of Africa, Asia and the Pacific whose speakers type them in Latin letters at work, and whose question often comes
after the name ("ebit gedeg ni yu ve?", "IDIQ ba lel?", "IV&V kana jinisa?"). glossary/world_asks.py merges them
with the first list. Only data: one entry a language, written folded; no single word is English or a chat word.
"""

from __future__ import annotations

from glossary.world_words import Asking

LANGUAGES: dict[str, Asking] = {
    "Afrikaans": Asking(("wat beteken", "beteken", "wat is dit", "wat is n", "wat is die", "wat beteken dit",
                         "betekenis", "wat presies is"), "asseblief presies nou ag jong boet",
                        "wie waar wanneer hoekom hoeveel", differ=("verskil", "die verskil"), joins="en",
                        between=("tussen",)),
    "Mongolian": Asking(("yu ve", "gej yu ve", "gedeg ni yu ve", "gedeg yu ve", "ni yu ve", "yu gesen ug ve",
                         "yu gesen tovchlol ve", "yamar ugiin tovchlol ve", "gedeg ni yag yu ve", "yag yu ve",
                         "gej yag yu ve", "ni yu bile", "gedeg ugiin utga", "utga ni yu ve", "ter yu ve",
                         "ter yu gesen ug ve"), "za ter ene yag tuslaach uuchlaarai",
                        "haana hezee yagaad heden", differ=("yalgaa", "yalgaatai", "yalgaa ni", "yalgaa n"),
                        joins="ba bolon", between=("hoorond",)),
    "Burmese": Asking(("ba lel", "ka ba lel", "ba lo lel", "ba twe lel", "go ba lo khaw lel", "ba lo khaw lel",
                       "a deik pe", "a deik pe ba lel", "ba a deik pe lel", "hsoh da ba lel"),
                      "sayar khinbya shin nor naw", "hma", differ=("kwar char", "kwar char chet")),
    "Kinyarwanda and Kirundi": Asking(("ni iki", "bisobanura iki", "bivuga iki", "ni ibiki", "ibisobanuro",
                                       "icyo bivuga", "bisigura iki", "insiguro"), "muvandimwe nshuti rwose",
                                      "nde ryari gute kuki angahe", differ=("itandukaniro", "itandukaniro ryabo"),
                                      joins="na", between=("hagati",)),
    "Odia": Asking(("kana kahuchi", "mane kana", "kahile kana", "kana bujhaye", "kahile kana bujhaye", "kana jinisa",
                    "artha kana", "kana kahanti", "kana boli"), "bhai bhauni apa sethi", "kie kouthi kebe kahinki",
                   differ=("tafat", "antara"), between=("madhyare",)),
    "Xhosa": Asking(("yintoni", "kuthetha ukuthini", "ithetha ukuthini", "intsingiselo"), "bhuti sisi nceda",
                    "ngubani phi ngoba", differ=("umahluko",), joins="kunye", between=("phakathi",)),
    "Sesotho and Setswana": Asking(("ke eng", "e bolela eng", "se bolela eng", "ho bolela eng", "moelelo",
                                    "e raya eng", "se raya eng", "bokao"), "ntate mme abuti ausi rra mma",
                                   "mang kae neng hobaneng goreng", differ=("phapang", "pharologanyo"), joins="le",
                                   between=("pakeng",)),
    "Chichewa": Asking(("ndi chiyani", "chiyani", "amatanthauza chiyani", "kutanthauza chiyani", "tanthauzo"),
                       "kodi bwana abale chonde", "ndani kuti liti chifukwa", differ=("kusiyana",), joins="ndi",
                       between=("pakati",)),
    "Lingala": Asking(("ezali nini", "elakisi nini", "elimboli nini", "ndimbola"), "ndeko", "nani",
                      differ=("bokeseni",), joins="mpe"),
    "Luganda": Asking(("kitegeeza ki", "kitegeeza", "amakulu", "amakulu ga", "kye ki"), "ssebo nnyabo",
                      "ddi lwaki", differ=("enjawulo",), joins="ne"),
    "Oromo": Asking(("maal jechuudha", "jechuun maal", "maali", "hiikni isaa maali", "maal jechuu"), "obboleessa",
                    "eenyu eessa yoom maaliif", differ=("garaagarummaa",), joins="fi", between=("gidduu",)),
    "Tigrinya": Asking(("entay iyu", "entay mealta", "ntay iyu", "entay malet", "tirgum"), "hawey",
                       "abey meas"),
    "Pashto": Asking(("sa de", "sa shay de", "sa mana lari", "mana sa da", "matlab sa de"), "wrora khor",
                     "sok cherta kala", differ=("tawpeer",), joins="aw"),
    "Tajik": Asking(("chist", "yane chi", "chi mebosad", "manoi"), "aka jon", "kuja kist", differ=("farqi",),
                    joins="va"),
    "Lao": Asking(("men nyang", "kue nyang", "maai khwaam waa", "maai kwam wa", "nyang"), "bor",
                  differ=("taek taang", "kwam taek tang"), joins="lae"),
    "Tok Pisin": Asking(("wanem", "wanem samting", "wanem mining", "mining bilong en"), "wantok", "husat",
                        joins="na"),
    "Tongan": Asking(("ko e ha", "ko e ha e", "uhinga", "ko e ha hono uhinga"), "kataki", differ=("faikehekehe",),
                     joins="mo"),
    "Fijian": Asking(("na cava", "na cava na", "kena ibalebale", "ibalebale"), "saka marama", "cei evei",
                     differ=("veiduidui",), joins="kei"),
    "Maltese": Asking(("xi jfisser", "xinhu", "tifsira", "xi tfisser", "xi jfissru"), "jekk joghgbok",
                      "fejn ghaliex kemm", differ=("differenza",), joins="u", between=("bejn",)),
    "Quechua": Asking(("imataq", "ima ninan", "ima nisqa", "ima ninantaq"), "wayqey panay",
                      "pitaq maypi haykap imarayku"),
    "Sundanese": Asking(("naon", "naon eta", "hartina", "naon hartina", "maksudna"), "akang teteh mang",
                        "saha dimana iraha sabaraha", differ=("bedana",), joins="jeung"),
    "Ilocano": Asking(("ania", "ania ti", "kayat a sawen", "ania ti kayat a sawen", "kaipapanan"),
                      "manong manang apo", "asino sadino kaano apay", differ=("nagdumaan",), joins="ken"),
}

#: Each language's "explain" and "tell me" ("verduidelik SLA", "KPI tailbarlaach").
EXPLAIN: dict[str, tuple[str, ...]] = {
    "Afrikaans": ("verduidelik", "verduidelik asseblief"), "Mongolian": ("tailbarlaach", "tailbarla", "helj ogooch"),
    "Kinyarwanda and Kirundi": ("sobanura", "nsobanurira"), "Odia": ("bujhei dia", "bujhei diantu"),
    "Xhosa": ("chaza", "ndixelele"), "Chichewa": ("fotokozani", "fotokoza"), "Oromo": ("ibsi",),
}
