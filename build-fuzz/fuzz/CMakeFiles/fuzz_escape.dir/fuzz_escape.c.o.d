fuzz/CMakeFiles/fuzz_escape.dir/fuzz_escape.c.o: \
  /usr/lib/llvm-14/lib/clang/14.0.6/share/asan_ignorelist.txt \
  /work/main/fuzz/fuzz_escape.c \
  /usr/lib/llvm-14/lib/clang/14.0.6/include/stdint.h \
  /usr/include/stdint.h \
  /usr/include/x86_64-linux-gnu/bits/libc-header-start.h \
  /usr/include/features.h /usr/include/features-time64.h \
  /usr/include/x86_64-linux-gnu/bits/wordsize.h \
  /usr/include/x86_64-linux-gnu/bits/timesize.h \
  /usr/include/stdc-predef.h /usr/include/x86_64-linux-gnu/sys/cdefs.h \
  /usr/include/x86_64-linux-gnu/bits/long-double.h \
  /usr/include/x86_64-linux-gnu/gnu/stubs.h \
  /usr/include/x86_64-linux-gnu/gnu/stubs-64.h \
  /usr/include/x86_64-linux-gnu/bits/types.h \
  /usr/include/x86_64-linux-gnu/bits/typesizes.h \
  /usr/include/x86_64-linux-gnu/bits/time64.h \
  /usr/include/x86_64-linux-gnu/bits/wchar.h \
  /usr/include/x86_64-linux-gnu/bits/stdint-intn.h \
  /usr/include/x86_64-linux-gnu/bits/stdint-uintn.h /usr/include/stdio.h \
  /usr/lib/llvm-14/lib/clang/14.0.6/include/stddef.h \
  /usr/lib/llvm-14/lib/clang/14.0.6/include/stdarg.h \
  /usr/include/x86_64-linux-gnu/bits/types/__fpos_t.h \
  /usr/include/x86_64-linux-gnu/bits/types/__mbstate_t.h \
  /usr/include/x86_64-linux-gnu/bits/types/__fpos64_t.h \
  /usr/include/x86_64-linux-gnu/bits/types/__FILE.h \
  /usr/include/x86_64-linux-gnu/bits/types/FILE.h \
  /usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h \
  /usr/include/x86_64-linux-gnu/bits/stdio_lim.h \
  /usr/include/x86_64-linux-gnu/bits/floatn.h \
  /usr/include/x86_64-linux-gnu/bits/floatn-common.h \
  /usr/include/x86_64-linux-gnu/bits/stdio.h /usr/include/stdlib.h \
  /usr/include/x86_64-linux-gnu/bits/waitflags.h \
  /usr/include/x86_64-linux-gnu/bits/waitstatus.h \
  /usr/include/x86_64-linux-gnu/sys/types.h \
  /usr/include/x86_64-linux-gnu/bits/types/clock_t.h \
  /usr/include/x86_64-linux-gnu/bits/types/clockid_t.h \
  /usr/include/x86_64-linux-gnu/bits/types/time_t.h \
  /usr/include/x86_64-linux-gnu/bits/types/timer_t.h \
  /usr/include/endian.h /usr/include/x86_64-linux-gnu/bits/endian.h \
  /usr/include/x86_64-linux-gnu/bits/endianness.h \
  /usr/include/x86_64-linux-gnu/bits/byteswap.h \
  /usr/include/x86_64-linux-gnu/bits/uintn-identity.h \
  /usr/include/x86_64-linux-gnu/sys/select.h \
  /usr/include/x86_64-linux-gnu/bits/select.h \
  /usr/include/x86_64-linux-gnu/bits/types/sigset_t.h \
  /usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h \
  /usr/include/x86_64-linux-gnu/bits/types/struct_timeval.h \
  /usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h \
  /usr/include/x86_64-linux-gnu/bits/pthreadtypes.h \
  /usr/include/x86_64-linux-gnu/bits/thread-shared-types.h \
  /usr/include/x86_64-linux-gnu/bits/pthreadtypes-arch.h \
  /usr/include/x86_64-linux-gnu/bits/atomic_wide_counter.h \
  /usr/include/x86_64-linux-gnu/bits/struct_mutex.h \
  /usr/include/x86_64-linux-gnu/bits/struct_rwlock.h \
  /usr/include/alloca.h \
  /usr/include/x86_64-linux-gnu/bits/stdlib-bsearch.h \
  /usr/include/x86_64-linux-gnu/bits/stdlib-float.h \
  /usr/include/string.h \
  /usr/include/x86_64-linux-gnu/bits/types/locale_t.h \
  /usr/include/x86_64-linux-gnu/bits/types/__locale_t.h \
  /usr/include/strings.h /usr/include/jansson.h \
  /usr/include/jansson_config.h /work/main/src/util.h \
  /usr/lib/llvm-14/lib/clang/14.0.6/include/__stddef_max_align_t.h \
  /usr/lib/llvm-14/lib/clang/14.0.6/include/stdbool.h \
  /work/main/exporters/xml.h /work/main/exporters/csv.h \
  /work/main/exporters/../graph/network.h /usr/include/igraph/igraph.h \
  /usr/include/igraph/igraph_version.h \
  /usr/include/igraph/igraph_decls.h /usr/include/igraph/igraph_export.h \
  /usr/include/igraph/igraph_memory.h /usr/include/igraph/igraph_error.h \
  /usr/include/igraph/igraph_config.h \
  /usr/include/igraph/igraph_random.h /usr/include/igraph/igraph_types.h \
  /usr/lib/llvm-14/lib/clang/14.0.6/include/inttypes.h \
  /usr/include/inttypes.h /usr/include/math.h \
  /usr/include/x86_64-linux-gnu/bits/math-vector.h \
  /usr/include/x86_64-linux-gnu/bits/libm-simd-decl-stubs.h \
  /usr/include/x86_64-linux-gnu/bits/flt-eval-method.h \
  /usr/include/x86_64-linux-gnu/bits/fp-logb.h \
  /usr/include/x86_64-linux-gnu/bits/fp-fast.h \
  /usr/include/x86_64-linux-gnu/bits/mathcalls-helper-functions.h \
  /usr/include/x86_64-linux-gnu/bits/mathcalls.h \
  /usr/include/igraph/igraph_vector.h \
  /usr/include/igraph/igraph_complex.h \
  /usr/include/igraph/igraph_constants.h \
  /usr/include/igraph/igraph_pmt.h \
  /usr/include/igraph/igraph_vector_type.h \
  /usr/include/igraph/igraph_pmt_off.h \
  /usr/include/igraph/igraph_vector_pmt.h /usr/include/time.h \
  /usr/include/x86_64-linux-gnu/bits/time.h \
  /usr/include/x86_64-linux-gnu/bits/types/struct_tm.h \
  /usr/include/x86_64-linux-gnu/bits/types/struct_itimerspec.h \
  /usr/include/igraph/igraph_progress.h \
  /usr/include/igraph/igraph_statusbar.h \
  /usr/include/igraph/igraph_matrix.h \
  /usr/include/igraph/igraph_matrix_pmt.h \
  /usr/include/igraph/igraph_array.h \
  /usr/include/igraph/igraph_array_pmt.h \
  /usr/include/igraph/igraph_dqueue.h \
  /usr/include/igraph/igraph_dqueue_pmt.h \
  /usr/include/igraph/igraph_stack.h \
  /usr/include/igraph/igraph_stack_pmt.h \
  /usr/include/igraph/igraph_heap.h \
  /usr/include/igraph/igraph_heap_pmt.h \
  /usr/include/igraph/igraph_psumtree.h \
  /usr/include/igraph/igraph_strvector.h \
  /usr/include/igraph/igraph_vector_list.h \
  /usr/include/igraph/igraph_typed_list_pmt.h \
  /usr/include/igraph/igraph_vector_ptr.h \
  /usr/include/igraph/igraph_sparsemat.h \
  /usr/include/igraph/igraph_datatype.h \
  /usr/include/igraph/igraph_arpack.h /usr/include/igraph/igraph_qsort.h \
  /usr/include/igraph/igraph_graph_list.h \
  /usr/include/igraph/igraph_iterators.h \
  /usr/include/igraph/igraph_interface.h \
  /usr/include/igraph/igraph_constructors.h \
  /usr/include/igraph/igraph_graphicality.h \
  /usr/include/igraph/igraph_games.h \
  /usr/include/igraph/igraph_matrix_list.h \
  /usr/include/igraph/igraph_microscopic_update.h \
  /usr/include/igraph/igraph_centrality.h \
  /usr/include/igraph/igraph_paths.h \
  /usr/include/igraph/igraph_components.h \
  /usr/include/igraph/igraph_structural.h \
  /usr/include/igraph/igraph_transitivity.h \
  /usr/include/igraph/igraph_neighborhood.h \
  /usr/include/igraph/igraph_topology.h \
  /usr/include/igraph/igraph_bipartite.h \
  /usr/include/igraph/igraph_cliques.h \
  /usr/include/igraph/igraph_layout.h \
  /usr/include/igraph/igraph_visitor.h \
  /usr/include/igraph/igraph_community.h \
  /usr/include/igraph/igraph_conversion.h \
  /usr/include/igraph/igraph_attributes.h \
  /usr/include/igraph/igraph_foreign.h \
  /usr/include/igraph/igraph_motifs.h \
  /usr/include/igraph/igraph_operators.h \
  /usr/include/igraph/igraph_flow.h \
  /usr/include/igraph/igraph_nongraph.h \
  /usr/include/igraph/igraph_cocitation.h \
  /usr/include/igraph/igraph_adjlist.h /usr/include/igraph/igraph_blas.h \
  /usr/include/igraph/igraph_lapack.h \
  /usr/include/igraph/igraph_mixing.h \
  /usr/include/igraph/igraph_separators.h \
  /usr/include/igraph/igraph_cohesive_blocks.h \
  /usr/include/igraph/igraph_eigen.h /usr/include/igraph/igraph_hrg.h \
  /usr/include/igraph/igraph_threading.h \
  /usr/include/igraph/igraph_interrupt.h \
  /usr/include/igraph/igraph_matching.h \
  /usr/include/igraph/igraph_embedding.h \
  /usr/include/igraph/igraph_scan.h \
  /usr/include/igraph/igraph_graphlets.h \
  /usr/include/igraph/igraph_epidemics.h \
  /usr/include/igraph/igraph_lsap.h \
  /usr/include/igraph/igraph_coloring.h \
  /usr/include/igraph/igraph_eulerian.h \
  /usr/include/igraph/igraph_cycles.h /work/main/graph/corpus.h \
  /work/main/graph/../src/extraction.h /work/main/src/document.h \
  /work/main/src/lexicon.h /work/main/src/text.h
