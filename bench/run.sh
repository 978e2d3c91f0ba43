#!/usr/bin/env bash
# Benchmark parley on generated corpora: extraction throughput on one thread and on all cores,
# parley build end to end with the time of each stage, peak memory, and the recall of the
# planted meetings.
# Usage: bench/run.sh [N ...]   (default: 1000 10000 100000 1000000). Writes bench/results.json and
# prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000 1000000)
bin=build/parley
[ -x "$bin" ] || { echo "build parley first (cmake --build build)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "[" > bench/results.json.tmp
first=1
for n in "${sizes[@]}"; do
  python3 bench/gen_corpus.py "$n" "$work/c.jsonl" "$work/planted.json" --seed 7
  mb=$(python3 -c "import os; print(os.path.getsize('$work/c.jsonl')/1e6)")
  t() { /usr/bin/time -f "%e %M" "$@" 2> "$work/time" > /dev/null; tail -n 1 "$work/time"; }
  read -r t1 m1 < <(t "$bin" extract -q -j 1 "$work/c.jsonl")
  read -r t2 m2 < <(t "$bin" extract -q -j "$(nproc)" "$work/c.jsonl")
  read -r tb mb_rss < <(t "$bin" build -q --timings "$work/c.jsonl" -o "$work/out")
  stages=$(grep '^parley: timing' "$work/time" | grep -v ' total ' |
           awk '{printf "%s\"%s\": %s", (NR>1?", ":""), $3, $4}')
  recall=$(python3 - "$work/planted.json" "$work/out/extract.jsonl" <<'PY'
import json, sys
planted = json.load(open(sys.argv[1]))
found = {}
for line in open(sys.argv[2], encoding="utf-8"):
    d = json.loads(line)
    names = {e["id"]: e["name"] for e in d["entities"]}
    pairs = set()
    for ev in d["events"]:
        if ev["type"] == "meeting" and ev["status"] == "occurred":
            ps = sorted(names[p] for p in ev["participants"])
            for i in range(len(ps)):
                for j in range(i + 1, len(ps)):
                    pairs.add((ps[i], ps[j]))
    found[d["doc"]] = pairs
hit = sum(1 for p in planted if tuple(sorted((p["a"], p["b"]))) in found.get(p["doc"], ()))
print("%.4f" % (hit / len(planted)))
PY
)
  row=$(printf '{"articles": %s, "mb": %.2f, "extract_1_thread_s": %s, "extract_all_cores_s": %s, "mb_per_s_1": %.2f, "mb_per_s_all": %.2f, "build_s": %s, "peak_rss_mb": %.1f, "planted_recall": %s, "stages_s": {%s}}' \
        "$n" "$mb" "$t1" "$t2" "$(echo "$mb / $t1" | bc -l)" "$(echo "$mb / $t2" | bc -l)" "$tb" "$(echo "$mb_rss / 1024" | bc -l)" "$recall" "$stages")
  [ $first -eq 1 ] || echo "," >> bench/results.json.tmp
  first=0
  echo "$row" >> bench/results.json.tmp
  echo "$row"
done
echo "]" >> bench/results.json.tmp
mv bench/results.json.tmp bench/results.json
python3 - <<'PY'
import json
rows = json.load(open("bench/results.json"))
print("| articles | MB | extract 1 thread (MB/s) | extract all cores (MB/s) | docs/s all cores | build (s) | build µs/article | peak RSS (MB) | planted recall |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for r in rows:
    print("| %d | %.1f | %.1f | %.1f | %.0f | %.2f | %.0f | %.0f | %.3f |" % (r["articles"], r["mb"], r["mb_per_s_1"], r["mb_per_s_all"],
          r["articles"] / r["extract_all_cores_s"], r["build_s"], 1e6 * r["build_s"] / r["articles"], r["peak_rss_mb"], r["planted_recall"]))
names = []
for r in rows:
    for k in r.get("stages_s", {}):
        if k not in names:
            names.append(k)
print()
print("Stages of `parley build` (seconds):")
print()
print("| stage | " + " | ".join("%d articles" % r["articles"] for r in rows) + " |")
print("| --- | " + " | ".join("---:" for r in rows) + " |")
for k in names:
    print("| %s | " % k + " | ".join("%.2f" % r.get("stages_s", {}).get(k, float("nan")) for r in rows) + " |")
PY
