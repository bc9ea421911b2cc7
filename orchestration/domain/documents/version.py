"""The reader's code version: what the claims depend on besides the raw files.

A build records it (build_state.BuildInputs.reader_code), so a change to the reader
that could change a claim makes the next `make run` read the texts again and rebuild
what reads the claims, as a change to the dbt project does. Only file contents are read:
no import of the reader's libraries.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE = Path(__file__).parent


def reader_code_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
