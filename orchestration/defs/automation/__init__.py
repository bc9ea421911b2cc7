"""Automation: the daily refresh schedule and the raw-files sensor."""
