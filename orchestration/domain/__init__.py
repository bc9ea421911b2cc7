"""Plain domain logic with no Dagster import, by pipeline stage like orchestration/defs/:

- core: the warehouse layout (every path and setting), units, periods, the build lock;
- ingest: raw-file contracts, which files feed which table, reading, validating and
  syncing them, the ECB history;
- transform: what the dbt project builds from, and the build file's own state;
- quality: the quality policy and the Great Expectations contracts;
- publish: write, audit and swap the file readers open; what the dbt project declares
  published.
"""
