#!/usr/bin/env bash
# The catalogue of bad inputs, each with its expected behaviour: no crash, a clear message, the
# documented exit code, and the rest of the input still processed.
set -uo pipefail
: "${PARLEY:?}" "${SRC:?}"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
good="Defense Minister John Abbot met Foreign Minister Jane Roe in Baku on 2020-01-02."
run() { # run CODE -- args...: the exit code must be CODE, and no sanitizer or crash report
  local code=$1; shift 2
  "$PARLEY" "$@" > "$tmp/out" 2> "$tmp/err"; local rc=$?
  [ "$rc" -eq "$code" ] || fail "parley $* exited $rc, expected $code: $(head -c 500 "$tmp/err")"
  grep -q "Sanitizer\|runtime error" "$tmp/err" && fail "parley $*: $(head -c 500 "$tmp/err")"
  return 0
}
json_ok() { python3 -c "import json,sys; [json.loads(l) for l in open('$tmp/out', encoding='utf-8')]" || fail "bad JSON from $1"; }
mkdir "$tmp/c"
# empty file
: > "$tmp/c/empty.txt";                       run 0 -- extract -q "$tmp/c/empty.txt"; json_ok empty
# binary files: a PNG header and an ELF
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01' > "$tmp/c/png.txt"; run 0 -- extract -q "$tmp/c/png.txt"; json_ok png
head -c 65536 "$PARLEY" > "$tmp/c/elf.txt";   run 0 -- extract -q "$tmp/c/elf.txt"; json_ok elf
# NUL bytes inside a sentence
printf 'Defense Minister John Abbot met\0 Foreign Minister Jane Roe in Baku.\n' > "$tmp/c/nul.txt"
run 0 -- extract -q "$tmp/c/nul.txt"; json_ok nul
grep -q '\\u0000' "$tmp/out" && fail "NUL reached the JSON"
# invalid and overlong UTF-8: replaced, counted, warned
printf 'Defense Minister John Abbot \xc0\xaf\xff met Foreign Minister Jane Roe \xe2\x82 in Baku.\n' > "$tmp/c/bad8.txt"
run 0 -- extract "$tmp/c/bad8.txt"; json_ok bad8
grep -q "invalid UTF-8" "$tmp/err" || fail "invalid UTF-8 not reported"
python3 -c "import json; d=json.loads(open('$tmp/out').read()); assert d['invalid_bytes'] >= 3, d.get('invalid_bytes')"
# UTF-16 with a byte-order mark: decoded
printf '%s\n' "$good" | iconv -f utf-8 -t utf-16 > "$tmp/c/u16.txt"
run 0 -- extract -q "$tmp/c/u16.txt"; json_ok u16
grep -q '"name":"John Abbot"' "$tmp/out" || fail "UTF-16 not decoded"
# one 100 MB line: over the default limit it is reported and skipped; with a higher limit, read
head -c 104857600 /dev/zero | tr '\0' 'a' > "$tmp/big.txt"
run 0 -- extract "$tmp/big.txt"
grep -q "larger than the limit" "$tmp/err" || fail "oversized document not reported"
run 0 -- extract -q --max-doc-bytes 200000000 "$tmp/big.txt"; json_ok big
rm -f "$tmp/big.txt"
# an unreadable file and a dangling symlink in a folder: warned and skipped, the rest processed
mkdir "$tmp/d"; echo "$good" > "$tmp/d/a.txt"; echo "$good" > "$tmp/d/b.txt"
ln -s "$tmp/nowhere.txt" "$tmp/d/dangling.txt"
if [ "$(id -u)" != 0 ]; then chmod 000 "$tmp/d/b.txt"; fi
run 0 -- extract "$tmp/d"
grep -q "dangling.txt" "$tmp/err" || fail "dangling symlink not reported"
[ "$(wc -l < "$tmp/out")" -ge 1 ] || fail "the readable files were not processed"
# a symlink loop
mkdir "$tmp/loop"; echo "$good" > "$tmp/loop/a.txt"; ln -s "$tmp/loop" "$tmp/loop/self"
run 0 -- extract -q "$tmp/loop"
[ "$(wc -l < "$tmp/out")" -ge 1 ] || fail "symlink loop: nothing processed"
# broken JSONL lines: reported with line numbers, the rest processed
printf '{"id":"a","text":"%s"}\n{"id": \n[]\n{"id":"d","text":"%s"}\n' "$good" "$good" > "$tmp/c/in.jsonl"
run 0 -- extract "$tmp/c/in.jsonl"
grep -q "in.jsonl:2:" "$tmp/err" && grep -q "in.jsonl:3:" "$tmp/err" || fail "JSONL line numbers"
[ "$(wc -l < "$tmp/out")" -eq 2 ] || fail "JSONL good lines"
# impossible and unresolvable dates: no date rather than a wrong one
echo "Defense Minister John Abbot met Foreign Minister Jane Roe in Baku on February 30." > "$tmp/c/feb30.txt"
run 0 -- extract -q "$tmp/c/feb30.txt"
python3 -c "import json; d=json.loads(open('$tmp/out').read()); m=[e for e in d['events'] if e['type']=='meeting']; assert m and m[0]['date'] is None, m"
echo "Defense Minister John Abbot met Foreign Minister Jane Roe in Baku on Monday." > "$tmp/c/monday.txt"
run 0 -- extract -q "$tmp/c/monday.txt"
python3 -c "import json; d=json.loads(open('$tmp/out').read()); m=[e for e in d['events'] if e['type']=='meeting']; assert m and m[0]['date'] is None, m"
# the regressions found by fuzzing
for f in "$SRC"/tests/regress/*; do
  timeout 60 "$PARLEY" extract -q "$f" > "$tmp/out" 2> "$tmp/err"; rc=$?
  [ "$rc" -eq 0 ] || fail "parley extract -q $f exited $rc (124: it did not end in 60 s)"
  grep -q "Sanitizer\|runtime error" "$tmp/err" && fail "parley extract $f: $(head -c 500 "$tmp/err")"
  json_ok "$f"
done
# an output folder that cannot be written: exit 3; a failed build keeps the previous outputs
run 3 -- build -q "$SRC/samples/articles" -o /dev/full/out
# a full disk while later batches are still being extracted on other threads: exit 3, no leak
python3 "$SRC/bench/gen_corpus.py" 5000 "$tmp/many.jsonl" "$tmp/many.planted.json" --seed 5
run 3 -- extract -q -j 2 "$tmp/many.jsonl" -o /dev/full
"$PARLEY" build -q "$SRC/samples/articles" -o "$tmp/out1" || fail "build"
cp "$tmp/out1/graph.json" "$tmp/before.json"
printf 'bogus\tline\n' > "$tmp/bad.tsv"
run 1 -- build -q -l "$tmp/bad.tsv" "$tmp/d" -o "$tmp/out1"
cmp -s "$tmp/before.json" "$tmp/out1/graph.json" || fail "a failed build replaced the outputs"
ls "$tmp/out1" | grep -q '\.tmp\.' && fail "a temporary file was left behind"
# warnings are counted in the summary line and in stats.json
"$PARLEY" build "$tmp/d" "$tmp/c/in.jsonl" -o "$tmp/out2" 2> "$tmp/err" || fail "build with warnings"
grep -Eq "[1-9][0-9]* warnings" "$tmp/err" || fail "summary line: $(cat "$tmp/err")"
python3 -c "import json; s=json.load(open('$tmp/out2/stats.json')); assert s['summary']['warnings'] >= 2, s['summary']"
# a file name that is not UTF-8: its document id is kept (U+FFFD for the bad byte) in every export
mkdir "$tmp/badname" && echo "$good" > "$tmp/badname/art$(printf '\xff').txt"
run 0 -- build -q "$tmp/badname" -o "$tmp/out3"
python3 - "$tmp/out3" <<'PY' || fail "a non-UTF-8 file name in the exports"
import json, sys, csv
g = json.load(open(sys.argv[1] + "/graph.json", encoding="utf-8"))
docs = [d for n in g["nodes"] for d in n["documents"]]
assert docs and all(d == "art\ufffd" for d in docs), docs
assert all(s["doc"] == "art\ufffd" for l in g["links"] for s in l.get("sources", [])), g["links"]
PY
xmllint --noout "$tmp/out3/graph.graphml" "$tmp/out3/graph.gexf" || fail "a non-UTF-8 file name broke the XML"
echo "hostile input: all cases OK"
