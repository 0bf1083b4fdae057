"""Pull the asked-about term out of how people really ask.

"wtf is an SLA??", "can someone explain `tech debt` to me", "<@U123> CAC meaning"
all become the subject the matcher looks up. Because phrasings overlap ("what's the
definition of done" asks about "definition of done", not "done"), `subject_candidates`
returns every plausible reading, best first; the matcher accepts a later one only on
an exact hit, and typo-matches only the first.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

from glossary import chat_breaks, common_words, normalize, sense_marker
from glossary.asked_shapes import TELLING
from glossary.chat_breaks import EMOJI
from glossary.cue_words import FILLERS
from glossary.yes_no import DOUBT_NOUNS, MADE_UP, REAL

# Each pattern stops at the next "<" (or a fixed length), so none can scan far past where it started: linear
# time whatever the text ("<!" * 20000 once took a minute). Each names the character it needs: plain text skips it.
_MARKUP = [
    (re.compile(r"<[@#!][^<>]{0,200}>"), " ", "<"),               # Slack user/channel/special mentions
    (re.compile(r"<at>[^<]{0,200}</at>", re.I), " ", "<"),         # Teams mentions
    (re.compile(r"<(https?://[^|<>]{1,500})\|([^<>]{1,200})>"), r"\2", "<"),  # Slack links with a label
    (re.compile(r"<[^<>]{1,200}>"), " ", "<"),                     # any other tag
    (re.compile(r"(?<!\w)~[^~\n]{1,80}~(?!\w)"), " ", "~"),         # ~struck out~ words were taken back
    (re.compile(r":[a-z0-9_+\-]{1,60}:"), " ", ":"),               # :emoji: shortcodes
    (re.compile(r"(?<!`)`([A-Za-z]\w*_\w+)`(?!`)"), lambda m: f'"{m[1].replace("_", " ")}"', "`"),  # `a_field`
    (re.compile(r"[*_~`]+"), " ", ""),                             # bold, italics, strike, code
]
_SPACE = re.compile(r"\s+")
#: Typographic quotes, and the full-width marks of Chinese and Japanese input ("OKR is？", "quartile，Q1"), as typed
#: on an English keyboard: one character for one, so every offset still holds.
_MARKS = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"', "，": ",", "、": ",",
                        "？": "?", "！": "!", "：": ":", "；": ";", "（": "(", "）": ")", "。": ".", "\u3000": " "})

_ART = r"(?:(?:an?|the|this|that|these|those|our|your|my|their|some) )?"
_REF = r"(?:(?:term|word|acronym|abbreviation|abbrev|phrase|expression|buzzword|item|concept) )?"
#: "the concept of", "the basics of": the idea of a term asked is the term ("teach me the concept of TVM").
_IDEAS = "concept|idea|notion|basics|gist|essence|fundamentals|principle|meaning"
_IDEA_OF = rf"(?:(?:{_IDEAS}) of )?"
_S = rf"(?P<art>{_ART})(?:(?P<idea>{_IDEA_OF[:-1]})|(?P<ref>{_REF})){_ART}(?P<s>.+?)"
#: Words a message opens with before it asks; "right", "well", "like" only before another opener
#: or a mark ("right so what is X"), never a name's first word ("right to work law", "like-kind exchange")
_LEAD = (r"(?:(?:hey|hi|hello|yo|ok|okay|so|um+|uh+|hmm+|sorry|please|pls|plz|abeg|quick q(?:uestion)?|question|q|"
         r"help|guys|folks|team|all|and|but|also|btw|exactly|actually|just|"
         r"alexa|siri|olly|cortana|pda|bot|jargon ?bot|alright|basically|anyway|"
         r"(?:right|well|like)(?=[\s,]+(?:so|um+|uh+|like|what|whats)\b|\s*[,.!?]))[\s,:;.!?-]+)*")
_POLITE = (r"(?:(?:can|could|would|will) (?:you|u|someone|somebody|anyone|any ?one|any ?body) (?:please |pls )?"
           r"|please |pls |plz )?")
_TAIL = (r"(?:\s+(?:again|exactly|actually|here|now|today|then|please|pls|plz|thanks|thank you|thx|ty|lol|haha|"
         r"for me|to me|for us|to us|in plain english|in simple terms|in plain language|in layman'?s terms|"
         r"like i'?m (?:five|5)|for (?:a )?(?:dummies|beginners|non-?techies|business people|engineers)|"
         r"in (?:this|the|our) (?:context|channel|thread|doc|email|meeting|message|chat)|"
         r"(?:(?:can|could) you |please |pls )?look it up(?: for me)?(?: now)?|in (?:a |the )?dictionary|"
         r"means?|stands? for|refers? to))*")
_MEANS = (r"(?:mean|means|meant|stand for|stands for|refer to|refers to|short for|an acronym for|"
          r"an abbreviation for|signify|look like|looks like)")
_TELLING = "(?:" + "|".join(sorted(TELLING)) + ")"  # "remind me what beta measures"
_IS = r"(?: (?:means?|is|are|stands? for|does|looks? like))?"
_CTX = r"(?P<c> (?:in|for|at|among|within|when talking about) [^?]{1,40}?)?"
_REAL = "|".join(sorted(REAL | MADE_UP | {"made up", "made-up"}))
_NOUNS = "|".join(sorted(DOUBT_NOUNS))
_BARE = rf"(?: (?:even|actually|really|truly))* (?:{_REAL}|exists?)"  # "is X real?", "does X actually exist?"
_OWNED = "(?:the|our|your|my|their|this|that|these|those|his|her|its)"  # "is our SLA real?" asks whether
_DOUBTED = rf"(?: (?:even|actually|really|truly|just|ever))* an? (?:(?:{_REAL}) (?:{_NOUNS})|{_REAL}|thing)"
# "is X (even) a (real) thing", "is X a made up word": doubting that it exists asks what it is
_ASKERS = (r"(?:tell me|tell us|remind me|help me understand|i (?:don'?t|do not|dont) (?:know|understand|get)|"
           r"i'?m not sure|not sure|no idea|idk|i have no idea|i'?d like to know|i want to know|i need to know|"
           r"i wonder|wondering|(?:what )?do you know|you know|show me|teach me|"
           # phrasal verbs of explaining: "walk me through", "fill me in on", "give me the gist of"
           r"(?:(?:walk|run|take|talk) (?:me|us) through|(?:school|educate|enlighten|fill) (?:me|us) (?:in )?on|"
           r"(?:give (?:me|us)|(?:i )?(?:need|want|would like)) (?:the|a) (?:quick |short |brief )?"
           r"(?:gist|lowdown|rundown|primer|crash course|overview) (?:of|on)|elaborate on)"
           r"(?! (?:the|our|this|that|these|those|my|your|his|her|their|today|last) (?!(?:" + _IDEAS + r") of)))")
# not "walk me through the invoice", "give me the rundown of the forecast": that one thing, gone over
_VERBS = (r"(?:define|explain|describe|clarify|expand|translate|decode|demystify|eli ?5|elif|spell out|unpack|"
          r"break down|look ?up|lookup|search for|find out)")  # not bare "search": "search engine optimization"
# Specific phrasings first; the generic "what is X" and "X meaning" last.
_PATTERNS = [
    rf"what does it mean (?:to be |to |when (?:you|we|they|people|someone) says? )?{_S}",
    rf"what (?:do|does|did) .{{1,40}}? mean by {_S}",
    rf"what(?:'s| is| was) meant by {_S}",
    rf"(?:what|wat|wut)(?:'s|s| does| do| did| is| are)? {_S} {_MEANS}{_CTX}",
    rf"what (?:does|do) {_ART}(?P<s>.+?) do{_CTX}",
    rf"what defines {_S}",
    rf"what(?:'s| is| about)(?: the (?:deal|story|thing|idea))? (?:with|about|behind) {_S}",
    rf"how (?:would|do|could|should|can|does) (?:you|i|we|one|.{{1,30}}?) (?:define|describe|explain|say) {_S}",
    rf"how (?:is|are) {_S} (?:defined|described|explained)",
    rf"how (?:does|do|would|will) {_S} look(?: like)?",
    rf"(?:.{{0,60}}? )?(?:the |a |an )?(?:meanings?|definitions?|defn|def|full form|expansion|descriptions?|"
    rf"explanation|details|specs|origin)(?: of the word)? (?:of|for|to|on|about) {_S}",
    rf"{_POLITE}{_VERBS}[:,]?(?: (?:and|&) (?:define|explain|describe))?(?: to me| for me| for us)?(?: about)?"
    rf"(?: what)?(?: ?(?:'s|is|are|does|do))? {_S}{_IS}",
    rf"{_POLITE}{_ASKERS}(?: (?:all )?about)?(?: what)?(?: ?(?:'s|is|are|does|do))? {_S}{_IS}",
    r"(?:does anyone|anyone|does somebody|does someone|somebody|someone|do you|do u|does any ?one|any ?body)"
    rf"(?: here)? know (?:what )?{_S}{_IS}",
    r"(?:i (?:keep |often |always )?(?:hear(?:ing)?|see(?:ing)?|heard|saw)|people (?:keep )?(?:say(?:ing)?|"
    r"use|using|talk(?:ing)? about)|every(?:one|body) (?:keeps )?(?:say(?:s|ing)?|talk(?:s|ing)? about)) "
    rf"{_S}(?:,| -| but| and| all| a lot| everywhere| in| at| on| what).*",
    rf"(?:what|wat|wut) (?:means|constitutes) {_S}",  # a learner's "what does X mean"; "what constitutes X"
    r"(?:wtf|wth|wtaf|what the (?:heck|hell|fuck|f|eff)|what in the world|what on earth|what even|what exactly|"
    rf"whats?|wat|wut|wht)(?:'s| is| are| r|s)?(?: (?:even|exactly|actually))?(?: is)? {_S}",
    rf"(?:who|what)(?:'s| is| are| r) {_S}",
    rf"{_S}(?<!\ba)(?<!\ban)(?<!\bthe)(?:'s)? (?:meaning|definition|def|defn|means|meant|stands for|explained|"
    r"explanation|acronym|"
    r"abbreviation|description|mean|stand for)(?: is)?(?: what)?(?: please| pls| plz)?",
    rf"{_S} (?:is|are|means|mean) what",
    # an embedded question after any lead-in, in a statement's word order: "any idea what VM is?", "I was
    # wondering what COTS means", "trying to figure out what CI stands for" (the verb ends the clause); never
    # after "the/our/this ..." (one thing's value: "curious what the return is")
    rf"(?:[\w',-]+ ){{1,8}}?what (?!{_OWNED} ){_S} (?:is|are|means?|stands? for|refers? to|{_TELLING})",
    rf"(?:is|are|does|do) (?:an? )?(?!{_OWNED} )(?P<s>.+?)(?:{_DOUBTED}|{_BARE})",
    rf"(?:is|are) the (?P<s>.+?){_DOUBTED}",  # "is the metaverse a real thing?", not "is the IPO real?"
    rf"(?:term|word|acronym|abbreviation|whatis|what is|wtf) {_S}",
]
_COMPILED = [re.compile(rf"^{_LEAD}{p}{_TAIL}$", re.I) for p in _PATTERNS]
_TRAILING_PUNCT = re.compile(r"[\s?!.,;:=]+$")  # "X = ?": the sign asks, it names nothing
_LEADING_PUNCT = re.compile(r"^[\s?!.,;:>\"'(\[-]+|^[$%]\s+")  # "$ whatis cidr": a shell prompt typed
_QUOTES = re.compile(r"\"|(?<!\w)'|'(?!\w)")
_CLAUSE_BREAK = re.compile(r"[.?!;:,]+\s+|\s+-+\s+")
_DASH = re.compile(r"^\s*\S+(?:\s+\S+)?\s*[\u2013\u2014]+\s*")  # "Anyhoo — what's X"; a longer heading: headed_away
#: A message said, not typed (words and the marks dictation writes, no quotes, brackets or dashes): its
#: sentences run on unmarked, so a "what" inside it may open the sentence asked ("... in the back what is X")
_SAID = re.compile(r"[\w\s'.?!,]*")
_ASKS_AGAIN = re.compile(r"(?<=\w)\s+(?=(?:what (?:is|are|does|do)|whats|what's)\s)", re.I)
_AFTERTHOUGHT = re.compile(r"\s*(?:,|\s(?:and|but|or|so|because|since))\s*(?:why|how|what|when|where|who|which|do|does|"
                           r"did|is|are|was|should|can|could|would|will|i|we|it|its|it's|give|tell|show)\b.*$",
                           re.I)
_PUNCTUATED = re.compile(r"[,;:.?!]\s")
_ARTICLE_START = re.compile(r"^(?:an?|the|our|your|my|their) (?=\S)", re.I)
_PARENTHESIS = re.compile(r"^(?P<outer>.+?)\s*\((?P<inner>[^()]{1,60})\)$")
_CONTEXT = re.compile(r"^(?P<head>.+?)(?-i:(?<! as))[,;:]? (?:in|for|at|among|within|when talking about|of an?) "
                      r"(?P<ctx>[^?]{1,40})$", re.I)  # not "CA as in certificate authority"
_NOT_A_SUBJECT = re.compile(  # ("apt in debian, what is exactly": the adverb is how it is asked, no subject)
    r"^(?:(?:what|whats|what's|wat|does|do|did|is|are|was|who|how|why|wtf|can|could|would|define|explain|tell)\b.*"
    r"|(?:the |this |that )?(?:it|this|that|dat|dis|these|those|them|they|you|u|me|us|he|she|one|word|term|thing|"
    r"something|anything|object|item|stuff)|exactly|actually|precisely|really|basically|again|anyway)$", re.I)
MAX_PEEL = 3
MAX_CONTEXT_WORDS = 6  # "PR in the marketing world", "CPM in ads = cost per thousand": a field in a few words
#: Words of a clause, not of a field's name: "the DC in reno is short", "the pod at X keeps restarting"
_CLAUSE = frozenset("i we you he she it they is are was were am be been has have had do does did keeps went".split())
MAX_TEXT = 400     # longer text is a message, not a question about a term: read only its start
MAX_CLAUSES = 8

MAX_CLEAN = 2_000  # what `clean` reads: a question needs 300 characters, markup included this is plenty


@functools.lru_cache(maxsize=16)  # one question's steps clean the same texts twice; no question's kept for long
def clean(text: str, limit: int = MAX_CLEAN) -> str:
    """Strip chat markup, HTML entities and emoji; collapse spaces. Reads at most `limit` characters."""
    text = html.unescape(html.unescape(text[:limit]))
    for pattern, replacement, needs in _MARKUP:
        if needs in text:
            text = pattern.sub(replacement, text)
    text = EMOJI.sub(" ", chat_breaks.parted(text)).translate(_MARKS)
    return _SPACE.sub(" ", text).strip()


def _tidy(subject: str) -> str:
    subject = _QUOTES.sub(" ", subject)
    subject = _TRAILING_PUNCT.sub("", _LEADING_PUNCT.sub("", subject))
    return _SPACE.sub(" ", subject).strip()


def _not_subject(text: str) -> bool:
    """A pronoun or a question word, not a term; "IT" in capitals is a term (the IT department)."""
    return bool(_NOT_A_SUBJECT.match(text)) and not (text.isupper() and len(text) > 1)


def _readings(text: str) -> list[str]:
    """Subjects from every phrasing that fits, innermost first within each phrasing."""
    found: list[str] = []
    for pattern in _COMPILED:
        match = pattern.match(text)
        if not match or not match.group("s").strip():
            continue
        subject = _tidy(match.group("s"))
        asking = text[:match.start("s")]
        if _not_subject(subject) or _NOT_A_SUBJECT.match(subject) and asking.isupper():
            continue  # "WHAT IS IT": shouted, "IT" is the pronoun
        context = match.groupdict().get("c")
        if match.groupdict().get("ref") and not match.group("art"):  # "what is term risk": no article, so maybe a name
            found.append(_tidy(match.group("ref") + subject))
        if match.groupdict().get("idea"):  # "the concept of operations" may be a name: read whole first
            found.append(_tidy(match.group("idea") + subject))
        layers = [subject + context if context else subject]
        for _ in range(MAX_PEEL):  # "can someone explain what does X mean" peels twice
            inner = next((_tidy(m.group("s")) for p in _COMPILED if (m := p.match(layers[-1]))), None)
            if not inner or inner in layers or _not_subject(inner):
                break
            layers.append(inner)
        found.extend(reversed(layers))
        if context:
            found.append(subject)
    return found


def _variants(subject: str) -> list[str]:
    """A subject, minus afterthoughts ('X and why does it matter') and split at '(...)'."""
    out: list[str] = []
    subject = _ARTICLE_START.sub("", subject) or subject
    trimmed = _tidy(_AFTERTHOUGHT.sub("", subject))
    bare = _without_fillers(trimmed)  # "blockchain anyway": "blockchain", then the subject as typed
    texts = [t for t in dict.fromkeys((bare, trimmed)) if t and not _not_subject(t)]  # "dat, its on the form"
    for text in [*texts, subject] if subject not in texts else texts:
        paren = _PARENTHESIS.match(text)
        if paren:  # the whole "limited liability company (LLC)" first: a written name is the most specific
            inner, outer = _tidy(paren.group("inner")), _tidy(paren.group("outer"))
            if _restates(inner, outer):
                out.extend([text, inner, outer])
            else:  # "a service blueprint (UX)", "liquidity (finance sense)": the brackets name the field
                out.extend([text, outer])
        if field_said := sense_marker.term_before(text):  # "spot rate — fx sense": the term, meant in a field
            out.extend([text, field_said])
        out.append(text)
    return out


def _without_fillers(subject: str) -> str:
    """ "blockchain anyway", "GDPR tho lol": fillers after the subject are no part of its name."""
    words = subject.split()
    if len(words) < 2 or words[-1] not in FILLERS:
        return subject
    while len(words) > 1 and words[-1] in FILLERS:
        words.pop()
    return _tidy(" ".join(words))  # "capex, lol": the comma that set the filler apart goes with it


def _restates(inner: str, outer: str) -> bool:
    """"EHR (electronic health record)", "period of performance (PoP)": one spells the other's initials."""
    a, b = normalize.key(inner), normalize.key(outer)
    return a in normalize.initials_variants(outer) or b in normalize.initials_variants(inner)


