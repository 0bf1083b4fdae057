"""The process: the aiohttp app, `jargon serve` and its workers, health, logs, lanes, background jobs."""
