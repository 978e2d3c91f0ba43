#!/usr/bin/env bash
# Linearity on hostile text: one document of N capitalised words (no sentence end, every token a
# name candidate), N = 10^4, 10^5, 10^6; then one document naming P distinct people (P = 4k, 16k,
# 64k) in meeting sentences, where every name is resolved against the people named before it.
# The cost per word and per person must stay flat; the tables show it.
# Usage: bash bench/hostile.sh [build/parley]   (writes bench/hostile.json, prints two tables)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/parley}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo '[' > bench/hostile.json.tmp
sep=''
printf '| words | bytes | seconds | µs per word | peak RSS (MB) |\n|---:|---:|---:|---:|---:|\n'
for n in 10000 100000 1000000; do
  python3 - "$n" > "$tmp/caps.txt" <<'PY'
import random, sys
n = int(sys.argv[1]); r = random.Random(7)
syl = ["ka", "ro", "mi", "ta", "ne", "vo", "lu", "sha", "dre", "po", "zi", "gan"]
w = ["".join(r.choice(syl) for _ in range(r.randint(1, 3))).capitalize() for _ in range(n)]
# titles and countries every 50 words, so the person and country paths run too
for i in range(0, n, 50):
    w[i] = r.choice(["Minister", "General", "President", "Georgia", "Defense"])
sys.stdout.write(" ".join(w) + "\n")
PY
  bytes=$(stat -c %s "$tmp/caps.txt")
  /usr/bin/time -f '%e %M' -o "$tmp/t" "$bin" extract --max-doc-bytes 100000000 -q "$tmp/caps.txt" > /dev/null
  read -r secs kb < "$tmp/t"
  us=$(python3 -c "print(f'{$secs*1e6/$n:.2f}')")
  mb=$(python3 -c "print(f'{$kb/1024:.1f}')")
  printf '| %s | %s | %s | %s | %s |\n' "$n" "$bytes" "$secs" "$us" "$mb"
  echo "$sep{\"words\": $n, \"bytes\": $bytes, \"seconds\": $secs, \"us_per_word\": $us, \"peak_rss_kb\": $kb}" >> bench/hostile.json.tmp
  sep=','
done
printf '\n| people | bytes | seconds | µs per person | peak RSS (MB) |\n|---:|---:|---:|---:|---:|\n'
for p in 4000 16000 64000; do
  python3 - "$p" > "$tmp/people.txt" <<'PY'
import random, sys
p = int(sys.argv[1]); r = random.Random(7)
syl = ["ka", "ro", "mi", "ta", "ne", "vo", "lu", "sha", "dre", "po", "zi", "gan", "de", "bu", "ri"]
name = lambda: "".join(r.choice(syl) for _ in range(r.randint(2, 3))).capitalize()
out = []
for i in range(p // 4):
    a, b, c, d = (f"{name()} {name()}" for _ in range(4))
    out.append(f"Defence Minister {a} met General {b}. The General also met {c} and {d}. "
               f"{a.split()[1]} said so.")
sys.stdout.write(" ".join(out) + "\n")
PY
  bytes=$(stat -c %s "$tmp/people.txt")
  /usr/bin/time -f '%e %M' -o "$tmp/t" "$bin" extract --max-doc-bytes 100000000 -q "$tmp/people.txt" > /dev/null
  read -r secs kb < "$tmp/t"
  us=$(python3 -c "print(f'{$secs*1e6/$p:.2f}')")
  mb=$(python3 -c "print(f'{$kb/1024:.1f}')")
  printf '| %s | %s | %s | %s | %s |\n' "$p" "$bytes" "$secs" "$us" "$mb"
  echo ",{\"people\": $p, \"bytes\": $bytes, \"seconds\": $secs, \"us_per_person\": $us, \"peak_rss_kb\": $kb}" >> bench/hostile.json.tmp
done
echo ']' >> bench/hostile.json.tmp
mv bench/hostile.json.tmp bench/hostile.json
