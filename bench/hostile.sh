#!/usr/bin/env bash
# Linearity on hostile text: one document of N capitalised words (no sentence end, every token a
# name candidate), N = 10^4, 10^5, 10^6; then one document naming P distinct people (P = 4k, 16k,
# 64k) in meeting sentences, where every name is resolved against the people named before it;
# then one sentence listing N places (N = 10k, 40k, 160k) before a meeting, and one sentence
# listing N people met (N = 2k, 8k, 32k); N people holding offices of several countries; N people
# attending a reception (N = 4k, 16k, 64k).
# The cost per word and per person must stay flat; the tables show it.
# Usage: bash bench/hostile.sh [build/parley]   (writes bench/hostile.json, prints two tables)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/parley}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo '[' > bench/hostile.json.tmp
sep=''
# measure FILE KEY COUNT ONE: time parley extract on FILE, print a table row and add a JSON row
# ({KEY: COUNT, ..., "us_per_ONE": ...})
measure() {
  local bytes secs kb us mb
  bytes=$(stat -c %s "$1")
  /usr/bin/time -f '%e %M' -o "$tmp/t" "$bin" extract --max-doc-bytes 100000000 -q "$1" > /dev/null
  read -r secs kb < "$tmp/t"
  us=$(python3 -c "print(f'{$secs*1e6/$3:.2f}')")
  mb=$(python3 -c "print(f'{$kb/1024:.1f}')")
  printf '| %s | %s | %s | %s | %s |\n' "$3" "$bytes" "$secs" "$us" "$mb"
  echo "$sep{\"$2\": $3, \"bytes\": $bytes, \"seconds\": $secs, \"us_per_$4\": $us, \"peak_rss_kb\": $kb}" >> bench/hostile.json.tmp
  sep=','
}
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
  measure "$tmp/caps.txt" words "$n" word
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
  measure "$tmp/people.txt" people "$p" person
done
printf '\n| places | bytes | seconds | µs per place | peak RSS (MB) |\n|---:|---:|---:|---:|---:|\n'
for n in 10000 40000 160000; do
  # one sentence listing N places before a meeting: every place is read for where the person is
  python3 - "$n" > "$tmp/places.txt" <<'PY'
import random, sys
n = int(sys.argv[1]); r = random.Random(7)
places = ["Japan", "France", "Germany", "Italy", "Spain", "Brazil", "Chile", "Peru", "Kenya", "Egypt",
          "Paris", "Tokyo", "Nairobi", "Lima", "Cairo"]
sys.stdout.write("The minister went to " + ", ".join(r.choice(places) for _ in range(n)) +
                 " and met President John Abbot.\n")
PY
  measure "$tmp/places.txt" places "$n" place
done
printf '\n| listed | bytes | seconds | µs per person | peak RSS (MB) |\n|---:|---:|---:|---:|---:|\n'
for n in 2000 8000 32000; do
  # one sentence: a president met N ministers, each named with a title
  python3 - "$n" > "$tmp/listed.txt" <<'PY'
import random, sys
n = int(sys.argv[1]); r = random.Random(7)
syl = ["ka", "ro", "mi", "ta", "ne", "vo", "lu", "sha", "dre", "po", "zi", "gan", "de", "bu", "ri"]
name = lambda: "".join(r.choice(syl) for _ in range(r.randint(2, 3))).capitalize()
sys.stdout.write("President John Abbot met " + ", ".join(f"Minister {name()} {name()}" for _ in range(n)) +
                 " in Paris.\n")
PY
  measure "$tmp/listed.txt" listed "$n" person
done
printf '\n| offices | bytes | seconds | µs per person | peak RSS (MB) |\n|---:|---:|---:|---:|---:|\n'
for n in 4000 16000 64000; do
  # one line of N people holding offices of several countries ("Secretary of State") or royal
  # titles, each looked up against the story's countries and its publisher
  python3 - "$n" > "$tmp/offices.txt" <<'PY'
import random, sys
n = int(sys.argv[1]); r = random.Random(7)
syl = ["ka", "ro", "mi", "ta", "ne", "vo", "lu", "sha", "dre", "po", "zi", "gan", "de", "bu", "ri"]
name = lambda: "".join(r.choice(syl) for _ in range(r.randint(2, 3))).capitalize()
sys.stdout.write(" ".join(f"Secretary of State {name()} {name()} met Crown Prince {name()} {name()}."
                          for _ in range(n // 2)) + "\n")
PY
  measure "$tmp/offices.txt" offices "$n" person
done
printf '\n| attended | bytes | seconds | µs per person | peak RSS (MB) |\n|---:|---:|---:|---:|---:|\n'
for n in 4000 16000 64000; do
  # a reception, then one sentence of N people who attended it: each is read for the host's
  # country and for the meeting words before them
  python3 - "$n" > "$tmp/attended.txt" <<'PY'
import random, sys
n = int(sys.argv[1]); r = random.Random(7)
syl = ["ka", "ro", "mi", "ta", "ne", "vo", "lu", "sha", "dre", "po", "zi", "gan", "de", "bu", "ri"]
name = lambda: "".join(r.choice(syl) for _ in range(r.randint(2, 3))).capitalize()
sys.stdout.write("CAIRO, Jan 27 (Xinhua) -- Egyptian President John Abbot received visiting Palestinian President "
                 "Jane Roe.\n\nThe meeting was also attended by " +
                 ", ".join(f"Minister {name()} {name()}" for _ in range(n)) + ".\n")
PY
  measure "$tmp/attended.txt" attended "$n" person
done
echo ']' >> bench/hostile.json.tmp
mv bench/hostile.json.tmp bench/hostile.json
