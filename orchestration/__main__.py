"""`python -m orchestration build`: see orchestration/cli.py.

The process ends with `os._exit` once everything is said and written, skipping the
interpreter's teardown: every connection is closed and every file flushed by then (the
build, publish and summary close what they open), so the teardown only freed memory,
about 0.8 s after a build here, and DuckDB's Python bindings printed dozens of
"nanobind: leaked ..." lines while it did (objects Dagster and dbt still hold at exit).
"""

import logging
import os
import sys

from orchestration.cli import main


def _end(code: int) -> None:
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


# guarded: a process the build spawns (domain/quality/gx_worker.py) imports this module
if __name__ == "__main__":
    _end(main())
