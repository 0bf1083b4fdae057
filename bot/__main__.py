"""`python -m bot` is the `jargon` command."""

import sys

from adapters.cli import main

sys.exit(main())
