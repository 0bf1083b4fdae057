"""Question words of other languages read as their English: "o que é SIEM?", "VPC significa o que?", "qual a
diferença entre IDS e IPS?", "data mining c'est quoi", "Was bedeutet SOAR ...", "¿qué es un SLA?", "wat betekent
MVP?", "KPI ne demek", "WACC shi shenme", "xfs qué es?", "MTTR matlab kya hai", "CNAME itu apa ya?", "c quoi un
QASP", "CSRF ni nini?", "cosa intendono?".

People whose first language is Portuguese, Spanish, French, German, Italian, Dutch, Turkish, Mandarin, Hindi,
Indonesian or Swahili often ask in their own words around an English term, before it or after it ("KPI ne demek",
"xfs qué es?", "VLAN artinya apa?"). Only the words that ask are read ("what is", "means", "the difference between",
"the same thing"), in phrases that are not English ("o que é", "qué es", "c'est quoi", "was ist", "kya hai", "itu
apa"), then the small words around the term, in lower case, that would otherwise pass for acronyms or hide an
owner ("isso", "ça": "that"; "il", "du", "nostro", "avec": "the", "of the", "our", "with"); none of them is a word
of English or an acronym in lower case ("des", "sem", "com" stay); a language's own small words only in a message
that language marks (glossary/foreign_words.py). A phrase that opens a question in its language counts where a
question opens (the start, after a mark, a conjunction, a greeting or laughter), or right after a word when it
closes its clause ("rto qué significa en DR": read "rto, what does it mean in DR"); never after a verb of knowing
("já sei o que é SIEM", "ya sé qué es", "mujhe pata hai SLA kya hai"). A bare "means" only before a question mark.
The joining word ("e", "y", "et", "und", "aur", "dan") reads "and". Only a message with such a phrase is
rewritten: runs of blanks made one, one pass of one pattern, each match looking back a few characters only and
each quantifier bounded or possessive, then one pass of another per language: linear in the message's length.
"""

from __future__ import annotations

import re
from functools import cache

from glossary import foreign_words
from glossary.common_words import is_laughter

