# Empty dependencies file for test_roles.
# This may be replaced when dependencies are built.
