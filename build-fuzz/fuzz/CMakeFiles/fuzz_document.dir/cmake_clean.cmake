file(REMOVE_RECURSE
  "CMakeFiles/fuzz_document.dir/fuzz_document.c.o"
  "CMakeFiles/fuzz_document.dir/fuzz_document.c.o.d"
  "fuzz_document"
  "fuzz_document.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fuzz_document.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
