#!/usr/bin/env bash
# End-to-end: bad input gets a clear message and the documented exit code, never a crash.
set -uo pipefail
: "${PARLEY:?}" "${SRC:?}"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect() { # expect CODE PATTERN -- command...
  local code=$1 pat=$2; shift 3
  "$@" > "$tmp/out" 2> "$tmp/err"; local rc=$?
  [ "$rc" -eq "$code" ] || fail "$* exited $rc, expected $code: $(cat "$tmp/err")"
  grep -q -- "$pat" "$tmp/err" || fail "$*: no '$pat' in: $(cat "$tmp/err")"
}
expect 1 "cannot read" -- "$PARLEY" extract "$tmp/missing.txt"
mkdir "$tmp/empty"
expect 1 "no articles" -- "$PARLEY" extract "$tmp/empty"
expect 2 "unknown option" -- "$PARLEY" extract --bogus x
expect 2 "needs at least one PATH" -- "$PARLEY" extract
expect 2 "unknown command" -- "$PARLEY" frobnicate
printf '{"id":"a","text":"Defense Minister John Abbot met Foreign Minister Jane Roe."}\n{oops\n{"id":"c","text":"x"}\n' > "$tmp/in.jsonl"
expect 0 "in.jsonl:2:" -- "$PARLEY" extract "$tmp/in.jsonl"
[ "$(wc -l < "$tmp/out")" -eq 2 ] || fail "the good JSONL lines were not all processed"
printf 'office\tGrand Vizier\nbogus-kind\tx\n' > "$tmp/my.tsv"
expect 1 "my.tsv:2:" -- "$PARLEY" extract -l "$tmp/my.tsv" "$SRC/samples/articles"
# binary input and NUL bytes: no crash
head -c 4096 "$PARLEY" > "$tmp/bin.txt"
expect 0 "documents" -- "$PARLEY" extract "$tmp/bin.txt"
# output that cannot be written: exit 3, and an existing output is kept
expect 3 "cannot write" -- "$PARLEY" extract -o /dev/full/x "$SRC/samples/articles"
echo keep > "$tmp/out.jsonl"
mkdir "$tmp/ro" && chmod a-w "$tmp/ro"
if [ "$(id -u)" != 0 ]; then
  expect 3 "cannot write" -- "$PARLEY" extract -o "$tmp/ro/out.jsonl" "$SRC/samples/articles"
fi
"$PARLEY" extract -q -o "$tmp/out.jsonl" "$SRC/samples/articles" || fail "writing -o failed"
[ "$(wc -l < "$tmp/out.jsonl")" -eq 5 ] || fail "-o did not write five documents"
ls "$tmp" | grep -q '\.tmp\.' && fail "a temporary file was left behind"
# stdin
echo "President Ilham Aliyev met Prime Minister Nikol Pashinyan in Brussels." | "$PARLEY" extract -q - > "$tmp/o2" || fail "stdin"
grep -q '"doc":"stdin"' "$tmp/o2" || fail "stdin document id"
echo "bad input: all cases OK"
