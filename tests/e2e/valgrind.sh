#!/usr/bin/env bash
# parley build on samples/ under valgrind: no memory error, no leak.
set -euo pipefail
: "${PARLEY:?}" "${SRC:?}"
if ! command -v valgrind >/dev/null; then echo "valgrind not installed: skipped"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
  "$PARLEY" build -q -j 2 "$SRC/samples/articles" -o "$tmp/out"
echo "valgrind: clean"
