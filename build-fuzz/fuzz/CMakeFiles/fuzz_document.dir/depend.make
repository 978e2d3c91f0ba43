# Empty dependencies file for fuzz_document.
# This may be replaced when dependencies are built.
