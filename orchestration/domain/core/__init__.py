"""Shared by every stage: the layout, units, periods, the build lock."""
