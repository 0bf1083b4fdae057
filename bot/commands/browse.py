"""Looking around the glossary: list by tag, full-text search, and a few counts."""

from __future__ import annotations

from bot.commands.registry import action, command
from bot.context import Context
from bot.curation import notice, shorten
from bot.messages import Action, Button, Item, Reply
from glossary import side_stats
from glossary.models import Term
from glossary.search import search, stats, tag_counts, today, with_tag

MAX_LISTED = 30
MAX_SEARCH = 10


def term_items(terms: list[Term]) -> list[Item]:
    """One line per term, with a button that shows it in full."""
    return [Item(t.sense_label if sum(x.term == t.term for x in terms) > 1 else t.term,
                 shorten(t.short_definition, 110), [Button("Show", "lookup", {"term_id": t.id})])
            for t in terms]


def _list_reply(title: str, head: str, terms: list[Term], *, tag: str = "", page: int = 1) -> Reply:
    """One page of MAX_LISTED terms; a "More" button and the command to type lead to the next page."""
    pages = max(1, -(-len(terms) // MAX_LISTED))
    first = (page - 1) * MAX_LISTED
    items = term_items(terms[first:first + MAX_LISTED])
    actions: list[Button] = []
    if pages > 1:
        head += f" Page {page} of {pages} ({first + 1}–{first + len(items)})."
    if page < pages:
        command = " ".join(["glossary list", tag, str(page + 1)]).replace("  ", " ")
        head += f" Next: “{command}”."
        actions.append(Button("More", LIST_PAGE_ACTION, {"tag": tag, "page": page + 1}))
    lines = [head] + [f"• {i.label}: {i.text}" for i in items]
    return Reply(text="\n".join(lines), kind="notice", title=title, body=[head], items=items, actions=actions,
                 private=True)


LIST_PAGE_ACTION = "list_page"


def _tag_and_page(args: str) -> tuple[str, int]:
    """'finance 2' -> ('finance', 2); '2' -> ('', 2); 'finance' -> ('finance', 1)."""
    words = args.split()
    if words and words[-1].isdigit() and len(words[-1]) <= 6:
        return " ".join(words[:-1]).lstrip("#"), max(1, int(words[-1]))
    return " ".join(words).lstrip("#"), 1


@command("list", "list [TAG] [PAGE]", "List the terms, or those with a tag, 30 at a time.")
def list_terms(ctx: Context, args: str) -> list[Reply]:
    tag, page = _tag_and_page(args)
    return [list_page(ctx, tag, page)]


def list_page(ctx: Context, tag: str, page: int) -> Reply:
    if tag:
        terms = with_tag(ctx.glossary.terms, tag)
        if not terms:
            known = ", ".join(t for t, _ in tag_counts(ctx.glossary.terms.all())[:15])
            return notice(f"No term has the tag “{shorten(tag, 40)}”. Tags in use: {known}.")
        title, head = f"Terms tagged {shorten(tag, 40)}", f"{len(terms)} terms tagged “{shorten(tag, 40)}”."
    else:
        terms = ctx.glossary.terms.all()
        tags = ", ".join(f"{t} ({n})" for t, n in tag_counts(terms)[:12])
        title, head = "Glossary", f"The glossary has {len(terms)} entries. Tags: {tags}."
    pages = max(1, -(-len(terms) // MAX_LISTED))
    if page > pages:
        return notice(f"There {'is only 1 page' if pages == 1 else f'are only {pages} pages'} of "
                      + (f"terms tagged “{shorten(tag, 40)}”." if tag else "terms."))
    return _list_reply(title, head, terms, tag=tag, page=page)


@action(LIST_PAGE_ACTION)
def _more(ctx: Context, act: Action) -> list[Reply]:
    page = act.value.get("page")
    return [list_page(ctx, str(act.value.get("tag") or "")[:120], page if isinstance(page, int) and page > 0 else 1)]


@command("search", "search WORDS", "Find terms whose definition or examples mention these words.")
def search_terms(ctx: Context, args: str) -> list[Reply]:
    if not args.strip():
        return [notice("Usage: glossary search WORDS, e.g. “glossary search invoice”.")]
    found = search(ctx.glossary.connections, args, limit=MAX_SEARCH)
    words = shorten(args.strip(), 60)
    if not found:
        return [Reply(text=f"Nothing in the glossary mentions “{words}”. You can suggest a term: "
                           "“glossary suggest TERM = definition”.", kind="notice", private=True)]
    return [_list_reply(f"Search: {words}", f"{len(found)} term{'s' if len(found) != 1 else ''} mention “{words}”"
                        + (" (the best matches)." if len(found) == MAX_SEARCH else "."), found)]


@command("stats", "stats", "How big the glossary is and how it is used.")
def show_stats(ctx: Context, args: str) -> list[Reply]:
    s = stats(ctx.glossary.connections, ctx.glossary.terms, today(ctx.glossary.clock, ctx.config.timezone))
    rate = f"{100 * s['answered'] / s['questions']:.0f}%" if s["questions"] else "no questions yet"
    lines = [
        f"Terms: {s['entries']:,} entries; {s['names']:,} distinct names, since a name with several meanings "
        f"counts once. Aliases: {s['aliases']:,}. Tags: {s['tags']:,}.",
        f"Without an example: {s['without_example']}. With an owner: {s['with_owner']}. "
        f"Past their review date: {s['overdue']}.",
        f"Questions asked: {s['questions']}, answered: {rate}.",
        f"Suggestions waiting: {s['pending']}. Curators: {s['curators']}. Changes recorded: {s['revisions']} "
        f"({s['removed']} terms removed, restorable).",
        side_stats.coverage_line(ctx.glossary.terms.all()),
    ]
    by_side = side_stats.questions_line(side_stats.questions_by_side(ctx.glossary.connections))
    if by_side:
        lines.append(by_side)
    return [Reply(text="\n".join(lines), kind="notice", title="Glossary stats", body=lines, private=True)]
