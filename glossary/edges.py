"""Chatter at a message's edges: a greeting, the bot addressed, an apology or a "quick q" before what it asks, and
"lol", "thanks", "kind regards" after it, change nothing about what it asks ("Hi team, SPAC. explain before
someone pitches me one", "sorry if this is a dumb question, irr in plain english", "mtbf what is lol").

Many readings look at where a message opens or ends (the topic it opens on, a question word closing it), so
the chatter is cut off before they read the message:
- an opening run of greeting and courtesy words (letters drawn out or doubled read as one: "hellooo", "hii",
  "heyy"; "@someone" too) that ends at a mark (",", ":", "!", ".", a dash: "Hi team,", "sorry if this is a
  dumb question,", "quick q -"), at "but" ("sorry if this is a dumb question but ..."), after a word for the
  question ("sry quick question ...", "dumb q ...") or, for a run that opens on a greeting, at the first word
  that is none of these ("helo team tbills"); a greeting that names whom it greets up to a comma or "!" (a
  capitalised name of a word or two also up to a colon or a dash) is a salutation, name and all ("Dear
  Contracting Officer, please see attached", "Hi CFO - budget attached": the officer is not asked about);
  a run of fillers alone ("A.", "I:") is none;
- whole sentences of greeting, courtesy or sign-off words before or after the one that asks ("Good morning
  all!", "Kind regards", "Much appreciated."); a sentence of other words, even everyday ones, may say which
  sense is meant ("what does CI mean? our release process changed") and is kept;
- a closing run of sign-off words that opens on one that only signs off ("thanks", "thx", "lol", "cheers",
  "no rush", "much appreciated", "asking for a friend"), never "pls": a request asks ("mac address pls");
  only after a question (a "?" or a word such as what, mean, explain): after a remark a sign-off is part of it
  ("load balancer — that helped, thanks", "it's always DNS lol");
- never the whole message: "hi", "thanks!", "Good morning! Hope you had a nice weekend." stay as they are.
Only words of these lists make chatter: "sorry for the delay, here is the SOW" keeps all it says.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from glossary import common_words, foreign_words, manner_tail, normalize
from glossary.cue_words import FUNCTION, QUESTION_CUES, SCAFFOLD

GREETINGS = frozenset("hi hey heya hello helo hiya yo howdy greetings hallo hola gm morning afternoon evening "
                      "dear eh oi aiyo "  # and as the languages people ask in greet ("Merhaba, X tam olarak nedir?";
                      # a greeting that opens a name, "Halo effect?", "bom meaning" (BOM), stays: _named_first)
                      "bonjour bonsoir salut coucou ciao buongiorno buonasera salve olá bom boa buenas buenos buen "
                      "guten moin servus merhaba selam namaste namaskar salam salaam assalamualaikum marhaba ahlan "
                      "habari jambo kumusta kamusta halo privet zdravstvuyte vanakkam geia yassou "
                      "привет здравствуйте नमस्ते नमस्कार γεια مرحبا سلام".split())
#: Greetings that greet nobody by name: "eh embargo ah, means what?" asks about the embargo.
INTERJECTIONS = frozenset({"eh", "oi", "aiyo"})
Named = Callable[[list[str]], object]  # the glossary's reading of a name: None for no name
_ASKS = re.compile(r"\?|\b(?:what|whats|wat|wtf|means?|meaning|explain|define|stands?)\b", re.I)  # a question
#: Whom a message greets: "hi team", "hey all", "hello jargonbot" (and the day a greeting wishes: "bom dia").
GREETED = frozenset("good day team all folks everyone everybody guys yall y'all there friends colleagues sir madam "
                    "jargonbot bot dia dias día días tarde tardes noite noche noches morgen tag abend pagi siang sore "
                    "malam giorno sera gente pessoal chicos equipe équipe tutti kaka bhai didi ji".split())
#: The courtesy around asking: "sorry if this is a dumb question", "quick one", "may I ask".
OPENING = GREETINGS | GREETED | frozenset(
    "sorry sry apologies if this is a an my dumb silly stupid basic newbie noob naive obvious quick random small "
    "another one more so ok okay um uh hmm please pls kindly again hope you are well doing i have got real super "
    "may can ask ah abeg anyway anyways anyhow anyhoo alright".split())  # West African "abeg" (please); "anyway",
# a turn in the talk before the question ("Anyway — what's the GSA schedule?"), no topic
QUESTION_WORDS = frozenset("question questions q qq qn ques".split())  # "quick question", "dumb q"
_OPENING_WORDS = OPENING | QUESTION_WORDS
#: Words that only sign off, opening a closing run: "thanks", "lol", "no rush", "asking for a friend".
SIGN_OFFS = frozenset("thanks thank thx tnx thnx thanx ty tia cheers lol lmao haha hehe xd lmk much many no "
                      "asking regards".split())
#: Words a closing run goes on with: "thanks a lot in advance", "no worries if not", "cheers mate".
CLOSING = SIGN_OFFS | frozenset("you a lot in advance for the help all team mate everyone folks rush worries worry "
                                "if not appreciated kind best warm friend".split())
_NO_SIGN_OFF = frozenset({"no", "much", "many", "asking"})  # sign off only with what follows: "no rush", not "no"
MAX_RUN = 10
MAX_ADDRESSEE = 4  # words of the name a salutation greets: "Dear Contracting Officer's Representative,"
MAX_TITLED = 2  # words of a name a colon or a dash closes, more when all capitalised: "Hey Scrum master - ..."
#: Words that make no opening run alone: "A.T.O." opens on the letter A, "I: what is X" on a pronoun.
_FILLERS = frozenset("a an i is this if you are have got one more my there".split())
MAX_RUNS = 3
MAX_CLOSING = 80  # characters at the end a sign-off is looked for in
#: Before a word for the question, the words that make it a noun: "a quick question", "dumb q", "one question".
_QUESTION_KINDS = frozenset("a an one quick dumb silly stupid basic small random another real simple naive newbie "
                            "noob sry sorry".split())
#: After "a question", the words that say what it is about: "I have a question about my invoice" stays whole.
_ABOUT = frozenset("about regarding re on in concerning with for related".split())
_TOKEN = re.compile(r"@[\w.-]+|[A-Za-z']+|[^\sA-Za-z']+")
_MARK = re.compile(r"^(?:[,:;!.]+|[-\u2013\u2014]+|\.\.\.)$")
_CAPITALS = re.compile(r"[A-Z]{2}")
_FIRST_WORD = re.compile(r"\W*(@?[A-Za-z']+)")
_LAST_WORD = re.compile(r"([A-Za-z']+)[^A-Za-z']*$")
_DRAWN_OUT = re.compile(r"(.)\1+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
#: "doubt" and "query" as nouns for a question ("I have a doubt regarding SLA", "small doubt: X", "quick query -"),
#: after an article or a small adjective, never the verbs ("I doubt it's DNS", "can you query the SIEM").
_AS_QUESTION = re.compile(r"\b(a|one|small|quick|little|minor|silly|basic|dumb|another|tiny)\s+"
                          r"(?:doubts?|quer(?:y|ies))\b", re.I)


#: An apology that opens a clause before "but" and the question: "I apologise for my ignorance, but what is it?",
#: "I am terribly sorry, but could you ...", "forgive the basic question, but what"; only before a question ("sorry
#: for the delay, but here's the SOW" hands something over). Up to 60 characters, no mark inside.
_COURTESY_CLAUSE = re.compile(
    r"(?<![\w'])(?:i\s*)?(?:(?:do\s+)?apologi[sz]e|(?:am|'m)\s+(?:(?:so|very|terribly|really)\s+)?sorry|sorry|"
    r"forgive\s+(?:me|the|my)|pardon\s+(?:me|my)|excuse\s+(?:me|my))(?P<why>[^,.;:?!]{0,60}?),?\s+but\s+"
    r"(?=(?:what|whats|what's|wat|could|can|would|may|might|is|are|does|do|tell|explain|define|i\s+(?:don't|do\s+not|"
    r"am\s+not|have\s+no))\b)", re.I)


_ABOUT_WORDS = frozenset("about on regarding re with over".split())
_REASONS = frozenset("ignorance bother bothering basic dumb silly stupid naive newbie question interruption".split())


def _courtesy_cut(match: re.Match[str]) -> str:
    """The apology cut when it opens the message or a clause and its reason is everyday words about nothing
    named ("for my ignorance", "to bother you"); kept when it names what is asked ("sorry for the dumb question
    about EBITDA, but what does it mean?") or is no apology ("the sorry state of our SLA but ...")."""
    before = match.string[max(0, match.start() - 3):match.start()].rstrip()
    why = normalize.words(match.group("why"))
    opens = not before or before[-1] in ",.;:!?-\u2013\u2014\n"
    plain = all(w in _REASONS or common_words.only_everyday(w) for w in why)
    return "" if opens and plain and _ABOUT_WORDS.isdisjoint(why) else match.group(0)


def trimmed(text: str, named: Named | None = None) -> str:
    """`text` without the chatter before and after what it asks; `text` itself when nothing else is left. `named`:
    the glossary's reading of a name ("Halo effect" is no greeting), or None."""
    text = _AS_QUESTION.sub(r"\1 question", text)  # "I have a doubt regarding SLA": a question
    for _ in range(MAX_RUNS):  # "Hi team, sorry if this is a dumb question, what is X"
        rest = _after_opening(text, named)
        if rest is None:
            break
        text = rest
    text = _without_courtesy(_COURTESY_CLAUSE.sub(_courtesy_cut, text) if "but" in text.lower() else text)
    return manner_tail.cut(_before_closing(text))  # "what is it, strictly speaking?"


def _word(token: str) -> str:
    """A chat word as read: "Hellooo" -> "helo", "hii" -> "hi", "y'all" kept; "@jargonbot" -> "jargonbot";
    laughter in any language ("hahaha", "kkkk", "jajaja") -> "lol"."""
    word = token.lstrip("@").lower()
    if common_words.is_laughter(word):
        return "lol"
    return word if word in OPENING or word in CLOSING else _DRAWN_OUT.sub(r"\1", word)


def _in(token: str, words: frozenset[str]) -> bool:
    return token.startswith("@") or _word(token) in words and not _CAPITALS.search(token)


def _after_opening(text: str, named: Named | None = None) -> str | None:
    """What follows one opening run of chatter, or None when the text opens on no such run. `named`: the glossary's
    reading of a name, or None."""
    first = _FIRST_WORD.match(text)
    if first is None or not _in(first.group(1), _OPENING_WORDS):
        return None  # the common case: the message opens on what it asks
    if _word(first.group(1)) in INTERJECTIONS and (foreign_words.spoken(text) or not _ASKS.search(text) and not (
            named is not None and named([text[first.end():].strip(" ,.;:!?")]) is not None)):
        return None  # "eh yung dividend discount model?", "eh el ma2sood b serverless?": "and", "what" there; "aiyo
        # the DNS again": a sigh, no opening; but "oi SLA": a name alone after it is asked
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text[:200])]
    greeted = bool(tokens) and _in(tokens[0][0], GREETINGS)
    for n, (token, start, end) in enumerate(tokens[:MAX_RUN + 1]):
        if token[:1] in "-\u2013\u2014" and text[start - 1:start] != " ":
            return None  # "one-to-one marketing": a hyphen joins, it ends no run
        if _MARK.match(token) or token.lower() == "but" or _asked_after(tokens, n):
            if n == 0 or all(_word(t) in _FILLERS for t, _, _ in tokens[:n]):
                return None
            cut = end if _MARK.match(token) or token.lower() == "but" else tokens[n][1]
            rest = text[cut:].lstrip()
            return rest if rest.strip(" ,.;:!?-") else None
        if not _in(token, _OPENING_WORDS):
            if n == 0 or not greeted or not all(_in(t, GREETINGS | GREETED) for t, _, _ in tokens[:n]):
                return None  # "hey can you book a room": only a greeting and whom it greets go unmarked
            if _word(tokens[0][0]) not in INTERJECTIONS and (greeted_end := _addressee_end(tokens, n)) is not None:
                return text[greeted_end:].lstrip() or None  # "Dear Contracting Officer, please see attached"
            if _word(tokens[0][0]) == "dear":
                return None  # "Dear Contracting Officer": a letter's salutation always names someone
            if named is not None and _named_first(tokens, n, named):
                return None  # "Halo effect?", "bom meaning": the greeting word opens a name here
            return text[tokens[n][1]:]  # "helo team tbills": a greeting run ends where the message begins
    return None


