"""The terminal: the `jargon` command and its sub-commands, the console chat, plain-text rendering."""