def subject_candidates(question: str) -> list[str]:
    """Every plausible subject of a question, best first; never empty unless the text is."""
    return list(_candidates(question[: MAX_TEXT * 4]))


@functools.lru_cache(maxsize=2048)
def _candidates(question: str) -> tuple[str, ...]:
    """Memoised: read twice a turn (explain or look up?), and the same questions come back all day. Pure."""
    text = _tidy(clean(question)[:MAX_TEXT])
    if not text:
        return ()
    readings = _readings(text)
    breaks = [*_CLAUSE_BREAK.finditer(text), *_DASH.finditer(text),
              *(_ASKS_AGAIN.finditer(text) if _SAID.fullmatch(text) else ())]
    clauses = [_tidy(text[m.end():]) for m in breaks][:MAX_CLAUSES]
    for clause in clauses:  # "sorry, dumb question: what's churn?" and "..., what is runway?"
        readings.extend(_readings(clause))
    readings.sort(key=lambda r: bool(_PUNCTUATED.search(r)))  # "survey" before "Siri, what does survey"
    readings.append(text)
    readings.extend(_tidy(part) for part in _CLAUSE_BREAK.split(text))
    out: list[str] = []
    for reading in dict.fromkeys(readings):  # a reading found twice adds no variant the first did not
        out.extend(_variants(reading))
    return tuple(c for c in dict.fromkeys(out) if c and not common_words.is_chat(c))