def _named_first(tokens: list[tuple[str, int, int]], n: int, named: Named) -> bool:
    """The greeting run of `n` tokens opens a name with the word after it ("Halo effect"), or is one word that is a
    name of its own with no mark after it ("bom meaning": BOM)."""
    return named([" ".join(t for t, _, _ in tokens[:n + 1])]) is not None \
        or n == 1 and named([tokens[0][0]]) is not None


def _asked_after(tokens: list[tuple[str, int, int]], n: int) -> bool:
    """Token `n` follows a word for the question used as a noun ("quick question X", "dumb q X"), not the verb
    ("can you question the SIEM", "I question it's DNS") and not before what it is about ("a question about
    my invoice" stays whole)."""
    if n < 1 or not _in(tokens[n - 1][0], QUESTION_WORDS) or tokens[n][0].lower() in _ABOUT:
        return False
    return _word(tokens[n - 1][0]) in ("q", "qq") or n >= 2 and _word(tokens[n - 2][0]) in _QUESTION_KINDS


def _addressee_end(tokens: list[tuple[str, int, int]], n: int) -> int | None:
    """Where a salutation ends when the greeting (tokens before `n`) names whom it greets and a mark closes it:
    "Dear Contracting Officer,", "hey Scrum master,"; a colon or a dash after a capitalised name of a word or
    two ("Hey CISO: ...", "Hi CFO - budget attached", not "hello EBIT one liner: what is it"). The name is who
    is greeted, not a term asked."""
    for k, (token, _start, end) in enumerate(tokens[n:n + MAX_ADDRESSEE + 1]):
        if token[:1] in ",!":
            return end
        if token[:1] in ":-\u2013\u2014" and tokens[n][0][:1].isupper() \
                and (k <= MAX_TITLED or all(t[:1].isupper() for t, _, _ in tokens[n:n + k])):
            return end  # "Hey Scrum master - ...", "Hey Chief Financial Officer: please review"
        if not token[:1].isalpha() or token.islower() and token in FUNCTION:
            return None  # "hey what's up with the VPN, ...": a question, not a name ("Hi IT," names the desk)
    return None


