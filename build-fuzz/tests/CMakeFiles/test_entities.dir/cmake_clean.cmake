file(REMOVE_RECURSE
  "CMakeFiles/test_entities.dir/test_entities.c.o"
  "CMakeFiles/test_entities.dir/test_entities.c.o.d"
  "test_entities"
  "test_entities.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_entities.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
