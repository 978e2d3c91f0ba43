#!/usr/bin/env bash
# End-to-end: the command line — help for every command, the configuration file, the readable
# tables, no progress noise in pipes, the man page.
set -euo pipefail
: "${PARLEY:?}" "${SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$PARLEY" --version | grep -Eq '^parley [0-9]+\.[0-9]+\.[0-9]+$' || fail "--version"
# the allocator it names is the one it runs with
# (ldd's output is read whole: under pipefail, grep -q closing the pipe early would fail ldd)
libs=$(ldd "$PARLEY" 2>/dev/null || true)
if [[ "$libs" == *libmimalloc* ]]; then
  "$PARLEY" --version | grep -Eq '^allocator: mimalloc [0-9]' || fail "--version: linked with mimalloc, not said"
else
  "$PARLEY" --version | grep -q '^allocator: system malloc$' || fail "--version: the system's malloc, not said"
fi
"$PARLEY" --help | grep -q "build" || fail "--help"
for c in build export extract entities events stats top; do
  "$PARLEY" "$c" --help > "$tmp/h" || fail "$c --help"
  grep -q "usage: parley $c" "$tmp/h" || fail "$c --help has no usage line"
  grep -q -- "--quiet" "$tmp/h" || fail "$c --help lists no options"
done
# every long option the parser accepts is documented: in the general help, or in its command's
{ "$PARLEY" --help; for c in build export extract entities events stats top; do "$PARLEY" "$c" --help; done; } > "$tmp/allhelp"
for o in $(grep -oh '"--[a-z][a-z-]*"' "$SRC"/src/cli/*.c | tr -d '"' | sort -u); do
  grep -q -- "$o" "$tmp/allhelp" || fail "option $o is in no help text"
done
"$PARLEY" --help | grep -q -- "--threads" || fail "--help does not list --threads"
"$PARLEY" entities "$SRC/samples/articles/000_8447478dac4a010b.txt" 2> "$tmp/err" > "$tmp/out"
grep -q "Giorgi Kvirikashvili" "$tmp/out" || fail "entities table"
grep -q "\[" "$tmp/err" && fail "progress noise on a pipe"
"$PARLEY" events -q "$SRC/samples/articles/001_bba4827975cc86e9.txt" > "$tmp/out"
grep -q "meeting (occurred): Zakir Hasanov, Irakli Garibashvili; date --03-05; place Baku" "$tmp/out" || fail "events table: $(cat "$tmp/out")"
grep -q "in a meeting held in Baku on March 5" "$tmp/out" || fail "events evidence"
# a configuration file: quiet, a lexicon, and a window; the command line overrides it
mkdir "$tmp/cfg" && cd "$tmp/cfg"
printf 'office\tGrand Vizier\n' > my.tsv
printf '# parley settings\nquiet = true\nlexicons = ["my.tsv"]\nsince = "2021"\n' > parley.toml
echo "The Grand Vizier Omar Haddad met Defense Minister John Abbot in Baku on 2021-02-03." > a.txt
"$PARLEY" events a.txt > out 2> err
[ ! -s err ] || fail "quiet from the configuration: $(cat err)"
grep -q "Omar Haddad" out || fail "a lexicon from the configuration"
"$PARLEY" stats --json a.txt | python3 -c "import json,sys; assert json.load(sys.stdin)['summary']['meetings'] == 1"
"$PARLEY" stats --json --since 2022 a.txt | python3 -c "import json,sys; assert json.load(sys.stdin)['summary']['meetings'] == 0"
printf 'bogus = 1\n' > bad.toml
set +e
"$PARLEY" stats --config bad.toml a.txt > /dev/null 2> err; rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "bad.toml:1:" err || fail "a bad configuration line: $rc $(cat err)"
cd "$SRC"
if command -v man >/dev/null; then
  page=$(man -l "$SRC/man/parley.1" 2>/dev/null || true)
  [[ "$page" == *"EXIT STATUS"* ]] || fail "man page"
fi
# threads change nothing in the output
"$PARLEY" extract -q -j 1 "$SRC/samples/articles" > "$tmp/j1.jsonl"
"$PARLEY" extract -q -j 3 "$SRC/samples/articles" "$SRC/samples/articles" > "$tmp/j3.jsonl"
cat "$tmp/j1.jsonl" "$tmp/j1.jsonl" | cmp - "$tmp/j3.jsonl" || fail "-j 3 output differs from -j 1"
# more documents than a batch (2048): batches extracted while the next is read, same output
python3 "$SRC/bench/gen_corpus.py" 5000 "$tmp/g.jsonl" "$tmp/g.planted.json" --seed 3
"$PARLEY" extract -q -j 1 "$tmp/g.jsonl" > "$tmp/g1.jsonl"
"$PARLEY" extract -q -j 2 "$tmp/g.jsonl" "$SRC/samples/articles" > "$tmp/g2.jsonl"
"$PARLEY" extract -q -j 1 "$SRC/samples/articles" > "$tmp/s1.jsonl"
cat "$tmp/g1.jsonl" "$tmp/s1.jsonl" | cmp - "$tmp/g2.jsonl" || fail "-j 2 output differs from -j 1 over several batches"
[ "$(wc -l < "$tmp/g2.jsonl")" -eq 5005 ] || fail "documents lost across batches"
# --timings names every stage of build; the outputs do not depend on it or on -j
"$PARLEY" build -q -j 1 --timings "$SRC/samples/articles" -o "$tmp/t1" 2> "$tmp/timings"
for stage in lexicons extract resolve read graph analysis stats graph.graphml graph.json report.html exports neo4j/ total; do
  grep -q "^parley: timing $stage " "$tmp/timings" || fail "--timings has no $stage line: $(cat "$tmp/timings")"
done
"$PARLEY" build -q -j 2 "$SRC/samples/articles" -o "$tmp/t2"
# every file, the exports written side by side on two threads or one after the other on one
diff -r "$tmp/t1" "$tmp/t2" > /dev/null || fail "the outputs differ between -j 1 and -j 2: $(diff -rq "$tmp/t1" "$tmp/t2" | head -5)"
echo "cli: OK"
