"""The Dagster code location: every definition under orchestration/defs/, found by folder,
with the resources of the warehouse layout the environment names."""

from pathlib import Path

import dagster as dg

from orchestration.defs.resources import resources_for
from orchestration.domain.core.layout import WarehouseLayout, default_layout


def definitions_for(layout: WarehouseLayout) -> dg.Definitions:
    """The whole code location for one layout (tests and benchmarks pass their own)."""
    return dg.Definitions.merge(
        dg.load_from_defs_folder(path_within_project=Path(__file__).parent),
        resources_for(layout),
    )


@dg.definitions
def defs() -> dg.Definitions:
    return definitions_for(default_layout())
