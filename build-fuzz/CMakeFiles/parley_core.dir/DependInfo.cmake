
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/exporters/csv.c" "CMakeFiles/parley_core.dir/exporters/csv.c.o" "gcc" "CMakeFiles/parley_core.dir/exporters/csv.c.o.d"
  "/work/main/exporters/gexf.c" "CMakeFiles/parley_core.dir/exporters/gexf.c.o" "gcc" "CMakeFiles/parley_core.dir/exporters/gexf.c.o.d"
  "/work/main/exporters/graphml.c" "CMakeFiles/parley_core.dir/exporters/graphml.c.o" "gcc" "CMakeFiles/parley_core.dir/exporters/graphml.c.o.d"
  "/work/main/exporters/json.c" "CMakeFiles/parley_core.dir/exporters/json.c.o" "gcc" "CMakeFiles/parley_core.dir/exporters/json.c.o.d"
  "/work/main/exporters/jsonl.c" "CMakeFiles/parley_core.dir/exporters/jsonl.c.o" "gcc" "CMakeFiles/parley_core.dir/exporters/jsonl.c.o.d"
  "/work/main/exporters/output.c" "CMakeFiles/parley_core.dir/exporters/output.c.o" "gcc" "CMakeFiles/parley_core.dir/exporters/output.c.o.d"
  "/work/main/exporters/report.c" "CMakeFiles/parley_core.dir/exporters/report.c.o" "gcc" "CMakeFiles/parley_core.dir/exporters/report.c.o.d"
  "/work/main/exporters/sql.c" "CMakeFiles/parley_core.dir/exporters/sql.c.o" "gcc" "CMakeFiles/parley_core.dir/exporters/sql.c.o.d"
  "/work/main/exporters/table.c" "CMakeFiles/parley_core.dir/exporters/table.c.o" "gcc" "CMakeFiles/parley_core.dir/exporters/table.c.o.d"
  "/work/main/exporters/xml.c" "CMakeFiles/parley_core.dir/exporters/xml.c.o" "gcc" "CMakeFiles/parley_core.dir/exporters/xml.c.o.d"
  "/work/main/graph/corpus.c" "CMakeFiles/parley_core.dir/graph/corpus.c.o" "gcc" "CMakeFiles/parley_core.dir/graph/corpus.c.o.d"
  "/work/main/graph/network.c" "CMakeFiles/parley_core.dir/graph/network.c.o" "gcc" "CMakeFiles/parley_core.dir/graph/network.c.o.d"
  "/work/main/graph/stats.c" "CMakeFiles/parley_core.dir/graph/stats.c.o" "gcc" "CMakeFiles/parley_core.dir/graph/stats.c.o.d"
  "/work/main/src/dates.c" "CMakeFiles/parley_core.dir/src/dates.c.o" "gcc" "CMakeFiles/parley_core.dir/src/dates.c.o.d"
  "/work/main/src/document.c" "CMakeFiles/parley_core.dir/src/document.c.o" "gcc" "CMakeFiles/parley_core.dir/src/document.c.o.d"
  "/work/main/src/entities.c" "CMakeFiles/parley_core.dir/src/entities.c.o" "gcc" "CMakeFiles/parley_core.dir/src/entities.c.o.d"
  "/work/main/src/events.c" "CMakeFiles/parley_core.dir/src/events.c.o" "gcc" "CMakeFiles/parley_core.dir/src/events.c.o.d"
  "/work/main/src/extract.c" "CMakeFiles/parley_core.dir/src/extract.c.o" "gcc" "CMakeFiles/parley_core.dir/src/extract.c.o.d"
  "/work/main/src/lexicon.c" "CMakeFiles/parley_core.dir/src/lexicon.c.o" "gcc" "CMakeFiles/parley_core.dir/src/lexicon.c.o.d"
  "/work/main/src/match.c" "CMakeFiles/parley_core.dir/src/match.c.o" "gcc" "CMakeFiles/parley_core.dir/src/match.c.o.d"
  "/work/main/src/mentions.c" "CMakeFiles/parley_core.dir/src/mentions.c.o" "gcc" "CMakeFiles/parley_core.dir/src/mentions.c.o.d"
  "/work/main/src/reader.c" "CMakeFiles/parley_core.dir/src/reader.c.o" "gcc" "CMakeFiles/parley_core.dir/src/reader.c.o.d"
  "/work/main/src/roles.c" "CMakeFiles/parley_core.dir/src/roles.c.o" "gcc" "CMakeFiles/parley_core.dir/src/roles.c.o.d"
  "/work/main/src/text.c" "CMakeFiles/parley_core.dir/src/text.c.o" "gcc" "CMakeFiles/parley_core.dir/src/text.c.o.d"
  "/work/main/src/util.c" "CMakeFiles/parley_core.dir/src/util.c.o" "gcc" "CMakeFiles/parley_core.dir/src/util.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