_IS = r"(?:[eé]|es|est|ist|[eè])"  # "is" in Portuguese, Spanish, French, German, Italian
_DIFFERENCE = r"(?:diferen[cç]a|diferencia|diff[eé]rence|differenza)"
_SAME = r"(?:a\s+|la\s+|lo\s+|das\s+)?(?:mesma\s+coisa|misma\s+cosa|mismo|m[eê]me\s+chose|gleiche|stessa\s+cosa)"
_ITU = r"(?:itu|tuh|ini)"  # Indonesian "that", "this": "CNAME itu apa"
_HAI = r"(?:hai|hain|h)"  # Hindi "is", typed short too: "kya h"
#: (pattern, English, opens a question, needs a "?" after it): accents optional ("o que e", "que es").
_PHRASES: tuple[tuple[str, str, bool, bool], ...] = (
    (r"(?:qual|cu[aá]l|quelle)\s+(?:" + _IS + r"\s+)?(?:a\s+|la\s+)?" + _DIFFERENCE + r"\s+(?:entre|tra|fra)",
     "what is the difference between", False, False),
    (r"(?:qual|cu[aá]l|quelle)\s+(?:" + _IS + r"\s+)?(?:a\s+|la\s+)?" + _DIFFERENCE, "what is the difference",
     False, False),
    (r"(?:la\s+|a\s+|der\s+)?(?:" + _DIFFERENCE + r"|unterschied)\s+(?:entre|tra|fra|zwischen)",
     "the difference between", False, False),
    (r"(?:algu[eé]m|alguien)\s+(?:sabe|me\s+explica)(?:\s+o)?\s+qu[eé](?:\s+(?:[eé]|es))?", "does anyone know what is",
     False, False),
    (r"o\s+q(?:ue)?\s+(?:significa|quer\s+dizer)|qu[eé]\s+(?:significa|quiere\s+decir)|que\s+(?:signifie|veut\s+"
     r"dire)|was\s+(?:bedeutet|hei(?:ß|ss)t)|(?:che\s+)?cosa\s+(?:significa|vuol\s+dire)|che\s+significa",
     "what means", True, False),
    (r"o\s+q(?:ue)?\s+s[aã]o|qu[eé]\s+son|was\s+sind|(?:che\s+)?cosa\s+sono", "what are", True, False),
    (r"was\s+ist\s+das(?=\s*+[?!.]*+\s*+$)", "what is that", True, False),
    (r"o\s*q(?:ue)?\s+(?:[eé]|eh)(?!\s+que)|qu[eé]\s+es|qu'est[- ]ce\s+que\s+c'est|qu'est[- ]ce\s+qu(?:e|')|"
     r"was\s+ist(?!\s+(?:mit|los|passiert|denn))|(?:che\s+)?cos(?:'|a\s+)[eè]", "what is", True, False),
    # Spanish: "ldap para qué sirve", "qué hace un hypervisor", "cómo funciona X", "explícame X", "qué era libor"
    (r"(?:para|pa|pra)\s+qu[eé]\s+(?:sirven?|se\s+usan?)", "is used for what", False, False),
    (r"qu[eé]\s+hacen?", "what does", True, False),
    (r"c[oó]mo\s+funcionan?|come\s+funziona(?:no)?", "how does it work", False, False),
    (r"c[oó]mo\s+se\s+(?:configura|instala|activa|usa|hace|pone|conecta)", "how do you configure", True, False),
    (r"c[oó]mo\s+(?:defines|se\s+define)", "how do you define", True, False),
    (r"qu[eé]\s+era", "what was", True, False),
    (r"expl[ií]ca(?:me|nos)|me\s+explicas|me\s+puedes\s+explicar", "explain", False, False),
    # Italian: "cosa intendono?", "CI/CD spiegamelo semplice pls" ("cosa significa" is read above)
    (r"(?:che\s+)?cosa\s+intend(?:ono|i|e|ete)(?=\s*+[?!.]*+\s*+$)", "what do they mean by that", True, False),
    (r"(?:che\s+)?cosa\s+intend(?:ono|i|e|ete)(?:\s+(?:con|per))?", "what do they mean by", True, False),
    (r"spiega(?:melo|mi|ci|celo)|mi\s+spieghi|me\s+lo\s+spieghi", "explain", False, False),
    (r"definici[oó]n", "definition", False, False),
    # Hindi in Latin letters, asked after the term: "MTTR matlab kya hai", "CUI kya hai", "SME kaun hota hai",
    # "DHCP ka full form kya hai", "X aur Y mein kya difference hai", "LDAP samjha do"
    (r"(?:(?:ka|ki|ke)\s+)?matlab\s+kya(?:\s+(?:hota\s+|hoti\s+)?" + _HAI + r")?", ", what does it mean", False, False),
    (r"(?:ka|ki|ke)\s+matlab", "means", False, False),
    (r"(?<!\bin )(?<!\bor )(?<!\bvs )(?<!\band )(?<!\bof )(?<!\bis )(?<!\bthe )(?<!\buse )(?-i:matlab)(?=\s*\?)",
     "means", False, False),  # "VLAN matlab?"; not "what is MATLAB?", "is matlab?"
    (r"(?:ka|ki|ke)\s+full\s+form(?:\s+kya\s+" + _HAI + r")?", "full form", False, False),
    (r"(?:mein|me)\s+(?:kya\s+)?(?:difference|farak|fark|farq|antar)(?:\s+kya)?(?:\s+" + _HAI + r")?", "difference",
     False, False),
    (r"same\s+(?:hi\s+)?(?:hai|hain)(?:\s+kya)?", "are the same", False, False),
    (r"(?<!\bse )(?:alag\s+(?:hai|hain|h)(?:\s+kya)?|alag\s+kya)", ", are they different", False, False),  # "X aur Y
    # alag hai kya?"; not "BIOS se alag hai?" (different from BIOS), said of one term
    (r"kya\s+(?:hota|hoti|hote)\s+" + _HAI + r"|kya\s+" + _HAI + r"\b", ", what is it", False, False),
    (r"kaun\s+(?:hota|hoti|hote)\s+" + _HAI + r"|kaun\s+" + _HAI + r"\b", ", who is it", False, False),
    (r"samjha\s+(?:do|dijiye|de)|samjhao|samjhaiye", "explain", False, False),
    # Indonesian: "CNAME itu apa ya?", "VLAN artinya apa?", "apa itu SLA", "X dan Y bedanya apa", "jelasin dong"
    (r"apa\s+itu", "what is", True, False),
    (r"(?:" + _ITU + r"\s+)?(?:arti|maksud)(?:nya)?\s+(?:apa|gimana)", ", what does it mean", False, False),
    (r"apa\s+(?:maksud|arti)(?:nya)?", "what does it mean", True, False),
    (_ITU + r"\s+sama\s+(?:atau\s+beda|gak|nggak|ga|enggak)|sama\s+atau\s+beda", "the same?", False, False),
    (r"(?:singkatan(?:\s*+nya)?(?:\s++dari)?|kepanjangan(?:\s*+nya)?)\s++apa", ", what does it stand for",
     False, False),
    (r"(?:" + _ITU + r"\s+)?(?:fungsi(?:\s*+nya)?|buat|untuk)\s++apa", ", what is it used for", False, False),
    (r"(?:" + _ITU + r"\s+)?(?:ngapain|kerjaannya\s+apa)", ", what does it do", False, False),
    (r"(?:barang\s+)?apa\s+(?:itu|tuh)(?=\s*+[?!.]*+\s*+$)", "what is that", False, False),
    (_ITU + r"\s+(?:[^\W\d_]+\s+)?(?:apa(?:an)?|singkatan\s+apa)|apaan", ", what is it", False, False),
    (r"apa\s+beda(?:\s*+nya)?(?:\s++antara)?", "what is the difference between", True, False),
    (r"beda(?:\s*+nya)?\s++(?:apa|di\s*mana)", "difference", False, False),
    (r"definisi(?:\s*+nya)?(?:\s++\w++)?\s++apa", "definition", False, False),
    (r"(?<!\bin )(?<!\bor )(?<!\bvs )(?<!\band )(?<!\bof )(?<!\bis )(?<!\bthe )(?<!\bto )(?-i:apa)"
     r"(?=(?:\s*+(?:ya+|sih|dong|deh))?\s*+[?!.]|\s*$)", ", what is it", False, False),  # not "cite in APA?"
    (r"(?:tolong\s+)?(?:jelasin|jelaskan)", "explain", False, False),
    # Swahili: "CSRF ni nini?", "Maana yake?", "Hii ni nini?", "PKI inamaanisha nini?", "nieleze kwa ufupi", "na X je?"
    (r"(?:hii|hiyo|hizo|hicho)\s+ni\s+nini|ni\s+nini\s+(?:hii|hiyo|hizo)|ni\s+zipi\s+hizo", "what is that", True,
     False),
    (r"maana\s+yake(?:\s+ni\s+(?:nini|gani))?(?=(?:\s++[^\W\d_]++)?\s*+(?:[?!.]|$))|(?:in)?a?maanisha"
     r"(?:\s+nini)?", ", what does it mean", False, False),  # not "CI imefail, maana yake ...": "which means"
    (r"ni\s+nini(?:\s+hasa)?", ", what is it", False, False),
    (r"tofauti\s+(?:kati\s+)?ya", "the difference between", False, False),  # "tofauti kati ya X na Y ni nini?"
    (r"tofauti\s+(?:ni\s+gani|ni\s+nini|yao|yake)", "what is the difference", False, False),
    (r"(?:hao|hawa)\s+ni\s+(?:kina\s+)?nani", "who are they", True, False),
    (r"maana(?=\s*+[?!.]*+\s*+$)", ", what does it mean", False, False),  # "accounts receivable maana"
    (r"ni\s+gani(?=\s*[?!.]|\s*$)", "is what", False, False),  # "textbook definition ni gani?"
    (r"niel[e]?ze(?:e)?|elezea|eleza", "explain", False, False),
    (r"tafadhali", "please", False, False),  # "Explain tafadhali": a word of the language, read with its small words
    (r"(?-i:^na)(?=\s+[^\s,]+(?:\s+[^\s,]+)?\s*(?:je\s*)?\?\s*$)", "and", True, False),  # "na pod?", "na CPI je?"
    # French, as Quebec types it too: "c quoi un QASP", "OMB c'est quoi comme organisme?", "c'est qui",
    # "comment ça marche", "c'est-tu la même affaire?"
    (r"(?:c'est|c)\s+quoi(?=\s+\w)", "what is", True, False),
    (r"c'est\s+quoi|c\s+quoi(?=\s*[?!.]|\s*$)", ", what is it", False, False),
    (r"c'est\s+qui|qui\s+c'est", "who is", True, False),
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
    # Turkish, asked after the term: "KPI ne demek", "sku nedir", "vpn ne işe yarar", "X nasıl çalışır", "X ile Y
    # arasındaki fark"
    (r"ne\s+demek(?:tir)?", "means what", False, False),
    (r"nedir", "is what", False, False),
    (r"ne\s+i[şs]e\s+yar(?:ar|[ıi]yor)", "is used for what", False, False),
    (r"nas[ıi]l\s+[çc]al[ıi][şs](?:[ıi]r|[ıi]yor)(?:\s+m[ıi])?", "how does it work", False, False),
    (r"aras[ıi]ndaki\s+fark(?:\s+ne(?:dir)?)?", "difference", False, False),
    # Mandarin pinyin, after the term: "WACC shi shenme", "beta shenme yisi" (characters: _MEANS_WHAT, _IS_WHAT)
    (r"shen\s*me\s+yi\s*si", "means what", False, False),
    (r"shi\s+shen\s*me(?!\s*(?:shi\s*hou|shi\s*jian|di\s*fang|ren|yang))", "is what", False, False),  # not "when"
)
#: Mandarin in characters, which no word boundary parts from the term before them ("beta是什么").
_MEANS_WHAT = re.compile("是?什么意思")
_IS_WHAT = re.compile("是什么(?!时候|时间|地方|人|样)")  # "是什么时候": when