def asked_in_so_many_words(clause: str) -> str | None:
    """The subject a clause asks about through a phrasing ("and what is ABAC" -> "ABAC"), or None when no
    phrasing fits it ("when would we use each", "why does it matter")."""
    found = _readings(_tidy(clean(clause)[:MAX_TEXT]))
    return found[0] if found else None


def extract_subject(question: str) -> str:
    """The term being asked about, or the cleaned text when no phrasing fits (a bare 'SLA?')."""
    candidates = subject_candidates(question)
    return candidates[0] if candidates else ""


def split_context(subject: str, known: Callable[[str], bool] | None = None) -> tuple[str, str] | None:
    """'PR in marketing' -> ('PR', 'marketing'): the context picks one sense of an acronym; None when a
    longer name `known` opens the subject ("man in the middle attack" is no MAN in a context)."""
    match = _CONTEXT.match(subject)
    ctx = match.group("ctx").split() if match else []
    if not match or len(ctx) > MAX_CONTEXT_WORDS or _CLAUSE.intersection(w.lower() for w in ctx if not w.isupper()):
        return None  # "ATM in the staff room ate my card again": a clause goes on, no field is named
    if (known is not None and opens_longer(subject, match.group("head"), known)):
        return None
    return match.group("head"), match.group("ctx")


def part_of(head: str, context: str) -> bool:
    """'M' in 'MIRR', 'Sec' in 'DevSecOps': a piece of one written name, asked about through the name."""
    return " " not in context.strip() and 0 < len(head) < len(context.strip()) and head.lower() in context.lower()


def opens_longer(subject: str, head: str, known: Callable[[str], bool]) -> bool:
    """A name longer than `head` opens `subject` ("man in the middle" of "man in the middle attack"): the
    words after the head are part of that name, not a context picking a sense of the head ("PR in marketing")."""
    words, least = subject.split(), len(head.split())
    return any(known(normalize.key(" ".join(words[:k]))) for k in range(len(words) - 1, least, -1))
