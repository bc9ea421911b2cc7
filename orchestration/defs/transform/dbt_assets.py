"""Every dbt model, seed and test as Dagster assets and asset checks, grouped by layer.

Asset keys are dagster-dbt's defaults: sources map to ["raw", table], which are the
ingest assets' keys, so lineage joins up with no custom key logic. Groups follow the
dbt folder (staging, intermediate, marts) so the UI shows the layers.
"""

import json
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import cache
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets
from pydantic import Field

from orchestration.defs.dbt_project import (
    dbt_project,
    dbt_vars_args,
    keep_partial_parse,
    prune_run_targets,
)
from orchestration.defs.progress import announce
from orchestration.defs.resources import (
    WAREHOUSE_POOL,
    WarehouseResource,
    retry_if_transient,
    transient_retry,
)
from orchestration.domain.core.build_lock import is_lock_conflict
from orchestration.domain.transform.build_state import (
    BuildInputs,
    BuildState,
    clear_state,
    current_inputs,
    read_state,
    record_build,
)
from orchestration.domain.transform.production import PRODUCTION_BUILD_EXCLUDES
from orchestration.domain.transform.selection import exclude_args, kept_nodes

# The marts are what readers query; the daily schedule rebuilds them, so a mart older
# than a day and a bit is late (warn) and older than two days has missed a refresh (fail).
MART_FRESHNESS = dg.FreshnessPolicy.time_window(
    fail_window=timedelta(hours=48), warn_window=timedelta(hours=26)
)
READER_FACING_GROUPS = ("marts", "quality")


class LayeredTranslator(DagsterDbtTranslator):
    """Group dbt assets by their layer folder (seeds go with reference data), tag them
    with their layer, and give the reader-facing ones a freshness policy."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        return fqn[1] if len(fqn) > 2 else super().get_group_name(dbt_resource_props)

    def get_asset_spec(self, manifest, unique_id, project) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        spec = spec.merge_attributes(tags={"layer": spec.group_name or "default"})
        if spec.group_name in READER_FACING_GROUPS:
            spec = spec.replace_attributes(freshness_policy=MART_FRESHNESS)
        return spec


class DbtBuildConfig(dg.Config):
    """Run configuration of the dbt build."""

    as_of_date: str | None = Field(
        default=None,
        description="Replay: build as known on this date (YYYY-MM-DD), from the documents "
        "and figures published by then. The replay is written to its own file, never over "
        "the published warehouse. Default: today.",
    )
    force: bool = Field(
        default=False,
        description="Build even when no input changed since the last build, and build "
        "the incremental models from scratch (--full-refresh).",
    )


def _inputs(con, as_of_date: str | None) -> BuildInputs:
    if as_of_date is not None and date.fromisoformat(as_of_date) > date.today():
        raise dg.Failure(f"as_of_date {as_of_date} is in the future")
    return current_inputs(con, as_of_date)


def _partial_build_problem(
    context: dg.AssetExecutionContext, inputs: BuildInputs, state: BuildState | None
) -> str | None:
    """Why building only the selected models would leave the file a mixture, or None."""
    if state is None:
        return "the build file holds no complete build to update"
    if not inputs.same_build_kind(state.inputs):
        kind = "a replay" if state.inputs.is_replay else "a build"
        return (
            f"the build file holds {kind} as of {state.inputs.as_of_date} "
            "(or of another dbt project), which a partial build cannot bring up to date"
        )
    needed = _models_fed_by(context, inputs.changed_tables(state.inputs))
    missing = needed - set(context.selected_asset_keys)
    if missing:
        shown = ", ".join(sorted(k.to_user_string() for k in missing)[:5])
        return f"models fed by the changed raw tables are not selected ({shown} ...)"
    return None


def _fed_by(context: dg.AssetExecutionContext, tables: Iterable[str]) -> set[dg.AssetKey]:
    """These raw tables and every asset downstream of them in the asset graph (which also
    knows that the reader's claims come from the documents' texts). The job's graph, which
    holds every asset whatever the job selects: a run of `make run` (execute_in_process)
    has no repository to ask."""
    changed = [dg.AssetKey(["raw", t]) for t in tables]
    if not changed:
        return set()
    graph = context.job_def.asset_layer.asset_graph
    return dg.AssetSelection.assets(*changed).downstream().resolve(graph)


def _models_fed_by(context: dg.AssetExecutionContext, tables: Iterable[str]) -> set[dg.AssetKey]:
    """The dbt assets downstream of these raw tables."""
    return _fed_by(context, tables) & set(warehouse_dbt_models.keys)


@cache
def _manifest() -> dict[str, Any]:
    return json.loads(dbt_project().manifest_path.read_text(encoding="utf-8"))


def _kept_as_built(
    context: dg.AssetExecutionContext,
    inputs: BuildInputs,
    state: BuildState | None,
    force: bool,
) -> list[str]:
    """The dbt nodes this build leaves as the last one built them (unique ids): those no
    changed raw table feeds, when only raw data changed (BuildInputs.changed_raw_only).
    None are left in a forced build, a run of part of the project (the sensor's, which
    selects what the changes feed already) or a build after anything else changed."""
    tables = None if force else inputs.changed_raw_only(state)
    if tables is None or context.is_subset:
        return []
    fed = _fed_by(context, tables)
    manifest = _manifest()
    # the changed dbt sources count as rebuilt, so a test on a source runs
    sources = {
        unique_id
        for unique_id, source in manifest["sources"].items()
        if source_asset_key(source) in fed
    }
    models = {unique_id for key, unique_id in _unique_ids().items() if key in fed}
    return kept_nodes(manifest, models | sources)


def source_asset_key(source: Mapping[str, Any]) -> dg.AssetKey:
    """A dbt source's asset key, as dagster-dbt's default translator makes it (ours keeps
    it): [source name, table], the ingest and reader assets' keys."""
    return dg.AssetKey([source["source_name"], source["name"]])


