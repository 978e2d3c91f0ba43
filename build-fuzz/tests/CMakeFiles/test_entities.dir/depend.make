# Empty dependencies file for test_entities.
# This may be replaced when dependencies are built.
