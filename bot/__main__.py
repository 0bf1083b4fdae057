"""`python -m bot` is the `jargon` command."""

import sys

from adapters.cli.main import main

sys.exit(main())
