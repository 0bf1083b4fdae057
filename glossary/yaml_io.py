"""Glossary as code: the YAML format, validated strictly, read and written identically."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import yaml

from glossary import name_rules, normalize
from glossary.models import LIST_FIELDS, TERM_FIELDS, Term

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TERMS = 200_000
MAX_DEFINITION = 1_000
MAX_FIELD = 2_000
MAX_TERM = 120
MAX_LIST_ITEMS = 20  # aliases, tags, related: the same cap as chat (glossary.sanitize.clean_list)
MAX_EXAMPLES = 5  # the most an answer shows, and what chat keeps
LIST_LIMITS = {"aliases": MAX_LIST_ITEMS, "examples": MAX_EXAMPLES, "tags": MAX_LIST_ITEMS, "related": MAX_LIST_ITEMS}
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class GlossaryFormatError(ValueError):
    """A YAML file that cannot be imported; the message names the entry and the field."""


@dataclass
class _Where:
    index: int
    term: str

    def __str__(self) -> str:
        return f"entry {self.index + 1}" + (f" ({self.term!r})" if self.term else "")


MAX_NESTING = 20


class _SafeLoader(yaml.SafeLoader):
    """A safe loader that also refuses aliases (billion laughs) and deep nesting (stack exhaustion)."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "YAML aliases (*name) are not allowed", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                raise yaml.composer.ComposerError(None, None, f"nesting deeper than {MAX_NESTING} levels",
                                                  self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_CLoader = getattr(yaml, "CSafeLoader", None)


class _Frame:
    """One open mapping or sequence while reading the event stream."""

    __slots__ = ("keys", "expect_key", "last_key", "items", "term", "duplicate")

    def __init__(self, mapping: bool) -> None:
        self.keys: set[str] | None = set() if mapping else None
        self.expect_key = True
        self.last_key: str | None = None
        self.items = 0  # sequences: how many items so far
        self.term = ""  # mappings: the value of its `term` key, to name the entry
        self.duplicate: tuple[str, Any] | None = None


def _check_events(text: str) -> None:
    """Refuse aliases, deep nesting and duplicate keys, reading the event stream once.

    A key written twice would silently keep the second value, so a reviewed file could hide
    what goes in: it is refused, naming the entry (index and term), the key and the line.
    """
    stack: list[_Frame] = []

    def node_done() -> None:
        if stack:
            top = stack[-1]
            if top.keys is None:
                top.items += 1
            else:
                top.expect_key = not top.expect_key

    for event in yaml.parse(text, Loader=_CLoader or yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "YAML aliases (*name) are not allowed", event.start_mark)
        if isinstance(event, yaml.ScalarEvent):
            top = stack[-1] if stack else None
            if top is not None and top.keys is not None:
                if top.expect_key:
                    if event.value in top.keys and top.duplicate is None:
                        top.duplicate = (event.value, event.start_mark)
                    top.keys.add(event.value)
                    top.last_key = event.value
                elif top.last_key == "term":
                    top.term = event.value
            node_done()
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(stack) >= MAX_NESTING:
                raise yaml.composer.ComposerError(None, None, f"nesting deeper than {MAX_NESTING} levels",
                                                  event.start_mark)
            stack.append(_Frame(isinstance(event, yaml.MappingStartEvent)))
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            frame = stack.pop()
            if frame.duplicate is not None:
                raise GlossaryFormatError(_duplicate_message(frame, stack))
            node_done()


def _duplicate_message(frame: _Frame, parents: list[_Frame]) -> str:
    key, mark = frame.duplicate  # type: ignore[misc]
    entries = next((f for f in parents if f.keys is None), None)  # the list of entries
    where = f"{_Where(entries.items, frame.term)}: " if entries is not None and entries is parents[-1] else ""
    return (f"{where}field '{key}' is written twice (again at line {mark.line + 1}); YAML would keep only the "
            "last one silently. Keep one.")


def _load(text: str) -> Any:
    """Safe-load with the refusals of `_check_events`, at libyaml speed when it is available.

    10k terms load in about a second with libyaml instead of five.
    """
    _check_events(text)
    if _CLoader is None:
        return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a SafeLoader subclass
    return yaml.load(text, Loader=_CLoader)  # noqa: S506 - libyaml's SafeLoader


def _clean_text(value: Any, where: _Where, field: str, limit: int) -> str:
    if not isinstance(value, str):
        raise GlossaryFormatError(f"{where}: field '{field}' must be text, not {type(value).__name__}")
    if _CONTROL.search(value):
        raise GlossaryFormatError(f"{where}: field '{field}' contains control characters")
    value = value.strip()
    if len(value) > limit:
        raise GlossaryFormatError(f"{where}: field '{field}' is {len(value)} characters long (limit {limit})")
    return value


def _list_form(field: str, value: str) -> str:
    """How to write `value` as the list that was meant: 'it, finance' -> '[it, finance]'.

    Names and tags are split at commas; an example is a sentence, so it stays one item.
    """
    items = [value.strip()] if field == "examples" else [v.strip() for v in value.split(",") if v.strip()]
    return yaml.safe_dump(items[:LIST_LIMITS[field]], default_flow_style=True, width=10**6,
                          allow_unicode=True).strip()


