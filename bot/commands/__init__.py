"""Every command module registers itself here on import; `bot.core` imports this package once."""

from bot.commands import ask, help  # noqa: F401  (registration side effects)
