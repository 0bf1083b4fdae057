"""Every curation command through the bot core, as a curator would type it, checked in the database."""

from __future__ import annotations

from bot.core import Bot
from glossary.service import Glossary
from tests.bot.curation_support import button, click, make_curator, private, send, state, submit
from tests.conftest import say


def ask(bot: Bot, question: str):
    return say(bot, question, user="asker")[0]


def test_add_creates_a_term_that_answers_with_a_revision(bot: Bot, glossary: Glossary) -> None:
    reply = private(send(bot, "glossary add Widgetry = The craft of making widgets at scale."))
    assert "Added Widgetry (revision #1)" in reply.text
    answer = ask(bot, "what does widgetry mean?")
    assert answer.kind == "answer" and "craft of making widgets" in answer.text
    [rev] = glossary.terms.history("widgetry")
    assert (rev["action"], rev["actor"], rev["platform"], rev["before"]) == ("create", "console:admin", "console",
                                                                              None)
    assert rev["after"]["definition"] == "The craft of making widgets at scale."


def test_bare_add_opens_the_form_and_submitting_it_stores_every_field(bot: Bot, glossary: Glossary) -> None:
    form = private(send(bot, "glossary add"))
    assert form.kind == "form" and form.form is not None
    assert [f.name for f in form.form.fields] == ["term", "definition", "example", "aliases", "tags", "related"]
    reply = private(submit(bot, form, {"term": "Blue sky", "definition": "Unconstrained brainstorming.",
                                       "example": "Let's go blue sky on the roadmap.", "aliases": "blue-sky, bsk",
                                       "tags": "Business, meetings", "related": "brainstorm"}))
    assert "Added Blue sky" in reply.text
    [term] = glossary.terms.by_name("blue sky")
    assert (term.aliases, term.tags, term.related) == (["blue-sky", "bsk"], ["business", "meetings"], ["brainstorm"])
    assert term.examples == ["Let's go blue sky on the roadmap."]
    assert ask(bot, "bsk?").title.startswith("Blue sky")


def test_edit_example_tag_related_alias_unalias(bot: Bot, glossary: Glossary) -> None:
    send(bot, "glossary add Widgetry = Making widgets.")
    assert "definition: “Making widgets.” → “Making widgets at scale.”" in \
        private(send(bot, "glossary edit widgetry = Making widgets at scale.")).text
    send(bot, "glossary example Widgetry = Our widgetry team ships on Fridays.")
    send(bot, "glossary tag widgetry = Ops, ops, Manufacturing")
    send(bot, "glossary related widgetry = SLA, KPI")
    send(bot, "glossary alias widget making = widgetry")
    term = glossary.terms.get("widgetry")
    assert term is not None
    assert term.definition == "Making widgets at scale."
    assert term.examples == ["Our widgetry team ships on Fridays."]
    assert term.tags == ["ops", "manufacturing"]
    assert term.related == ["SLA", "KPI"]
    assert term.aliases == ["widget making"]
    assert term.revision == 6
    assert ask(bot, "what is widget making?").title == "Widgetry (widget making)"
    reply = private(send(bot, "glossary unalias Widget Making"))
    assert "“widget making” no longer finds Widgetry" in reply.text
    assert glossary.terms.get("widgetry").aliases == []
    assert ask(bot, "what is widget making?").kind != "answer"


def test_an_edit_that_changes_nothing_says_so_and_writes_no_revision(bot: Bot, glossary: Glossary) -> None:
    send(bot, "glossary add Widgetry = Making widgets.")
    before = state(glossary)
    assert "already says that" in private(send(bot, "glossary edit widgetry = Making widgets.")).text
    assert state(glossary) == before


def test_history_is_readable_and_revert_goes_back_to_an_older_revision(bot: Bot, glossary: Glossary) -> None:
    send(bot, "glossary add Widgetry = First version.")
    send(bot, "glossary edit widgetry = Second version.")
    make_curator(glossary)
    send(bot, "glossary edit widgetry = Third version.", user="cura")
    history = private(send(bot, "glossary history Widgetry", user="someone"))
    assert [i.label for i in history.items] == ["#3", "#2", "#1"]
    assert "edited by console:cura (console)" in history.items[0].text
    assert "“Second version.” → “Third version.”" in history.items[0].text
    assert history.items[2].text.startswith("created by console:admin")
    assert not any(i.buttons for i in history.items)  # a member sees no revert buttons
    reply = private(send(bot, "glossary revert widgetry #1"))
    assert "Reverted to #1" in reply.text and "revision #4" in reply.text
    term = glossary.terms.get("widgetry")
    assert (term.definition, term.revision) == ("First version.", 4)
    assert glossary.terms.history("widgetry")[-1]["note"] == "revert to #1"
    editor_view = private(send(bot, "glossary history widgetry"))
    click_back = button(editor_view, "Revert to #3")
    private(click(bot, click_back))
    assert glossary.terms.get("widgetry").definition == "Third version."


