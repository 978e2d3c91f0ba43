file(REMOVE_RECURSE
  "CMakeFiles/test_roles.dir/test_roles.c.o"
  "CMakeFiles/test_roles.dir/test_roles.c.o.d"
  "test_roles"
  "test_roles.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_roles.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
