#!/usr/bin/env bash
# Run every fuzz target (or those in $TARGETS) for SECONDS (default 600) on a copy of its seed corpus; summarise in
# fuzz/campaign.txt. Build first:
#   CC=clang cmake -S . -B build-fuzz -DPARLEY_FUZZ=ON -DPARLEY_SANITIZE=ON && cmake --build build-fuzz
set -uo pipefail
cd "$(dirname "$0")/.."
secs=${1:-600}
out=${2:-fuzz/campaign.txt}
work=$(mktemp -d)
: > "$out.tmp"
for t in ${TARGETS:-document jsonl extract lexicon dates escape}; do
  mkdir -p "$work/$t" "$work/crashes-$t"
  cp fuzz/corpus/$t/* "$work/$t/" 2>/dev/null || true
  build-fuzz/fuzz/fuzz_$t -max_total_time="$secs" -max_len=20000 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/crashes-$t/" "$work/$t" > "$work/$t.log" 2>&1
  rc=$?
  runs=$(grep -Eo 'Done [0-9]+ runs' "$work/$t.log" | grep -Eo '[0-9]+' || echo 0)
  cov=$(grep -Eo 'cov: [0-9]+' "$work/$t.log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
  ft=$(grep -Eo 'ft: [0-9]+' "$work/$t.log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
  crashes=$(ls "$work/crashes-$t" | wc -l)
  corpus=$(ls "$work/$t" | wc -l)
  echo "fuzz_$t seconds=$secs exit=$rc executions=$runs coverage_edges=$cov features=$ft corpus=$corpus findings=$crashes" >> "$out.tmp"
  [ "$crashes" -gt 0 ] && cp "$work/crashes-$t"/* fuzz/ 2>/dev/null
done
mv "$out.tmp" "$out"
cat "$out"
rm -rf "$work"
