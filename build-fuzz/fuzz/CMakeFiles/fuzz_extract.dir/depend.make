# Empty dependencies file for fuzz_extract.
# This may be replaced when dependencies are built.
