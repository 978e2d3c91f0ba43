# Empty dependencies file for fuzz_escape.
# This may be replaced when dependencies are built.
