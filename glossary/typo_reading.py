"""Typos, the pipeline's last step (glossary/understand.py step 5), only over what no span reads.

The short subject is fuzzy-matched whole; else the name typed words spell word by word (typo_names.py), a name typed
short, windows of neighbouring words (typo_windows.py) and the content words no span covers that are neither question
words, common English nor the message's own language's ("eso"), one by one; a word asked alone may be a short name
mistyped ("what's ingres"). A slip answered must hold in the message typed right ("wat is a gwac contrct": GWAC)."""

from __future__ import annotations

from glossary import (
    asked_of,
    common_words,
    heard_names,
    joined_words,
    left_runs,
    message_shape,
    named_parts,
    normalize,
    phrase_slips,
    pointed_phrase,
    scope,
    slip_offer,
    sound_alike,
    swapped_acronyms,
    typo_names,
    typo_windows,
)
from glossary.clipped import Clipped
from glossary.cue_words import FUNCTION
from glossary.detect_types import Candidate
from glossary.foreign_words import own_tokens
from glossary.heads import Heads
from glossary.matching import MAX_CHOICES, Matcher
from glossary.models import LookupResult, Match, Term
from glossary.question import split_context
from glossary.readings import is_scaffold
from glossary.spelling import tight
from glossary.tails import Tails
from glossary.textscan import Scan
from glossary.typo_rules import form_in_phrase, is_word, swapped
from glossary.word_forms import stem

MAX_SUBJECT_WORDS = 4  # a longer subject is a sentence: typo-match its leftover words instead
MAX_LEFTOVER = 3  # content words typo-matched at most (each costs a fuzzy search)
LEFTOVER_COMMON_RANK = 5_000
MIN_MODIFIER = 4  # "angle investors"; a shorter word before a term ("big data") is often a name of its own
SLIP_MIN = 5  # a shorter word beside a term is too often a name or a clipping of its own ("k8s", "infra")
_ANSWERED = ("answer", "ambiguous")


