"""The contracts of raw/ files (docs/raw-contracts.md): columns, types, keys, rules.

One declaration per table drives the loader's checks, the typed DuckDB table it
creates, and (later) the Great Expectations suites. Value domains that live
elsewhere are looked up, not copied: units from the unit registry, periods from
the period grammar.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
REGION_PATTERN = r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"
STATUSES = ("final", "preliminary", "estimate", "forecast")
COMPARATORS = (">=", ">", "<=", "<")
TARGET_KINDS = ("level", "cumulative", "multiple", "share", "count")
DIRECTIONS = ("increase", "decrease")
DOCUMENT_KINDS = ("plan", "action_plan", "news_report", "statistical_release")
ALIAS_ROLES = ("subject", "measure")


@dataclass(frozen=True)
class Column:
    """One column. `kind` picks the check and the DuckDB type:
    text, id, number, integer, date, enum, unit, period, pattern."""

    name: str
    kind: str = "text"
    required: bool = True
    allowed: tuple[str, ...] = ()
    pattern: str | None = None
    default: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    minimum_exclusive: bool = False
    references: str | None = None
    """The raw table whose key this column must name (targets.indicator_id -> indicators):
    a value not there is rejected as unknown. The key column has the same name."""
    not_in_future: bool = False
    """For a date of publication: a day after today is rejected (a typo, or a figure
    that cannot have been published yet; an as-of replay hides later ones anyway)."""
    keeps_blanks: bool = False
    """Loaded as written, surrounding blanks included (a document's line: its offsets
    count them, and a full-width indent is text); only an empty value is null."""
    records_decimals: bool = False
    """For a number as a document states it: also store how many decimals it was written
    with (`<name>_decimals`), because "$132 billion" is a rounding of anything from
    131.5 to 132.5 and a check of the figure must allow for that."""

    @property
    def sql_type(self) -> str:
        return {"number": "double", "integer": "integer", "date": "date"}.get(self.kind, "varchar")

    @property
    def stored(self) -> tuple[tuple[str, str], ...]:
        """The typed table's columns for this raw column: (name, DuckDB type) pairs."""
        if self.records_decimals:
            return ((self.name, self.sql_type), (f"{self.name}_decimals", "integer"))
        return ((self.name, self.sql_type),)


@dataclass(frozen=True)
class Rule:
    """A row-level rule over several columns: `violation` is a SQL predicate true for bad rows."""

    column: str
    violation: str
    reason: str


@dataclass(frozen=True)
class TableContract:
    table: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    rules: tuple[Rule, ...] = field(default_factory=tuple)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


DOCUMENTS = TableContract(
    table="documents",
    columns=(
        Column("document_id", "id", pattern=ID_PATTERN),
        Column("title"),
        Column("publisher"),
        Column("published_on", "date", not_in_future=True),
        Column("url", required=False),
        Column("language", "pattern", pattern=r"^[a-z]{2}$"),
        Column("kind", "enum", allowed=DOCUMENT_KINDS),
        Column("notes", required=False),
    ),
    key=("document_id",),
)

DOCUMENT_TEXTS = TableContract(
    table="document_texts",
    columns=(
        # the file's name without its extension: raw/documents/<document_id>.txt
        Column("document_id", "id", pattern=ID_PATTERN, references="documents"),
        Column("line", "integer", minimum=1),
        Column("text", required=False, keeps_blanks=True),  # an empty line is null
    ),
    key=("document_id", "line"),
)

INDICATOR_ALIASES = TableContract(
    table="indicator_aliases",
    columns=(
        Column("indicator_id", "id", pattern=ID_PATTERN, references="indicators"),
        Column("role", "enum", allowed=ALIAS_ROLES),
        # a case-insensitive regular expression (Python's syntax), checked when staged
        Column("alias"),
    ),
    key=("indicator_id", "role", "alias"),
)

