# Empty dependencies file for fuzz_jsonl.
# This may be replaced when dependencies are built.
