file(REMOVE_RECURSE
  "CMakeFiles/test_dates.dir/test_dates.c.o"
  "CMakeFiles/test_dates.dir/test_dates.c.o.d"
  "test_dates"
  "test_dates.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_dates.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
