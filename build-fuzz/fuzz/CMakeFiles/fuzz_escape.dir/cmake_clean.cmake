file(REMOVE_RECURSE
  "CMakeFiles/fuzz_escape.dir/fuzz_escape.c.o"
  "CMakeFiles/fuzz_escape.dir/fuzz_escape.c.o.d"
  "fuzz_escape"
  "fuzz_escape.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fuzz_escape.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
