# Empty dependencies file for test_lexicon.
# This may be replaced when dependencies are built.
