"""The YAML format other tools and people write: ids, defaults, field order, strictness."""

from __future__ import annotations

import pytest

from glossary import yaml_io
from glossary.models import Term

ISSUE_EXAMPLE = """\
terms:
  - id: sla                      # optional
    term: SLA
    aliases: [service level agreement]
    definition: A written promise about how reliable a service will be, and what happens if it is not.
    examples: ["Our SLA with the payroll vendor says the system is up 99.9% of the month."]
    tags: [it, business]
    related: [SLO, uptime]
    owner: it-ops                # optional
"""


def test_the_example_from_the_issue_parses() -> None:
    (term,) = yaml_io.parse(ISSUE_EXAMPLE)
    assert term == Term(id="sla", term="SLA", definition="A written promise about how reliable a service will be, "
                        "and what happens if it is not.", aliases=["service level agreement"],
                        examples=["Our SLA with the payroll vendor says the system is up 99.9% of the month."],
                        tags=["it", "business"], related=["SLO", "uptime"], owner="it-ops")


def test_an_id_is_generated_from_the_term_when_absent_and_kept_when_given() -> None:
    terms = yaml_io.parse("terms:\n  - {term: P&L, definition: x}\n  - {id: my-own, term: CI/CD, definition: y}\n")
    assert [t.id for t in terms] == ["p-and-l", "my-own"]


def test_a_date_is_read_as_a_review_date() -> None:
    (term,) = yaml_io.parse("terms:\n  - term: A\n    definition: a\n    review_by: 2027-01-31\n")
    assert term.review_by == "2027-01-31"


@pytest.mark.parametrize(("field", "fix"), [("aliases", "[it, finance]"), ("tags", "[it, finance]"),
                                          ("related", "[it, finance]"), ("examples", "['it, finance']")])
def test_a_list_field_given_as_a_plain_string_is_refused_with_the_fix(field: str, fix: str) -> None:
    """`tags: it, finance` would silently be one tag "it, finance": refuse it and show the list split at commas
    (an example is a sentence, so it stays one item)."""
    with pytest.raises(yaml_io.GlossaryFormatError) as raised:
        yaml_io.parse(f"terms:\n  - term: A\n    definition: a\n    {field}: it, finance\n")
    assert str(raised.value) == f"entry 1 ('A'): field '{field}' must be a list of text, e.g. {field}: {fix}"


@pytest.mark.parametrize(("written", "meant"), [("it, finance", ["it", "finance"]),
                                                ("release: train, SLA", ["release: train", "SLA"]),
                                                ("ops , , dev", ["ops", "dev"])])
def test_the_suggested_list_pasted_back_imports_as_the_items_that_were_meant(written: str, meant: list[str]) -> None:
    with pytest.raises(yaml_io.GlossaryFormatError) as raised:
        yaml_io.parse(f"terms:\n  - term: A\n    definition: a\n    aliases: {written!r}\n")
    fix = str(raised.value).split("e.g. ", 1)[1]
    (term,) = yaml_io.parse(f"terms:\n  - term: A\n    definition: a\n    {fix}\n")
    assert term.aliases == meant


@pytest.mark.parametrize(("text", "found"), [
    ("- term: A\n  definition: a\n", "the file is a bare list"),
    ("", "the file is empty"),
    ("# only a comment\n", "the file is empty"),
    ("just: a mapping\n", "the file is not a glossary"),
    ("terms: A\n", "the file is not a glossary"),
])
def test_the_file_must_be_a_mapping_with_terms_and_the_error_says_what_it_is(text: str, found: str) -> None:
    with pytest.raises(yaml_io.GlossaryFormatError) as raised:
        yaml_io.parse(text)
    assert str(raised.value) == f"{found}: it must be a mapping with one key, 'terms', holding a list of entries"


def test_dump_writes_fields_in_a_stable_order_and_skips_empty_ones() -> None:
    text = yaml_io.dump([Term(id="b", term="Beta", definition="b", tags=["it"]),
                         Term(id="a", term="alpha", definition="a", owner="me")])
    assert text == ("terms:\n- id: a\n  term: alpha\n  definition: a\n  owner: me\n"
                    "- id: b\n  term: Beta\n  definition: b\n  tags:\n  - it\n")
    assert yaml_io.dump(yaml_io.parse(text)) == text


@pytest.mark.parametrize(("text", "message"), [
    ("terms:\n  - {term: A, definition: a, review_by: someday}\n", "review_by"),
    ("terms:\n  - {term: \"A\\x01\", definition: a}\n", "control characters"),
    ("terms:\n  - {term: '  ', definition: a}\n", "entry 1"),
    (b"\xff\xfe", "UTF-8"),
])
def test_more_refusals(text: str | bytes, message: str) -> None:
    with pytest.raises(yaml_io.GlossaryFormatError, match=message):
        yaml_io.parse(text)
