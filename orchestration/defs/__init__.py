"""Definitions by concern: resources, ingest, transform (and, as they land, quality,
publish and automation). load_from_defs_folder collects every module here."""