@cache
def _asks() -> re.Pattern[str]:
    """Every phrase in one pattern, compiled on the first message with a hint of another language (start-up reads
    English only)."""
    return re.compile("|".join(f"(?P<p{n}>(?<![\\w']){pattern}(?![\\w']))"
                               for n, (pattern, *_) in enumerate(_PHRASES)), re.I)


#: Small words of those languages read once the message asks in one: pronouns that would pass for acronyms
#: ("isso" for ISSO, "ça" for CA), articles, owners and prepositions around the term ("le statut du VPN").
_SMALL = {"o": "the", "la": "the", "lo": "the", "um": "a", "uma": "a", "un": "a", "una": "a", "une": "a",
          "ein": "a", "eine": "a", "einen": "a", "uno": "a", "isso": "that", "isto": "that", "esto": "that",
          "eso": "that", "ça": "that", "cela": "that", "ceci": "that", "questo": "that", "quello": "that",
          "le": "the", "les": "the", "el": "the", "los": "the", "las": "the", "der": "the", "il": "the",
          "du": "of the", "del": "of the", "della": "of the", "avec": "with", "con": "with", "mit": "with",
          "dans": "in", "pour": "for", "para": "for", "für": "for", "e": "and", "y": "and", "et": "and",
          "und": "and", "ou": "or", "oder": "or", "nosso": "our", "nossa": "our", "nuestro": "our",
          "nuestra": "our", "notre": "our", "unser": "our", "unsere": "our", "nostro": "our", "nostra": "our",
          "mio": "my", "mia": "my", "meu": "my", "minha": "my", "mein": "my", "meine": "my", "mon": "my",
          "een": "a", "het": "the", "onze": "our", "mijn": "my", "en": "and", "voor": "for",
          "ile": "and", "ve": "and"}
