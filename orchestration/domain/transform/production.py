"""How a production dbt build differs from a development one.

dbt's unit tests check the models' logic on fixed fixtures, not the data: their result
cannot change between two runs of the same project, so a production build (the
pipeline's, the benchmark's) leaves them out, as dbt recommends, and `make test` runs
them (tests/e2e/test_dbt_unit_tests.py). Data tests still run in every build: they
are the checks on the data.
"""

PRODUCTION_BUILD_EXCLUDES = ["--exclude-resource-type", "unit_test"]
UNIT_TESTS_SELECTOR = ["--select", "test_type:unit"]
