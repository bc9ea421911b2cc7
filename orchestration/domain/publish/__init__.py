"""Getting the build to readers: write, audit, swap."""
