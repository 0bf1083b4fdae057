"""A yes/no question that asks what a term is: "is EBIT basically operating profit?", "is a SKU like a
variant?", "is EDI a system or a file format?", "is a recession when the economy shrinks?" (the asker's
own guess at the meaning, to confirm; "rfi is just info gathering?" in a statement's word order too); one
that doubts the term exists ("is chaos engineering a real practice?", "is that even a thing?"); a question
in a statement's word order ("beta of a stock is what", "RFP = request for proposal, right?"). Not one
that asks whether something holds ("is the PO in today?", "is the VPN down?": glossary/instances.py
reads those)."""

from __future__ import annotations

from glossary.cue_words import ASKING_WH, CLASSED, LIKENED, STATES
from glossary.span_use import ASKED_OF, clause_ends
from glossary.textscan import Scan

POINTERS = frozenset({"it", "that", "this"})  # "is it a real thing?": the term named before
_ARTICLES = frozenset({"a", "an", "the"})


def asks_what(s: Scan, first: int, nxt: int) -> bool:
    """"is X ...?" (the term from token `first`, token `nxt` after it) asks what X is: it likens X to
    something, or doubts that a bare X exists ("is a digital twin a real thing?", not "is our ATO real?")."""
    j = first - 1
    while j > 0 and s.norms[j] in ("a", "an", "the"):
        j -= 1
    # "is the IPO real?" may ask whether it happens: "a real thing" only; "the Anti-Deficiency Act" is a name
    definite = "the" in s.norms[j:first] and not (proper_name(s, first, nxt - 1) and _in_general(s, nxt))
    if s.norms[nxt] in CLASSED:  # "is mentoring considered training?"; not "is the VPN considered down?"
        k = nxt + 1 + (s.norms[nxt + 1:nxt + 2] == ["as"])
        return not definite and s.norms[first - 1] not in OWNED and k < len(s.norms) and s.norms[k] not in STATES
    if likened(s, nxt):  # "is the review when we meet?" asks a date, "is our SLA the one that expired?" which
        return not (definite and s.norms[nxt] in SITUATION) and not (_described(s, nxt) and (
            s.norms[first - 1] in OWNED - {"the"} or definite))  # "is the SOW the document that legal sent?"
    if s.norms[first - 1] not in OWNED and s.norms[nxt] in _ARTICLES and s.norms[nxt + 1:nxt + 2] \
            and s.norms[nxt + 1] in LIKENED:
        return True  # "is MFA the same thing as the text code?", "is EDI a kind of API?"; not "is our SLA the same"
    return s.norms[j] in ("is", "does") and doubted(s, nxt) \
        and not (definite and not {"a", "an"} & {*s.norms[nxt:nxt + 3]})


#: Heads of a name that stands for one thing only: "the Anti-Deficiency Act", "the Peter principle".
UNIQUE_HEADS = frozenset("act law principle effect theorem paradox doctrine amendment".split())


def proper_name(s: Scan, first: int, last: int) -> bool:
    """Tokens first..last name one law or principle ("the Anti-Deficiency Act", "the buy american act"): "the"
    before it marks no instance, as it does in "the SOW" or "the Statement of Work" (a document of its kind)."""
    return last > first and s.norms[last] in UNIQUE_HEADS


#: Words that tie a description to one case: "the law that applies to this obligation", "... our CO mentioned",
#: "the law that requires it here", "the one that prevents them from paying"; and verbs of whether it applies.
_ONE_CASE = frozenset("this these those that our us my your their them it here there now today me him his her "
                      "ours yours theirs mine hers".split())
_APPLYING = frozenset("applies matters counts".split())


def _in_general(s: Scan, nxt: int) -> bool:
    """The description after the name says what it does in general: "the law that says we can't spend ...",
    "the rule that requires ..." (a verb in the present after "that"); not "the rule that our CO mentioned",
    "the one that OIRA is reviewing", "the law that applies to this obligation" (one case)."""
    end = s.sentence_bounds(nxt)[1]
    rel = next((k for k in range(nxt + 2, min(end, nxt + 2 + MAX_DESCRIBED_NOUN)) if s.norms[k] in _RELATIVE), None)
    if rel is None or rel + 1 >= end:
        return False
    verb = s.norms[rel + 1]
    return verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3 and verb not in _APPLYING \
        and not any(_one_case(s, k) for k in range(rel + 1, end))