def test_revert_refuses_unknown_and_removal_revisions(bot: Bot, glossary: Glossary) -> None:
    send(bot, "glossary add Widgetry = First version.")
    send(bot, "glossary remove widgetry")
    before = state(glossary)
    assert "no revision #9" in private(send(bot, "glossary revert widgetry 9")).text
    assert "removed the term" in private(send(bot, "glossary revert widgetry 2")).text
    assert "Usage: glossary revert TERM N" in private(send(bot, "glossary revert widgetry")).text
    assert state(glossary) == before


def test_remove_takes_aliases_along_cleans_related_and_can_be_restored(bot: Bot, glossary: Glossary) -> None:
    send(bot, "glossary add Widgetry = Making widgets.")
    send(bot, "glossary alias widget craft = widgetry")
    send(bot, "glossary related SLA = SLO, Widget craft, uptime")
    reply = private(send(bot, "glossary remove widgetry"))
    assert "Removed Widgetry" in reply.text and "related terms of SLA" in reply.text
    assert glossary.terms.get("widgetry") is None
    assert glossary.terms.get("sla").related == ["SLO", "uptime"]
    assert ask(bot, "what is widget craft?").kind != "answer"
    assert ask(bot, "widgetry?").kind != "answer"
    last = glossary.terms.history("sla")[-1]
    assert last["note"] == "Widgetry was removed" and last["actor"] == "console:admin"
    restored = private(click(bot, button(reply, "Undo")))
    assert "Restored revision" in restored.text
    assert ask(bot, "what is widget craft?").title.startswith("Widgetry")
    assert [r["action"] for r in glossary.terms.history("widgetry")] == ["create", "update", "remove", "revert"]


def test_removing_one_sense_keeps_related_links_to_the_other(bot: Bot, glossary: Glossary) -> None:
    send(bot, "glossary related SLA = PR, SLO")
    send(bot, "glossary remove pr-public-relations")
    assert glossary.terms.get("sla").related == ["PR", "SLO"]
    assert ask(bot, "PR?").kind == "answer"


def test_a_name_with_several_meanings_needs_the_id(bot: Bot, glossary: Glossary) -> None:
    before = state(glossary)
    reply = private(send(bot, "glossary edit PR = something"))
    assert "2 meanings" in reply.text and "pr-pull-request" in reply.text and "pr-public-relations" in reply.text
    assert state(glossary) == before
    send(bot, "glossary edit pr-pull-request = A request to merge code changes after review.")
    assert glossary.terms.get("pr-pull-request").definition.startswith("A request to merge")
    assert glossary.terms.get("pr-public-relations").revision == 1


def test_duplicates_are_never_created_twice_and_the_offers_work(bot: Bot, glossary: Glossary) -> None:
    count = glossary.terms.count()
    for spelling in ("Service-Level Agreement", "s.l.a.", "SLA"):
        reply = private(send(bot, f"glossary add {spelling} = A promise about service."))
        assert "already in the glossary as SLA (service level agreement)" in reply.text
        assert "Nothing was added" in reply.text
    assert glossary.terms.count() == count
    assert [b.label for b in reply.actions] == ["Edit SLA (service level agreement)", "Add another meaning"]
    edit_form = private(click(bot, button(reply, "Edit SLA")))
    assert edit_form.form is not None and edit_form.form.hidden["term_id"] == "sla"
    assert edit_form.form.fields[0].value == "A promise about service."  # the proposal is pre-filled
    sense_form = private(click(bot, button(reply, "Add another meaning")))
    assert sense_form.form.hidden["new_sense"] is True
    private(submit(bot, sense_form, {"definition": "Special Leave Allowance, paid holiday.", "aliases":
                                     "special leave allowance", "tags": "hr"}))
    assert glossary.terms.count() == count + 1
    assert ask(bot, "what is SLA?").kind == "ambiguous"
    assert ask(bot, "special leave allowance").text.startswith("SLA (special leave allowance)")


