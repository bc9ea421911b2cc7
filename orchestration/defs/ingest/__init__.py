"""Ingest: one asset per raw table, keyed ["raw", table] like dbt's source('raw', table)."""
