# Empty dependencies file for test_mentions.
# This may be replaced when dependencies are built.
