"""The quality policy and the Great Expectations contracts."""
