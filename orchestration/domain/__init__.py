"""Plain domain logic with no Dagster import: paths, units, periods, raw-file contracts,
the CSV loader and the ECB reference-rate reader. Unit-testable on its own."""
