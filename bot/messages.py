"""Platform-free types: what comes in from any chat, and the structured reply that goes out.

Adapters build `IncomingMessage` / `Action` from platform payloads and render `Reply`
as Block Kit, an Adaptive Card or terminal text. Nothing here knows a platform.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

ConversationKind = Literal["dm", "channel", "group"]
Via = Literal["dm", "mention", "slash", "command", "shortcut", "console", "extension"]
# The id prefix of a person the adapter could not verify (Teams: no Entra object id). No admin or
# curator entry matches it, so such a person is a plain member and cannot be named in a command.
UNVERIFIED = "unverified:"


@dataclass(frozen=True)
class User:
    platform: str  # "slack", "teams", "console"
    id: str
    name: str = ""

    @property
    def key(self) -> str:
        """'slack:U123': the form JARGON_ADMINS and the curators table use."""
        return f"{self.platform}:{self.id}"

    @property
    def display(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class Conversation:
    platform: str
    id: str
    kind: ConversationKind = "dm"
    thread: str | None = None  # the thread (root message id) the message is in, if any

    @property
    def key(self) -> str:
        return f"{self.platform}:{self.id}"


class AttachmentError(Exception):
    """An attached file that was not fetched; the message tells the user why."""


@dataclass
class IncomingMessage:
    text: str
    user: User
    conversation: Conversation
    via: Via = "dm"
    parent_text: str | None = None  # the thread's first message: "explain" in a thread explains it
    attachment: bytes | None = None  # an uploaded file (YAML import)
    # People @mentioned in the text other than the bot, as the adapter decoded them. Teams needs this:
    # its text holds only "<at>Name</at>", the id is in the mention entity (use the AAD object id).
    mentions: list[User] = field(default_factory=list)
    # The platform's id of this message (Slack ts, Teams activity id): a reply under it starts a thread
    # whose follow-ups ("and SLO?") refer to what was answered here.
    message_id: str | None = None
    # An attached file left for the command that needs it to fetch, after its role check (Teams):
    # nothing is downloaded for a message that is not a permitted import. Raises AttachmentError.
    fetch_attachment: Callable[[], bytes] | None = None

    def file(self) -> bytes | None:
        """The attached file, fetched now if the adapter left it to fetch (once)."""
        if self.attachment is None and self.fetch_attachment is not None:
            fetch, self.fetch_attachment = self.fetch_attachment, None
            self.attachment = fetch()
        return self.attachment


@dataclass
class Action:
    """A button click or a form submission, already decoded by the adapter."""

    name: str
    value: dict[str, Any]
    user: User
    conversation: Conversation


@dataclass
class Button:
    label: str
    action: str
    value: dict[str, Any] = field(default_factory=dict)
    style: Literal["default", "primary", "danger"] = "default"


@dataclass
class Link:
    """A button that opens a web page (the web glossary) instead of sending an action back to the bot."""

    label: str
    url: str


@dataclass
class Item:
    """One line of a list reply: an explained term, a revision, a suggestion."""

    label: str
    text: str
    buttons: list[Button] = field(default_factory=list)


@dataclass
class FormField:
    name: str
    label: str
    value: str = ""
    multiline: bool = False
    optional: bool = True
    placeholder: str = ""
    max_length: int | None = None  # the server-side limit, so a client can enforce it while typing


@dataclass
class Form:
    """A modal (Slack) or an input card (Teams). Submitting it sends Action(submit_action, values + hidden)."""

    title: str
    fields: list[FormField]
    submit_action: str
    submit_label: str = "Submit"
    hidden: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reply:
    """What the user sees. `text` is a complete plain fallback (notifications, screen readers, console)."""

    text: str
    kind: str = "text"  # answer, ambiguous, suggest, unknown, explain, translate, help, notice, error, form, digest
    title: str | None = None
    tags: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    related: list[Button] = field(default_factory=list)
    choices: list[Button] = field(default_factory=list)
    actions: list[Button] = field(default_factory=list)
    form: Form | None = None
    form_ref: str | None = None  # the id of a parked copy of `form`, when it is too big to carry in a button
    private: bool = False  # only the asker sees it (Slack ephemeral)
    to: User | Conversation | None = None  # None: in reply; else a notice sent elsewhere (DM or channel)
    file: tuple[str, str] | None = None  # (filename, content) to post as a file, e.g. an export
    replace_original: bool = False  # a button's answer that should replace the message it came from
    side_by_side: bool = False  # `items` are compared: render them as columns where the platform can
    links: list[Link] = field(default_factory=list)  # "Open in the glossary" (needs JARGON_PUBLIC_URL)
