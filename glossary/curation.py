"""Editing the glossary by hand, with the rules that keep it consistent.

Every write goes through TermStore (so it is a revision). This module adds what a
person typing in chat needs: finding a term by name, id or alias; refusing duplicates
after normalisation; refusing aliases that already name something else; cleaning
`related` lists when a term goes; and reverting to an older revision.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from glossary import normalize
from glossary.db import Connections
from glossary.models import Term
from glossary.sanitize import (
    InvalidInput,
    clean_definition,
    clean_example,
    clean_list,
    clean_term,
    clean_text,
    refuse_breaking,
)
from glossary.store import StaleRevision, TermStore
from glossary.yaml_io import MAX_EXAMPLES, MAX_TERM, GlossaryFormatError, validate_entry

EDITABLE = ("definition", "examples", "aliases", "tags", "related", "owner", "review_by")

__all__ = ["MAX_EXAMPLES", "Ambiguous", "Curation", "Duplicate", "InvalidInput", "StaleRevision", "UnknownTerm",
           "clean_changes"]


class UnknownTerm(LookupError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class Ambiguous(LookupError):
    """A name shared by several senses: the caller must say which one (by id)."""

    def __init__(self, name: str, senses: list[Term]) -> None:
        super().__init__(name)
        self.name = name
        self.senses = senses


class Duplicate(ValueError):
    """The name (after normalisation) already belongs to these terms."""

    def __init__(self, name: str, existing: list[Term], *, as_alias: bool = False) -> None:
        super().__init__(name)
        self.name = name
        self.existing = existing
        self.as_alias = as_alias


def clean_changes(raw: dict[str, Any]) -> dict[str, Any]:
    """Raw field values (from a command or a form) -> cleaned Term fields. Unknown keys are ignored."""
    changes: dict[str, Any] = {}
    if "definition" in raw:
        changes["definition"] = clean_definition(raw["definition"])
    if "examples" in raw:
        values = raw["examples"] if isinstance(raw["examples"], list) else [raw["examples"]]
        changes["examples"] = [e for e in (clean_example(v) for v in values) if e][:MAX_EXAMPLES]
    for name in ("aliases", "related"):
        if name in raw:
            changes[name] = clean_list(raw[name], name)
            refuse_breaking(name, changes[name])
    if "tags" in raw:
        changes["tags"] = [t.lower() for t in clean_list(raw["tags"], "tags")]
        refuse_breaking("tags", changes["tags"])
    if "owner" in raw:
        changes["owner"] = clean_text(raw["owner"], "owner", MAX_TERM) or None
    if "review_by" in raw:
        changes["review_by"] = _review_date(raw["review_by"])
    return changes


def _review_date(value: Any) -> str | None:
    text = clean_text(value, "review date", 40)
    if not text or text.lower() in {"none", "never", "-"}:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InvalidInput(f"“{text}” is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-01.") from None


def _checked(term: Term) -> Term:
    """The same validation as a YAML import, so every export imports again."""
    try:
        validate_entry(term.to_dict(), 0)
    except GlossaryFormatError as exc:
        raise InvalidInput(str(exc).split(": ", 1)[-1].capitalize() + ". Nothing was saved.") from None
    return term


class Curation:
    """Consistent edits on one glossary. `actor` is a user key, `platform` where the change came from."""

    def __init__(self, terms: TermStore, connections: Connections) -> None:
        self.terms = terms
        self.connections = connections

    # -- finding -----------------------------------------------------------
    def find(self, name: str, *, include_deleted: bool = False) -> list[Term]:
        """By id, else by term name, else by alias: every sense that fits."""
        name = name.strip()
        by_id = self.terms.get(name, include_deleted=include_deleted)
        if by_id is not None:
            return [by_id]
        senses = self.terms.by_name(name, include_deleted=False)
        if senses:
            return senses
        k = normalize.key(name)
        if k:
            senses = [t for t in self.terms.all() if k in {normalize.key(a) for a in t.aliases}]
        if not senses and include_deleted:
            senses = self.terms.by_name(name, include_deleted=True)
        return senses

    def find_one(self, name: str, *, include_deleted: bool = False) -> Term:
        senses = self.find(name, include_deleted=include_deleted)
        if not senses:
            raise UnknownTerm(name)
        if len(senses) > 1:
            raise Ambiguous(name, senses)
        return senses[0]

    def named(self, name: str, *, exclude: str | None = None) -> list[Term]:
        """Live terms whose name or alias has the same key as `name` (the duplicate check)."""
        k = normalize.key(name)
        return [t for t in self.terms.all() if t.id != exclude
                and k in {normalize.key(n) for n in [t.term, *t.aliases]}]

    # -- writing -----------------------------------------------------------
    def create(self, name: str, changes: dict[str, Any], *, actor: str, platform: str,
               new_sense: bool = False, note: str | None = None) -> Term:
        """A new term; refused as a Duplicate unless `new_sense` says it is another meaning of a name."""
        name = clean_term(name)
        if "definition" not in changes:
            raise InvalidInput("A new term needs a definition: “add TERM = what it means”.")
        with self.connections.write():
            existing = self.named(name)
            if existing and not new_sense:
                raise Duplicate(name, existing)
            fields = {f: changes[f] for f in EDITABLE if f in changes}
            term = _checked(Term(id=self._new_id(name, fields), term=name, **fields))
            self._check_aliases(term, term.aliases)
            return self.terms.save(term, actor=actor, platform=platform, action="create", note=note)

    def update(self, term_id: str, changes: dict[str, Any], *, actor: str, platform: str,
               based_on: int | None, action: str | None = None, note: str | None = None) -> tuple[Term, Term]:
        """Apply field changes on the revision the editor saw (`based_on`): an edit made on an old
        version is refused, and so is one that does not say which version it was made on."""
        if not isinstance(based_on, int) or isinstance(based_on, bool):
            raise InvalidInput("That edit does not say which version of the term it was made on, so it could "
                               "overwrite someone else's change. Please open the edit form again. Nothing was saved.")
        with self.connections.write():
            before = self.terms.get(term_id)
            if before is None:
                raise UnknownTerm(term_id)
            if based_on != before.revision:
                raise StaleRevision(before, based_on)
            after = _checked(replace(before, **{f: v for f, v in changes.items() if f in EDITABLE}))
            if after.to_dict() == before.to_dict():
                return before, before
            new_aliases = [a for a in after.aliases
                           if normalize.key(a) not in {normalize.key(x) for x in before.aliases}]
            self._check_aliases(after, new_aliases)
            saved = self.terms.save(after, actor=actor, platform=platform, action=action,
                                    based_on=before.revision, note=note)
            return before, saved

    def add_alias(self, term: Term, alias: str, *, actor: str, platform: str) -> Term:
        alias = clean_term(alias, "aliases")
        if normalize.key(alias) in {normalize.key(n) for n in [term.term, *term.aliases]}:
            return term
        return self.update(term.id, {"aliases": [*term.aliases, alias]}, actor=actor, platform=platform,
                           based_on=term.revision, note=f"alias {alias}")[1]

    def remove_alias(self, alias: str, *, actor: str, platform: str) -> tuple[Term, Term, str]:
        """Drop an alias from the one term that has it. Returns (before, after, the alias as it was spelled)."""
        k = normalize.key(alias)
        owners = [t for t in self.terms.all() if k in {normalize.key(a) for a in t.aliases}]
        if not owners:
            raise UnknownTerm(alias)
        if len(owners) > 1:
            raise Ambiguous(alias, owners)
        term = owners[0]
        spelled = next(a for a in term.aliases if normalize.key(a) == k)
        kept = [a for a in term.aliases if normalize.key(a) != k]
        after = self.update(term.id, {"aliases": kept}, actor=actor, platform=platform, based_on=term.revision,
                            note=f"unalias {spelled}")[1]
        return term, after, spelled

    def remove(self, term: Term, *, actor: str, platform: str) -> tuple[Term, list[Term]]:
        """Remove a term, and its name from `related` lists that would point nowhere. One transaction."""
        with self.connections.write():
            removed = self.terms.remove(term.id, actor=actor, platform=platform)
            gone = {normalize.key(n) for n in [term.term, *term.aliases]}
            gone -= {normalize.key(n) for t in self.terms.all() for n in [t.term, *t.aliases]}
            touched: list[Term] = []
            for other in self.terms.all():
                kept = [r for r in other.related if normalize.key(r) not in gone]
                if kept != other.related:
                    touched.append(self.update(other.id, {"related": kept}, actor=actor, platform=platform,
                                               based_on=other.revision, note=f"{term.term} was removed")[1])
        return removed, touched

    def revert(self, term_id: str, number: int, *, actor: str, platform: str) -> tuple[Term, bool]:
        """Go back to revision #number (also restores a removed term). Returns (term, was it removed)."""
        with self.connections.write():
            history = {r["number"]: r for r in self.terms.history(term_id)}
            target = history.get(number)
            if target is None:
                raise InvalidInput(f"There is no revision #{number}. “history” lists them.")
            if target["after"] is None:
                raise InvalidInput(f"Revision #{number} removed the term; pick a revision that has a definition.")
            current = self.terms.get(term_id, include_deleted=True)
            was_removed = self.terms.get(term_id) is None
            wanted = Term(**target["after"])
            if current is not None and not was_removed and current.to_dict() == wanted.to_dict():
                return current, False
            saved = self.terms.save(wanted, actor=actor, platform=platform, action="revert",
                                    based_on=current.revision if current else None, note=f"revert to #{number}")
        return saved, was_removed

    # -- helpers -----------------------------------------------------------
    def _new_id(self, name: str, fields: dict[str, Any]) -> str:
        """'pr', or for a second sense 'pr-public-relations' (its first alias or tag tells it apart)."""
        if not self.terms.by_name(name, include_deleted=True):
            return self.terms.unique_id(name)
        hint = (fields.get("aliases") or fields.get("tags") or [""])[0]
        return self.terms.unique_id(f"{name} {hint}".strip())

    def _check_aliases(self, term: Term, aliases: list[str]) -> None:
        for alias in aliases:
            taken = self.named(alias, exclude=term.id)
            if taken:
                raise Duplicate(alias, taken, as_alias=True)

