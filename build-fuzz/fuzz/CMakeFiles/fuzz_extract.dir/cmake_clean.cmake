file(REMOVE_RECURSE
  "CMakeFiles/fuzz_extract.dir/fuzz_extract.c.o"
  "CMakeFiles/fuzz_extract.dir/fuzz_extract.c.o.d"
  "fuzz_extract"
  "fuzz_extract.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fuzz_extract.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
