"""Every command module registers itself here on import; `bot.core` imports this package once."""

from bot.commands import (  # noqa: F401  (registration side effects)
    admin,
    ask,
    browse,
    curate,
    digest,
    explain,
    help,
    history,
    me,
    ownership,
    suggestions,
    term_form,
    transfer,
    watch,
    web,
)
