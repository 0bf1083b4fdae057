"""Tamil in Latin letters (as Chennai engineers type it), Greek in Latin letters, Malay, Cebuano (as Cebu and Davao
type it, with Tagalog's "po"), and more of Spanish and Quebec French:
the phrases that ask about a term in each (read by glossary/foreign_asks.py with those of glossary/foreign_phrases.py)
and each language's table of small words (glossary/foreign_words.py).

As there, every phrase is a pattern with no nested quantifier, and HINTS holds the words at least one of them needs.
These come first, so where one starts at the same place as an older phrase it is read first.
"""

from __future__ import annotations

from glossary.language_table import Language

_END = r"(?=\s*+[?!.,;:]|\s*+$)"  # the phrase closes its clause
_TA_ADDRESS = r"(?:\s+(?:da|bro|machi|ji|pa|exact\s+ah|exact-ah|exactly|basically|first))*+"  # after a Tamil question
_GR_WHAT = r"ti\s+(?:einai|ine)"  # Greek "what is"
#: Cebuano particles that only soften or stress a question ("unsa man na po", "unsa diay na siya?")
_CEB_SOFT = r"(?:\s+(?:man|diay|gyud|gud|ba|po|na|ni|kana|kini|siya|ra|pud|usab|kaha|sad|to|bay))*+"
_CEB_WHAT = r"(?:unsay|unsa" + _CEB_SOFT + r"(?:\s+ang)?)"  # "what (is) the", "unsay" for "unsa ang"
#: Not after a verb of knowing ("kabalo ko unsa ang SLA": a remark); else "unsa" asks wherever it stands, as chat
#: types it after a greeting or a topic with no mark ("Ma'am/Sir unsa ang T-account?", "Sa manufacturing unsa ...").
_CEB_ASKS = r"(?<!kabalo )(?<!kahibalo )(?<!nahibalo )(?<!\bko )"
_CEB_MEANING = r"(?:meaning|pasabot|gipasabot|kahulugan|kahulogan|buot\s+(?:i|gi)?pasabot)"
_CEB_DIFFERENCE = r"(?:kalainan|kalahian|difference|diperensya|kaibahan)"
_CEB_END = r"(?=\s*+[?!.,;:]|\s*+$|\s++(?:ug|sa)\s)"  # the clause closes, or goes on: "and ...", "in the contract"
#: (pattern, English, opens a question, needs a "?" after it), as in glossary/foreign_phrases.py.
PHRASES: tuple[tuple[str, str, bool, bool], ...] = (
    # Tamil: "SLA na enna?", "GDPR ennanu sollu", "NAT pathi konjam explain pannu", "hypervisor enna pannum",
    # "HIDS um NIDS um enna vithiyasam?", "VLAN-ku meaning enna", "load balancer epdi work aagum", "adhu enna?"
    (r"(?:na\s+)?(?:enna\s+full\s+form|full\s+form\s+enna)" + _TA_ADDRESS, ", what does it stand for", False,
     False),
    (r"(?:na\s+|ku\s+|oda\s+)?(?:inga\s+)?(?:enna\s+(?:meaning|artham)|(?:meaning|artham)\s+(?:enna|theriyanum|sollu|sollunga))"
     + _TA_ADDRESS, ", what does it mean", False, False),
    (r"(?:na\s+)?enna\s+(?:vithiyasam|vidhyasam|diff|difference)", ", what is the difference", False, False),
    (r"(?:na\s+)?enna\s+(?:pannum|seiyum|panradhu)", ", what does it do", False, False),
    # "what" right after "na"/"nu" or a name typed in capitals, never after an English word ("SLA la problem enna?",
    # "KPI target enna?": what the problem or target is) nor a place called Enna
    (r"(?:(?:na|nu)\s+|(?<=(?-i:[A-Z0-9\"']) ))(?-i:enna|ennadhu|ennanu)" + _TA_ADDRESS + _END, ", what is it", False,
     False),
    (r"ennanu\s+(?:sollu|sollunga|theriyala|theriyanum|theriyuma|explain\s+pannu(?:nga)?)", ", what is it", False,
     False),
    (r"(?:a\s+|pathi\s+)(?:konjam\s+)?(?:sollu|sollunga|explain\s+pannu(?:nga)?)", ", explain it", False, False),
    (r"epdi\s+(?:work\s+)?(?:aagum|aagudhu|velai\s+seiyum)", ", how does it work", False, False),
    (r"apdina(?:\s+enna)?" + _TA_ADDRESS + _END, ", what does it mean", False, False),  # "IOC apdina?"
    (r"adhu\s+enna|ennadhu\s+adhu|enna\s+adhu", "what is that", True, False),
    # "enna da LSASS?": before one name typed capitalised and the "?", as spoken Tamil puts it first too (not "enna bro
    # ithu ok va?", an exclamation)
    (r"enna(?:\s+(?:da|pa|bro|machi|ji|sir))?(?=\s++(?-i:[A-Z][\w&/.-]*+)\s*+\?)", "what is", True, False),
    (r"yaaru|yaarukku", "who", True, False),  # not "yaar", a friend in Hindi
    (r"(?:eppo|enga|engey)(?=\s[^?]*\?|\s*\?)", "when or where", True, False),  # asks another thing
    # Greek in Latin letters: "junk bonds ti einai?", "ti simainei 'bill of lading'?", "poia i diafora?",
    # "eksigise mou to T-account", "ti kanei o comptroller?"
    (_GR_WHAT + r"(?:\s+afto)?(?=\s*+[?!.,]|\s*+$)", ", what is it", False, False),
    (_GR_WHAT + r"(?:\s+(?:to|o|i|ta|oi))?", "what is", True, False),
    (r"ti\s+(?:akrivos\s+)?simainei(?:\s+akrivos)?", "what means", True, False),
    (r"(?:poia\s+(?:einai\s+)?i\s+|ti\s+)?diafora(?:\s+exoun)?", ", what is the difference", False, False),
    (r"ti\s+kanei", "what does", True, False),
    (r"ti\s+deixnei", ", what does it show", False, False),  # "sharpe ratio ti deixnei?"
    (r"eksigis(?:e|te)\s+mou(?:\s+to)?", "explain", True, False),
    (r"(?:pou|pote|poios|giati)(?=\s[^?]*\?|\s*\?)", "where, when, who or why", True, False),  # another thing
    # Malay: "POA&M ni apa?", "AbilityOne ni apa benda?", "AES dengan DES apa beza?", "apa benda SIPC tu?"
    (r"(?<=\w )(?-i:ni|tu)\s+apa(?:\s+(?:benda|ye|ya|eh|ek))?" + _END, ", what is it", False,
     False),  # "OAuth ni apa ye?"
    (r"(?:(?-i:tu|ni)\s+)?(?:apa\s+maksud(?:nya|\s+dia)?|maksud(?:nya|\s+dia)\s+apa)(?:\s+sebenarnya)?"
     + _END, ", what does it mean", False, False),  # "color of money tu apa maksudnya?", closing its clause ("apa
    # maksud SLA?" is read as Indonesian)
    (r"apa\s+(?-i:tu|ni)(?=\s+\w)", "what is", True, False),  # "apa tu hawthorne effect?"
    (r"(?:(?-i:tu|ni)\s+)?stand\s+for\s+apa(?:\s+(?:ek|eh|ye|ya))?", ", what does it stand for", False,
     False),  # "OSINT tu stand for apa ek?"
    (r"(?:boleh\s+)?(?:terangkan|terangkn|jelaskan)(?:\s+sikit)?", "explain", False, False),  # "boleh terangkan X?"
    (r"apa\s+(?:beza|bezanya)", ", what is the difference", False, False),
    (r"apa\s+benda", "what is", True, False),
    # Cebuano: "unsa ang cash discount?", "cogs po unsa", "X unsa man na?", "unsa meaning ana?", "unsay pasabot sa
    # X", "Unsa ang difference sa X ug Y po?", "pwede pa ipasabot ang X", "kinsa ..."/"kanus-a ..." ask another thing
    (r"(?<=[\w,] )" + _CEB_WHAT + r"\s+(?:ilang\s+|ila\s+)?" + _CEB_DIFFERENCE + r"(?:\s+(?:nila|ana|ani))?" + _CEB_SOFT
     + _END, ", what is the difference", False, False),  # "RFQ ug RFP, unsa ang kalainan?", "unsa ilang kalahian?"
    (_CEB_ASKS + _CEB_WHAT + r"\s+" + _CEB_DIFFERENCE + r"(?:\s+(?:sa|ni|tali\s+sa))?",
     "what is the difference between", False, False),
    (r"(?:ang\s+)?" + _CEB_DIFFERENCE + r"\s+(?:sa|ni|tali\s+sa)", "the difference between", False, False),
    (r"(?<=\w )" + _CEB_WHAT + r"\s*+" + _CEB_MEANING + r"(?:\s+(?:ana|ani|niana|niini|ato|niadto)" + _CEB_SOFT
     + _CEB_END + r"|" + _CEB_SOFT + _END + r"|(?<=\bpo unsa meaning)(?=\s+sa\s))", ", what does it mean", False,
     False),  # "capitalize po sa accounting, unsa meaning ana?", "X po unsa meaning sa contract"; not "Boss unsay
    # pasabot sa hedging?": the meaning of hedging
    (_CEB_ASKS + _CEB_WHAT + r"\s*+" + _CEB_MEANING + r"(?:\s+(?:sa|ni|ana|ani))?", "what is the meaning of", False,
     False),
    (r"unsa" + _CEB_SOFT + _CEB_END, ", what is it", False, False),  # "cogs po unsa", "X unsa man na?"
    (_CEB_ASKS + r"unsa(?:\s+(?:man|diay|gyud|gud|ba|po))*+\s+(?:na\s+nga|nang|kanang|kadtong)(?=\s)", "what is that",
     False, False),  # "Unsa man na nga letter po?": the letter named before
    (_CEB_ASKS + r"unsa(?:\s+(?:man|diay|gyud|gud|ba|po))*+\s+(?:ni\s+nga|ning|kining)(?=\s)", "what is this", False,
     False),
    (_CEB_ASKS + r"(?:unsay|unsa" + _CEB_SOFT + r"\s+(?:ang|nga)|unsa" + _CEB_SOFT
     + r"(?=\s+['\"\u2018\u201c]?\w))", "what is", False, False),  # "unsa ang X", "Unsa man na nga letter po?"
    (r"(?:pwede\s+(?:ba\s+)?(?:nimo\s+|ko\s+)?|palihug\s+)(?:pa\s+|paki\s*)?(?:i-?explain|explain)|pa\s+i?-?explain"
     r"|(?:(?:pwede\s+(?:ba\s+)?(?:nimo\s+)?|palihug\s+)(?:pa\s+)?)?(?:i-?pasabot|ipatin-?aw|isaysay|isulti)"
     r"|(?:ingna|sultihi|pasabta|tudloi)\s+ko",
     "please explain", False, False),  # "pwede pa explain unsa ang X", "palihug ipasabot ang X"
    (r"(?<![\w,] )(?-i:unya|ug)(?:\s+(?:ang|kanang))?(?=(?:\s++[^\s.?!]++){1,4}\s*+\?)", "and", True, False),  # "unya
    # ang X po?", opening the message (not "ERP ug CRM pareha ra ba?")
    (r"(?<=\w )(?:pud|usab)(?:\s+(?:po|ba))*+(?=\s*+\?)", ", what is it", False, False),  # "annuity pud po?": X too
    (r"pareha(?:\s+(?:ra|lang|ba|sila|po))*+" + _END, ", are they the same", False, False),  # "X ug Y
    # po, pareha ra ba?"
    (r"pwede\s+(?:ba\s+)?ko\s+(?:ba\s+)?mangutana(?:\s+(?:po|palihug))*+,?", "please", False, False),  # "may I ask"
    (r"kinsa", "who is", True, False),  # asks another thing: who, when, why, how much, how
    (r"kanus-?a", "when is", True, False),
    (r"ngano(?:ng)?|pila(?:\s+ka)?|unsaon|giunsa", "why or how", True, False),
    # Spanish and Portuguese "I don't know" right before what a term is or means ("no sé qué significa MTTR", "não sei
    # o que é NGFW"): a question of its own; not "no sé qué hace el PM hoy", "no sé qué es lo que pide"
    (r"(?:no\s+s[eé]\s+(?:qu[eé]|q)\s+|n[ãa]o\s+sei\s+o\s+q(?:ue)?\s+)(?:es|[eé]|significa|quiere\s+decir|quer\s+dizer)"
     + _END, ", what does it mean", False, False),  # "... ce ye a en un correo y no sé qué significa"
    (r"no\s+s[eé]\s+(?:qu[eé]|q)\s+es(?=\s+(?!lo\s+que\b)\w)|n[ãa]o\s+sei\s+o\s+q(?:ue)?\s+[eé](?=\s+(?!que\b)\w)",
     "I don't know. what is", False, False),
    (r"(?:no\s+s[eé]\s+(?:qu[eé]|q)|n[ãa]o\s+sei\s+o\s+q(?:ue)?)\s+(?:significa|quiere\s+decir|quer\s+dizer)"
     r"(?=\s+(?!lo\s+que\b|que\b)\w)", "I don't know. what means", False, False),
    # More of Spanish: "X en qué consiste?", "en qué consiste el X", "explíqueme X" (the formal you), "qué se considera
    # X", "qué vendría siendo X", "¿me podría decir qué es X?"
    (r"(?:en\s+)?qu[eé]\s+consisten?" + _END, ", what is it", False, False),
    (r"(?:en\s+)?qu[eé]\s+consisten?", "what is", True, False),
    (r"expl[ií]qu(?:e|en)(?:me|nos)(?:lo|la)?", "explain", False, False),
    (r"qu[eé]\s+se\s+considera", "what counts as", True, False),
    (r"qu[eé]\s+vendr[ií]a\s+siendo", "what is", True, False),
    (r"(?:cu[aá]l\s+es(?=\s+(?:el|la|los|las)\s)|(?<![^\n.?!¿])(?<![^\n.?!¿] )qual(?:\s+[eé](?=\s+(?:o|a|os|as)\s)|"
     r"(?=\s+(?:o|os)\s)))(?!\s+\w+\s+(?:diferen|defini|significado|sentido|conceito|concepto|princ[ií]pio))",
     "what is", True, False),  # "¿cuál es el costo de X?", "qual é a mediana?": what it is, or its value (the
    # English reading tells); "qual" opening its sentence, where English "qual" (qualify) never stands before "o"
    (r"(?:me\s+)?(?:podr[ií]as?|puedes?|podr[ií]an|pueden)\s+decir(?:me)?(?=\s+(?:qu[eé]|d[oó]nde|cu[aá]ndo|qui[eé]n)\s)",
     "please", False, False),  # what follows is the question: "... dónde está el modelo" asks where
    # Quebec French: "FQDN ça veut dire quoi déjà?", "dhcp ça fait quoi au juste?", "BGP ça mange quoi en hiver?",
    # "RSA l'algorithme de crypto, c'est quoi exactement", "une PR ... ça consiste en quoi?"
    (r"(?:[çc]a\s+)?veut\s+dire\s+quoi(?:\s+(?:d[ée]j[àa]|exactement|au\s+juste|concr[èe]tement))?" + _END,
     ", what does it mean", False, False),
    (r"[çc]a\s+(?:fait|sert\s+[àa])\s+quoi(?:\s+(?:au\s+juste|exactement))?" + _END, ", what does it do", False,
     False),  # not "le VPN ça fait quoi depuis ce matin"
    (r"[çc]a\s+mange\s+quoi(?:\s+en\s+hiver)?|[çc]a\s+consiste\s+en\s+quoi", ", what is it", False, False),
    (r"(?:c'est|c)\s+quoi\s+(?:exactement|au\s+juste|d[ée]j[àa]|concr[èe]tement|en\s+gros)" + _END, ", what is it",
     False, False),
)

