#!/usr/bin/env bash
# End-to-end: run the real binary on samples/ and score it against the gold annotations.
set -euo pipefail
: "${PARLEY:?}" "${SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PARLEY" extract -q "$SRC"/samples/articles/*.txt > "$tmp/out.jsonl"
# one JSON object per sample, each with the contract's fields
python3 - "$tmp/out.jsonl" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(docs) == 5, len(docs)
for d in docs:
    for k in ("doc", "date", "source", "authors", "entities", "events"):
        assert k in d, (k, d["doc"])
    for e in d["entities"]:
        assert e["id"].startswith(e["type"] + ":"), e["id"]
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"], m
    for ev in d["events"]:
        assert ev["evidence"], ev
ids = {d["doc"] for d in docs}
assert "000_8447478dac4a010b" in ids
# mention offsets point into the original bytes
import glob, os
src = os.environ["SRC"]
for d in docs:
    raw = open(os.path.join(src, "samples/articles", d["doc"] + ".txt"), "rb").read()
    for e in d["entities"]:
        for m in e["mentions"]:
            assert raw[m["start"]:m["end"]].decode("utf-8") == m["text"], (m, d["doc"])
# the meetings of the five samples, exactly: participants, date, place
want = {
    "000_8447478dac4a010b": {("Levan Izoria", "Zakir Hasanov", "--05-22", "Tbilisi"),
                             ("Giorgi Kvirikashvili", "Zakir Hasanov", "--05-22", "Tbilisi")},
    "001_bba4827975cc86e9": {("Irakli Garibashvili", "Zakir Hasanov", "--03-05", "Baku")},
    "002_83199264c057a071": {("Irakli Garibashvili", "Zakir Hasanov", "2020-01-21", "Tbilisi"),
                             ("Archil Talakvadze", "Zakir Hasanov", "2020-01-21", "Tbilisi"),
                             ("Levan Izoria", "Zakir Hasanov", "2019-06", "Gabala")},
    "003_d84337b269bf6913": {("Irakli Chikovani", "Zakir Hasanov", "2024-06-10", "Baku")},
    "004_d415100d04d07eeb": {("Juansher Burchuladze", "Zakir Hasanov", "2021-10-05", "Tbilisi")},
}
for d in docs:
    names = {e["id"]: e["name"] for e in d["entities"]}
    got = set()
    for ev in d["events"]:
        if ev["type"] == "meeting" and ev["status"] == "occurred":
            ps = sorted(names[p] for p in ev["participants"])
            got.add((*ps, ev["date"], names.get(ev["place"])))
    assert got == want[d["doc"]], (d["doc"], got, want[d["doc"]])
print("samples: contract fields, offsets and the five samples' meetings OK")
PY
gold="$SRC/../shared/gold/seeds.gold.json"
if [ -f "$gold" ]; then
  python3 "$SRC/../shared/eval/score.py" "$gold" "$tmp/out.jsonl" --min-meeting-f1 0.95 --min-person-f1 0.95 | tail -1
fi
# re3d entity spans (where the shared benchmark data is present): persons F1 at least 0.75
re3d="$SRC/../shared/bench-data/re3d"
if [ -f "$re3d/documents.jsonl" ] && [ -f "$SRC/../shared/eval/score_mentions.py" ]; then
  "$PARLEY" extract -q "$re3d/documents.jsonl" > "$tmp/re3d.jsonl"
  line=$(python3 "$SRC/../shared/eval/score_mentions.py" "$re3d/documents.jsonl" "$re3d/entities.jsonl" "$tmp/re3d.jsonl" | tail -1)
  echo "re3d: $line"
  python3 - "$line" <<'PY'
import re, sys
f = float(re.search(r"persons F1 ([0-9.]+)", sys.argv[1]).group(1))
assert f >= 0.75, "re3d persons F1 %.3f below 0.75" % f
PY
fi