def _without_courtesy(text: str) -> str:
    if _SENTENCE.search(text) is None:
        return text
    sentences = _SENTENCE.split(text)
    if len(sentences) < 2:
        return text
    first, last = 0, len(sentences)
    while last - first > 1 and _courtesy(sentences[first]):
        first += 1
    while last - first > 1 and _courtesy(sentences[last - 1]):
        last -= 1
    return text if (first, last) == (0, len(sentences)) else " ".join(sentences[first:last])


def _courtesy(sentence: str) -> bool:
    """Greeting, courtesy and sign-off words only: "Good morning all!", "Kind regards", "Much appreciated"."""
    words = [m.group() for m in _TOKEN.finditer(sentence) if m.group()[:1].isalpha() or m.group()[:1] == "@"]
    return bool(words) and all(_in(w, OPENING) or _in(w, CLOSING) or common_words.is_chat(w) for w in words)


def _asks(text: str) -> bool:
    """A question mark or a word asking what something is: "mtbf what is", "EBIT?"."""
    return "?" in text or bool(QUESTION_CUES.intersection(normalize.words(text)))


def _before_closing(text: str) -> str:
    """`text` without a closing run of sign-off words ("... thanks a lot in advance!", "... no rush")."""
    last = _LAST_WORD.search(text[-MAX_CLOSING:])
    if last is None or not _in(last.group(1), CLOSING):
        return text  # the common case: the message ends on what it asks
    words = [(m.group(), m.start()) for m in _TOKEN.finditer(text) if m.group()[:1].isalpha()]
    run = len(words)
    while run > 1 and _in(words[run - 1][0], CLOSING):
        run -= 1  # words[run:] are all sign-off words, words[run - 1] is not one
    for n in range(run, len(words)):
        if _in(words[n][0], SIGN_OFFS) and (_word(words[n][0]) not in _NO_SIGN_OFF or n + 1 < len(words)):
            before = text[:words[n][1]]
            if not _asks(before) or not set(normalize.words(before)) - SCAFFOLD:
                return text  # "that helped, thanks", "it's always DNS lol": no question; "what is tia": TIA asked
            if before.count("(") > before.count(")"):
                return text  # "NAT (network thing not a person lol)": inside an aside, which stays whole
            return before.rstrip(" ,;:-\u2013\u2014") if before.strip(" ,.;:!?-") else text
    return text
