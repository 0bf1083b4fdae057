"""Suggestions from anyone: curators are told, approve or reject (commands or buttons), the author hears back."""

from __future__ import annotations

import threading

from bot.core import Bot
from glossary.service import Glossary
from tests.bot.curation_support import (
    button,
    click,
    make_curator,
    notices_to,
    private,
    send,
    state,
    submit,
)

OLD_SLA = "A written promise, usually part of a contract"


def test_suggest_notifies_curators_and_approve_tells_the_author(bot: Bot, glossary: Glossary) -> None:
    make_curator(glossary, "cura")
    make_curator(glossary, "U0CUR", platform="slack")
    replies = send(bot, "glossary suggest SLA = A promise about uptime, with penalties.", user="member")
    assert "suggestion #1 for SLA is waiting" in private(replies).text
    notices = notices_to(replies)
    assert set(notices) == {"console:admin", "console:cura"}  # same platform only, never the author
    assert notices["console:cura"].items[0].label == "#1"
    assert "“A promise about uptime, with penalties.”" in notices["console:cura"].items[0].text
    assert glossary.terms.get("sla").definition.startswith(OLD_SLA)  # nothing applied yet
    pending = private(send(bot, "glossary pending", user="cura"))
    assert [i.label for i in pending.items] == ["#1"] and "by Member" in pending.items[0].text
    approved = send(bot, "glossary approve #1", user="cura")
    assert "Approved #1: SLA is now revision #2" in private(approved).text
    told = notices_to(approved)["console:member"]
    assert "Your suggestion #1 for SLA was approved by Cura" in told.text
    term = glossary.terms.get("sla")
    assert term.definition == "A promise about uptime, with penalties."
    rev = glossary.terms.history("sla")[-1]
    assert (rev["actor"], rev["note"]) == ("console:cura", "suggestion #1 by console:member")
    assert "No suggestions are waiting" in private(send(bot, "glossary pending", user="cura")).text
    again = private(send(bot, "glossary approve 1", user="admin"))
    assert "already approved by console:cura" in again.text


def test_reject_with_a_reason_and_by_button(bot: Bot, glossary: Glossary) -> None:
    make_curator(glossary)
    send(bot, "glossary suggest SLA = A thing.", user="member")
    notice = notices_to(send(bot, "glossary suggest KPI = A number.", user="member2"))["console:cura"]
    before = state(glossary)[0]
    rejected = send(bot, "glossary reject 1 Too vague, it loses the contract part.", user="cura")
    assert "Rejected #1" in private(rejected).text
    assert notices_to(rejected)["console:member"].text.endswith("Reason: Too vague, it loses the contract part.")
    clicked = click(bot, button(notice, "Reject"), user="cura")
    assert private(clicked).replace_original is True
    assert "No reason was given" in notices_to(clicked)["console:member2"].text
    assert state(glossary)[0] == before
    assert "already rejected" in private(click(bot, button(notice, "Approve"), user="cura")).text


def test_suggest_form_buttons_open_the_same_form_prefilled(bot: Bot, glossary: Glossary) -> None:
    answer = send(bot, "what is SLA?", user="member")[0]
    form = private(click(bot, button(answer, "Suggest an edit"), user="member"))
    assert form.form is not None and form.form.title == "Suggest: SLA"
    assert form.form.hidden["mode"] == "suggest" and form.form.hidden["base_revision"] == 1
    assert form.form.fields[0].name == "definition" and form.form.fields[0].value.startswith(OLD_SLA)
    replies = submit(bot, form, {"tags": "it, business, contracts"}, user="member")
    assert "suggestion #1" in private(replies).text
    make_curator(glossary)
    pending = private(send(bot, "glossary pending", user="cura"))
    assert pending.items[0].text.startswith("SLA: tags: added contracts")  # only what changed is proposed
    unknown = send(bot, "what is a flux capacitor?", user="member")[0]
    new_form = private(click(bot, button(unknown, "Suggest a definition"), user="member"))
    assert new_form.form.title == "Suggest: flux capacitor" and new_form.form.hidden["term_name"] == "flux capacitor"
    submit(bot, new_form, {"definition": "The part that makes time travel possible.", "tags": "fiction"},
           user="member")
    notice = notices_to(send(bot, "glossary suggest Hyperdrive = Faster than light.", user="member"))["console:admin"]
    private(click(bot, button(notice, "Approve"), user="cura"))
    assert glossary.terms.by_name("hyperdrive")[0].definition == "Faster than light."
    send(bot, "glossary approve 2", user="cura")
    [flux] = glossary.terms.by_name("flux capacitor")
    assert (flux.definition, flux.tags) == ("The part that makes time travel possible.", ["fiction"])


