"""What the dbt build depends on, and what the build file was built from."""