HINTS = frozenset("enna ennadhu ennanu artham vithiyasam vidhyasam pannum seiyum panradhu sollu sollunga theriyala "
                  "theriyanum theriyuma pannu pannunga epdi adhu yaaru yaarukku eppo enga engey einai ine simainei "
                  "diafora kanei deixnei apdina beza bezanya benda eksigise eksigiste pou pote poios giati apa "
                  "terangkan terangkn jelaskan "
                  "quoi unsa unsay pasabot ipasabot ipatin-aw ipatinaw isaysay kalainan kinsa kanus-a kanusa ngano "
                  "nganong pila unsaon giunsa unya pud usab pwede palihug pareha mangutana gipasabot kalahian isulti "
                  "ingna sultihi pasabta tudloi ug sé sei não nao consiste consisten explíqueme expliqueme explíquenme "
                  "expliquenme explíquenos expliquenos considera vendría vendria decir cuál cual qual".split())

#: Tamil in Latin letters: "k8s la ingress enna da?" reads "in k8s, ingress, what is it?".
TAMIL = Language(
    frozenset("enna ennanu ennadhu pannu pannunga pannum sollu sollunga solraanga sonnaanga theriyala theriyuma "
              "theriyanum machi vithiyasam aagum aagudhu irukku iruku paathen venum epdi adhu idhu namma "
              "yaaru".split()),
    {"um": "and", "illa": "or", "adhu": "that", "idhu": "this", "namma": "our", "konjam": "a little"},
    r"da|machi|ji|pa",
    {"la": "in", "ku": "for", "kooda": "with"})

