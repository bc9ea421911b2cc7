"""`python -m orchestration build`: see orchestration/build.py."""

import sys

from orchestration.build import main

sys.exit(main())
