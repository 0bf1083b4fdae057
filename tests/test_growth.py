"""The shared timing rule tells a pass per word from a pass: the linear-time tests lean on it."""

from __future__ import annotations

import pytest

from tests.growth import assert_linear


def _linear(n: int) -> int:
    return sum(len(word) for word in ("word " * n).split())


def _quadratic(n: int) -> int:
    return sum(1 for i in range(n) for _ in range(i))  # a pass over what came before, for every word


def test_a_pass_is_linear() -> None:
    assert_linear(_linear, 20_000, 160_000)


def test_a_pass_per_word_is_caught() -> None:
    with pytest.raises(AssertionError):
        assert_linear(_quadratic, 300, 2_400, slack=0.0)
