#!/usr/bin/env bash
# End-to-end: parley build on samples/, read back with networkx; stats and top; repeatable output.
set -euo pipefail
: "${PARLEY:?}" "${SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PARLEY" build -q "$SRC/samples/articles" -o "$tmp/a" --explain-merges > "$tmp/merges.txt"
"$PARLEY" build -q "$SRC/samples/articles" -o "$tmp/b" > /dev/null
for f in graph.json stats.json extract.jsonl; do
  cmp "$tmp/a/$f" "$tmp/b/$f" || { echo "FAIL: $f differs between two runs"; exit 1; }
done
# networkx from Debian when it is there (python3-networkx), else plain json
py=/usr/bin/python3; [ -x "$py" ] || py=python3
"$py" - "$tmp/a" <<'PY'
import json, sys, os
d = sys.argv[1]
g = json.load(open(os.path.join(d, "graph.json")))
stats = json.load(open(os.path.join(d, "stats.json")))
people = {n["id"]: n for n in g["nodes"] if n["type"] == "person"}
assert "person:zakir-hasanov" in people
assert sum(1 for n in g["nodes"] if n["label"] == "Zakir Hasanov") == 1
assert len(people["person:zakir-hasanov"]["documents"]) == 5
# no NaN anywhere: the file parsed with the strict parser below
json.loads(open(os.path.join(d, "graph.json")).read(), parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
meetings = [l for l in g["links"] if l["type"] == "meeting"]
for l in meetings:
    assert l["sources"] and all(s["sentence"] for s in l["sources"]), l
pairs = {(p["a_label"], p["b_label"]) if p["a_label"] < p["b_label"] else (p["b_label"], p["a_label"]): p for p in stats["pairs"]}
def pair(a, b):
    return pairs[(a, b) if a < b else (b, a)]
assert pair("Zakir Hasanov", "Levan Izoria")["meetings"] == 2
assert pair("Zakir Hasanov", "Irakli Garibashvili")["meetings"] == 2
for who in ("Giorgi Kvirikashvili", "Archil Talakvadze", "Irakli Chikovani", "Juansher Burchuladze"):
    assert pair("Zakir Hasanov", who)["meetings"] == 1, who
assert set(pair("Zakir Hasanov", "Irakli Garibashvili")["places"]) == {"Baku", "Tbilisi"}
assert pair("Zakir Hasanov", "Irakli Chikovani")["first"] == "2024-06-10"
assert len(stats["pairs"]) == 6
try:
    import networkx as nx
except ImportError:
    nx = None


def node_link(nx, data):
    """networkx's node-link reader: "links" is its name for the edges before 3.4, an option after"""
    try:
        return nx.node_link_graph(data, edges="links")
    except TypeError:
        return nx.node_link_graph(data)
if nx:
    G = node_link(nx, g)
    assert G.is_multigraph() and not G.is_directed()
    assert G.number_of_edges() == len(g["links"])
    assert G.number_of_nodes() == len(g["nodes"])
    assert sum(1 for _, _, a in G.edges(data=True) if a["type"] == "meeting") == 8
print("build: graph.json, stats.json and extract.jsonl OK%s" % ("" if nx else " (networkx not installed)"))
PY
"$PARLEY" stats -q "$SRC/samples/articles" | grep -q "Zakir Hasanov" || { echo "FAIL: stats"; exit 1; }
"$PARLEY" stats -q --json "$SRC/samples/articles" | python3 -c "import json,sys; assert json.load(sys.stdin)['pairs']"
"$PARLEY" top -q "$SRC/samples/articles" --by degree -n 1 | grep -q "Zakir Hasanov" || { echo "FAIL: top"; exit 1; }
# a time window: only 2020
"$PARLEY" stats -q --json --since 2020 --until 2020-12-31 "$SRC/samples/articles" > "$tmp/w.json"
python3 -c "import json,sys; s=json.load(open('$tmp/w.json')); assert s['summary']['meetings']==2, s['summary']"
# build needs -o; an unwritable output folder is exit 3
set +e
"$PARLEY" build -q "$SRC/samples/articles" > /dev/null 2>&1; [ $? -eq 2 ] || { echo "FAIL: build without -o"; exit 1; }
"$PARLEY" build -q "$SRC/samples/articles" -o /dev/full/x > /dev/null 2>&1; [ $? -eq 3 ] || { echo "FAIL: unwritable -o"; exit 1; }
# a write that fails half-way through the exports (files limited to 40 KiB: extract.jsonl fits,
# the graph files, written side by side by two threads, do not): exit 3, and the outputs of the
# build before are all still there, unchanged
first=$(ls "$SRC/samples/articles"/*.txt | head -n 1)
"$PARLEY" build -q "$first" -o "$tmp/keep" > /dev/null 2>&1 || { echo "FAIL: build into keep"; exit 1; }
cp -r "$tmp/keep" "$tmp/keep.before"
(trap '' XFSZ; ulimit -f 40; "$PARLEY" build -q -j 2 "$SRC/samples/articles" -o "$tmp/keep" > /dev/null 2> "$tmp/fsz.err")
rc=$?
[ $rc -eq 3 ] || { echo "FAIL: a write failing half-way exited $rc: $(cat "$tmp/fsz.err")"; exit 1; }
grep -q "previous outputs are kept" "$tmp/fsz.err" || { echo "FAIL: no message for the failed write"; exit 1; }
diff -r "$tmp/keep.before" "$tmp/keep" > /dev/null || { echo "FAIL: a failed build changed the outputs before it"; exit 1; }
echo "build, stats, top: OK"
