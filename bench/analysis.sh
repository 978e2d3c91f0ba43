#!/usr/bin/env bash
# Analysis at graph scale: a generated who-met-whom graph of N people and M meetings (default
# 100k and 1M), parley's measures against the same computations in Debian's python3-igraph
# and python3-networkx, one after the other on this machine, as ratios.
# Needs: python3-igraph python3-networkx python3-scipy (apt). Build parley first.
# Usage: bash bench/analysis.sh [N M]   (writes bench/analysis.json, prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}; m=${2:-1000000}
py=/usr/bin/python3
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
$py bench/gen_graph.py "$n" "$m" "$work/g.txt" --seed 7
build/parley-bench-analysis "$work/g.txt" > "$work/parley.json"
$py bench/analysis_peers.py "$work/g.txt" --networkx > "$work/peers.json"
$py - "$work/parley.json" "$work/peers.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); q = json.load(open(sys.argv[2]))
ig, nx = q["python-igraph"], q.get("networkx", {})
rows = [("load the graph", "load", "load", "load"),
        ("PageRank", "pagerank", "pagerank", "pagerank"),
        ("Leiden communities (networkx: Louvain)", "leiden", "leiden", "louvain"),
        ("connected components", "components", "components", "components"),
        ("k-core", "kcore", "kcore", "kcore"),
        ("betweenness, 256 sampled sources, 1 thread", "betweenness_sampled", None, "betweenness_sampled"),
        ("betweenness + closeness + harmonic, 256 sources, all cores", "betweenness_closeness_sampled_all_cores", None, None)]
out = {"graph": {"vertices": p["vertices"], "edges": p["edges"]}, "rows": []}
print("| computation | parley (s) | python-igraph (s) | parley / python-igraph | networkx (s) | networkx / parley |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for label, a, b, c in rows:
    tp = p[a]["seconds"]
    ti = ig[b]["seconds"] if b and b in ig else None
    tn = nx[c]["seconds"] if c and c in nx else None
    out["rows"].append({"computation": label, "parley_s": tp, "python_igraph_s": ti, "networkx_s": tn})
    f = lambda x: "%.3f" % x if x is not None else "—"
    print("| %s | %s | %s | %s | %s | %s |" % (label, f(tp), f(ti), "%.2f" % (tp / ti) if ti else "—", f(tn),
                                           "%.0f×" % (tn / tp) if tn else "—"))
json.dump(out, open("bench/analysis.json", "w"), indent=1)
PY
