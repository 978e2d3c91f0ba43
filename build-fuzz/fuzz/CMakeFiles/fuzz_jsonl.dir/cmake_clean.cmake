file(REMOVE_RECURSE
  "CMakeFiles/fuzz_jsonl.dir/fuzz_jsonl.c.o"
  "CMakeFiles/fuzz_jsonl.dir/fuzz_jsonl.c.o.d"
  "fuzz_jsonl"
  "fuzz_jsonl.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fuzz_jsonl.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
