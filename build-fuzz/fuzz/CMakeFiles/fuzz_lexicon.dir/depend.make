# Empty dependencies file for fuzz_lexicon.
# This may be replaced when dependencies are built.
