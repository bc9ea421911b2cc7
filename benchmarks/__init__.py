"""Benchmarks: our ingest and transform measured side by side with raw DuckDB.

`python -m benchmarks.run --size 1M` (or `make bench SIZE=1M`) generates synthetic
data, runs every comparison in one process tree and writes benchmarks/results/.
See benchmarks/README.md for the method.
"""