class TypoReading:
    """The typo half of the Understander (glossary/understand.py), which provides these members."""

    terms: dict[str, Term]
    matcher: Matcher
    _heads: Heads
    _tails: Tails
    _clipped: Clipped

    def _one(self, text: str, scoped: str | None = None, reread: bool = True) -> LookupResult:
        raise NotImplementedError

    def _typed_right(self, scan: Scan, spans: list[Candidate], typo: LookupResult) -> LookupResult:
        """A slip answered is read again in the message typed right (no other slip corrected), and that reading
        wins when it answers another term: "wat is a gwac contrct" asks about GWAC, not contract. Beside a term
        the spans found, a slip may be only the word that qualifies it ("kubernets pod?"): both are offered."""
        if typo.status == "answer" and asked_of.asks_number(scan):
            typo = LookupResult(typo.query, typo.subject, "suggest", typo.matches)  # "how often are we audited?"
        at = scan.text.lower().find(typo.subject.lower()) if typo.status in _ANSWERED and typo.subject else -1
        if at < 0 or normalize.key(name := typo.matches[0].term) == normalize.key(typo.subject):
            return typo
        again = self._one(scan.text[:at] + name + scan.text[at + len(typo.subject):], reread=False)
        if again.status in _ANSWERED and not {m.id for m in again.matches} & {m.id for m in typo.matches}:
            return again  # another term, not more senses of the same name ("pull reqest": the alias too)
        typed = [k for k in range(len(scan.norms)) if at <= scan.starts[k] and scan.ends[k] <= at + len(typo.subject)]
        ids = {m.id for m in typo.matches}
        words = {stem(w) for w in normalize.words(name)}  # "gap accounting": a word of GAAP's own name, no term
        beside = [span for span in spans if typed and _beside(scan, span, typed[0], typed[-1])
                  and not set(span.ids) <= ids and not {stem(w) for w in scan.norms[span.first:span.last + 1]} <= words]
        return self._offer(typo.subject, beside, typo.matches) if beside else typo

    def _slip_beside(self, scan: Scan, spans: list[Candidate], result: LookupResult, reread: bool) -> LookupResult:
        """A term the spans settled on, beside a word asked that is no English word and surely a slip of another
        name ("the api should be idempotant", "a managed servce provider for IT"): either may be what is asked,
        so both are offered, unless the message typed right still reads the term ("a gwac contrct" is a GWAC).
        Only a message with such a word pays for a fuzzy search."""
        covered = {i for span in spans for i in range(span.first, span.last + 1)}
        odd = [i for i, norm in enumerate(scan.norms) if len(norm) >= SLIP_MIN and norm.isalpha()
               and not is_word(norm)] if reread and result.status in _ANSWERED else []
        slips = [i for i in odd if i not in covered]
        ids = {m.id for m in result.matches}
        if reread and result.status in _ANSWERED and (longer := self._modifier_slip(scan, spans, ids)):
            if longer.status == "answer" and _swapped_first(longer.subject, self.terms[longer.matches[0].id].term):
                return longer  # "angle investors": two letters swapped, the fast typist's commonest slip
            return slip_offer.both(result, longer.matches)
        if set(odd) & covered and (other := self._slipped_span(scan, spans, ids, set(odd))):
            matches = [Match(t, self.terms[t].term, 90.0) for t in other.ids]
            return LookupResult(result.query, result.subject, "suggest", (matches + result.matches)[:MAX_CHOICES])
        asking = scope.asking_tokens(scan) if slips else set()
        asked = [i for i in slips if i in asking][:MAX_LEFTOVER]
        for i in asked:
            typo = self.matcher.fuzzy(scan.raws[i])
            if typo.status in _ANSWERED and not ids & {m.id for m in typo.matches} \
                    and not _form_of(scan.norms[i], typo.matches[0].term, result.matches[0].term) \
                    and not ids & self._typed_right_ids(scan, i, typo.matches[0].term):  # "gwac contrct": GWAC
                return slip_offer.both(result, typo.matches)
        window = typo_windows.best(self.matcher, scan, asked, asking)[0] if asked else None  # "buy amercan act"
        if window is None or ids & {m.id for m in window.matches} \
                or slip_offer.part_of(result.matches[0].term, window.matches[0].term):
            return result
        return slip_offer.both(result, window.matches)

    def _slipped_span(self, scan: Scan, spans: list[Candidate], ids: set[str], odd: set[int]) -> Candidate | None:
        """A span of other terms that reaches a word asked (of `odd`: no English word) that is no word of their
        names: a name typed with a slip ("a managed servce provider for IT"), as likely what is asked as the
        term chosen."""
        for span in spans:
            reached = odd & set(range(span.first, span.last + 1))
            if not reached or ids & set(span.ids):
                continue
            named = {w for t in span.ids for name in (self.terms[t].term, *self.terms[t].aliases)
                     for w in normalize.words(name)}
            if any(scan.norms[i] not in named for i in reached):
                return span if set(range(span.first, span.last + 1)) & scope.asking_tokens(scan) else None
        return None

    def _modifier_slip(self, scan: Scan, spans: list[Candidate], ids: set[str]) -> LookupResult | None:
        """The longer name the word typed right before the term chosen makes with it, that word mistyped as
        another English word ("money from angle investors": angel investors, not investors): surely a name
        (the matcher answers the phrase), so it is offered first. Costs a fuzzy search only for a content word
        of four letters or more tight before the term."""
        span = next((span for span in spans if ids & set(span.ids)), None)
        at = span.first - 1 if span is not None else -1
        if at < 0 or len(scan.norms[at]) < MIN_MODIFIER or not scan.norms[at].isalpha() or not tight(scan, at) \
                or scan.norms[at] in FUNCTION or is_scaffold(scan.norms[at]) \
                or any(other.first <= at <= other.last for other in spans):
            return None
        typo = self.matcher.fuzzy(phrase := scan.text[scan.starts[at]:scan.ends[span.last]])
        if typo.status not in _ANSWERED or ids & {m.id for m in typo.matches} \
                or any(normalize.key(m.term) == normalize.key(phrase) for m in typo.matches):
            return None  # "chat g p t": the longer name typed right (spelled out), no slip of the word before
        return typo

    def _typed_right_ids(self, scan: Scan, i: int, name: str) -> set[str]:
        """The terms answered for the message with word i typed as `name`, no other slip corrected."""
        again = self._one(scan.text[:scan.starts[i]] + name + scan.text[scan.ends[i]:], reread=False)
        return {m.id for m in again.matches} if again.status in _ANSWERED else set()

    def _head_slip(self, word: str, subject: str, scan: Scan) -> LookupResult | None:
        """The longer name the one word asked begins, mistyped (typo_names.head_slip): answered if safe (heads.py)."""
        head = typo_names.head_slip(self.matcher, word)
        ids, safe = self._heads.find(head, scan) if head else ([], False)
        if not ids:
            return None
        matches = [Match(i, self.terms[i].term, 90.0) for i in ids[:MAX_CHOICES]]
        return LookupResult(subject, subject, "answer" if safe else "suggest", matches[:1] if safe else matches)

    def _heard_name(self, scan: Scan, spans: list[Candidate]) -> LookupResult | None:
        """A name with one word typed as another that sounds the same: "bear metal" (glossary/heard_names.py)."""
        covered = {i for span in spans for i in range(span.first, span.last + 1)}
        return heard_names.read(self.matcher, scan, covered, lambda text: self._one(text, reread=False))

    def _typos(self, subject: str, scan: Scan, spans: list[Candidate]) -> LookupResult:
        words = normalize.words(subject)
        split = split_context(subject)  # "sidecars in k8s"
        if split and (whole := phrase_slips.sure(self.matcher.fuzzy(subject), subject, self.terms,
                                                 self.matcher.concepts)) and whole.status == "answer":
            return whole  # "invetation for bid": one name mistyped, not a slip of a name set "for" something
        named_right = bool(split) and self.matcher.exact([split[0]]) is not None  # "the invoice for X, who": no slip
        ids, safe = ([], False) if named_right else self._heads.find(split[0] if split else subject, scan)
        ids, safe = (ids, safe) if ids else self._tails.find(subject, scan)  # "AR aging — what's an aging schedule"
        if ids and not safe and (said := self._heard_name(scan, spans)) and said.status == "answer":
            return said  # "the sharp ratio": a name heard, not the name "ratio" ends
        if ids:  # "sidecars" for "sidecar container": answered only when one name and a rare word
            matches = [Match(i, self.terms[i].term, 100.0 if safe else 90.0) for i in ids[:MAX_CHOICES]]
            return LookupResult(subject, subject, "answer" if safe else "suggest", matches)
        covered = {i for span in spans for i in range(span.first, span.last + 1)} | own_tokens(scan) | {
            i for i, raw in enumerate(scan.raws) if not raw.isascii()}  # "eso"; "giúp": another language's word
        asking = scope.asking_tokens(scan)
        form = message_shape.shape(scan)
        result = None
        if 0 < len(words) <= MAX_SUBJECT_WORDS and not all(is_scaffold(w) for w in words):
            result = self.matcher.fuzzy(subject, asked=len(words) == 1 and not form.other_wh)  # not "who is dunns"
            result = phrase_slips.sure(result, subject, self.terms, self.matcher.concepts) or result  # "marked to"
            if split and not named_right and result.status == "unknown" \
                    and (head := self.matcher.fuzzy(split[0])).status in _ANSWERED:
                result = head  # "derivitive, in finance": the name mistyped before its setting, as exact reads it
        guessed = _initials_only(result, subject)  # "reliablity in cloud native" is no RCN: its words come first
        result = None if guessed else result
        named = None if result and result.status in _ANSWERED else typo_names.read(
            self.matcher, scan, covered, asking, subject)  # "mean time between faliures", "mutaul fnud"
        named = named if named is not None and form.question else None  # not in passing
        if named is not None and named.status == "answer":  # ("... all about suply chian stuff" asks nothing)
            return named
        if result and len(words) == 1 and result.status not in _ANSWERED \
                and (head := self._head_slip(words[0], subject, scan)) and head.status == "answer":
            return head  # "micorservices??"
        joined = joined_words.read(self.matcher, scan, covered, asking) if form.question else None
        if joined is not None and not form.other_wh and not (result and result.status in _ANSWERED):
            return joined  # "what is a hub zone business", "multi tenency"
        swap, swaps = swapped_acronyms.read(self.matcher, scan, covered, asking)  # "vnp", "cev number"
        if swap is not None and form.question and not form.other_wh and not (result and result.status in _ANSWERED):
            return swap
        # an acronym said as a word and typed by ear: "whack" for WACC, "eye map" for IMAP (sound_alike.py)
        heard, sounds = sound_alike.read(self.matcher, scan, covered, asking) if form.question else (None, [])
        if heard is not None and not form.other_wh and not (result and result.status in _ANSWERED):
            return heard
        swaps += [m for m in sounds if m.id not in {s.id for s in swaps}]
        said = self._heard_name(scan, spans) if form.question and not (result and result.status in _ANSWERED) else None
        if said is not None and said.status == "answer":
            return said
        swaps += [m for m in (said.matches if said else []) if m.id not in {s.id for s in swaps}]
        if result and (result.status != "unknown" or len(words) == 1):
            return _offer_too(result, swaps)
        left = [i for i, norm in enumerate(scan.norms)
                if i not in covered and i in asking and len(norm) >= 4 and norm.isalpha() and not is_scaffold(norm)
                and not common_words.either_spelling(norm, LEFTOVER_COMMON_RANK) and not named_parts.person(scan, i)
                and scan.raws[i].isascii()]  # "el comité de crédito": a word of another language, no slip of "credit"
        if form.cue and not form.other_wh and (run := left_runs.one_named(scan, left, covered, self._heads.find)):
            return LookupResult(run[0], run[0], "answer", [Match(run[1], self.terms[run[1]].term, 100.0)])
        left = left[:MAX_LEFTOVER]
        slips = [i for i in left if not is_word(scan.norms[i])] if len(left) > 1 else left  # not "compliance"
        alone = len({scan.norms[i] for i in slips}) == 1 and form.cue and not form.other_wh  # "hedgng meaning fx"
        short = self._clipped.lookup(scan.raws[slips[0]]) if alone else None
        if short is not None and short.status == "answer":
            return short  # "kindly tell what is capex": the one word asked is a name typed short
        asked_word = scan.norms[slips[0]] if alone else None
        results = [self.matcher.fuzzy(scan.raws[i], asked=scan.norms[i] == asked_word) for i in left]
        head = self._head_slip(scan.norms[slips[0]], scan.raws[slips[0]], scan) if alone and not any(
            r.status in _ANSWERED for r in results) else None  # "Blokchain – can you explain": blockchain ...
        window, near = typo_windows.best(self.matcher, scan, left, asking)
        near += (named.matches if named is not None else []) + (head.matches if head is not None else []) \
            + (short.matches if short is not None else [])  # "what's CAPEX, CFO says ...": offered, as alone
        if window is not None or named is not None and named.status == "ambiguous":
            return window or named  # "an acquistion plan": the longer name mistyped, not "acquisition"
        if head is not None and head.status == "answer" and not {m.id for m in head.matches} & {
                i for span in spans for i in span.ids}:  # a term the cues read in the message and left is not it
            return head  # "Blokchain – can you explain me": the one word asked begins one name, as it would alone
        back = pointed_phrase.read_back(self.matcher, scan, "")  # "... our payables deferal period. what is it"
        if back is not None and back.status == "answer":
            return back
        near += back.matches if back is not None else []
        answers = {tuple(m.id for m in r.matches): r for r in results if r.status in _ANSWERED}  # one name's senses
        typed_right = any(not (x.weak or x.loose) for x in spans)  # "SLA dans le contrat ...: what does it mean?"
        if len(answers) == 1 and form.question and not form.other_wh and not typed_right and not form_in_phrase(
                scan.norms, lambda k: tight(scan, k), left, [r.status in _ANSWERED for r in results]):  # "hedgng our
            # bets on lunch lol", "the ingres painter, who was he": offered; "indentured servitude?": not indenture
            return next(iter(answers.values()))
        found = swaps + [m for r in results if r.status != "unknown" for m in r.matches] + near + guessed
        choices = list({m.id: m for m in found}.values())
        if choices:
            return LookupResult(subject, subject, "suggest", choices[:MAX_CHOICES])
        if left and (len(words) > MAX_SUBJECT_WORDS or len(left) < len(words)):
            # name what is unknown, not the whole sentence: the first run of uncommon words asked about
            subject = left_runs.unknown_name(scan, left, message_shape.pointed(scan), covered)
        return LookupResult(subject, subject, "unknown", [])


