"""Portuguese, of Brazil and of Portugal and Mozambique, as people at work type it: the phrases that ask about a term,
with their English, read by glossary/foreign_asks.py with the other languages' phrases (glossary/foreign_phrases.py
reads these first). PORTUGUESE, last, is the language's table of small words (glossary/foreign_words.py lists it).

Brazilian chat asks after the term ("sre é o que", "dhcp faz o quê mesmo?", "ddos significa oq?"); formal European
Portuguese asks with a whole clause ("Qual é a definição de X?", "Em que consiste?", "De que se trata?", "A que se
refere a sigla FAR?", "Que acordo é esse?") or a request ("Agradeço esclarecimento sobre o significado.", "Gostaria de
compreender o conceito de X."). As there, every phrase is a pattern with no nested quantifier, and HINTS holds the
words at least one of them needs.
"""

from __future__ import annotations

from glossary.language_table import Language

_END = r"(?=\s*+[?!.,;:)]|\s*+$)"  # the phrase closes its clause
_OF = r"\s+(?:de|do|da|dos|das)(?=\s)"  # "of", "of the", a name after it
_EXACTLY = r"(?:\s+(?:exatamente|exactamente|mesmo|afinal|ao\s+certo|de\s+verdade|na\s+pr[aá]tica))*+"
_QUALITY = r"(?:\s+(?:formal|exata|exacta|oficial|correta|correcta|t[eé]cnica|precisa|clara))?"
_DEFINITION = r"defini[cç][aã]o" + _QUALITY
_MEANING = r"(?:significado|sentido|conceito)"
_THIS = r"(?:esta|este|essa|esse|estas|estes|essas|esses|isso|isto|aquilo)"
_WELL = r"(?:compreender|entender|perceber|saber|conhecer)"
#: Verbs of meaning as typed in a hurry: "Que signifca IGCE?", "o que siginifica WAN".
_MEANS_TYPED = r"(?:signifca|siginifica|sgnifica|signfica|signifia|singnifica|sinifica)"
#: (pattern, English, opens a question, needs a "?" after it), as in glossary/foreign_phrases.py.
PHRASES: tuple[tuple[str, str, bool, bool], ...] = (
    # what the definition / meaning / concept is: "qual é a definição formal de X", "X: qual a definição?"
    (r"qual\s+(?:[eé]\s+)?(?:a\s+)?" + _DEFINITION + _OF, "what is the definition of", False, False),
    (r"qual\s+(?:[eé]\s+)?(?:a\s+)?" + _DEFINITION + _END, ", what is the definition", False, False),
    (r"qual\s+(?:[eé]\s+)?o\s+" + _MEANING + _OF, "what is the meaning of", False, False),
    (r"qual\s+(?:[eé]\s+)?o\s+" + _MEANING + _END, ", what does it mean", False, False),
    (r"(?:o\s+)?qu?e\s+" + _MEANS_TYPED, "what means", True, False),
    # "Que são split awards?", "Que é um CLIN?", "Que vem a ser um CLIN?" (the "o" of "o que" left out)
    (r"qu?e\s+s[aã]o(?=\s)", "what are", True, False),
    (r"qu?e\s+(?:[eé]|vem\s+a\s+ser)(?=\s+(?:um|uma|o|a|os|as)\s)", "what is", True, False),
    (r"(?:em|en)\s+que\s+consistem?" + _EXACTLY + _END, ", what is it", False, False),
    (r"(?:em|en)\s+que\s+consistem?" + _EXACTLY, "what is", True, False),
    (r"de\s+que\s+se\s+trata" + _END + r"|trata-se\s+de\s+qu[eê]" + _END, ", what is it", False, False),
    (r"(?:o\s+)?que\s+quer\s+(?:isso|isto)\s+dizer|o\s+que\s+(?:isso|isto)\s+quer\s+dizer", ", what does that mean",
     False, False),
    (r"a\s+que\s+corresponde(?:m)?\s+a\s+sigla" + _END, ", what does the acronym stand for", False, False),
    (r"a\s+que\s+(?:se\s+refere(?:m)?|corresponde(?:m)?)", "what is", True, False),  # "A que se referem os GAAP?"
    # "Que acordo é esse?", "Que normas são estas?": what kind of thing the name just said is
    (r"qu?e\s+[^\W\d_]{3,20}(?:\s+de\s+[^\W\d_]{3,20})?\s+(?:[eé]|s[aã]o)\s+" + _THIS + _END, ", what is that", False,
     False),
    (r"o\s*q(?:ue)?\s+[eé]\s+" + _THIS + _END, ", what is that", False, False),  # "owasp ... oq é isso"
    (r"(?:[eé]|eh)\s+o\s*qu[eê]" + _EXACTLY + r"(?:\s+(?:em\s+si|nesse\s+contexto|aqui))?" + _END, "means what", False,
     False),  # "utc é o que exatamente?", "ntlm é oque", "OCSP é o que em si?"
    # asked after the name: "dhcp faz o quê mesmo?", "contrato cpff, significa o quê?", "X significa oq por extenso"
    (r"faz\s+o\s+qu[eê]" + _EXACTLY, ", what does it do", False, False),
    (r"(?:significa(?:m)?|quer(?:em)?\s+dizer)\s+o\s+qu[eê]" + _EXACTLY, ", what does it mean", False, False),
    (r"(?-i:[Ee])(?:\s+(?:o|a|os|as))?(?=\s+[^\s,?]+(?:\s+[^\s,?]+){0,3}\s*\?(?![^?]{0,200}\?))", "and", True,
     False),  # "e crl?", "E o CVSS?": a follow-up, as "and X?"; not "e o WAF? já está ligado?", its state asked
    (r"(?:^|(?<=[.!?,;:\n] ))explica(?:(?=(?:\s+[^\s.!?,]+){1,6}(?:\s+(?:pf|pfv|porfa|por\s+favor))?\s*(?:[.!?]|$))"
     r"(?!\s+(?:ao|aos|à|às|a|al|en|no|na|nos|nas|em|pro|pra|para|por|porque|que|isso|isto)\b)(?![^.!?]{0,80}\b(?:al|ao"
     r"|aos|à|às|pro|pra|mañana|amanhã|amanha|hoy|hoje|reunión|reunião|email|correo)\b)|(?=\s+(?:ao|aos|à|às|a"
     r"|al)\b[^?.]{0,80}\b(?:o\s+que|qual|quais|qu[eé]\s+es)\b))", "explain", True, False),  # "explica agile pf",
    # "explica à malta o que é X"; not a task ("ela explica o KPI amanhã", "explica el KPI al equipo mañana")
    # asking to have it explained: "alguém explica?", "podem explicar?", "me explica X", "Gostaria de compreender o
    # conceito de X", "Agradeço esclarecimento sobre o significado", "Solicito esclarecimento sobre o código NAICS"
    (r"algu[eé]m\s+(?:me\s+|nos\s+)?explica|(?:voc[eê]s?\s+)?(?:pode(?:m|ria|riam)?|consegue(?:m)?)\s+(?:algu[eé]m\s+)?"
     r"(?:me\s+|nos\s+)?(?:explicar|esclarecer)|me\s+explica|explica(?:-me|-nos)", "explain", False, False),
    (r"(?:gostaria|gostava|queria)\s+de\s+(?:" + _WELL + r"|uma\s+(?:breve\s+)?(?:explica[cç][aã]o|defini[cç][aã]o)"
     r"(?:\s+(?:sobre|de|do|da|acerca\s+d[eoa]))?)", "please explain", False, False),
    (r"(?:agrade[cç]o|agradecia|agradecemos|agradecer[ií]amos|solicito|solicitamos|pe[cç]o|pedimos)\s+(?:uma\s+|um\s+|"
     r"algum\s+|alguma\s+)?(?:breve\s+)?(?:explica[cç][aã]o|esclarecimento|defini[cç][aã]o|ajuda\s+para\s+"
     + _WELL + r")(?:\s+(?:sobre|de|do|da|acerca\s+d[eoa]))?", "please explain", False, False),
    (r"algu[eé]m\s+conhece", "does anyone know", False, False),  # "alguém conhece a sigla UCA?"
    # the same or not: "X e Y são equivalentes?", "X é o mesmo que Y?", "IGE e IGCE são o mesmo documento?"
    (r"[eé]\s+(?:equivalente\s+(?:ao?|à)|o\s+mesmo\s+que|a\s+mesma\s+coisa\s+que|igual\s+(?:ao?|à))(?=\s)",
     "is the same as", False, False),
    (r"[eé]\s+(?:semelhante|parecid[oa]|similar)\s+(?:ao?|à|com)(?=\s)", "is similar to", False, False),
    (r"s[aã]o\s+(?:equivalentes|o\s+mesmo|a\s+mesma\s+coisa|iguais)(?:\s+(?:documento|conceito|coisa|termo))?" + _END,
     ", are they the same", False, False),
    (r"como\s+se\s+distinguem|em\s+que\s+(?:se\s+)?diferem|como\s+(?:se\s+)?diferenciam", ", how do they differ",
     False, False),
    (r"diferen[cç]a" + _END, "difference", False, False),  # "Secured loans e unsecured loans: diferença?"
    (r"qu?e\s+mede(?:m)?", "what is", True, False),  # "Que mede o beta de uma acção?"
)

