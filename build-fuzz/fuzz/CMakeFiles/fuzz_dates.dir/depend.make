# Empty dependencies file for fuzz_dates.
# This may be replaced when dependencies are built.