_SMALL_WORDS = re.compile(r"(?<![\w'&/.-])(" + "|".join(_SMALL) + r")(?![\w'&/.-])")
_OWNED = re.compile(r"\bthe (our|my|your|their)\b")  # "o nosso WACC", "il nostro RTO": "our WACC", "our RTO"
#: Before a question opening mid-message: a greeting, an interjection or a conjunction ("opa, ...", "e o que é").
_OPENERS = frozenset("oi ola olá opa hola hi hey hallo hoi bonjour salut ciao cara gente pessoal bom dia e y et und "
                     "en mas pero mais aber ma maar merhaba selam abi hocam".split())
#: "I know" in Hindi and Indonesian, which may stand before or after what is known: a remark, not a question.
_KNOWN = re.compile(r"\b(?:pata\s+(?:hai|h)\b(?!\s+kya)|ma?lo+m\s+hai|jaa?nta\s+h(?:oo|u)n?|(?:aku|saya|gue|gw)\s+"
                    r"(?:udah\s+|sudah\s+)?(?:tahu|tau|ngerti|paham))\b", re.I)
_SPACED_COMMA = re.compile(r"(?<![ \t])[ \t]+,")
#: What may follow a phrase asked after its term: a filler, then a mark, the end, or a field ("en DR", "in prod").
_CLAUSE_END = re.compile(r"\s*+(?:(?:g[üu]ey|wey|neta|exactamente|formalmente|realmente|j[aeio](?:j[aeio])++|[çc]a)\b"
                         r"\s*+)*+"
                         r"(?:[?!.,;:()\n\u00bf]|$|(?:en|em|in|dans|im|no|na|para|pa|sur|pour|au|comme|au\s+juste|"
                         r"exactement|on|for|as|like|per|di)\s)", re.I)
