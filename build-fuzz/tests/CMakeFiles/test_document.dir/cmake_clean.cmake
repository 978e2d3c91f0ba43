file(REMOVE_RECURSE
  "CMakeFiles/test_document.dir/test_document.c.o"
  "CMakeFiles/test_document.dir/test_document.c.o.d"
  "test_document"
  "test_document.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_document.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
