"""Slack: the bolt app and HTTP endpoint, inbound parsing, listeners, delivery, Block Kit rendering, retries."""