_KNOWING = frozenset("sé se sei sais sait weiß weiss entendí entendi entiendo sabe sabes saben sabemos lo bien "
                     "o".split())  # "ya sé lo que es": a relative, no question
#: A phrase asked after its term, in English: "ssp qué es en fedramp" reads "ssp, what is it in fedramp" (a field
#: after it is no subject: "sprint kya hota hai agile mein" asks about the sprint, not agile).
_AFTER_TERM = {"what is": ", what is it", "what are": ", what are they", "what means": ", what does it mean",
               "what does": ", what does it do", "what was": ", what was it", "who is": ", who is it"}
#: "windows 11 pide tpm, qué es?", "LIBOR di loan agreement lama. artinya apa?": the phrase is all the question
#: says (but particles), so it points back at what was named before.
_ALONE = re.compile(r"(?:\s*+(?:ya+|sih|dong|deh|tuh|nih)\b)*+\s*+(?:[?!.]+|$)", re.I)
_TAILS = frozenset({"is used for what", "means what", "is what"})  # said after their term
_POINTED = {"what is": "what is it", "what are": "what are they", "what means": "what does it mean"}


#: Words one of the phrases above must hold: a message with none of them is English all through (the common case,
#: read by one cheap pass instead of the phrases' pattern).
_HINTS = frozenset("qual cuál cual quelle diferença diferenca diferencia différence differenza unterschied entre tra "
                   "fra zwischen alguém alguem alguien o oq oque q que qué qu'est c'est ça ca was che cosa cos'è cos'e "
                   "veut quoi significa significan significam signifie bedeutet heißt heisst vuol quer quiere são sao "
                   "son sont sind sono mesma misma mismo même meme gleiche stessa pareil exatamente exactamente "
                   "exactement esattamente genau eigentlich eigenlijk precies verschil verschillen betekent betekenen "
                   "bedoelen bedoel bedoelt bedoeld hetzelfde uitleg wat ne nedir demek demektir nasıl nasil "
                   "arasındaki arasindaki shenme shen funciona funcionan explícame explicame explícanos explicanos "
                   "explicas definición definicion kya matlab kaun samjha samjhao samjhaiye apa apaan artinya arti "
                   "maksudnya maksud bedanya beda singkatan singkatannya kepanjangan kepanjangannya jelasin jelaskan "
                   "fungsinya fungsi c pis comment puedes define ka ki ke hai hain sama ngapain kerjaannya buat "
                   "untuk barang funziona funzionano intendono intendi intende intendete spiegami spiegamelo spiegaci "
                   "spiegacelo "
                   "spieghi precisamente davvero veramente nini maana inamaanisha amaanisha maanisha gani nieleze "
                   "nielezee elezea eleza zipi je tofauti hao hawa alag tafadhali".split())