def _form_of(typed: str, name: str, chosen: str) -> bool:
    """Is `typed` another form of `name` ("invoiced") or of a word of the term chosen? Then it is meant, no slip."""
    stems = {stem(w) for w in normalize.words(f"{name} {chosen}")}
    return stem(typed) in stems


def _swapped_first(typed: str, name: str) -> bool:
    """Is the first word typed the name's first word with two neighbouring letters swapped ("angle", angel)?"""
    typed_words, name_words = normalize.words(typed), normalize.words(name)
    return bool(typed_words and name_words) and swapped(typed_words[0], name_words[0])


def _initials_only(result: LookupResult | None, subject: str) -> list[Match]:
    """Acronyms offered only for the initials of the subject's words: never hiding a word's slip of a name."""
    if result is None or result.status != "suggest" or not result.matches:
        return []
    spelled = normalize.initials_variants(subject)
    return result.matches if all(normalize.key(m.term) in spelled for m in result.matches) else []


def _offer_too(result: LookupResult, swaps: list[Match]) -> LookupResult:
    """A "did you mean" (or nothing found) with the acronyms a short word is a swap of offered first."""
    if not swaps or result.status in _ANSWERED:
        return result
    choices = list({m.id: m for m in swaps + result.matches}.values())[:MAX_CHOICES]
    return LookupResult(result.query, result.subject, "suggest", choices)


def _beside(scan: Scan, span: Candidate, first: int, last: int) -> bool:
    """A term typed as one phrase with tokens first..last: next to them (a space between) or among them, in its own
    casing ("pod", not "arch" for ARCH), no question word ("what does swivle chair mean")."""
    if span.first == last + 1:
        gap = scan.text[scan.ends[last]:scan.starts[span.first]]
    elif span.last == first - 1:
        gap = scan.text[scan.ends[span.last]:scan.starts[first]]
    elif first <= span.first <= span.last <= last and not span.weak \
            and not any(map(is_scaffold, scan.norms[first:span.first])):
        gap = ""  # inside what the slip reads ("DCF valuation" as devaluation holds DCF), no "in" before: "X in k8s"
    else:
        return False
    return not gap.strip() and not span.loose and not any(is_scaffold(scan.norms[k]) for k in range(span.first,
                                                                                                   span.last + 1))
