"""Which side a person is on: `glossary me finance`, or "I work in sales" in a direct message.

The setting makes answers lead with the *other* side's meaning of a shared word: a finance
reader who asks "pipeline" most likely heard an engineer say it. Only what the person says
about themselves is stored, and `glossary me off` deletes it.
"""

from __future__ import annotations

from bot.commands.registry import command
from bot.context import Context
from bot.messages import Reply
from glossary import audience, sides
from glossary.search import known_tags

#: Job words people use about themselves, and the tag they mean.
_ROLE_WORDS = {
    "engineering": "dev", "engineer": "dev", "developer": "dev", "dev": "dev", "developers": "dev",
    "software": "dev", "programmer": "dev", "devops": "ops", "sre": "ops", "operations": "ops",
    "infrastructure": "ops", "infra": "ops", "it": "it", "security": "security", "data": "data",
    "analytics": "data", "cloud": "cloud", "accounting": "finance", "accountant": "finance",
    "controller": "finance", "treasury": "finance", "fp&a": "finance", "finance": "finance",
    "sales": "sales", "salesperson": "sales", "account executive": "sales", "marketing": "marketing",
    "marketer": "marketing", "product": "product", "product manager": "product", "hr": "hr",
    "people": "hr", "recruiting": "hr", "recruiter": "hr", "legal": "legal", "lawyer": "legal",
    "counsel": "legal", "strategy": "strategy", "business": "business",
}
_PREFIXES = ("i work in ", "i work on ", "i work for ", "i work as ", "i'm in ", "i am in ", "im in ", "i'm on ",
             "i am on ", "i'm a ", "i'm an ", "i am a ", "i am an ", "i'm part of ", "i am part of ")
_ARTICLES = ("the ", "a ", "an ", "our ")
_SUFFIXES = (" team", " department", " dept", " org", " side", " group")
_MAX_STATEMENT = 80


def tag_for(words: str) -> str | None:
    """'finance', 'the sales team', 'an engineer' -> the tag of that side, or None."""
    text = words.strip().lower()
    return _ROLE_WORDS.get(text) or (text if sides.side_of_tag(text) else None)


def statement_tag(text: str) -> str | None:
    """The tag in "I work in sales" / "I'm in finance" / "I am an engineer"; None for anything else."""
    said = text.strip().lower().replace("’", "'").rstrip(".!")
    if len(said) > _MAX_STATEMENT:
        return None
    said = said.removeprefix("hi ").removeprefix("hi, ").removeprefix("fyi ").removeprefix("fyi, ")
    prefix = next((p for p in _PREFIXES if said.startswith(p)), None)
    if prefix is None:
        return None
    what = said[len(prefix):].strip()
    what = next((what[len(a):] for a in _ARTICLES if what.startswith(a)), what)
    what = next((what[: -len(x)] for x in _SUFFIXES if what.endswith(x)), what)
    return tag_for(what)


def audience_of(ctx: Context) -> str | None:
    return audience.get(ctx.glossary.connections, ctx.platform, ctx.user.id)


def set_audience(ctx: Context, tag: str) -> Reply:
    audience.set_tag(ctx.glossary.connections, ctx.glossary.clock, ctx.platform, ctx.user.id, tag)
    side = sides.side_of_tag(tag)
    if side is None:
        return Reply(text=f"Got it: {tag}. That tag is on neither side (IT or the business), so answers keep their "
                          "usual order. “glossary me off” forgets this.", kind="notice", private=True)
    other = sides.SIDE_NAMES[sides.BUSINESS if side == sides.IT else sides.IT]
    return Reply(text=f"Got it: you work in {sides.TEAM_NAMES.get(tag, tag)}. When a word means different things to "
                      f"different teams, I'll show what it means to {other} first. “glossary me off” forgets this.",
                 kind="notice", private=True)


def audience_statement(ctx: Context, cleaned: str) -> Reply | None:
    """"I work in sales" in a DM (or the console) sets the side; elsewhere it is just chat."""
    if ctx.conversation.kind != "dm":
        return None
    tag = statement_tag(cleaned)
    return set_audience(ctx, tag) if tag else None


@command("me", "me [TAG|off]", "Say which team you're on (finance, sales, dev…), so shared words show the other "
         "team's meaning first; “me off” forgets it.")
def me_command(ctx: Context, args: str) -> list[Reply]:
    wanted = args.strip().lower().lstrip("#")
    if not wanted:
        tag = audience_of(ctx)
        if tag is None:
            return [Reply(text="You haven't said which team you're on. Try “glossary me finance” or “glossary me dev” "
                               f"(any tag; IT: {', '.join(sides.SIDE_TAGS[sides.IT])}; business: "
                               f"{', '.join(sides.SIDE_TAGS[sides.BUSINESS])}).", kind="notice", private=True)]
        side = sides.side_of_tag(tag)
        where = f", on the {sides.SIDE_NAMES[side].removeprefix('the ')} side" if side else ""  # not "the the"
        team = sides.TEAM_NAMES.get(tag, tag)
        return [Reply(text=f"You said you work in {team}{where}. “glossary me off” forgets it.", kind="notice",
                      private=True)]
    if wanted in ("off", "none", "clear", "forget"):
        removed = audience.clear(ctx.glossary.connections, ctx.platform, ctx.user.id)
        text = "Done: I no longer keep which team you're on." if removed else "I wasn't keeping a team for you."
        return [Reply(text=text, kind="notice", private=True)]
    known = known_tags(ctx.glossary.matcher.terms.values())
    tag = tag_for(wanted) or (wanted if wanted in known else None)
    if tag is None:
        return [Reply(text=f"“{wanted[:40]}” isn't a team I know. Use one of: "
                           f"{', '.join(sides.SIDE_TAGS[sides.IT] + sides.SIDE_TAGS[sides.BUSINESS])}.",
                      kind="error", private=True)]
    return [set_audience(ctx, tag)]
