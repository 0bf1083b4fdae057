"""How Slack Web API calls are retried: few times, in bounded time, and quietly.

One policy for every call the bot makes (Web API and response_url):
- 429: wait `Retry-After` (Slack's number, not ours), unless that would overrun the budget;
- 500/503 and a refused or dropped connection: back off briefly (0.5 s, 1 s);
- a timeout is NOT retried: the post may have landed, and a second try would post it twice.

At most MAX_RETRIES retries and BUDGET_SECONDS of waiting per call, so an answer is either
delivered or given up well before Slack's 30-minute response_url expires, and a shutdown is
not held up for minutes. Each retry is logged at DEBUG; the caller logs the final failure
once (slack_delivery.Sender.deliver), so a failure is one line however many tries it took.

The SDK itself logs "A retry handler found ..." at INFO on every retry whenever its logger's
level is unset; `quiet_logger()` gives the clients a logger that demotes those lines to DEBUG.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from typing import Any

from aiohttp import ClientConnectionError, ServerTimeoutError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

log = logging.getLogger(__name__)

MAX_RETRIES = 3
MAX_SERVER_ERROR_RETRIES = 2
BUDGET_SECONDS = 30.0
BACKOFF_SECONDS = 0.5
_SDK_RETRY_LINE = "A retry handler found"


class BoundedRetry(AsyncRetryHandler):
    """The retry policy above, as one slack_sdk retry handler (pass it alone in `retry_handlers`)."""

    def __init__(self, max_retries: int = MAX_RETRIES, budget: float = BUDGET_SECONDS) -> None:
        super().__init__(max_retry_count=max_retries)
        self.budget = budget

    async def _can_retry_async(self, *, state: RetryState, request: HttpRequest,
                               response: HttpResponse | None = None, error: Exception | None = None) -> bool:
        memo = state.custom_values if state.custom_values is not None else {}
        state.custom_values = memo
        started = memo.setdefault("first_failure", time.monotonic())
        reason, wait = self._plan(memo, response, error)
        if reason is None:
            return False
        if time.monotonic() - started + wait > self.budget:
            log.debug("Slack %s: %s; not retrying (waiting %.0f s would exceed %.0f s)",
                      _method(request), reason, wait, self.budget)
            return False
        memo["next"] = (reason, wait)
        return True

    async def prepare_for_next_attempt_async(self, *, state: RetryState, request: HttpRequest,
                                             response: HttpResponse | None = None,
                                             error: Exception | None = None) -> None:
        reason, wait = (state.custom_values or {}).pop("next", ("retry", BACKOFF_SECONDS))
        state.next_attempt_requested = True
        log.debug("Slack %s: %s; retry %d in %.1f s", _method(request), reason, state.current_attempt + 1, wait)
        await asyncio.sleep(wait)
        state.increment_current_attempt()

    def _plan(self, memo: dict[str, Any], response: HttpResponse | None,
              error: Exception | None) -> tuple[str | None, float]:
        """(why, how long to wait) for a retryable failure; (None, 0) for anything else."""
        if response is not None and response.status_code == 429:
            return "rate limited (429)", _retry_after(response) + random.uniform(0, 0.25)
        if response is not None and response.status_code in (500, 503):
            memo["server_errors"] = memo.get("server_errors", 0) + 1
            if memo["server_errors"] > MAX_SERVER_ERROR_RETRIES:
                return None, 0.0
            return f"server error ({response.status_code})", _backoff(memo["server_errors"])
        if isinstance(error, ClientConnectionError) and not isinstance(error, ServerTimeoutError):
            memo["connection_errors"] = memo.get("connection_errors", 0) + 1
            return f"connection failed ({type(error).__name__})", _backoff(memo["connection_errors"])
        return None, 0.0


def _retry_after(response: HttpResponse) -> float:
    for name, values in response.headers.items():
        if name.lower() == "retry-after" and values:
            try:
                return max(0.0, float(values[0]))
            except ValueError:
                break
    return 1.0


def _backoff(n: int) -> float:
    return BACKOFF_SECONDS * (2 ** (n - 1)) * random.uniform(0.8, 1.2)


def _method(request: HttpRequest) -> str:
    """The API method (chat.postMessage) or 'response_url': never the URL, which can be a secret."""
    path = request.url.rsplit("/", 1)[-1]
    return path if "." in path else "response_url"


class _DemoteSdkRetryLines(logging.Filter):
    """slack_sdk logs every retry at INFO; ours are at DEBUG already, so make its lines DEBUG too."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.INFO and str(record.msg).startswith(_SDK_RETRY_LINE):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            return logging.getLogger(record.name).isEnabledFor(logging.DEBUG)
        return True


def quiet_logger(name: str = "adapters.slack.api") -> logging.Logger:
    """The logger to hand to AsyncWebClient / AsyncWebhookClient (`logger=`)."""
    logger = logging.getLogger(name)
    if not any(isinstance(f, _DemoteSdkRetryLines) for f in logger.filters):
        logger.addFilter(_DemoteSdkRetryLines())
    return logger


def retry_handlers() -> list[AsyncRetryHandler]:
    return [BoundedRetry()]