@cache
def _unique_ids() -> dict[dg.AssetKey, str]:
    """dbt's unique id of each dbt asset."""
    return {spec.key: spec.metadata["dagster_dbt/unique_id"] for spec in warehouse_dbt_models.specs}


@dbt_assets(
    manifest=dbt_project().manifest_path,
    project=dbt_project(),
    dagster_dbt_translator=LayeredTranslator(),
    pool=WAREHOUSE_POOL,
)
def warehouse_dbt_models(
    context: dg.AssetExecutionContext,
    dbt: DbtCliResource,
    warehouse: WarehouseResource,
    config: DbtBuildConfig,
):
    """Build (run and test) the selected dbt models; tests become asset checks. dbt's
    unit tests are left out (orchestration/domain/transform/production.py says why).

    Incremental models update the last build when only statistics files changed, and
    are built from scratch otherwise (BuildInputs.allows_incremental has the rule).
    When only raw data changed, the models no changed raw table feeds are not built
    again (orchestration/domain/transform/selection.py): their relations are already
    what this build would write. Their outputs are still reported, marked as not
    rebuilt, so that publish, downstream, runs: Dagster skips a step when an output it
    depends on is not emitted.

    Skipped, with nothing materialised, when the inputs equal those of the last complete
    build and that build reached its destination (orchestration/domain/transform/
    build_state.py has the rule): then publish, downstream, is skipped too. A partial
    build is refused where it would leave the file a mixture of two builds.

    Row counts are added here, after dbt exits, with our own connection, instead of by
    dagster-dbt's fetch_row_counts(): that opens the file in this process through the
    dbt adapter and keeps it open, and DuckDB then refuses any other connection here
    (the quality checks that run next in the same process need one). The cost is that
    materialisations reach the event log when dbt finishes rather than one by one.

    When dbt fails, what it did build and test is still reported, then the step fails;
    a failure because another process holds DuckDB's write lock is retried instead.
    """
    layout = warehouse.layout
    warehouse.release()  # dbt opens the file from its own process
    with retry_if_transient(), warehouse.connect() as con:
        inputs = _inputs(con, config.as_of_date)
        state = read_state(con)
        destination = (
            layout.replay_db(inputs.as_of_date) if inputs.is_replay else layout.published_db
        )
        if not config.force and state and state.is_current(inputs, destination):
            announce(
                context,
                "transform",
                "Transform skipped: no input changed since the last successful build.",
            )
            return
        if context.is_subset and (problem := _partial_build_problem(context, inputs, state)):
            raise dg.Failure(
                f"Not building part of the dbt project: {problem}. Run the build_warehouse "
                "job (make run) to rebuild the whole project."
            )
        clear_state(con)
    kept = _kept_as_built(context, inputs, state, config.force)
    left = f" ({len(kept)} dbt nodes left as built: nothing they read changed)" if kept else ""
    announce(
        context,
        "transform",
        f"Building dbt models and tests as of {inputs.as_of_date}{left} ...",
    )
    replay = {"as_of_date": inputs.as_of_date} if inputs.is_replay else {}
    refresh = [] if inputs.allows_incremental(state) and not config.force else ["--full-refresh"]
    invocation = dbt.cli(
        [
            "build",
            *PRODUCTION_BUILD_EXCLUDES,
            *exclude_args(_manifest(), kept),
            *refresh,
            *dbt_vars_args(layout, **replay),
        ],
        context=context,
        raise_on_error=False,
    )
    events = list(invocation.stream())
    error = invocation.get_error()
    if error is not None and is_lock_conflict(str(error)):
        raise transient_retry() from error
    with warehouse.connect() as con:
        counts = _row_counts(con)
        if error is None:
            record_build(con, inputs)
    if error is None:
        keep_partial_parse(invocation.target_path)
    prune_run_targets(invocation.target_path)
    # first: what was left as built is upstream of everything dbt built (if a model fed
    # by a changed table were upstream of it, it would be fed too), and Dagster wants a
    # multi-asset's outputs in the order of its graph; not after a failed build, which
    # reports only what dbt did
    if error is None:
        yield from _reused_outputs(context, set(kept), counts)
    for event in events:
        if isinstance(event, dg.Output):
            relation = ".".join(context.asset_key_for_output(event.output_name).path)
            if relation in counts:
                event = event.with_metadata(
                    {**event.metadata, "dagster/row_count": counts[relation]}
                )
        yield event
    if error is not None:
        raise error


def _reused_outputs(
    context: dg.AssetExecutionContext, kept: set[str], counts: dict[str, int]
) -> Iterable[dg.Output]:
    """An output for every selected model, seed or snapshot this build left as it was,
    marked as not rebuilt, in the order of the asset graph."""
    unique_ids = _unique_ids()
    for key in context.job_def.asset_layer.asset_graph.toposorted_asset_keys:
        if unique_ids.get(key) not in kept or key not in context.selected_asset_keys:
            continue
        metadata: dict[str, Any] = {"dbt/rebuilt": False}
        relation = ".".join(key.path)
        if relation in counts:
            metadata["dagster/row_count"] = counts[relation]
        yield dg.Output(
            None,
            output_name=context.assets_def.get_output_name_for_asset_key(key),
            metadata=metadata,
        )


def _row_counts(con) -> dict[str, int]:
    """Rows per relation ("schema.name") the dbt build wrote, views included."""
    relations = con.execute(
        "select table_schema, table_name from information_schema.tables "
        "where table_schema in ('reference', 'staging', 'intermediate', 'marts', 'quality')"
    ).fetchall()
    return {
        f"{schema}.{name}": con.execute(f'select count(*) from "{schema}"."{name}"').fetchone()[0]
        for schema, name in relations
    }
