#!/usr/bin/env bash
# The whole test suite: a normal build with its unit and end-to-end tests, then the same
# tests under AddressSanitizer + UndefinedBehaviorSanitizer, the threads under ThreadSanitizer,
# and a short run of every fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
werror=${PARLEY_WERROR:-ON}
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_WERROR="$werror" >/dev/null
cmake --build build -j"$(nproc)"
(cd build && ctest --output-on-failure -E e2e_valgrind)
# valgrind on the normal build only (it does not mix with the sanitizers)
(cd build && ctest --output-on-failure -R e2e_valgrind)
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DPARLEY_SANITIZE=ON -DPARLEY_WERROR="$werror" >/dev/null
cmake --build build-asan -j"$(nproc)"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -E e2e_valgrind)
# the threaded pipeline under ThreadSanitizer
SRC="$PWD" PARLEY="$PWD/build/parley" bash tests/e2e/tsan.sh
# every fuzz target for 30 seconds
bash tests/e2e/fuzz_smoke.sh
# reaching this line means every suite above passed (set -e stops at the first failure)
echo "suites: 5 passed, 0 failed"
