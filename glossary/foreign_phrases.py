"""The phrases of other languages that ask about a term, with their English (read by glossary/foreign_asks.py).

Kept apart from the reading so each language's phrases are easy to find and extend. Each phrase is a pattern with no
nested quantifier, accents optional; HINTS holds the words one of them needs: a message with none never meets them.
"""

from __future__ import annotations

from glossary import hindi_phrases, maghrebi_phrases, more_languages, portuguese_phrases, tabled_more, third_languages

_IS = r"(?:[eé]|[eé]s|est|ist|[eè])"  # "is" in Portuguese, Spanish (and Catalan), French, German, Italian
_DIFFERENCE = r"(?:diferen[cç]a|diferencia|difer[eè]ncia|diff[eé]rence|differenza)"  # ... and Catalan
_SAME = r"(?:a\s+|la\s+|lo\s+|das\s+)?(?:mesma\s+coisa|misma\s+cosa|mismo|m[eê]me\s+chose|gleiche|stessa\s+cosa)"
_ITU = r"(?:itu|tuh|ini)"  # Indonesian "that", "this": "CNAME itu apa"
_HOW = r"(?:gimana|gmn|bagaimana|gimane)"  # Indonesian "how", typed short too
_PARTICLES = r"(?:ya+|sih|dong|deh|kak|gan|bang|sis|nih|tuh)"  # particles and ways of address after a question
_CHTO = r"(?:chto|shto|4to|что)"  # Russian "what"
#: (pattern, English, opens a question, needs a "?" after it): accents optional ("o que e", "que es").
_PHRASES: tuple[tuple[str, str, bool, bool], ...] = (
    *portuguese_phrases.PHRASES,
    (r"(?:qual|cu[aá]l|quelle|quina)\s+(?:" + _IS + r"\s+)?(?:a\s+|la\s+)?" + _DIFFERENCE + r"\s+(?:entre|tra|fra)",
     "what is the difference between", False, False),
    (r"(?:qual|cu[aá]l|quelle|quina)\s+(?:" + _IS + r"\s+)?(?:a\s+|la\s+)?" + _DIFFERENCE, "what is the difference",
     False, False),
    (r"(?:qu[eéè]\s+)?" + _DIFFERENCE + r"\s+(?:hay|hi\s+ha|existe|h[aá])\s+(?:entre|tra)",
     "what is the difference between", False, False),  # "qué diferencia hay entre X y Y"
    (r"(?:la\s+|a\s+|der\s+)?(?:" + _DIFFERENCE + r"|unterschied)\s+(?:entre|tra|fra|zwischen)",
     "the difference between", False, False),
    (r"(?:alguien|algu[eé]m)\s+sabe\s+(?:a\s+|con\s+|de\s+)?(?:qui[eé]n|quem)", "does anyone know who", False,
     False),  # "... quién lleva el tema del ATO?", "... sabe a quien escalar?": a person
    (r"chi\s+(?:si\s+occupa|segue|gestisce|[eè])", "who handles", True, False),  # Italian: "chi si occupa di X?"
    (r"(?:alguien|algu[eé]m)\s+sabe\s+(?:si|se)", "does anyone know if", False, False),  # "... alguien sabe si es
    # general?": whether, not what
    (r"cu[aá]ndo|quando|(?:a\s+)?(?:qu[eé]|q)\s+horas?", "when", True, False),  # "cuándo es el IPO?", "q hora es la
    # reunión del SLA?": when, not what
    (r"d[oó]nde|onde", "where", True, False),
    (r"por\s+qu[eé]", "why", True, False),
    (r"(?:quem|qui[eé]n)\s+(?:pode|pod[ií]a|consegue|puede|podr[ií]a)", "who can", True, False),  # "quem pode olhar?"
    (r"qui[eé]n(?:es)?|quem", "who", True, False),  # "¿Quién es el product manager de la app?": a person
    (r"(?:algu[eé]m|alguien)\s+(?:sabe|me\s+explica)(?:\s+o)?\s+qu[eé](?:\s+(?:[eé]|es))?", "does anyone know what is",
     False, False),
    (r"was\s+(?:bedeutet|hei(?:ß|ss)t)\s+das(?:\s+(?:genau|eigentlich))?", ", what does that mean", False,
     False),  # "CVE, was heisst das genau?": no DAs
    (r"o\s+q(?:ue)?\s+(?:significa|quer\s+dizer)|(?:qu[eéè]|q)\s+(?:significa|quiere\s+decir|vol\s+dir)|que\s+(?:signifie|veut\s+"
     r"dire)|was\s+(?:bedeutet|hei(?:ß|ss)t)|(?:che\s+)?cosa\s+(?:significa|vuol\s+dire)|che\s+significa",
     "what means", True, False),
    (r"o\s+q(?:ue)?\s+s[aã]o|qu[eé]\s+son|was\s+sind|(?:che\s+)?cosa\s+sono", "what are", True, False),
    (r"was\s+ist\s+das(?=(?:\s++(?:genau|eigentlich|denn))?\s*+[?!.]*+\s*+$)", "what is that", True,
     False),
    (r"kann\s+mir\s+(?:jemand|einer|wer)\s+erkl[äa]ren|k[öo]nnt(?:est|en)\s+(?:du|sie)\s+(?:mir\s+)?erkl[äa]ren",
     "can someone explain", False, False),
    (r"(?:bitte\s+)?(?:einfach\s+)?erkl[äa]r(?:t|en|e)?(?:\s+bitte)?|bitte\s+einfach", "explain simply", False, False),
    (r"o\s*q(?:ue)?\s+(?:[eé]|eh)(?!\s+que)|(?:qu[eéè]|q)\s+[eé]s|qu'est[- ]ce\s+que\s+c'est|qu'est[- ]ce\s+qu(?:e|')|"
     r"was\s+ist(?!\s+(?:mit|los|passiert|denn))|(?:che\s+)?cos(?:'|a\s+)[eè]", "what is", True, False),
    # Spanish: "ldap para qué sirve", "qué hace un hypervisor", "cómo funciona X", "explícame X", "qué era libor"
    (r"(?:para|pa|pra)\s+qu[eé]\s+(?:sirven?|se\s+usan?)", "is used for what", False, False),
    (r"qu[eé]\s+hacen?", "what does", True, False),
    (r"c[oó]mo\s+funcionan?|come\s+funziona(?:no)?|wie\s+funktionier(?:t|en)(?!\s+das\b)|comment\s+fonctionnen?t?",
     "how does it work", False, False),  # "wie funktioniert ein load balancer?" (not "wie funktioniert das mit")
    (r"c[oó]mo\s+se\s+(?:configura|instala|activa|usa|hace|pone|conecta)", "how do you configure", True, False),
    (r"c[oó]mo\s+(?:defines|se\s+define)", "how do you define", True, False),
    (r"qu[eé]\s+era", "what was", True, False),
    (r"expl[ií]ca(?:me|nos)|expl[ií]quen(?:me|nos)?|me\s+(?:lo\s+|la\s+)?explic(?:[aá]s|[aá]n?)|"
     r"me\s+(?:puedes|pod[eé]s|pueden)\s+explicar", "explain", False, False),  # "me explicás el WACC?", "me
    # explican q es CI/CD?"
    # Rioplatense and all Spanish: "qué se entiende por X", "X q sería?", "TIE ratio qué mide", "call option en
    # criollo?" (not "qué onda con el SLA", "qué dice el SLA", "cuáles son los KPI": its state, content or list)
    (r"qu[eé]\s+se\s+entiende\s+por", "what is meant by", True, False),
    (r"(?:o\s+)?(?:qu[eé]|q)\s+(?:ser[ií]a|mide|miden|incluyen?)|o\s+q(?:ue)?\s+(?:[eé]\s+)?(?:esse|essa)\s+tal\s+de",
     "what is", True, False),  # and Portuguese: "o q seria um KPI", "oq é esse tal de DevOps"
    (r"q\s+son", "what are", True, False),
    (r"en\s+criollo", "in plain words", False, False),
    # Italian: "cosa intendono?", "CI/CD spiegamelo semplice pls" ("cosa significa" is read above)
    (r"(?:che\s+)?cosa\s+intend(?:ono|i|e|ete)(?=\s*+[?!.]*+\s*+$)", "what do they mean by that", True, False),
    (r"(?:che\s+)?cosa\s+intend(?:ono|i|e|ete)(?:\s+(?:con|per))?", "what do they mean by", True, False),
    (r"spiega(?:melo|mi|ci|celo)|mi\s+spieghi|me\s+lo\s+spieghi", "explain", False, False),
    (r"definici[oó]n", "definition", False, False),
    (r"(?:en\s+)?qu[eé]\s+se\s+diferencian", ", how do they differ", False, False),  # "X y Y en qué se diferencian?"
    (r"diferencia(?=\s*+[?!.]*+\s*+$)", "difference", False, False),  # "X y Y diferencia"
    (r"(?-i:(?:ok\s+|oye\s+|dale,?\s+)?y)(?=\s+(?:el|la|los|las|un|una)\s+[^\s,?]+(?:\s+[^\s,?]+)?\s*\?)", "and", True,
     False),  # "ok y el ROA?": a follow-up, as "and X?"; not "y tho?", "y ROI?" (why)
    *hindi_phrases.PHRASES,
    # Indonesian: "CNAME itu apa ya?", "VLAN artinya apa?", "apa itu SLA", "X dan Y bedanya apa", "jelasin dong",
    # "X maksudnya gmn", "gimana sih maksudnya X", "X tu kyk gimana", "kalo X?", "X beda ga sama Y"
    (r"apa\s+itu", "what is", True, False),
    (r"(?:" + _ITU + r"\s+)?(?:arti|maksud|pengertian)(?:\s*+nya)?\s++(?:sih\s+)?(?:apa++(?:an)?|" + _HOW + r")",
     ", what does it mean", False, False),
    (_HOW + r"(?:\s+sih)?\s+(?:maksud|arti|pengertian)(?:\s*+nya)?", "what means", True, False),
    (r"apa\s+(?:maksud|arti)(?:nya)?", "what does it mean", True, False),
    (r"(?:arti|maksud|pengertian)\s*+nya(?=(?:\s++" + _PARTICLES + r")*+\s*+[?!.]*+\s*+$)", ", what does it mean",
     False, False),  # "accounts receivable maksudnya?"
    (r"(?:" + _ITU + r"\s+)?(?:arti|maksud)\s*+nya", "means", False, False),  # "X tuh artinya grosir kan?"
    (r"(?<=\w )itu(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:ya|kan|kah|bukan)\s*\?)", "is", False, False),  # "X itu
    # omzet kan?": X is Y, right?
    (_HOW + r"\s+(?:cara\s+)?(?:ngitung|menghitung|hitung)(?:\s*+nya)?", ", how is it calculated", False, False),
    (_HOW + r"\s+caranya", ", how does it work", False, False),
    (_ITU + r"\s+sama(?:\s+aja?)?\s+(?:atau\s+beda|gak|nggak|ga|enggak)|sama\s+atau\s+beda", "the same?", False,
     False),
    (r"(?:singkatan(?:\s*+nya)?(?:\s++dari)?|kepanjangan(?:\s*+nya)?)\s++apa", ", what does it stand for",
     False, False),
    (r"(?:" + _ITU + r"\s+)?(?:fungsi(?:\s*+nya)?|buat|untuk)\s++apa", ", what is it used for", False, False),
    (r"(?:" + _ITU + r"\s+)?(?:ngapain|kerjaannya\s+apa)", ", what does it do", False, False),
    (_HOW + r"\s+cara\s+kerja(?:\s*+nya)?|cara\s+kerja(?:\s*+nya)?\s+" + _HOW, ", how does it work", False, False),
    (r"(?:(?:itu|tuh|tu|ini)\s+)?(?:kyk|kayak|kaya|seperti)\s+(?:apa|" + _HOW + r")", ", what is it", False, False),
    (r"(?:barang\s+)?apa\s+(?:itu|tuh)(?=\s*+[?!.]*+\s*+$)", "what is that", False, False),
    (_ITU + r"\s+(?:[^\W\d_]+\s+)?(?:apa(?:an)?|singkatan\s+apa)|apaan", ", what is it", False, False),
    (r"(?<=\w )(?-i:tu)\s+apa(?:an)?(?=(?:\s++" + _PARTICLES + r")*+\s*+(?:[?!.,]|$))", ", what is it", False,
     False),  # "bad debt expense tu apa, ..."
    (r"apa\s+beda(?:\s*+nya)?(?:\s++antara)?", "what is the difference between", True, False),
    (r"beda(?:\s*+nya)?\s++(?:apa|di\s*mana|" + _HOW + r")", "difference", False, False),
    (r"beda\s+(?:ga|gak|nggak|enggak|ngga)\s+(?:sama|sm|dengan|dgn)", "vs", False, False),  # "X beda ga sama Y"
    (r"beda(?:\s+(?:ya|kan|ga|gak|nggak|enggak))?(?=\s*+\?)", ", are they different", False, False),  # "X sm Y beda
    # ya?": a pair before it (glossary/foreign_words.py `pair_before`)
    (r"bedain(?:\s+dong)?", "explain the difference", False, False),
    (r"definisi(?:\s*+nya)?(?:\s++\w++)?\s++apa", "definition", False, False),
    (r"definisi(?:\s*+nya)?(?:\s++(?:lengkap|resmi|persis)(?:\s*+nya)?)?", "definition", False, False),
    (r"(?<!\bin )(?<!\bor )(?<!\bvs )(?<!\band )(?<!\bof )(?<!\bis )(?<!\bthe )(?<!\bto )(?-i:apa++)"
     r"(?=(?:\s++" + _PARTICLES + r")++\s*+(?:[?!.,]|$)|\s*+(?:[?!.]|$))", ", what is it", False, False),
    # not "cite in APA?", "format: apa, mla?" (a comma only after a particle: "apa ya, ...")
    (r"(?:tolong\s+)?(?:jelasin|jelaskan)", "explain", False, False),
    (r"(?-i:kalo|kalau|klo)(?=\s+[^\s,?]+(?:\s+[^\s,?]+){0,3}\s*\?\s*$)", "what about", True, False),  # "kalo X?"
    # Tagalog, as Manila types it (Taglish): "ano yung MSP?", "X ano yun?", "ano po ibig sabihin ng CX?", "X at Y ano
    # pinagkaiba?", "paano gumagana yung CDN?", "pakiexplain naman po ng TLS"
    (r"(?<=\w )(?:ano|anu)\s+(?:po\s+|ba\s+)*(?:ang\s+)?(?:pinagkaiba|pagkakaiba|difference)(?:\s+(?:nila|po))*",
     ", what is the difference", False, False),
    (r"(?:ano|anu)\s+(?:po\s+|ba\s+)*(?:ang\s+)?(?:pinagkaiba|pagkakaiba|difference)(?:\s+(?:ng|ni|nila))?",
     "what is the difference between", True, False),
    (r"(?<=\w )(?:ano|anu)\s+(?:po\s+|ba\s+)*(?:ang\s+)?ibig\s+sabihin(?!\s+(?:ng|nito|niyan))",
     ", what does it mean", False, False),  # "MVP ano ibig sabihin sa project?"
    (r"(?:ano|anu)\s+(?:po\s+|ba\s+|talaga\s+)*(?:ang\s+)?(?:ibig\s+sabihin|meaning|full\s+form)"
     r"(?:\s+(?:ng|nito|niyan|nyan|nun))?",
     "what is the meaning of", True, False),
    (r"(?:ano|anu)\s+(?:po\s+|ba\s+|talaga\s+)*(?:yun|yan|iyon|iyan|yon|ito)(?:\s+(?:po|ba|talaga))*"
     r"|(?:ano|anu)\s+po"
     r"(?=\s*+[?!.,]|\s*+$)", ", what is it", False, False),  # "six sigma ano yun?", "SKU ano po?"
    (r"(?:ano|anu)\s+(?:po\s+|ba\s+)*(?:ang|yung|iyong|yong|ung)|(?:ano|anu)\s+(?:po|ba)(?=\s+\w)", "what is",
     True, False),
    (r"(?:paano|pano)\s+(?:po\s+|ba\s+)*(?:gumagana|gumana)", "how does it work", False, False),
    (r"(?:paano|pano)\s+(?:po\s+)?(?:i-?compute|kinocompute|kinukuha)", "how is it calculated", False, False),
    (r"(?:pwede\s+)?(?:paki|pa)-?explain(?:\s+naman)?(?:\s+po)?", "please explain", False, False),
    (r"sino\s+(?:ang\s+)?(?:nakakaalam|may\s+alam)", "does anyone know", False, False),
    (r"pareho\s+(?:lang\s+)?(?:ba\s+)?(?:sila)?", "are they the same", False, False),
    # Arabic in Latin letters, as the Gulf and the Levant chat: "shu ya3ni cash budget", "X shu ya3ni?", "X ya3ni Y?"
    (r"(?:shu|shoo|sho|esh)\s+(?:ya3ni|yaani|ya'ni|ma3na|ma3nato|ma3nata)", "what means", True, False),
    (r"(?:shu|shoo|sho)\s+(?:hada|hatha|hayda|hadi|haida)", "what is this", True, False),
    (r"ma\s+fhemt|mish\s+fahem|mo\s+fahem", "I don't understand", False, False),
    (r"(?:ya3ni|yaani|ya'ni)(?=\s*+\?++\s*+$)", "", False, False),  # "X vs Y ya3ni?", "cash budget ya3ni?": "I mean?"
    (r"ya3ni|yaani|ya'ni", "means", False, True),  # "scenario analysis ya3ni like best case / worst case thing?"
    *maghrebi_phrases.PHRASES,
    # Russian, typed in Latin letters or Cyrillic: "chto takoe eBPF?", "NTP chto eto?", "kak rabotaet X", "kto takoi X",
    # "X i Y — eto odno i to zhe?", "простыми словами"
    (_CHTO + r"\s+(?:znachit|oznachaet|значит|означает)", "what means", True, False),
    (_CHTO + r"\s+(?:eto\s+takoe|это\s+такое|takoe|takoye|такое|eto|это)(?:\s+(?:voobshe|voobshche|tochno|вообще|"
     r"точно))?", "what is", True, False),
    (r"(?:eto|это)\s+(?:voobshe\s+|вообще\s+)?(?:pro\s+|про\s+)?" + _CHTO
     + r"(?:\s+(?:takoe|такое))?(?!\s+(?:za|за)\b)",
     ", what is it", False, False),  # "UEFI eto chto?", "X eto voobshe pro chto?"; not "eto chto za oshibka"
    (_CHTO + r"\s+za(?=\s+[^\s?]+\s*\?)", "what is", True, False),  # "chto za gRPC?", not "chto za SLA u nas?"
    (r"(?:kak\s+|как\s+)?(?:rasshifrovyvaetsya|расшифровывается)|rasshifrovka|расшифровка",
     ", what does it stand for", False, False),  # "IDIQ kak rasshifrovyvaetsya?"
    (r"ob'?yasni(?:te)?|объясни(?:те)?|poyasni(?:te)?|поясни(?:те)?", "explain", False, False),
    (r"(?:chem|чем)\s+(?:otlichaets?y?a|otlichayuts?y?a|отличается|отличаются)", "how differs", True, False),
    (r"(?:kak|как)\s+(?:rabotaet|работает)", "how does it work", False, False),
    (r"(?:kto|кто)\s+(?:takoi|takoy|takaya|такой|такая|eto|это)", "who is", True, False),
    (r"(?:eto\s+|это\s+)?(?:odno\s+i\s+to\s+zhe|одно\s+и\s+то\s+же)", "the same thing", False, False),
    (r"(?:v\s+chem|в\s+ч[её]м)\s+(?:raznica|raznitsa|разница)", "what is the difference", False, False),
    (r"(?:prostymi|простыми)\s+(?:slovami|словами)", "in simple words", False, False),
    # Swahili: "CSRF ni nini?", "Maana yake?", "Hii ni nini?", "PKI inamaanisha nini?", "nieleze kwa ufupi", "na X je?"
    (r"(?:hii|hiyo|hizo|hicho)\s+ni\s+nini|ni\s+nini\s+(?:hii|hiyo|hizo)|ni\s+zipi\s+hizo", "what is that", True,
     False),
    (r"maana\s+yake(?:\s+ni\s+(?:nini|gani))?(?=(?:\s++[^\W\d_]++)?\s*+(?:[?!.]|$))|(?:in)?a?maanisha"
     r"(?:\s+nini)?", ", what does it mean", False, False),  # not "CI imefail, maana yake ...": "which means"
    (r"ni\s+nini(?:\s+hasa)?", ", what is it", False, False),
    (r"tofauti\s+(?:kati\s+)?ya", "the difference between", False, False),  # "tofauti kati ya X na Y ni nini?"
    (r"tofauti\s+(?:ni\s+gani|ni\s+nini|yao|yake)|(?<=, )tofauti(?=\s*+\?)", "what is the difference", False, False),
    (r"(?:hao|hawa)\s+ni\s+(?:kina\s+)?nani", "who are they", True, False),
    (r"maana(?=\s*+[?!.]*+\s*+$)", ", what does it mean", False, False),  # "accounts receivable maana"
    (r"ni\s+gani(?=\s*[?!.,]|\s*$)", "is what", False, False),  # "textbook definition ni gani?"
    (r"(?<=\w )ni(?=\s*+\?++\s*+$)", ", what is it", False, False),  # "FDIC ni?": "is?", the rest left unsaid
    (r"niel[e]?ze(?:e)?|elezea|eleza", "explain", False, False),
    (r"tafadhali", "please", False, False),  # "Explain tafadhali": a word of the language, read with its small words
    (r"(?-i:^na)(?=\s+[^\s,]+(?:\s+[^\s,]+)?\s*(?:je\s*)?\?\s*$)", "and", True, False),  # "na pod?", "na CPI je?"
    # French, as Quebec types it too: "c quoi un QASP", "OMB c'est quoi comme organisme?", "c'est qui",
    # "comment ça marche", "c'est-tu la même affaire?"
    (r"(?:c'est|c)\s+(?:quoi|koi)(?=\s+\w)", "what is", True, False),  # "c koi un CUI?", typed fast
    (r"c'est\s+quoi|c\s+(?:quoi|koi)(?=\s*[?!.]|\s*$)", ", what is it", False, False),
    (r"c'est\s+qui|qui\s+c'est", "who is", True, False),
    (r"(?:vous\s+pouvez|tu\s+peux|pouvez-vous|peux-tu)\s+m'expliquer(?:\s+ce\s+que\s+c'est)?", "can you explain",
     False, False),
    (r"ce\s+que\s+c'est", "what it is", False, False),
    (r"ce\s+que\s+(?:ça|ca)\s+veut\s+dire", "what it means", False, False),
    (r"je\s+ne\s+sais\s+pas|je\s+sais\s+pas", "I don't know", False, False),
    (r"lequel\s+est\s+lequel", "which is which", False, False),
    (r"c'est\s+pas\s+pareil|ce\s+n'est\s+pas\s+pareil", "is it not the same thing", False, False),
    (r"(?-i:quoi|Quoi)(?=\s*+\?++\s*+$)", "what is it", False, False),  # '... « blue/green deployment ». Quoi ?'
    (r"comment\s+(?:ça|ca)\s+(?:marche|fonctionne)", "how does it work", False, False),
    (r"(?-i:pis)(?=\s+[^\s,]+(?:\s+[^\s,]+)?\s*\?\s*$)", "and", True, False),  # "pis GOTS?"; not "PIs", nor
    # "pis le SOW, c'est signé?" (and the SOW, is it signed?)
    (r"c'est[- ]tu\s+(?:la\s+)?m[eê]me\s+(?:affaire|chose)", "is it the same thing", False, False),
    (r"(?:[cç]a\s+)?veut\s+dire\s+(?:quoi|de\s+quoi)", "what means", True, False),
    (r"c'est\s+(?:pareil|la\s+m[eê]me\s+chose)", "is the same thing", False, False),
    (r"(?:" + _IS + r"\s+o\s+qu[eê]|significa[mn]?\s+o\s+q(?:ue)?|signifie\s+quoi|bedeutet\s+was)(?=\s*(?:[?!.]|$))",
     "means what", False, False),
    (r"significa[mn]?|signifie|bedeutet|vuol\s+dire|veut\s+dire|quer\s+dizer", "means", False, True),
    (r"(?:s[aã]o|son|sont|sind|sono)\s+" + _SAME, "are the same thing", False, False),
    (_IS + r"\s+" + _SAME, "is the same thing", False, False),
    (r"exatamente|exactamente|exactement|esattamente|precisamente|genau|precies", "exactly", False, False),
    # A guess to confirm: "UX c'est user experience ?", "IMF es el FMI verdad?", "gross profit é o lucro bruto, certo?"
    (r"(?:verdad|cierto|certo|verdade|n[ãa]o\s+[ée]|n'est-ce\s+pas)(?=\s*+[?,])", "right", False, False),
    (r"(?<=\w )(?<!\bthe )(?-i:é|c'est|es)(?=\s+\S)", "is", False, True),  # not "what's the est CAC?"
    (r"davvero|veramente", "really", False, False),
    (r"eigentlich|eigenlijk", "actually", False, False),
    # Dutch: "wat betekent X", "wat bedoelen ze?", "wat is het verschil tussen X en Y", "X uitleg pls"
    (r"wat\s+(?:is|zijn)\s+(?:het\s+|de\s+)?verschil(?:len)?\s+tussen", "what is the difference between", False, False),
    (r"(?:het\s+)?verschil\s+tussen", "the difference between", False, False),
    (r"wat\s+(?:is|zijn)\s+(?:het\s+|de\s+)?verschil|what\s+is\s+(?:het|de)\s+verschil", "what is the difference",
     False, False),
    (r"wat\s+(?:betekent|betekenen)", "what means", True, False),
    (r"wat\s+(?:bedoelen\s+ze|bedoel\s+je|bedoelt\s+(?:hij|zij|ze|men)|wordt\s+(?:er\s+)?bedoeld)(?:\s+met)?",
     "what do they mean by", True, False),
    (r"wat\s+is(?=\s+een\s)", "what is", True, False),
    (r"(?:is|zijn)\s+(?:dat\s+|dit\s+)?hetzelfde(?:\s+als)?", "is the same as", False, False),
    (r"hetzelfde\s+als", "the same as", False, False),
    (r"betekent|betekenen", "means", False, True),
    (r"uitleg", "explain", False, False),
    # Vietnamese, accents typed or not: "HMAC là gì", "X nghia la gi", "X va Y khac nhau the nao", "X khac gi voi Y"
    (r"(?:nghia|nghĩa)\s+(?:chinh\s+xac\s+|chính\s+xác\s+)?(?:la|là)\s+(?:gi|gì)(?:\s+(?:vay|vậy|a|ạ))*",
     ", what does it mean", False, False),
    (r"(?-i:la|là)\s+(?-i:gi|gì)(?:\s+(?:vay|vậy|a|ạ|anh|chi|chị|em|ha))*", ", what is it", False, False),
    (r"(?:khac|khác)\s+nhau\s+(?:the\s+nao|thế\s+nào|cho\s+nao|chỗ\s+nào|o\s+dau|ở\s+đâu|gi|gì)",
     ", what is the difference", False, False),
    (r"(?:khac|khác)\s+(?:gi|gì)\s+(?:voi|với)", ", how is it different from", False, False),
    (r"(?:khac|khác)\s+(?:gi|gì)(?:\s+(?:vay|vậy|a|ạ))*(?=\s*+[?!.]|\s*+$)", ", what is the difference", False,
     False),  # "X và Y khác gì": how they differ
    (r"(?<=\w )(?:khac|khác)(?=\s+[^\s,?]+(?:\s+[^\s,?]+)?\s+(?:the\s+nao|thế\s+nào|cho\s+nao|chỗ\s+nào)\b)",
     "vs", False, False),  # "CVE khac CWE the nao?"
    (r"(?<=\w )(?:the\s+nao|thế\s+nào|cho\s+nao|chỗ\s+nào)(?=\s*+\?|\s*+$)", "", False, False),
    # Turkish, asked after the term: "KPI ne demek", "sku nedir", "vpn ne işe yarar", "X nasıl çalışır", "X ile Y
    # arasındaki fark"
    (r"bu\s+ne\s+demek(?:\s+oluyor)?|ne\s+demek\s+bu", "what does this mean", False, False),  # "... bu ne demek?"
    (r"(?:bu\s+)?ne\s+anlama\s+geliyor(?:\s+bu)?", ", what does it mean", False, False),
    (r"(?:tam\s+olarak\s+)?ne\s+demek(?:tir)?", "means what", False, False),
    (r"(?:tam\s+olarak\s+)?(?:nedir|neydi)(?:\s+bu(?:\s+kural)?)?|tam\s+olarak\s+ne(?=\s*+[?,])"
     r"|k[ıi]saltmas[ıi]\s+neydi", "is what", False, False),  # "X tam olarak ne, ...?", "acl kısaltması neydi?"
    (r"ne\s+i[şs]e\s+yar(?:ar|[ıi]yor)", "is used for what", False, False),
    (r"nas[ıi]l\s+(?:[çc]al[ıi][şs](?:[ıi]r|[ıi]yor)|i[şs]liyor|i[şs]ler)(?:\s+m[ıi])?", "how does it work", False,
     False),
    (r"(?:aras[ıi]ndaki|aras[ıi]nda\s+ne)\s+fark(?:\s+var)?(?:\s+ne(?:dir)?)?", "difference", False, False),
    (r"(?<!den )(?<!dan )(?<!ten )(?<!tan )(?:fark(?:lar)?[ıi](?:n[ıi])?\s+ne(?:dir)?|farkl[ıi]\s+m[ıi])",
     ", what is the difference", False, False),  # not "internetten farkı ne": its difference from the internet
    (r"ayn[ıi]\s+[şs]ey\s+mi", ", are they the same thing", False, False),  # "X ile Y aynı şey mi"
    (r"(?:tan[ıi]m[ıi]|a[çc][ıi]l[ıi]m[ıi])\s+ne(?:dir)?", ", what is its definition", False, False),  # "açılımı ne"
    (r"(?:bu\s+(?:tablo\s+)?)?ne(?:yi)?\s+(?:anlat[ıi]yor|g[öo]steriyor|kaps[ıi]yor|kapsar)(?:\s+bu)?",
     ", what does it cover", False, False),
    (r"(?<=\w )(?<!\bthe )(?<!\bin )(?<!\bon )(?<!\bat )(?-i:ne)(?:\s+ki)?(?=\s*+\?)", ", what is it", False,
     False),  # "CDN ne?", "dumping ne ki?"; not "in the NE?"
    (r"(?-i:peki)(?=\s+[^\s,?]+(?:\s+[^\s,?]+)?\s*\?\s*$)", "and", True, False),  # "peki SLO?"
)

