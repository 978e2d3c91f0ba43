#!/usr/bin/env bash
# End-to-end: the same checks as articles.sh on the test articles hard-wrapped at 72 and at 45
# columns, as plain-text mail, old sites and newspaper columns deliver them (a header block kept as
# it is). Lines must be joined back without joining a headline to the first sentence, a dateline
# to a headline or a list's items to each other, and with a credit's name or a date cut in two.
# WIDTHS="35 30" tries other widths (at 35 columns 7 checks fail: three letterheads' lines are
# joined, ep1, ho114 and hp615, and ge6; at 30 columns 32).
set -euo pipefail
: "${PARLEY:?}" "${SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for width in ${WIDTHS:-72 45}; do
rm -rf "$tmp/tests"
mkdir -p "$tmp/tests/articles" "$tmp/tests/e2e"
python3 - "$SRC/tests/articles" "$tmp/tests/articles" "$width" <<'PY'
import os, sys, textwrap
src, dst, width = sys.argv[1], sys.argv[2], int(sys.argv[3])
for name in sorted(os.listdir(src)):
    if not name.endswith(".txt"):
        continue
    lines = open(os.path.join(src, name), encoding="utf-8").read().split("\n")
    out, i = [], 0
    if lines and ":" in lines[0] and lines[0].split(":")[0].isalpha():
        while i < len(lines) and lines[i].strip():
            out.append(lines[i])
            i += 1
    for line in lines[i:]:
        out.append(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
                   if len(line) > width + 8 else line)
    with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
PY
cp "$SRC/tests/e2e/articles.sh" "$tmp/tests/e2e/"
PARLEY="$PARLEY" SRC="$tmp" bash "$tmp/tests/e2e/articles.sh" | sed "s/^articles:/articles wrapped at $width columns:/"
done