HINTS = frozenset("qual definição definicao significado sentido conceito são sao signifca siginifica sgnifica "
                  "signfica signifia singnifica sinifica vem consiste consistem trata trata-se quer corresponde "
                  "correspondem refere referem faz significa significam explica explicar esclarecer explica-me "
                  "explica-nos gostaria gostava queria agradeço agradeco agradecia agradecemos agradeceríamos "
                  "agradeceriamos solicito solicitamos peço peco pedimos conhece equivalente equivalentes mesmo "
                  "igual iguais semelhante parecido parecida similar distinguem diferem diferenciam diferença "
                  "diferenca mede medem e".split())

#: Portuguese: "o que quer dizer idempotence nesse contexto de API?", "X é o Y, certo?".
PORTUGUESE = Language(
    frozenset("quer dizer você vocês nesse nessa neste nesta isso também então né tá pra não certo qual é são uma "
              "sigla significado definição conceito gostaria alguém galera prezados estimados exatamente aquilo malta "
              "fixe".split()),
    {"sei": "know", "nesse": "in this", "nessa": "in this", "neste": "in this", "nesta": "in this",
     "contexto": "context", "a sigla": "the acronym", "sigla": "acronym", "o termo": "the term", "termo": "term",
     "significado": "meaning", "definição": "definition", "conceito": "concept", "sobre": "about", "é": "is",
     "são": "are", "e": "and", "ou": "or", "com": "with", "por extenso": "in full", "exatamente": "exactly",
     "exactamente": "exactly", "certo": "right", "isto": "this",
     "de": "of", "do": "of the", "da": "of the", "dos": "of the", "das": "of the", "em": "in", "no": "in the",
     "na": "in the", "pra": "for", "também": "also", "aqui": "in this context", "então": "so", "não": "not",
     "mas": "but", "nos": "in the", "num": "in a", "numa": "in a", "pelo": "by the", "pela": "by the",
     "ao": "to the", "aos": "to the", "um": "a", "uma": "a", "isso": "that", "aquilo": "that",
     "para quem não sabe": "for those who don't know"},
    r"né|tá|gente|pessoal|malta|pá|pf|pfv|kkk+")
