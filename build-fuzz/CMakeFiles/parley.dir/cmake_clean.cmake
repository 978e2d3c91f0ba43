file(REMOVE_RECURSE
  "CMakeFiles/parley.dir/src/cli/config.c.o"
  "CMakeFiles/parley.dir/src/cli/config.c.o.d"
  "CMakeFiles/parley.dir/src/cli/main.c.o"
  "CMakeFiles/parley.dir/src/cli/main.c.o.d"
  "CMakeFiles/parley.dir/src/cli/progress.c.o"
  "CMakeFiles/parley.dir/src/cli/progress.c.o.d"
  "parley"
  "parley.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/parley.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
