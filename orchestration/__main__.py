"""`python -m orchestration build`: see orchestration/cli.py."""

import sys

from orchestration.cli import main

# guarded: a process the build spawns (domain/quality/gx_worker.py) imports this module
if __name__ == "__main__":
    sys.exit(main())
