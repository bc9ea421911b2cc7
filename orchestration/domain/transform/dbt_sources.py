"""What the dbt project builds from, as one hash.

A change of it means the manifest, the models and the documentation are stale: `make
run` re-parses the project and rebuilds the marts, and the publish step regenerates
dbt's documentation site only then (it costs about 5 s, and a rebuild of the same
models with new data leaves the docs as they were).
"""

from __future__ import annotations

import hashlib

from orchestration.domain.core.layout import DBT_PROJECT_DIR

DBT_SOURCE_DIRS = ("models", "macros", "seeds", "tests")
DBT_SOURCE_FILES = ("dbt_project.yml", "profiles.yml")


def dbt_sources_hash() -> str:
    """Hash of everything dbt builds from; a change means the manifest and marts are stale."""
    digest = hashlib.sha256()
    paths = [DBT_PROJECT_DIR / name for name in DBT_SOURCE_FILES]
    for folder in DBT_SOURCE_DIRS:
        paths += sorted((DBT_PROJECT_DIR / folder).rglob("*"))
    for path in paths:
        if path.is_file():
            digest.update(path.relative_to(DBT_PROJECT_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
