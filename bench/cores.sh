#!/usr/bin/env bash
# How much two cores of this machine can give parley at all, measured beside what parley's own
# threads get. Runs, for R rounds on one generated corpus of N articles:
#   - `parley extract -j 1` alone, pinned to core 0 and then to core 1 (each core's speed alone);
#   - two independent `parley extract -j 1` processes at once, one pinned to each core: no
#     shared memory, no locks, so what they lose against running alone is the machine's (caches,
#     memory bandwidth, the host's scheduling of the virtual cores), not parley's;
#   - `parley extract -j 2` (parley's pool on both cores).
# The two processes' combined rate while both ran is the ceiling for two threads: the one that
# ends first ran shared all along; the other's shared rate is what is left of its corpus, once its
# time alone after the first ended is taken at its core's alone rate, over the shared time.
# Usage: bench/cores.sh [N] [R]   (default 100000 articles, 3 rounds). Needs taskset and two cores.
# Writes bench/cores.json and prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}; rounds=${2:-3}
bin=build/parley
[ -x "$bin" ] || { echo "build parley first (cmake --build build)"; exit 1; }
[ "$(nproc)" -ge 2 ] || { echo "needs two cores"; exit 1; }
command -v taskset > /dev/null || { echo "needs taskset (util-linux)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_corpus.py "$n" "$work/c.jsonl" "$work/planted.json" --seed 7
mb=$(python3 -c "import os; print(os.path.getsize('$work/c.jsonl')/1e6)")
secs() { /usr/bin/time -f "%e" "$@" 2> "$work/t.$$" > /dev/null; tail -n 1 "$work/t.$$"; }
echo "[" > bench/cores.json.tmp
for r in $(seq 1 "$rounds"); do
  a0=$(secs taskset -c 0 "$bin" extract -q -j 1 "$work/c.jsonl")
  a1=$(secs taskset -c 1 "$bin" extract -q -j 1 "$work/c.jsonl")
  /usr/bin/time -f "%e" -o "$work/s0" taskset -c 0 "$bin" extract -q -j 1 "$work/c.jsonl" > /dev/null &
  p0=$!
  /usr/bin/time -f "%e" -o "$work/s1" taskset -c 1 "$bin" extract -q -j 1 "$work/c.jsonl" > /dev/null &
  p1=$!
  wait $p0 $p1
  s0=$(tail -n 1 "$work/s0"); s1=$(tail -n 1 "$work/s1")
  j2=$(secs "$bin" extract -q -j 2 "$work/c.jsonl")
  row=$(python3 - "$mb" "$a0" "$a1" "$s0" "$s1" "$j2" "$r" <<'PY'
import json, sys
mb, a0, a1, s0, s1, j2 = map(float, sys.argv[1:7])
alone = [mb / a0, mb / a1]
first, last = (0, 1) if s0 <= s1 else (1, 0)
t_first, t_last = min(s0, s1), max(s0, s1)
shared = [0.0, 0.0]
shared[first] = mb / t_first
shared[last] = max(0.0, mb - alone[last] * (t_last - t_first)) / t_first
best = max(alone)
print(json.dumps({"round": int(sys.argv[7]), "mb": round(mb, 2),
                  "alone_mb_per_s": [round(x, 2) for x in alone],
                  "both_busy_mb_per_s": [round(x, 2) for x in shared],
                  "ceiling_mb_per_s": round(sum(shared), 2),
                  "ceiling_ratio": round(sum(shared) / best, 3),
                  "parley_j2_mb_per_s": round(mb / j2, 2),
                  "parley_j2_ratio": round(mb / j2 / best, 3),
                  "parley_j2_of_ceiling": round(mb / j2 / sum(shared), 3)}))
PY
)
  [ "$r" -eq 1 ] || echo "," >> bench/cores.json.tmp
  echo "$row" >> bench/cores.json.tmp
  echo "$row"
done
echo "]" >> bench/cores.json.tmp
mv bench/cores.json.tmp bench/cores.json
python3 - <<'PY'
import json
rows = json.load(open("bench/cores.json"))
print("| round | core 0 alone (MB/s) | core 1 alone (MB/s) | both busy: core 0 + core 1 (MB/s) | ceiling (× best alone) | parley -j 2 (MB/s) | × best alone | of the ceiling |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for r in rows:
    a, s = r["alone_mb_per_s"], r["both_busy_mb_per_s"]
    print("| %d | %.1f | %.1f | %.1f + %.1f = %.1f | %.2f× | %.1f | %.2f× | %.0f%% |" % (r["round"], a[0], a[1], s[0], s[1],
          r["ceiling_mb_per_s"], r["ceiling_ratio"], r["parley_j2_mb_per_s"], r["parley_j2_ratio"], 100 * r["parley_j2_of_ceiling"]))
PY
