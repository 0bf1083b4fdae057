"""Issue 13, over a real SQLite glossary and on the reading alone: a topic named first, then a question, with the
mark between them left out ("webauthn is that the passkey thing") reads as if the comma were typed; a status
asked back of the name ("VPN is it down") only offers, marked or not."""

from __future__ import annotations

import pytest

from glossary import unmarked_topic
from glossary.models import Term
from glossary.service import Glossary
from tests.glossary.understanding_support import glossary_fixture, outcome

TERMS = [
    Term("webauthn", "WebAuthn", "A web standard for signing in with keys or passkeys instead of passwords."),
    Term("chacha20", "ChaCha20", "A fast stream cipher."),
    Term("vpn", "VPN", "Virtual private network: a private link over the public internet."),
    Term("sla", "SLA", "Service level agreement: the service a provider promises."),
]

topics = glossary_fixture("topics", TERMS)
NAMES = {"webauthn", "chacha20", "vpn", "sla"}


def _exact(candidates: list[str]) -> object | None:
    return True if candidates[0].lower() in NAMES else None


@pytest.mark.parametrize(("text", "expected"), [
    ("webauthn is that the passkey thing", "webauthn, is that the passkey thing"),
    ("chacha20 what is it", "chacha20, what is it"),
    ("webauthn, is that the passkey thing", "webauthn, is that the passkey thing"),  # a mark typed: as it is
    ("the webauthn thing is great", "the webauthn thing is great"),  # no question opening
    ("passkeys is that webauthn", "passkeys is that webauthn"),  # no question of what it is follows
    ("webauthen is that a thing", "webauthen, is that a thing"),  # a name mistyped before "is that a ...": a topic
    ("ok is that a thing", "ok is that a thing"),  # chat opens it, no topic
])
def test_a_comma_is_read_after_an_opening_name(text: str, expected: str) -> None:
    assert unmarked_topic.marked(text, _exact) == expected


@pytest.mark.parametrize(("text", "term"), [
    ("webauthn is that the passkey thing", "webauthn"),
    ("chacha20 is that a dance", "chacha20"),
    ("chacha20 lol is that a dance", "chacha20"),
    ("webauthen is that a thing", "webauthn"),
])
def test_an_unmarked_topic_is_asked(topics: Glossary, text: str, term: str) -> None:
    assert outcome(topics, text) == ("answer", [term])


@pytest.mark.parametrize("text", ["VPN is it down", "VPN, is it down?", "vpn is it still down again",
                                  "sla is that final", "vpn is it propagated", "sla is that enforced yet",
                                  "idk what the vpn is doing"])  # what it does now, not what it is
def test_a_state_asked_back_is_only_offered(topics: Glossary, text: str) -> None:
    assert outcome(topics, text)[0] not in ("answer", "ambiguous")
