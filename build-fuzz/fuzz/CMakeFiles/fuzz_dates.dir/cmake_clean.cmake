file(REMOVE_RECURSE
  "CMakeFiles/fuzz_dates.dir/fuzz_dates.c.o"
  "CMakeFiles/fuzz_dates.dir/fuzz_dates.c.o.d"
  "fuzz_dates"
  "fuzz_dates.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fuzz_dates.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