def test_a_near_duplicate_is_offered_as_an_alias_first(bot: Bot, glossary: Glossary) -> None:
    count = glossary.terms.count()
    reply = private(send(bot, "glossary add Kubernets = Runs containers."))
    assert "looks like “Kubernetes”" in reply.text and glossary.terms.count() == count
    private(click(bot, button(reply, "Add “Kubernets” as an alias")))
    assert "Kubernets" in glossary.terms.get("kubernetes").aliases
    assert ask(bot, "kubernets?").title.startswith("Kubernetes")
    again = private(send(bot, "glossary add Kubernetees = A Greek helmsman."))
    added = private(click(bot, button(again, "Add “Kubernetees” anyway")))
    assert "Added Kubernetees" in added.text
    assert glossary.terms.by_name("kubernetees")[0].definition == "A Greek helmsman."
    assert glossary.terms.count() == count + 1


def test_sense_adds_a_second_meaning_that_asking_tells_apart(bot: Bot, glossary: Glossary) -> None:
    # runway: one meaning in the starter glossary (velocity has two since issue 14)
    send(bot, "glossary add Runway = How many months the company can run before its cash is gone.")
    reply = private(send(bot, "glossary sense Runway = The strip where aircraft take off and land."))
    assert "Added Runway" in reply.text
    assert len(glossary.terms.by_name("runway")) == 2
    assert ask(bot, "what is runway?").kind == "ambiguous"


def test_owner_review_and_overdue(bot: Bot, glossary: Glossary, clock) -> None:
    send(bot, "glossary owner SLA = @ann")
    send(bot, "glossary review SLA = 2026-11-01")
    send(bot, "glossary review KPI = 2027-01-01")
    term = glossary.terms.get("sla")
    assert (term.owner, term.review_by) == ("console:ann", "2026-11-01")
    assert "not a date" in private(send(bot, "glossary review SLA = next tuesday")).text
    overdue = private(send(bot, "glossary overdue", user="anyone"))
    assert [i.label for i in overdue.items] == ["SLA"]
    assert "owner console:ann" in overdue.items[0].text
    from bot.commands.ownership import overdue_notices
    from glossary.search import today
    [notice] = overdue_notices(glossary, today(clock))
    assert notice.to.key == "console:ann" and "SLA" in notice.text
    send(bot, "glossary owner SLA = none")
    send(bot, "glossary review SLA = never")
    assert (glossary.terms.get("sla").owner, glossary.terms.get("sla").review_by) == (None, None)
    assert "No term is past" in private(send(bot, "glossary overdue")).text


def test_list_search_and_stats(bot: Bot, glossary: Glossary) -> None:
    send(bot, "glossary add Widgetry = Making gizmos at scale.")
    send(bot, "glossary tag widgetry = manufacturing")
    listed = private(send(bot, "glossary list manufacturing", user="anyone"))
    assert [i.label for i in listed.items] == ["Widgetry"]
    assert "No term has the tag" in private(send(bot, "glossary list nosuchtag")).text
    everything = private(send(bot, "glossary list"))
    assert f"{glossary.terms.count()} entries" in everything.text and len(everything.items) == 30
    found = private(send(bot, "glossary search gizmo"))
    assert [i.label for i in found.items] == ["Widgetry"]
    assert "Nothing in the glossary mentions" in private(send(bot, "glossary search zzqx")).text
    ask(bot, "what is SLA?")
    ask(bot, "what is flibbertigibbet?")
    stats = private(send(bot, "glossary stats"))
    assert stats.text.startswith(f"Terms: {glossary.terms.count():,} entries; ")
    assert "Questions asked: 2, answered: 50%" in stats.text


def test_help_is_generated_from_the_command_table(bot: Bot, glossary: Glossary) -> None:
    from bot.commands.registry import COMMANDS

    admin_help = private(send(bot, "glossary help"))
    shown = {i.label.split()[1] for i in admin_help.items}
    assert shown == set(COMMANDS)
    member_help = {i.label.split()[1] for i in private(send(bot, "glossary help", user="m")).items}
    assert {"suggest", "search", "list", "history", "export"} <= member_help
    assert not {"add", "approve", "curator", "import"} & member_help


def test_glossary_list_sorts_names_ignoring_case(bot: Bot, glossary: Glossary) -> None:
    """"YoY" sits among the Ys, not before "access review"; every page follows on."""
    labels: list[str] = []
    page = 1
    while True:
        reply = private(send(bot, f"glossary list {page}"))
        if not reply.items:
            break
        labels += [i.label for i in reply.items]
        page += 1
    assert len(labels) == glossary.terms.count()
    assert labels == sorted(labels, key=lambda label: label.split(" (")[0].casefold())  # senses stay together
    assert labels.index("access review") < labels.index("YoY") < labels.index("zero trust")
