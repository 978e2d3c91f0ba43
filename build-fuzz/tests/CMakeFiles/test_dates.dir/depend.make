# Empty dependencies file for test_dates.
# This may be replaced when dependencies are built.
