"""Reply -> Adaptive Card: pure functions, checked on the JSON Teams would render."""

from __future__ import annotations

from adapters.teams import render as render_teams
from bot.answers import term_reply
from bot.messages import Button, Form, FormField, Item, Reply
from glossary.models import Term
from tests.fakes.connector import card_actions, card_elements, card_texts


def test_people_text_is_never_markdown() -> None:
    """A definition with markdown or a link shows literally: TextRuns are not parsed as markdown."""
    term = Term(id="x", term="X**bold**", definition="See [click here](https://evil.example) and _this_.",
                examples=["Use <b>X</b> daily"], tags=["it"])
    card = render_teams.card(term_reply(term))
    assert card_elements(card, "TextBlock") == []
    runs = [r["text"] for r in card_elements(card, "TextRun")]
    assert term.definition in runs and "Use <b>X</b> daily" in runs and any("X**bold**" in r for r in runs)
    assert card["version"] == render_teams.CARD_VERSION and card["fallbackText"].startswith("X**bold**")


def test_buttons_round_trip_to_actions() -> None:
    reply = Reply(text="pick", choices=[Button("PR (pull request)", "lookup", {"term_id": "pr-pull"})],
                  actions=[Button("Delete", "remove", {"id": 3}, style="danger")])
    card = render_teams.card(reply)
    choice, delete = card_actions(card)
    assert choice["title"] == "PR (pull request)" and delete["style"] == "destructive"
    assert render_teams.action_from_value(choice["data"]) == ("lookup", {"term_id": "pr-pull"})
    assert card["actions"] == [delete]  # card-level actions; choices sit in the body


def test_form_inputs_are_merged_with_hidden_values_on_submit() -> None:
    form = Form("Suggest: SLA", [FormField("definition", "What it means", value="old", multiline=True,
                                           optional=False),
                                 FormField("tags", "Tags", placeholder="e.g. it")],
                submit_action="term_form_submit", submit_label="Send", hidden={"mode": "suggest", "term_id": "sla"})
    card = render_teams.card(Reply(text="Fill in the form.", kind="form", form=form))
    definition, tags = card_elements(card, "Input.Text")
    assert definition == {"type": "Input.Text", "id": "definition", "label": "What it means", "value": "old",
                          "isMultiline": True, "isRequired": True, "errorMessage": "What it means is required."}
    assert tags["placeholder"] == "e.g. it" and not tags["isRequired"]
    [submit] = card["actions"]
    assert submit["title"] == "Send"
    # Teams posts the button's data with every input's value next to it
    submitted = {**submit["data"], "definition": "new", "tags": "ops", "msteams": {"x": 1}}
    assert render_teams.action_from_value(submitted) == (
        "term_form_submit", {"mode": "suggest", "term_id": "sla", "definition": "new", "tags": "ops"})


def test_foreign_values_are_not_actions() -> None:
    for value in (None, "text", {}, {"action": "x"}, {render_teams.ACTION_KEY: ""}, [1]):
        assert render_teams.action_from_value(value) is None
    nested = {"commandId": "explainJargon", "data": {render_teams.ACTION_KEY: "translate",
                                                     render_teams.VALUE_KEY: {"text": "t"}}}
    assert render_teams.action_from_value(nested) == ("translate", {"text": "t"})


def test_long_lists_are_cut_and_say_so() -> None:
    items = [Item(f"T{i}", f"meaning {i}", [Button("Open", "lookup", {"term_id": str(i)})]) for i in range(45)]
    card = render_teams.card(Reply(text="many", title="Terms", items=items))
    texts = card_texts(card)
    assert "T29" in texts and "T30" not in texts and "…and 15 more." in texts
    assert len(card_actions(card)) == render_teams.MAX_ITEMS


def test_files_are_shown_monospace_and_cut() -> None:
    content = "terms:\n" + "- term: X\n" * 5000
    card = render_teams.card(Reply(text="Export", file=("glossary.yaml", content)))
    monospace = [r for r in card_elements(card, "TextRun") if r.get("fontType") == "Monospace"]
    assert len(monospace[0]["text"]) == render_teams.MAX_FILE_CHARS
    assert any("jargon export" in t for t in card_texts(card))


def test_several_replies_make_one_card_with_separators() -> None:
    card = render_teams.card([Reply(text="first"), Reply(text="second")])
    blocks = card["body"]
    assert [b["inlines"][0]["text"] for b in blocks] == ["first", "second"] and blocks[1]["separator"] is True


def test_search_results_are_static_cards_with_previews() -> None:
    term = Term(id="sla", term="SLA", definition="A promise about service. More text.", related=["SLO"])
    body = render_teams.search_results([term_reply(term)])
    [attachment] = body["composeExtension"]["attachments"]
    assert card_actions(attachment["content"]) == []
    assert "Related: " in card_texts(attachment["content"]) and "SLO" in card_texts(attachment["content"])
    assert attachment["preview"]["contentType"] == render_teams.THUMBNAIL
    assert attachment["preview"]["content"]["title"] == "SLA"


def test_summary_is_one_short_line() -> None:
    assert render_teams.summary(Reply(text="a\n  b")) == "a b"
    assert len(render_teams.summary(Reply(text="x" * 500))) == render_teams.MAX_SUMMARY
