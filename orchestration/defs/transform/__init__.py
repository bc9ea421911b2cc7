"""Transform: the dbt project, run by dagster-dbt."""
