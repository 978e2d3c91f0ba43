file(REMOVE_RECURSE
  "CMakeFiles/test_mentions.dir/test_mentions.c.o"
  "CMakeFiles/test_mentions.dir/test_mentions.c.o.d"
  "test_mentions"
  "test_mentions.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_mentions.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
