"""Which dbt nodes a build leaves as they are: those no changed input feeds.

When only raw data changed since the last complete build (same dbt project, reader,
as-of date and kind; BuildInputs.changed_raw_only has the rule), a model that no changed
raw table feeds would be built again from the very rows it was built from: its relation
in the build file is already what a full build would write. A bulletin of statistics,
for example, leaves the FX chain, the documents and the indicators as they were.

The rule is given to dbt as `--exclude` of every node left as it is, not as `--select`
of the rest, because dagster-dbt always passes the asset definition's own selection
(`fqn:*`) and dbt unions two `--select`s. Indirect selection is turned off for that
build: under dbt's default (eager) excluding a model also excludes every test that
reads it, including a relationships test between it and a model that is rebuilt; here a
data test runs when any model it reads is rebuilt.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any

BUILT_RESOURCE_TYPES = frozenset({"model", "seed", "snapshot", "test"})


def kept_nodes(manifest: Mapping[str, Any], rebuilt: Set[str]) -> list[str]:
    """The unique ids of the nodes a build leaves as they are, given the unique ids of
    the models, seeds and snapshots it rebuilds and of the sources that changed: every
    other model, seed and snapshot, and every data test that reads none of those."""
    kept = []
    for unique_id, node in manifest["nodes"].items():
        kind = node["resource_type"]
        if kind not in BUILT_RESOURCE_TYPES:
            continue
        if kind == "test":
            runs = any(parent in rebuilt for parent in node["depends_on"]["nodes"])
        else:
            runs = unique_id in rebuilt
        if not runs:
            kept.append(unique_id)
    return sorted(kept)


def exclude_args(manifest: Mapping[str, Any], kept: list[str]) -> list[str]:
    """dbt arguments leaving out exactly the nodes `kept` (each by its full fqn, which
    names that node alone), with indirect selection off; [] when nothing is kept."""
    if not kept:
        return []
    selectors = " ".join("fqn:" + ".".join(manifest["nodes"][uid]["fqn"]) for uid in kept)
    return ["--exclude", selectors, "--indirect-selection", "empty"]