#: Greek in Latin letters: "ti einai to T-account?" reads "what is the T-account?".
GREEK = Language(
    frozenset("einai simainei diafora eksigise eksigiste afto kalimera paidia pedia akrivos poia ksero "
              "thelo".split()),
    {"kai": "and", "afto": "this", "sto": "in the", "stin": "in the", "akrivos": "exactly", "gia": "for",
     "alla": "but", "oxi": "not"},
    r"re\s+paidia|paidia|pedia|kalimera")

#: Malay, as Kuala Lumpur colleagues mix it in: "AES dengan DES apa beza?" reads "AES and DES, what is the difference?".
MALAY = Language(
    frozenset("beza bezanya benda pasal nak boleh tak sangat maksud maksudnya terangkan sikit dgn dlm".split()),
    {"dengan": "and", "dgn": "and", "pasal": "about", "tak": "not", "boleh": "can", "dlm": "in", "dalam": "in",
     "beza": "the difference"},
    r"lah|lor|leh|meh|kan")

#: Cebuano, as Cebu types it in Teams: "unsa ang trade credit po? gi mention ni ma'am sa meeting ganiha".
CEBUANO = Language(
    frozenset("unsa unsay unsaon giunsa kinsa kanus-a kanusa ngano nganong diay gyud pud usab kaayo nako namo nimo "
              "kanus akong atong imong iyang ilang kining kanang kadto mangutana kabalo kasabot ganiha ugma unya karon "
              "pasabot ipasabot kalainan pareha palihug gamiton gikan dili".split()),
    {"ug": "and", "og": "a", "unya": "and", "sa": "in the", "ang": "the", "nato": "our", "nga": "that", "dili": "not",
     "akong": "my", "nako": "my", "namo": "our",
     "atong": "our", "imong": "your", "iyang": "its", "ilang": "their", "kay": "because", "karon": "now",
     "kini": "this", "kining": "this", "kanang": "that", "ganiha": "earlier"},
    r"diay|gyud|gud|pud|usab|kaayo|bai|dong|palihug|salamat")

LANGUAGES = (TAMIL, GREEK, MALAY, CEBUANO)
#: The names speakers' reviews give them (glossary/tabled_more.py).
NAMES = ("Tamil", "Greek", "Malay", "Cebuano")
