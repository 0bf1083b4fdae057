"""Turn lookup results into replies: one shape for every platform."""

from __future__ import annotations

from bot.compare_view import aspect_reply, compare_reply, no_previous_reply
from bot.messages import Button, Reply
from glossary import sides
from glossary.models import LookupResult, Term

MAX_SHOWN_SUBJECT = 80
MAX_OTHER_SENSES = 5  # bare expansions listed under an answer; the rest are counted


def _expansion(term: Term) -> str:
    """What a bare sense spells out: its first alias, else its definition."""
    return term.aliases[0] if term.aliases else term.definition.rstrip(".")


def _shorten(text: str, limit: int = MAX_SHOWN_SUBJECT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def term_reply(term: Term, *, query: str = "") -> Reply:
    """The full answer card for one term."""
    related = [Button(name, "ask", {"query": name}) for name in term.related[:5]]
    actions = [
        Button("👍 Helpful", "feedback", {"term_id": term.id, "helpful": True, "query": _shorten(query, 200)}),
        Button("👎 Not helpful", "feedback", {"term_id": term.id, "helpful": False, "query": _shorten(query, 200)}),
        Button("Suggest an edit", "suggest_form", {"term_id": term.id}),
    ]
    title = term.term + (f" ({term.aliases[0]})" if term.aliases and term.aliases[0].lower() != term.term.lower()
                         else "")
    lines = [f"{title}: {term.definition}"]
    if term.examples:
        lines.append(f"Example: {term.examples[0]}")
    if term.related:
        lines.append("Related: " + ", ".join(term.related[:5]))
    return Reply(
        text="\n".join(lines), kind="answer", title=title, tags=list(term.tags), body=[term.definition],
        examples=term.examples[:1], related=related, actions=actions,
    )


def lookup_reply(result: LookupResult, terms: dict[str, Term]) -> Reply:
    """One reply per outcome, then the other terms the question named, as buttons that ask them."""
    reply = _outcome_reply(result, terms)
    others = [terms[m.id] for m in result.others if m.id in terms]
    if others and reply.kind == "answer":
        shown = others[:MAX_OTHER_SENSES]
        more = f", and {len(others) - len(shown)} more" if len(others) > len(shown) else ""
        line = f"{others[0].term} can also stand for: " + ", ".join(_expansion(t) for t in shown) + more
        reply.text += "\n" + line
        reply.body = [*reply.body, line]
        reply.choices = [*reply.choices, *(Button(t.sense_label, "lookup", {"term_id": t.id}) for t in shown)]
    also = [m for m in result.also if m.id in terms]
    if also and reply.kind in ("answer", "ambiguous"):
        line = "Also in your question: " + ", ".join(m.term for m in also)
        reply.text += "\n" + line
        reply.body = [*reply.body, line]
        reply.choices = [*reply.choices, *(Button(m.term, "ask", {"query": m.term}) for m in also)]
    return reply


def _outcome_reply(result: LookupResult, terms: dict[str, Term]) -> Reply:
    """The answer, every sense, "did you mean", or an honest "I don't know"."""
    subject = _shorten(result.subject or result.query)
    if result.status == "compare":
        return compare_reply(result, terms)
    if result.followup == "about_last" or (result.followup == "about_named" and result.status == "answer"):
        if not result.matches:
            return no_previous_reply()
        term = terms[result.matches[0].id]
        return aspect_reply(term, result.aspect or "definition", term_reply(term, query=result.query))
    if result.status == "answer":
        return term_reply(terms[result.matches[0].id], query=result.query)
    if result.status == "ambiguous":
        senses = [terms[m.id] for m in result.matches if m.id in terms]
        if sides.spans_both_sides(senses):
            return false_friend_reply(senses)
        choices = [Button(t.sense_label, "lookup", {"term_id": t.id}) for t in senses]
        lines = [f"{senses[0].term} has {len(senses)} meanings:"]
        lines += [f"• {t.sense_label}: {t.short_definition}" for t in senses]
        return Reply(text="\n".join(lines), kind="ambiguous", title=f"{senses[0].term} can mean several things",
                     body=[f"• {t.sense_label}: {t.short_definition}" for t in senses], choices=choices)
    if result.status == "suggest":
        names = [m.term if sum(x.term == m.term for x in result.matches) == 1 else terms[m.id].sense_label
                 for m in result.matches]
        choices = [Button(name, "lookup", {"term_id": m.id}) for name, m in zip(names, result.matches, strict=True)]
        question = "Did you mean " + _or_list(names) + "?"
        if result.offer == "instance":  # "what's the SLA on our contract?": a value nobody's glossary holds
            text = (f"I can't look up a particular {_or_list(names)} or act on it, but I can explain what "
                    f"{_or_list(names)} means.")
            return Reply(text=text, kind="suggest", title=f"What {_or_list(names)} means", body=[text],
                         choices=choices)
        if result.elsewhere:  # "send it by EOD": end of day, where the glossary's EOD is an entrance on duty
            intro = f"Here “{subject}” may mean “{result.elsewhere}”, which the glossary doesn't define yet."
            body = [intro, *(f"The glossary's {terms[m.id].sense_label}: {terms[m.id].short_definition}"
                             for m in result.matches if m.id in terms)]
            return Reply(text="\n".join(body), kind="suggest", title=f"“{subject}” may mean something else here",
                         body=body, choices=choices,
                         actions=[Button("Suggest a definition", "suggest_form", {"term": subject})])
        return Reply(text=f"I'm not sure what “{subject}” is. {question}", kind="suggest",
                     title=f"Not sure about “{subject}”", body=[question], choices=choices)
    return unknown_reply(subject)


def team_label(term: Term) -> str:
    """'In sales (sales pipeline)': which team means this, and the sense's own name."""
    team = sides.team_of(term)
    hint = term.aliases[0] if term.aliases else ""
    head = f"In {team}" if team else term.sense_label
    return f"{head} ({hint})" if team and hint else head


def false_friend_reply(senses: list[Term]) -> Reply:
    """A word both sides use: say so plainly, then each team's meaning, labelled, in the order given."""
    name = senses[0].term
    intro = f"“{name}” means different things to different teams:"
    body = [f"{team_label(t)}: {t.definition}" + (f" Example: {t.examples[0]}" if t.examples else "")
            for t in senses]
    choices = [Button(team_label(t), "lookup", {"term_id": t.id}) for t in senses]
    return Reply(text="\n".join([intro, *(f"• {line}" for line in body)]), kind="ambiguous",
                 title=f"“{name}” means different things to different teams", body=body, choices=choices)


def unknown_reply(subject: str) -> Reply:
    return Reply(
        text=f"I don't know “{subject}” yet. You can suggest a definition, and a curator will review it.",
        kind="unknown", title=f"I don't know “{subject}” yet",
        body=["Nobody has defined it in the glossary. Suggest a definition and a curator will review it."],
        actions=[Button("Suggest a definition", "suggest_form", {"term": subject})],
    )


def _or_list(names: list[str]) -> str:
    quoted = [f"“{n}”" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