def test_a_curator_clicking_suggest_gets_the_edit_form(bot: Bot, glossary: Glossary) -> None:
    make_curator(glossary)
    answer = send(bot, "what is SLA?", user="cura")[0]
    form = private(click(bot, button(answer, "Suggest an edit"), user="cura"))
    assert form.form.hidden["mode"] == "edit" and form.form.submit_label == "Save"
    submit(bot, form, {"example": "Our SLA promises 99.9%."}, user="cura")
    term = glossary.terms.get("sla")
    assert term.examples[0] == "Our SLA promises 99.9%." and term.revision == 2


def test_approval_merges_other_fields_but_refuses_a_clash(bot: Bot, glossary: Glossary) -> None:
    make_curator(glossary)
    send(bot, "glossary suggest SLA = A promise about service levels.", user="member")
    send(bot, "glossary tag SLA = contracts", user="cura")  # another field changed meanwhile: merged
    send(bot, "glossary approve 1", user="cura")
    term = glossary.terms.get("sla")
    assert (term.definition, term.tags) == ("A promise about service levels.", ["contracts"])
    send(bot, "glossary suggest SLA = A promise, stale.", user="member")
    send(bot, "glossary edit SLA = A curator's newer definition.", user="cura")  # the same field: a clash
    before = state(glossary)
    reply = private(send(bot, "glossary approve 2", user="cura"))
    assert "changed since this suggestion was made (definition" in reply.text and "stays pending" in reply.text
    assert state(glossary)[:2] == before[:2]
    assert glossary.terms.get("sla").definition == "A curator's newer definition."
    assert [i.label for i in private(send(bot, "glossary pending", user="cura")).items] == ["#2"]


def test_a_new_term_suggestion_cannot_become_a_duplicate(bot: Bot, glossary: Glossary) -> None:
    make_curator(glossary)
    send(bot, "glossary suggest Widgetry = Making widgets.", user="member")
    send(bot, "glossary add Widgetry = A curator got there first.", user="cura")
    reply = private(send(bot, "glossary approve 1", user="cura"))
    assert "already in the glossary" in reply.text
    assert [t.definition for t in glossary.terms.by_name("widgetry")] == ["A curator got there first."]
    assert "#1" in private(send(bot, "glossary pending", user="cura")).text


def test_the_same_suggestion_twice_is_stored_once_and_unchanged_text_is_not_a_suggestion(bot: Bot,
                                                                                          glossary: Glossary) -> None:
    send(bot, "glossary suggest KPI = A number we track.", user="member")
    assert "You suggested that already (#1)" in private(send(bot, "glossary suggest kpi = A number we track.",
                                                             user="member")).text
    current = glossary.terms.get("sla").definition
    assert "Nothing to suggest" in private(send(bot, f"glossary suggest SLA = {current}", user="member")).text
    assert state(glossary)[2] == 1
    assert "2 meanings" in private(send(bot, "glossary suggest PR = Press.", user="member")).text


def test_two_curators_approving_at_once_apply_it_once(bot: Bot, glossary: Glossary) -> None:
    make_curator(glossary, "c1")
    make_curator(glossary, "c2")
    send(bot, "glossary suggest SLA = Approved exactly once.", user="member")
    results: dict[str, str] = {}
    barrier = threading.Barrier(2)

    def approve(user: str) -> None:
        barrier.wait()
        results[user] = private(send(bot, "glossary approve 1", user=user)).text

    threads = [threading.Thread(target=approve, args=(u,)) for u in ("c1", "c2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted("Approved #1" in text for text in results.values()) == [False, True]
    assert any("already approved" in text for text in results.values())
    assert glossary.terms.get("sla").revision == 2
