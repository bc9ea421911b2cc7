"""`python -m orchestration build`: see orchestration/cli.py."""

import sys

from orchestration.cli import main

sys.exit(main())
