#!/usr/bin/env bash
# The threaded pipeline under ThreadSanitizer: parley built with clang -fsanitize=thread extracts
# and builds a generated corpus on two and three threads, and stops on a full disk; no data race
# is reported and the output is the one of the normal build.
set -euo pipefail
: "${SRC:?}" "${PARLEY:?}"
command -v clang >/dev/null || { echo "tsan: clang not installed, skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
bdir="$SRC/build-tsan"
cmake -S "$SRC" -B "$bdir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
  -DCMAKE_C_FLAGS="-fsanitize=thread -O1 -g" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" >/dev/null
cmake --build "$bdir" -j"$(nproc)" --target parley >/dev/null
T="$bdir/parley"
export TSAN_OPTIONS="halt_on_error=1 exitcode=66"
python3 "$SRC/bench/gen_corpus.py" 3000 "$tmp/c.jsonl" "$tmp/p.json" --seed 11
"$PARLEY" extract -q -j 1 "$tmp/c.jsonl" "$SRC/samples/articles" > "$tmp/want.jsonl"
for j in 2 3; do
  "$T" extract -q -j "$j" "$tmp/c.jsonl" "$SRC/samples/articles" > "$tmp/got$j.jsonl" 2> "$tmp/err" || fail "extract -j $j: $(head -c 2000 "$tmp/err")"
  cmp -s "$tmp/want.jsonl" "$tmp/got$j.jsonl" || fail "extract -j $j under TSan differs"
done
"$T" build -q -j 2 "$tmp/c.jsonl" -o "$tmp/out" 2> "$tmp/err" || fail "build: $(head -c 2000 "$tmp/err")"
set +e
"$T" extract -q -j 2 "$tmp/c.jsonl" -o /dev/full 2> "$tmp/err"; rc=$?
set -e
[ "$rc" -eq 3 ] || fail "full disk under TSan exited $rc: $(head -c 2000 "$tmp/err")"
echo "tsan: no data race in extract -j 2/3, build -j 2 and the full-disk stop"