def _one_case(s: Scan, k: int) -> bool:
    """Token `k` ties a description to one case: "this", "them", a name ("Acme's CEO", "the Denver courthouse",
    "Friday"), a number ("form 1234"); but "the US" in capitals names a country, as the law does."""
    raw = s.raws[k]
    return s.norms[k] in _ONE_CASE and not raw.isupper() or raw[:1].isupper() and not raw.isupper() \
        or raw.isdigit() or s.norms[k] == "s" and s.text[s.ends[k - 1]:s.starts[k]] == "'"


def likened(s: Scan, nxt: int) -> bool:
    """Token `nxt`, right after the term, likens it to something, names the situation it is ("is DNS when
    the name is looked up?") or names its class with an alternative."""
    return s.norms[nxt] in LIKENED or s.norms[nxt] in SITUATION or _classed(s, nxt) or _described(s, nxt)


#: "is X when ...": a learner's definition by the situation the term names, checked as a yes/no question.
SITUATION = frozenset({"when"})


def guessed(s: Scan, first: int, k: int) -> bool:
    """ "rfi is just info gathering?", "a recession is when GDP falls, right?": the term (from token `first`,
    its verb at `k`), likened to the asker's guess and asked to be confirmed, asks what it is; not "our SLA is
    just 99%?", which is about one instance (an owner before the term)."""
    if k + 1 >= len(s.norms) or s.norms[first - 1:first] and s.norms[first - 1] in OWNED \
            and not s.sentence_start[first]:
        return False
    end = s.sentence_bounds(k)[1]
    if s.norms[k] == "like" and s.norms[k + 1] in _SITUATED:
        return s.sentence_start[first] and s.marked(end - 1)  # "depreciation like when a car loses value?"
    if s.norms[k] not in _GUESS_VERBS:
        return False
    if not likened(s, k + 1):  # "median is the middle one right": a description, then the tag that asks
        return s.norms[k + 1] in ("the", "a", "an") and s.norms[end - 1] in CONFIRMING and not s.marked(end - 1)
    return s.marked(end - 1) or bool(CONFIRMING.intersection(s.norms[k + 1:end]))


_GUESS_VERBS = frozenset({"is", "are", "s", "means"})
_SITUATED = frozenset({"when", "if", "a", "an", "the"})  # after "like": the situation or thing the asker likens


def _classed(s: Scan, nxt: int) -> bool:
    """"is X a system or a file format?": a class and its alternative, in the question's own sentence."""
    if s.norms[nxt] not in ("a", "an"):
        return False
    end = s.sentence_bounds(nxt)[1]
    return "or" in s.norms[nxt:end] and s.marked(end - 1)


#: After "is X a/the <noun>", words that open the asker's description of X: "is LPTA the one where we pick the
#: cheapest", "is the Anti-Deficiency Act the law that says ...", "is a POA&M a list of the fixes ...".
_RELATIVE = frozenset("that where which whereby who when of".split())
MAX_DESCRIBED_NOUN = 3  # words from the article to the description: "the law that", "a written plan for"


def _described(s: Scan, nxt: int) -> bool:
    """Token `nxt`, right after the term, opens a noun phrase the asker describes the term by, in a question: a
    noun that classes a term ("the law that", "a list of", "the one where"), not "the reason that"."""
    if s.norms[nxt] not in _ARTICLES or nxt + 1 >= len(s.norms) or s.norms[nxt + 1] not in KIND_NOUNS \
            or not s.marked(s.sentence_bounds(nxt)[1] - 1):
        return False
    end = min(s.sentence_bounds(nxt)[1], nxt + 2 + MAX_DESCRIBED_NOUN)
    return any(s.norms[k] in _RELATIVE for k in range(nxt + 2, end))


#: Nouns that class what a term is, in the asker's description of it ("is LPTA the one where ...").
KIND_NOUNS = frozenset("one thing law act rule regulation list plan document form report process method measure "
                       "ratio metric number rate fee tax agreement term word practice concept idea approach "
                       "technique tool".split())


