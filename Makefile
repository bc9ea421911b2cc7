# Two commands set up everything on a machine with only python3 and make:
#   make run   - create the environment if missing, then build the whole warehouse
#   make test  - same set-up, then run every test
SHELL := /bin/bash
.DEFAULT_GOAL := run

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TOOLS := .tools
# uv from PATH when the machine has it; otherwise pip installs it into .tools/ (a venv of
# its own, so uv never manages itself away and nothing lands outside the repo).
UV := $(shell command -v uv 2>/dev/null || echo $(TOOLS)/bin/uv)
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export DAGSTER_DISABLE_TELEMETRY := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DO_NOT_TRACK := 1
export GX_ANALYTICS_ENABLED := false
export UV_PYTHON_DOWNLOADS := never
export PATH := $(CURDIR)/$(BIN):$(PATH)
DAGSTER_PORT ?= 3000

.PHONY: run test test-fast check-sources dev lint format env clean bench browser eval-reader

$(TOOLS)/bin/uv:
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet uv

# The environment is built from the committed uv.lock (--frozen: never re-resolved),
# byte-compiled once at install: where PYTHONDONTWRITEBYTECODE is set (this machine, many
# CI images) Python would otherwise compile Dagster, dbt and GX from source in every
# process, 8 s of each `make run` (benchmarks/results/2026-12-02.md).
$(BIN)/dagster: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --all-groups --compile-bytecode --python $(PYTHON)
	@touch $@

$(DAGSTER_HOME)/dagster.yaml:
	@mkdir -p $(DAGSTER_HOME)
	@ln -sf $(CURDIR)/dagster.yaml $@

env: $(BIN)/dagster $(DAGSTER_HOME)/dagster.yaml

# AS_OF=YYYY-MM-DD builds the marts as known on that date (default: today); FORCE=1
# rebuilds everything from scratch, even when nothing changed (otherwise such a run ends
# in about a second, and new statistics files rebuild only the series they touch).
run: env
	$(BIN)/python -m orchestration build $(if $(AS_OF),--as-of $(AS_OF)) $(if $(FORCE),--force)

# Debian's Chromium for the report's browser tests (tests/browser.py): Playwright drives
# it and never downloads a browser of its own. Needs root and apt where it is missing.
browser:
	@command -v chromium >/dev/null || { \
		echo "Installing Chromium from Debian's packages (tests of the HTML report) ..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Every tier (unit, integration, e2e: tests/conftest.py says what each holds); CI runs this.
test: env browser
	$(BIN)/pytest

# The fast tiers only (no whole-warehouse builds): about a minute and a half here.
test-fast: env
	$(BIN)/pytest tests/unit tests/integration -m "not e2e"

# Every raw/statistics row names its page (URL), the page's date and the number it states.
check-sources: env
	$(BIN)/python -m orchestration check-sources

# Benchmarks against raw DuckDB (benchmarks/README.md): SIZE rows for the comparisons,
# SCALES a comma-separated ladder for peak memory, e.g. make bench SIZE=1M SCALES=10M,50M.
# Writes benchmarks/results/<date>.json and .md.
SIZE ?= 1M
bench: env
	$(BIN)/python -m benchmarks.run --size $(SIZE) $(if $(SCALES),--scales $(SCALES))

# The document reader's recall and precision (orchestration/domain/documents/evaluation.py):
# the seed articles in ../shared/seeds/ when present, the project's texts and the made-up
# plans in tests/fixtures/. Writes benchmarks/results/<date>-reader.md.
eval-reader: env
	$(BIN)/python -m orchestration.domain.documents.evaluation

dev: env
	$(BIN)/dg dev --host 127.0.0.1 --port $(DAGSTER_PORT)

# sqlfluff's dbt templater opens the profile's DuckDB file: a throwaway one, so lint works
# on a fresh clone (no warehouse/ yet) and never touches a build.
lint: env
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	@scratch=$$(mktemp -d) && trap 'rm -rf "$$scratch"' EXIT && cd dbt_project && \
	  export WAREHOUSE_BUILD_DB="$$scratch/lint.duckdb" && \
	  ../$(BIN)/dbt parse --quiet --target-path "$$scratch/target" && \
	  ../$(BIN)/sqlfluff lint models macros tests

format: env
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf warehouse dbt_project/target dbt_project/logs
