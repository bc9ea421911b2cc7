"""Raw files into the build file, under their contracts."""
