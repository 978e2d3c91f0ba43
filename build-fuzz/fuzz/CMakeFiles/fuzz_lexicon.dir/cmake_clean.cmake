file(REMOVE_RECURSE
  "CMakeFiles/fuzz_lexicon.dir/fuzz_lexicon.c.o"
  "CMakeFiles/fuzz_lexicon.dir/fuzz_lexicon.c.o.d"
  "fuzz_lexicon"
  "fuzz_lexicon.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/fuzz_lexicon.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