def english(text: str) -> str | None:
    """`text` with its question words of another language in English, or None when it has none."""
    found = False
    if "什么" in text:
        said = _IS_WHAT.sub(" is what", _MEANS_WHAT.sub(" means what", text))
        found, text = said != text, said  # not "为什么" (why), "什么时候" (when)
    elif _HINTS.isdisjoint(foreign_words.TOKEN.findall(text.lower())) and text[:3].lower() != "na ":
        return None  # (a Swahili follow-up opens "na X?": "and X?")
    if _KNOWN.search(text):
        return None  # "mujhe pata hai SLA kya hai", "aku udah tahu CNAME itu apa": the asker knows it
    text = foreign_words.BLANKS.sub(" ", text)  # as the pipeline reads it: no run of blanks for a pattern to retry
    last_mark = text.rfind("?")

    def replaced(match: re.Match[str]) -> str:
        nonlocal found
        _, english_words, opens, needs_mark = _PHRASES[int(match.lastgroup[1:])]  # type: ignore[index]
        if needs_mark and match.end() > last_mark:
            return match.group(0)
        opening = _opens_question(text, match.start())
        if (english_words.startswith(", ") or english_words in _TAILS) and not text[:match.start()].strip() \
                and not _ALONE.match(text, match.end()):
            return match.group(0)  # asked after a term, with none before it: "para qué sirve tener un SLA si ..."
        if english_words == ", are they different" and not foreign_words.pair_before(text, match.start()):
            return match.group(0)  # "CI aur CD pipeline humare repo mein alag hai kya?": separate, not different
        if match.group(0)[:2].lower() == "ni" and foreign_words.head_first(text, match.start()):
            return match.group(0)  # "IP ya DNS server ni nini?": the IP of the DNS server asked, not DNS
        if opens and not opening:
            if not _asked_after_term(text, match):
                return match.group(0)  # "já sei o que é SIEM": a remark, not a question
            english_words = _AFTER_TERM.get(english_words, english_words)  # "scrum master qué hace": does what
        elif match.start() and english_words in _POINTED and opening and _ALONE.match(text, match.end()):
            english_words = _POINTED[english_words]  # "X, qué es?": what is it?
        if english_words.startswith(", ") and opening:
            english_words = english_words[2:]  # "LIBOR di loan agreement lama. artinya apa?": what does it mean?
        found = True
        return english_words

    read = _asks().sub(replaced, text)
    if not found:
        return None
    read = _SPACED_COMMA.sub(",", read)  # "sprint , what is it": the phrase's comma follows the term
    read = foreign_words.in_english(read, foreign_words.marked(text))  # "en DR": "in", not Dutch "and"
    return _OWNED.sub(r"\1", _SMALL_WORDS.sub(lambda m: _SMALL[m.group(1)], read))


def _asked_after_term(text: str, match: re.Match[str]) -> bool:
    """A phrase that opens a question in its own language, typed right after a word and closing its clause, asks
    about that word ("xfs qué es? rhel lo pone", "rto qué significa en DR"), as Turkish and Mandarin ask; not
    after a verb of knowing ("ya sé qué es, gracias") nor before a word it asks about ("ya entendí qué es SIEM")."""
    before = text[max(0, match.start() - foreign_words.LOOK_BACK):match.start()].split()
    return bool(before) and before[-1].lower().strip(",") not in _KNOWING \
        and _CLAUSE_END.match(text, match.end()) is not None


def _opens_question(text: str, start: int) -> bool:
    """A question may open at `start`: the message's start, a mark, or an opener word right before it."""
    before = text[max(0, start - foreign_words.LOOK_BACK):start].rstrip()
    if not before or before[-1] in ",.;:!?-\u2013\u2014\u2026\u00bf\u00a1(":
        return True
    last = before.split()[-1].lower()
    return last in _OPENERS or is_laughter(last)