#: Doubting that a term exists asks what it is: "is chaos engineering a real practice?", "is that even a
#: thing?", "is dogfood a real word?", "does FinOps actually exist?".
REAL = frozenset("real actual legit legitimate genuine proper true".split())
MADE_UP = frozenset("fake bogus invented madeup".split())
#: What the doubt may call the term: "a real <noun>".
DOUBT_NOUNS = frozenset("thing term word phrase acronym abbreviation expression practice concept idea job role "
                        "title tool technique method methodology field discipline position metric process "
                        "principle pattern approach profession".split())
FILLER = frozenset("even actually really truly just like ever".split())
EXIST = frozenset({"exist", "exists"})


def doubted(s: Scan, nxt: int) -> bool:
    """From token `nxt` to its sentence's end, the words doubt that the term is real: "(even) a (real)
    thing", "real", "a real term", "made up", "legit", "exist". Not "is the VPN down?", "is our ATO real
    time?": the words must all be doubt's own, so a state or anything else of substance is no doubt."""
    if nxt >= len(s.norms):
        return False
    rest = [w for w in s.norms[nxt:s.sentence_bounds(nxt)[1]] if w not in FILLER]
    if rest in (["exist"], ["exists"]):
        return True
    article = rest[:1] in (["a"], ["an"])
    rest = rest[article:]
    judged = False
    if rest[:2] == ["made", "up"]:
        rest, judged = rest[2:], True
    elif rest[:1] and (rest[0] in REAL or rest[0] in MADE_UP):
        rest, judged = rest[1:], True
    if rest[:1] == ["thing"] and article:
        return len(rest) == 1  # "is X a thing?", "is X even a real thing?"
    return judged and (not rest or (len(rest) == 1 and rest[0] in DOUBT_NOUNS and article))


def doubts(s: Scan) -> bool:
    """A sentence of the message opens "is/does ..." and ends doubting something exists: a question, "?" or
    not ("gitops - is that even a real thing")."""
    return any(doubted(s, k) for i in range(len(s.norms)) if _opens(s, i)
               for k in range(i + 2, s.sentence_bounds(i)[1]))


def _opens(s: Scan, i: int) -> bool:
    """Token `i` is "is"/"does" opening a question: a sentence's first word, or after a comma or a dash."""
    return s.norms[i] in ("is", "does") \
        and (s.sentence_start[i] or s.text[s.ends[i - 1]:s.starts[i]].strip() in (",", "-", "\u2014"))


def doubted_after(s: Scan, first: int, last: int) -> bool:
    """A doubt about the term [first, last] follows it in its own sentence or the next: "chaos engineering
    sounds made up. is it a real practice?", "self-healing, is that even a thing?": the pronoun points back."""
    return any(s.sentence_bounds(max(0, s.sentence_bounds(i)[0] - 1))[0] <= first
               for i in range(last + 1, len(s.norms) - 2)
               if _opens(s, i) and s.norms[i + 1] in POINTERS and doubted(s, i + 2))


#: Asking to confirm what was just said: "RFP = request for proposal, right?", "... correct?", "... yes?".
CONFIRMING = frozenset("right correct true yes yeah yep yup no eh innit rite cmiw amirite".split())
TAG_WORDS = CONFIRMING | frozenset("isn isnt t it is that am i or not ok okay ya".split())  # "..., isn't it?"


def confirmed(s: Scan, last: int) -> bool:
    """The sentence ends after token `last` asking to confirm it: nothing but "?" or a tag ("right?",
    "correct?", "isn't it?"); a tag word says so without a "?" too ("AD is active directory right"), and a
    comma after the tag closes it as a full stop would ("IPO = initial public offering right, what ...")."""
    end = s.sentence_bounds(last)[1]
    end = next((k for k in range(last + 2, end) if "," in s.text[s.ends[k - 1]:s.starts[k]]), end)
    tail = s.norms[last + 1:end]
    if not all(w in TAG_WORDS for w in tail):
        return False
    return s.marked(end - 1) or bool(CONFIRMING.intersection(tail))


OWNED = frozenset("the our your their my this that these those his her its".split())
MAX_OF = 3  # words of "of a stock", "in a project plan" between a term and its verb