def validate_entry(raw: Any, index: int) -> Term:
    """One mapping from the file -> a Term, or a GlossaryFormatError naming what is wrong."""
    name = raw.get("term") if isinstance(raw, dict) and isinstance(raw.get("term"), str) else ""
    where = _Where(index, name)
    if not isinstance(raw, dict):
        raise GlossaryFormatError(f"{where}: must be a mapping with 'term' and 'definition'")
    unknown = sorted(set(map(str, raw)) - set(TERM_FIELDS))
    if unknown:
        raise GlossaryFormatError(f"{where}: unknown field(s) {', '.join(unknown)}; allowed: {', '.join(TERM_FIELDS)}")
    for required in ("term", "definition"):
        if raw.get(required) in (None, ""):
            raise GlossaryFormatError(f"{where}: missing required field '{required}'")
    term = _clean_text(raw["term"], where, "term", MAX_TERM)
    definition = _clean_text(raw["definition"], where, "definition", MAX_DEFINITION)
    if not term or not definition:
        raise GlossaryFormatError(f"{where}: 'term' and 'definition' must not be blank")
    wrong = name_rules.name_problem(term)
    if wrong:
        raise GlossaryFormatError(f"{where}: field 'term': {wrong}")
    lists: dict[str, list[str]] = {}
    for field in LIST_FIELDS:
        value = raw.get(field, [])
        if value is None:
            value = []
        if isinstance(value, str):  # `tags: it, finance` would be one tag: say how to write a list instead
            raise GlossaryFormatError(f"{where}: field '{field}' must be a list of text, e.g. "
                                      f"{field}: {_list_form(field, value)}")
        if not isinstance(value, list):
            raise GlossaryFormatError(f"{where}: field '{field}' must be a list of text")
        if len(value) > LIST_LIMITS[field]:
            raise GlossaryFormatError(f"{where}: field '{field}' has {len(value):,} items; the limit is "
                                      f"{LIST_LIMITS[field]}")
        lists[field] = [_clean_text(v, where, f"{field}[{i}]", MAX_FIELD) for i, v in enumerate(value)]
        lists[field] = [v for v in lists[field] if v]
        if field != "examples":
            for i, item in enumerate(lists[field]):
                wrong = name_rules.problem(field, [item])
                if wrong:
                    raise GlossaryFormatError(f"{where}: field '{field}[{i}]': {wrong}")
    term_id = raw.get("id")
    if term_id is None:
        term_id = normalize.slug(term)
    elif not isinstance(term_id, str) or not _ID.match(term_id):
        raise GlossaryFormatError(f"{where}: field 'id' must be lower-case letters, digits, '-', '_' or '.'")
    owner = raw.get("owner")
    if owner is not None:
        owner = _clean_text(owner, where, "owner", MAX_TERM)
    review_by = raw.get("review_by")
    if isinstance(review_by, date):
        review_by = review_by.isoformat()
    if review_by is not None:
        review_by = _clean_text(review_by, where, "review_by", 10)
        try:
            date.fromisoformat(review_by)
        except ValueError:
            raise GlossaryFormatError(f"{where}: field 'review_by' must be a date like 2027-01-31") from None
    return Term(id=term_id, term=term, definition=definition, owner=owner or None, review_by=review_by, **lists)


def parse(text: str | bytes) -> list[Term]:
    """Validate a whole file. Nothing is returned unless every entry is valid."""
    if len(text) > MAX_FILE_BYTES:
        raise GlossaryFormatError(f"the file is {len(text):,} bytes; the limit is {MAX_FILE_BYTES:,}")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise GlossaryFormatError("the file is not UTF-8 text") from None
    try:
        data = _load(text)
    except RecursionError:
        raise GlossaryFormatError(f"the YAML is nested too deeply (limit {MAX_NESTING} levels)") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise GlossaryFormatError(f"YAML syntax error{at}: {problem}") from None
    if isinstance(data, dict) and set(data) == {"terms"} and isinstance(data["terms"], list):
        entries = data["terms"]
    else:
        found = ("the file is empty" if data is None else "the file is a bare list" if isinstance(data, list)
                 else "the file is not a glossary")
        raise GlossaryFormatError(f"{found}: it must be a mapping with one key, 'terms', holding a list of entries")
    if len(entries) > MAX_TERMS:
        raise GlossaryFormatError(f"the file has {len(entries):,} entries; the limit is {MAX_TERMS:,}")
    terms = [validate_entry(raw, i) for i, raw in enumerate(entries)]
    seen: dict[str, int] = {}
    for i, term in enumerate(terms):
        if term.id in seen:
            raise GlossaryFormatError(
                f"{_Where(i, term.term)}: duplicate id '{term.id}' (also used by entry {seen[term.id] + 1})")
        seen[term.id] = i
    return terms


class _Dumper(yaml.SafeDumper):
    pass


def _flow_list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=False)


_Dumper.add_representer(list, _flow_list)
_FastDumper: type = _Dumper
if hasattr(yaml, "CSafeDumper"):  # libyaml writes the same bytes, five times faster

    class _CDumper(yaml.CSafeDumper):
        pass

    _CDumper.add_representer(list, _flow_list)
    _FastDumper = _CDumper


def dump(terms: list[Term]) -> str:
    """Same format as `parse` reads; stable order, so export/import/export is byte-identical."""
    entries = []
    for term in sorted(terms, key=lambda t: (normalize.key(t.term), t.id)):
        data = term.to_dict()
        entries.append({k: data[k] for k in TERM_FIELDS if data.get(k) not in (None, [])})
    return yaml.dump({"terms": entries}, Dumper=_FastDumper, allow_unicode=True, sort_keys=False, width=100)
