file(REMOVE_RECURSE
  "CMakeFiles/test_lexicon.dir/test_lexicon.c.o"
  "CMakeFiles/test_lexicon.dir/test_lexicon.c.o.d"
  "test_lexicon"
  "test_lexicon.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/test_lexicon.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
