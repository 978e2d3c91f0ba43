# Empty dependencies file for test_document.
# This may be replaced when dependencies are built.