def verb_after(s: Scan, nxt: int) -> int:
    """Where the verb of "X ... is what" is, token `nxt` right after the term: `nxt` itself, or past the
    phrase "of/in ..." that belongs to the term ("beta of a stock is what", "the IRR of a project means?");
    not past a definite owner: "the cost of our SLA is what?" asks for one value (glossary/instances.py)."""
    if nxt + 1 >= len(s.norms) or s.norms[nxt] not in ("of", "in") or s.norms[nxt + 1] in OWNED:
        return nxt
    end = s.sentence_bounds(nxt)[1]
    return next((k for k in range(nxt + 2, min(end, nxt + 2 + MAX_OF)) if s.norms[k] in ("is", "means", "mean")),
                nxt)


_COPULAS = frozenset({"is", "are", "was", "were", "s", "looks", "seems", "sounds"})
_SUBJECTS = frozenset({"this", "that", "it", "these", "those", "they", "he", "she", "which"})


def predicate(s: Scan, first: int) -> bool:
    """The word at `first` is said of something, with no article: "this is good or bad for us?", "is that
    good?", "it's free". An everyday word there describes; it is not a term asked about ("goods", "free")."""
    k = first - 1
    if k < 1:
        return False
    if s.norms[k] in _COPULAS:
        return s.norms[k - 1] in _SUBJECTS or _named_subject(s, k)  # "this is good", "it looks lean"
    return s.norms[k] in _SUBJECTS and s.norms[k - 1] in _COPULAS \
        and (k - 1 == 0 or s.sentence_start[k - 1] or s.norms[k - 2] not in ASKING_WH)  # "... 🎉 is that good??"


def _named_subject(s: Scan, k: int) -> bool:
    """The copula at `k` follows "this/the/our + noun": "whether this exclusion is reasonable" says something of
    the exclusion; "what the heck is float" still asks (a question word before the article), and so does "the term
    is runway, what does it mean?" (a meaning asked in the message)."""
    return k >= 2 and s.norms[k - 2] in OWNED and s.norms[k - 1] not in OWNED and _MEANT.isdisjoint(s.norms) \
        and s.text[s.ends[k - 2]:s.starts[k - 1]] == " " and not (k >= 3 and s.norms[k - 3] in ASKING_WH)


_MEANT = frozenset("mean means meaning definition define".split())


#: Subject pronouns: the everyday word right after one is its verb ("I want short explanation", "we need it").
PERSONS = frozenset({"i", "we", "you", "they", "he", "she"})


def after_person(s: Scan, first: int) -> bool:
    """The word at `first` follows a subject pronoun, nothing between: a verb ("I want ..."), not a term."""
    return first > 0 and s.norms[first - 1] in PERSONS and s.text[s.ends[first - 1]:s.starts[first]] == " "


def clause_verb(s: Scan, j: int, first: int, i: int) -> bool:
    """Token `i`, last of its sentence, is the verb of the name that begins at `first` (`j`: the word before
    it): in -s after "what the X" ("... what the Sharpe ratio measures"; "what the API keys" alone is a noun
    phrase), any word after "what does the X" ("what does the consumer price index measure"); a verb asked of
    a term there, before an adverb or a new clause ("what does CPI measure exactly")."""
    if j >= 1 and s.norms[i] in ASKED_OF and s.norms[j] in ("does", "do", "did") \
            and s.norms[j - 1] in ("what", "how", "why") and clause_ends(s, i):
        return True
    if j < 1 or not (i + 1 >= len(s.norms) or s.sentence_start[i + 1] or not s.soft[i]):
        return False
    if s.norms[i].endswith("s") and not s.sentence_start[j] and s.norms[j] in ("what", "how") and j < first - 1:
        return True
    return s.norms[j] in ("does", "do", "did") and s.norms[j - 1] in ("what", "how", "why")


def left_open(s: Scan, k: int) -> bool:
    """Token `k` ("is") is left for the bot to finish: "YTM is?", "GAAP is...?" (dots typed before the "?"
    trail off, as a pause would)."""
    return s.text[s.ends[k]:s.ends[k] + 6].lstrip(" .\u2026")[:1] == "?"


def last_asked(s: Scan, last: int) -> bool:
    """The message ends on token `last` and then only on marks with a "?": "... said 'its just jbod'. ??" asks
    about the last thing said, as a "?" right after it would."""
    rest = s.text[s.ends[last]:] if last == len(s.norms) - 1 else ""
    return "?" in rest and not any(c.isalnum() for c in rest)