INDICATORS = TableContract(
    table="indicators",
    columns=(
        Column("indicator_id", "id", pattern=ID_PATTERN),
        Column("name"),
        Column("sector"),
        Column("measure"),
        Column("canonical_unit", "unit"),
        Column("direction", "enum", allowed=DIRECTIONS),
        Column(
            "parent_indicator_id",
            "id",
            required=False,
            pattern=ID_PATTERN,
            references="indicators",
        ),
        # An optional plausible range, in the canonical unit: a figure outside it is
        # quarantined (dbt_project/models/intermediate/int_statistics_plausibility.sql).
        Column("min_value", "number", required=False),
        Column("max_value", "number", required=False),
    ),
    key=("indicator_id",),
)

TARGETS = TableContract(
    table="targets",
    columns=(
        Column("target_id", "id", pattern=ID_PATTERN),
        Column("document_id", "id", pattern=ID_PATTERN, references="documents"),
        Column("indicator_id", "id", pattern=ID_PATTERN, references="indicators"),
        Column("region", "pattern", pattern=REGION_PATTERN),
        Column("target_year", "integer", minimum=1949, maximum=2100),
        Column("comparator", "enum", allowed=COMPARATORS),
        Column("kind", "enum", allowed=TARGET_KINDS),
        Column("value", "number", minimum=0, records_decimals=True),
        Column("unit", "unit"),
        Column("span_start_year", "integer", required=False, minimum=1949, maximum=2100),
        Column("baseline_year", "integer", required=False, minimum=1949, maximum=2100),
        Column(
            "stated_alt_value",
            "number",
            required=False,
            minimum=0,
            minimum_exclusive=True,
            records_decimals=True,
        ),
        Column("stated_alt_unit", "unit", required=False),
        Column("description"),
    ),
    key=("target_id",),
    rules=(
        Rule(
            "span_start_year",
            "kind = 'cumulative' and span_start_year is null",
            "a cumulative target needs span_start_year",
        ),
        Rule(
            "span_start_year",
            "try_cast(span_start_year as integer) > try_cast(target_year as integer)",
            "span_start_year is after target_year",
        ),
        Rule(
            "baseline_year",
            "kind = 'multiple' and baseline_year is null",
            "a multiple-of-baseline target needs baseline_year",
        ),
        Rule("unit", "kind = 'multiple' and unit <> 'ratio'", "a multiple target's unit is ratio"),
        Rule("unit", "kind = 'share' and unit <> 'pct'", "a share target's unit is pct"),
        Rule(
            "stated_alt_unit",
            "(stated_alt_value is null) <> (stated_alt_unit is null)",
            "stated_alt_value and stated_alt_unit go together",
        ),
    ),
)

STATISTICS = TableContract(
    table="statistics",
    columns=(
        Column("indicator_id", "id", pattern=ID_PATTERN, references="indicators"),
        Column("region", "pattern", pattern=REGION_PATTERN),
        Column("period", "period"),
        Column("value", "number"),
        Column("unit", "unit"),
        Column("status", "enum", required=False, allowed=STATUSES, default="final"),
        Column("source"),
        Column("source_url", required=False),
        Column("published_on", "date", not_in_future=True),
        Column("document_id", "id", required=False, pattern=ID_PATTERN, references="documents"),
        Column("notes", required=False),
    ),
    key=("indicator_id", "region", "period", "status", "source", "published_on"),
)

FX_RATES = TableContract(
    table="fx_rates",
    columns=(
        Column("date", "date"),
        Column("base_currency", "pattern", pattern=CURRENCY_PATTERN),
        Column("quote_currency", "pattern", pattern=CURRENCY_PATTERN),
        Column("rate", "number", minimum=0, minimum_exclusive=True),
        Column("source"),
        Column("rate_type", required=False, default="reference"),
    ),
    key=("date", "base_currency", "quote_currency", "source"),
)

CONTRACTS = {
    c.table: c
    for c in (
        DOCUMENTS,
        DOCUMENT_TEXTS,
        INDICATORS,
        INDICATOR_ALIASES,
        TARGETS,
        STATISTICS,
        FX_RATES,
    )
}
