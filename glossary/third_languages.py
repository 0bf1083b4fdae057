"""Tamil in Latin letters (as Chennai engineers type it), Greek in Latin letters, Malay, and more of Quebec French:
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
                  "quoi".split())

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

LANGUAGES = (TAMIL, GREEK, MALAY)
#: The names speakers' reviews give them (glossary/tabled_more.py).
NAMES = ("Tamil", "Greek", "Malay")
