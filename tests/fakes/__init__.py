"""Fake platform servers on 127.0.0.1 that tests point the real SDKs at (no internet in tests)."""

from tests.fakes.slack_api import FakeSlackAPI
from tests.fakes.slack_calls import Call

__all__ = ["Call", "FakeSlackAPI"]