#: Words one of PHRASES must hold: a message with none of them is English all through (the common case,
#: read by one cheap pass instead of the phrases' pattern).
_HINTS = frozenset("qual cuál cual quelle diferença diferenca diferencia différence differenza unterschied entre tra "
                   "fra zwischen alguém alguem alguien o oq oque q que qué què quina qu'est c'est ça ca was che cosa "
                   "cos'è cos'e vol veut quoi significa significan significam signifie bedeutet heißt heisst vuol "
                   "quer quiere são sao son sont sind sono mesma misma mismo même meme gleiche stessa pareil "
                   "exatamente exactamente exactement esattamente genau eigentlich eigenlijk precies verschil "
                   "verschillen betekent betekenen bedoelen bedoel bedoelt bedoeld hetzelfde uitleg wat ne nedir "
                   "demek demektir nasıl nasil arasındaki arasindaki shenme shen funciona funcionan explícame "
                   "explicame explícanos explicanos explicas explicás definición definicion entiende sería seria mide "
                   "miden incluye incluyen criollo apa apaan artinya arti maksudnya maksud bedanya beda singkatan "
                   "singkatannya kepanjangan kepanjangannya jelasin jelaskan fungsinya fungsi c pis comment puedes "
                   "define ka ki ke hai hain sama ngapain kerjaannya buat untuk barang funziona funzionano intendono "
                   "intendi intende intendete spiegami spiegamelo spiegaci spiegacelo spieghi precisamente davvero "
                   "veramente ni nini maana inamaanisha amaanisha maanisha gani nieleze nielezee elezea eleza zipi je "
                   "tofauti hao hawa alag tafadhali gimana gmn bagaimana gimane pengertian pengertiannya kyk kayak "
                   "kaya seperti cara kalo kalau klo bedain definisinya definisi apaa chto shto что takoe такое "
                   "znachit значит oznachaet означает kak как kto кто takoi takoy такой odno одно prostymi простыми "
                   "chem чем y diferencian vous pouvez peux m'expliquer je lequel quoi shu shoo sho esh ya yaani "
                   "ya'ni fhemt mish quem quién quien é es verdad cierto certo verdade n'est não nao cuándo cuando "
                   "quando dónde donde onde por chi kann erklären erklaren erklärt erklart erkläre bitte könntest "
                   "konntest könnten ano anu pinagkaiba pagkakaiba paano pano pakiexplain paki pa paexplain sino "
                   "pareho ibig anlama tanımı tanimi açılımı acilimi farkı farki farkları farklari farklı farkli aynı "
                   "ayni fark neyi anlatıyor gösteriyor kapsıyor kapsar peki işliyor isliyor işler la là gi gì nghia "
                   "nghĩa khac khác neydi kısaltması kisaltmasi olarak".split())

#: The tables' own phrases first, then the speakers' reviewed ones (glossary/tabled_more.py, by their words; their
#: patterns are built there when a message may hold them): where both read a message, the tables' reading stands.
OWN_PHRASES = third_languages.PHRASES + more_languages.PHRASES + _PHRASES
PHRASES = OWN_PHRASES + tabled_more.PHRASES
#: The words the tables' own phrases need; with the reviewed phrases' (tabled_more.HINTS), every phrase's.
OWN_HINTS = _HINTS | portuguese_phrases.HINTS | hindi_phrases.HINTS | maghrebi_phrases.HINTS | more_languages.HINTS \
    | third_languages.HINTS \
    | frozenset("rasshifrovyvaetsya расшифровывается rasshifrovka расшифровка obyasni obyasnite ob'yasni ob'yasnite "
                "объясни объясните poyasni poyasnite поясни поясните otlichaetsya otlichaetsa otlichaetya otlichaeta "
                "otlichayutsya otlichayutsa otlichayutya отличается отличаются funktioniert funktionieren fonctionne "
                "fonctionnent hora horas".split())
HINTS = OWN_HINTS | tabled_more.HINTS
