"""How often people asked about a term: per entry (term of the week, coverage by tag) and per name
(most asked lists, a term page's count). The digest, the dashboard and the web pages all count here."""

from __future__ import annotations

import json
from collections import Counter

from glossary import normalize
from glossary.service import Glossary

# The term a question was answered with: an answer's term, or an ambiguous answer's first sense (which
# stands for the name all its senses share). One definition for the digest, the dashboard and term pages.
_ANSWERED_ID = "coalesce(q.top_id, case when q.status = 'ambiguous' then json_extract(q.matched, '$[0]') end)"


def asked_per_term(glossary: Glossary, start: str, end: str, term_id: str | None = None) -> dict[str, int]:
    """term id -> questions whose answer showed it in [start, end) (one term, or all): an ambiguous answer
    showed every sense, so it counts for each. The term of the week and coverage by tag read this."""
    rows = glossary.connections.db.execute(
        "select q.status, q.top_id, q.matched from queries q where q.at >= ? and q.at < ? "
        "and q.status in ('answer', 'ambiguous') and (? is null or q.top_id = ? or q.matched like ?)",
        [start, end, term_id, term_id, f'%"{term_id}"%']).fetchall()
    counts: Counter[str] = Counter()
    for status, top_id, matched in rows:
        ids = [top_id] if status == "answer" else _ids(matched)
        counts.update(i for i in dict.fromkeys(ids) if i and (term_id is None or i == term_id))
    return dict(counts)


def _ids(matched: str | None) -> list[str]:
    try:
        ids = json.loads(matched or "[]")
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def asked_by_name(glossary: Glossary, start: str, end: str, limit: int | None = None,
                  name_key: str | None = None) -> list[tuple[str | None, str, int]]:
    """Most asked names in [start, end): (term id, or None when the name has several senses, name, times).

    A question counts once, for the name it was answered with: an answer for its term's name, an
    answer listing several senses ("pipeline") once for their shared name. So "pipeline" asked 5 times
    is "pipeline ×5" in the digest, on the dashboard and on each of its pages, never 0 or 10.
    """
    rows = glossary.connections.db.execute(
        f"select t.term_key, min(t.term), count(*) as n from queries q join terms t on t.id = {_ANSWERED_ID} "  # noqa: S608
        "where q.at >= ? and q.at < ? and q.status in ('answer', 'ambiguous') and t.deleted = 0 "
        "and (? is null or t.term_key = ?) group by t.term_key order by n desc, min(t.term) collate nocase limit ?",
        [start, end, name_key, name_key, -1 if limit is None else limit]).fetchall()
    out = []
    for key, name, n in rows:
        senses = glossary.connections.db.execute(
            "select id from terms where term_key = ? and deleted = 0 order by id limit 2", [key]).fetchall()
        out.append((senses[0][0] if len(senses) == 1 else None, name, n))
    return out


def asked_for_name(glossary: Glossary, name: str, start: str, end: str) -> int:
    """How often the name of a term (every sense of it) was asked in [start, end): a term page's count."""
    rows = asked_by_name(glossary, start, end, name_key=normalize.key(name))
    return rows[0][2] if rows else 0
