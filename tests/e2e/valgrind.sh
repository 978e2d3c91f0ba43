#!/usr/bin/env bash
# parley build on samples/ under valgrind: no memory error, no leak. When parley is linked with
# mimalloc, valgrind is told to put its own malloc in mimalloc's place (soname-synonyms), so every
# block is still tracked; mimalloc's operator delete is an alias of its free(), so a C++ library's
# delete[] (igraph's) reads as free() to valgrind: mismatched-free reports are off.
set -euo pipefail
: "${PARLEY:?}" "${SRC:?}"
if ! command -v valgrind >/dev/null; then echo "valgrind not installed: skipped"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
valgrind --quiet --soname-synonyms=somalloc=*mimalloc* --show-mismatched-frees=no --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
  "$PARLEY" build -q -j 2 "$SRC/samples/articles" -o "$tmp/out"
echo "valgrind: clean"
