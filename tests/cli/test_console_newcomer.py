"""The console chat as a newcomer uses it (issue 16): clicks, forms as prompts, leaving, help, paging."""

from __future__ import annotations

import io

from adapters.cli.console import GOODBYE, NOTHING_TO_CLICK, PROMPT, console_user, run
from glossary.service import Glossary


class Terminal(io.StringIO):
    """Typed input on a terminal: the console shows prompts."""

    def isatty(self) -> bool:
        return True


def chat(glossary: Glossary, script: str, *, tty: bool = False) -> str:
    out = io.StringIO()
    assert run(glossary, stdin=(Terminal if tty else io.StringIO)(script), stdout=out) == 0
    return out.getvalue()


def logged(glossary: Glossary) -> list[str]:
    return [r[0] for r in glossary.connections.db.execute("select text from queries order by id")]


def test_a_number_with_nothing_to_click_says_so_and_logs_nothing(glossary: Glossary) -> None:
    out = chat(glossary, "2\n10\n")
    assert out.count(NOTHING_TO_CLICK) == 2
    assert logged(glossary) == []


def test_a_number_past_the_buttons_names_the_range_and_logs_nothing(glossary: Glossary) -> None:
    out = chat(glossary, "PR\n7\n")
    assert "There is no button 7: type a number from 1 to 2." in out
    assert logged(glossary) == ["PR"]


def test_suggest_a_definition_is_filled_in_field_by_field(glossary: Glossary) -> None:
    """The console user is an admin, so the button opens the add form; each line answers one field."""
    out = chat(glossary, "zzqx\n1\n\nA made-up word used in tests.\nWe said zzqx twice.\n-\nit, testing\n\nzzqx\n")
    assert "== Add zzqx" in out and "Forms open in Slack" not in out
    assert "“What it means (up to 1000 characters)” is required" in out  # the empty first answer was refused
    assert "== Added zzqx" in out
    term = glossary.term("zzqx")
    assert term is not None
    assert term.definition == "A made-up word used in tests."
    assert term.examples == ["We said zzqx twice."] and term.tags == ["it", "testing"] and term.aliases == []
    assert out.rstrip().endswith(GOODBYE)
    assert "== zzqx" in out  # asked again afterwards: answered


def test_an_edit_form_keeps_what_you_do_not_retype(glossary: Glossary) -> None:
    before = glossary.term("sla")
    assert before is not None
    edit = chat(glossary, "SLA\n").split("] Suggest an edit")[0].rsplit("[", 1)[1]
    out = chat(glossary, f"SLA\n{edit}\n\nNew example.\n\n\n\n")
    assert "== Edit SLA" in out
    after = glossary.term("sla")
    assert after is not None
    assert after.definition == before.definition and after.tags == before.tags
    assert after.examples[0] == "New example."


def test_cancel_stops_a_form_and_changes_nothing(glossary: Glossary) -> None:
    out = chat(glossary, "zzqx\n1\ncancel\nquit\n")
    assert "Cancelled. Nothing was changed." in out and glossary.term("zzqx") is None


def test_ctrl_d_and_quit_leave_the_prompt_on_its_own_line(glossary: Glossary) -> None:
    out = chat(glossary, "", tty=True)  # Ctrl-D at the first prompt
    assert out.endswith(PROMPT + "\n" + GOODBYE + "\n")
    out = chat(glossary, "quit\n", tty=True)
    assert out.endswith(PROMPT + GOODBYE + "\n")


def test_help_says_an_admin_and_the_console_user_has_a_real_name(glossary: Glossary) -> None:
    out = chat(glossary, "glossary help\n")
    assert "You are an admin." in out and "a admin" not in out
    user = console_user()
    assert user.name and user.name != "you"


def test_list_pages_with_a_command_and_a_more_button(glossary: Glossary) -> None:
    out = chat(glossary, "glossary list finance\n")
    total = int(out.split(" terms tagged “finance”")[0].rsplit("\n", 1)[-1])
    assert total > 30
    assert "Page 1 of" in out and "Next: “glossary list finance 2”." in out
    more = out.split("[")[-1].split("]")[0]  # the last button is More
    assert out.rstrip().splitlines()[-2] == f"[{more}] More"
    clicked = chat(glossary, f"glossary list finance\n{more}\n")
    typed = chat(glossary, "glossary list finance 2\n")
    page_two = typed.split("== Terms tagged finance")[1]
    assert "Page 2 of" in page_two and page_two in clicked
    first_page_items = {line for line in out.splitlines() if line.startswith("• ")}
    assert not first_page_items & {line for line in page_two.splitlines() if line.startswith("• ")}
    assert "There are only" in chat(glossary, "glossary list finance 99\n")
