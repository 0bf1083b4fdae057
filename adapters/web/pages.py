"""What the index and term pages show, as plain data for the templates. Read-only: nothing is logged or saved.

Search uses the bot's own matcher first (`Glossary.lookup`: typos, plurals, expansions, "what does X
mean"), then full-text search over definitions and examples, so the web finds what the chat finds.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta

from bot.commands.history import describe_revision
from bot.digest import who
from glossary.asked import asked_for_name
from glossary.clock import iso
from glossary.models import Term
from glossary.people import People
from glossary.search import mention_excerpts, search, tag_counts
from glossary.service import Glossary
from glossary.store import by_name_order

PAGE_SIZE = 50
MAX_QUERY = 200
MAX_SEARCH_HITS = 200
HISTORY_SHOWN = 10
ASKED_DAYS = 30
LETTERS = [chr(c) for c in range(ord("A"), ord("Z") + 1)] + ["#"]


def letter_of(term: Term) -> str:
    first = term.term[:1].upper()
    return first if "A" <= first <= "Z" else "#"


@dataclass
class Catalog:
    """The sorted glossary, by letter and by tag, rebuilt only when the glossary changes.

    A page request then only slices lists: it allocates next to nothing, so even a 10,000-term
    glossary pages in a few milliseconds without waking the garbage collector.
    """

    version: int
    terms: list[Term]
    tags: list[tuple[str, int]]
    by_letter: dict[str, list[Term]]
    by_tag: dict[str, list[Term]]

    @classmethod
    def build(cls, version: int, terms: list[Term]) -> Catalog:
        by_letter: dict[str, list[Term]] = {}
        by_tag: dict[str, list[Term]] = {}
        for t in terms:
            by_letter.setdefault(letter_of(t), []).append(t)
            for tag in {x.lower() for x in t.tags}:
                by_tag.setdefault(tag, []).append(t)
        return cls(version, terms, tag_counts(terms), by_letter, by_tag)

    @property
    def letters(self) -> set[str]:
        return set(self.by_letter)


class Catalogs:
    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self._current: Catalog | None = None
        self._lock = threading.Lock()

    def get(self) -> Catalog:
        version = self.glossary.terms.version()
        current = self._current
        if current is not None and current.version == version:
            return current
        with self._lock:
            if self._current is None or self._current.version != version:
                terms = by_name_order(self.glossary.matcher.terms.values())
                self._current = Catalog.build(version, terms)
            return self._current


@dataclass
class Hit:
    term: Term
    label: str  # the term, or "PR (pull request)" when several senses are listed
    note: str = ""  # "Best match", "Did you mean?"
    excerpt: str = ""  # what mentions the search words, when it is not the definition's first sentence


@dataclass
class IndexPage:
    total: int
    hits: list[Hit]
    found: int
    page: int
    pages: int
    q: str = ""
    letter: str = ""
    tag: str = ""
    status: str = ""  # the bot's verdict for q: answer, ambiguous, suggest, unknown
    subject: str = ""
    tags: list[tuple[str, int]] = field(default_factory=list)
    letters: set[str] = field(default_factory=set)


def _labelled(terms: list[Term], note: str = "") -> list[Hit]:
    names = [t.term.casefold() for t in terms]
    return [Hit(t, t.sense_label if names.count(t.term.casefold()) > 1 else t.term, note) for t in terms]


def _searched(glossary: Glossary, q: str) -> tuple[list[Hit], str, str]:
    result = glossary.lookup(q)
    terms = glossary.matcher.terms
    note = {"answer": "Best match", "ambiguous": "One of its meanings", "suggest": "Did you mean?"}.get(result.status,
                                                                                                      "")
    matched = [terms[m.id] for m in result.matches if m.id in terms and result.status != "unknown"]
    seen = {t.id for t in matched}
    mentions = [t for t in search(glossary.connections, q, limit=MAX_SEARCH_HITS) if t.id not in seen]
    mentioned = _labelled(mentions, "Mentions it")
    excerpts = mention_excerpts(glossary.connections, q, [t.id for t in mentions])
    for hit in mentioned:
        hit.excerpt = excerpts.get(hit.term.id, "")
    return _labelled(matched, note) + mentioned, result.status, result.subject


def index_page(glossary: Glossary, catalogs: Catalogs, *, q: str = "", letter: str = "", tag: str = "",
               page: int = 1) -> IndexPage:
    catalog = catalogs.get()
    q, tag = q.strip()[:MAX_QUERY], tag.strip().lower()[:60]
    letter = letter.upper() if letter.upper() in LETTERS else ""
    status = subject = ""
    if q:
        hits, status, subject = _searched(glossary, q)
        found = len(hits)
    else:
        terms = catalog.by_letter.get(letter, []) if letter else catalog.terms
        if tag:
            tagged = catalog.by_tag.get(tag, [])
            terms = tagged if not letter else [t for t in tagged if letter_of(t) == letter]
        found = len(terms)
    pages = max(1, -(-found // PAGE_SIZE))
    page = min(max(page, 1), pages)
    window = slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    shown = hits[window] if q else _labelled(terms[window])  # senses told apart only where it matters
    return IndexPage(total=len(catalog.terms), hits=shown, found=found, page=page, pages=pages, q=q,
                     letter=letter, tag=tag, status=status, subject=subject, tags=catalog.tags,
                     letters=catalog.letters)


@dataclass
class Related:
    name: str
    term_id: str | None  # a term page to link to
    search: bool = False  # several senses: link to the search instead


@dataclass
class Change:
    number: int
    who: str
    what: str
    when: str


@dataclass
class TermPage:
    term: Term
    senses: list[Term]  # the other meanings of the same name
    related: list[Related]
    history: list[Change]
    revisions: int
    asked: int  # questions about this term's name (any of its senses) in the last ASKED_DAYS days
    owner: str = ""  # the owner by name when known ("slack:U1" is shown as the person, never the raw key)


def related_links(glossary: Glossary, names: list[str]) -> list[Related]:
    """Each related name, resolved the way the bot would answer it."""
    out = []
    for name in names:
        result = glossary.lookup(name)
        if result.status == "answer":
            out.append(Related(name, result.matches[0].id))
        else:
            out.append(Related(name, None, search=result.status == "ambiguous"))
    return out


def term_page(glossary: Glossary, term_id: str) -> TermPage | None:
    term = glossary.term(term_id)
    if term is None:
        return None
    senses = [t for t in glossary.terms.by_name(term.term) if t.id != term.id]
    revisions = glossary.terms.history(term.id)
    shown = revisions[-HISTORY_SHOWN:]
    names = People(glossary).names([term.owner or "", *(rev["actor"] for rev in shown)])  # names, not raw ids
    history = []
    for rev in reversed(shown):
        verb, changes = describe_revision(rev)
        history.append(Change(rev["number"], who(rev["actor"], names), verb + (f": {changes}" if changes else ""),
                              rev["at"][:16].replace("T", " ") + " UTC"))
    now = glossary.clock()
    asked = asked_for_name(glossary, term.term, iso(now - timedelta(days=ASKED_DAYS)),
                           iso(now + timedelta(seconds=1)))
    return TermPage(term, senses, related_links(glossary, term.related), history, len(revisions), asked,
                    who(term.owner, names) if term.owner else "")
