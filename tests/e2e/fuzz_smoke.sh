#!/usr/bin/env bash
# Each fuzz target for FUZZ_SECONDS (default 30) on its seed corpus; any finding fails.
set -uo pipefail
cd "$(dirname "$0")/../.."
secs=${FUZZ_SECONDS:-30}
if ! command -v clang >/dev/null; then echo "clang not installed: fuzzing skipped"; exit 0; fi
CC=clang cmake -S . -B build-fuzz-smoke -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARLEY_FUZZ=ON -DPARLEY_SANITIZE=ON >/dev/null || exit 1
cmake --build build-fuzz-smoke -j"$(nproc)" >/dev/null || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for t in document jsonl extract lexicon dates escape; do
  mkdir -p "$work/$t" "$work/crash-$t"
  cp fuzz/corpus/$t/* "$work/$t/"
  build-fuzz-smoke/fuzz/fuzz_$t -max_total_time="$secs" -max_len=20000 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/crash-$t/" "$work/$t" > "$work/$t.log" 2>&1
  rc=$?
  runs=$(grep -Eo 'Done [0-9]+ runs' "$work/$t.log" | grep -Eo '[0-9]+' || echo 0)
  echo "fuzz_$t: exit $rc, $runs executions in ${secs}s"
  if [ $rc -ne 0 ]; then status=1; grep -E "ERROR|SUMMARY" "$work/$t.log" | head -5; ls "$work/crash-$t"; fi
done
exit $status
