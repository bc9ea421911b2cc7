"""What is published: the relations the dbt exposure `published_warehouse` depends on.

The exposure (dbt_project/models/_exposures.yml) is where the project declares what
readers get; publish reads it from dbt's manifest rather than keeping a list of its own,
so a model is published by naming it there, and review sees the change.
"""

from __future__ import annotations

import json
from pathlib import Path

PUBLISHED_EXPOSURE = "published_warehouse"
EXPORTED_SCHEMA = "marts"

Relation = tuple[str, str]  # (schema, table)


def published_relations(manifest_path: Path) -> list[Relation]:
    """(schema, table) of every relation the exposure depends on, sorted."""
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    exposures = [
        exposure
        for exposure in manifest["exposures"].values()
        if exposure["name"] == PUBLISHED_EXPOSURE
    ]
    if len(exposures) != 1:
        raise ValueError(f"{manifest_path}: no single exposure named {PUBLISHED_EXPOSURE!r}")
    relations = []
    for unique_id in exposures[0]["depends_on"]["nodes"]:
        node = manifest["nodes"].get(unique_id) or manifest["sources"][unique_id]
        table = node.get("identifier") or node.get("alias") or node["name"]
        relations.append((node["schema"], table))
    return sorted(relations)
