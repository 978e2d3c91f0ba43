#!/usr/bin/env bash
# End-to-end: every export of parley build, read back with the tool a user would use.
set -euo pipefail
: "${PARLEY:?}" "${SRC:?}"
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
schemas="$SRC/../shared/schemas"
# the samples, plus an article full of hostile strings
mkdir "$tmp/in"
cp "$SRC"/samples/articles/*.txt "$tmp/in/"
printf 'organization\tQ"uote <Org> & Sons \xf0\x9f\x98\x80 \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7\n' > "$tmp/hostile.tsv"
printf 'Delegates of Q"uote <Org> & Sons \xf0\x9f\x98\x80 \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 attended.\n' > "$tmp/in/zz_org.txt"
printf 'Defense Minister John Abbot met Foreign Minister Jane Roe <b>&amp; \xf0\x9f\x98\x80 \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 "quoted" \x07bell\x01 in Baku on 2020-01-02.\n' > "$tmp/in/zz_hostile.txt"
# two people of the same name from different countries: two nodes with different ids
echo "Ethiopian Field Marshal Birhanu Jula met Defense Minister John Abbot in Baku on 2020-01-03." > "$tmp/in/zz_namesake1.txt"
echo "Kenyan Field Marshal Birhanu Jula met Foreign Minister Jane Roe in Baku on 2020-01-04." > "$tmp/in/zz_namesake2.txt"
"$PARLEY" build -q -l "$tmp/hostile.tsv" "$tmp/in" -o "$tmp/out"
out="$tmp/out"
# GraphML against its schema; GEXF against its schema with the viz elements removed
if command -v xmllint >/dev/null && [ -d "$schemas" ]; then
  xmllint --noout --schema "$schemas/graphml/graphml.xsd" "$out/graph.graphml"
  sed -e 's#<viz:[^>]*/>##g' "$out/graph.gexf" > "$tmp/noviz.gexf"
  xmllint --noout --schema "$schemas/gexf13/gexf.xsd" "$tmp/noviz.gexf"
  # the test articles too: names in many scripts and with many diacritics make the node ids
  # ("Pătrașcu": XML's NMTOKEN of its first rules has no comma-below letters)
  "$PARLEY" build -q "$SRC/tests/articles" -o "$tmp/art"
  xmllint --noout --schema "$schemas/graphml/graphml.xsd" "$tmp/art/graph.graphml"
  sed -e 's#<viz:[^>]*/>##g' "$tmp/art/graph.gexf" > "$tmp/art/noviz.gexf"
  xmllint --noout --schema "$schemas/gexf13/gexf.xsd" "$tmp/art/noviz.gexf"
fi
py=/usr/bin/python3; [ -x "$py" ] || py=python3
"$py" - "$out" <<'PY'
import csv, json, os, sys
import xml.etree.ElementTree as ET
d = sys.argv[1]
g = json.load(open(os.path.join(d, "graph.json")))
nodes = {n["id"]: n for n in g["nodes"]}
assert len(nodes) == len(g["nodes"]), "node ids are not unique"
jula = sorted(n["country"] for n in g["nodes"] if n["label"] == "Birhanu Jula")
assert jula == ["Ethiopia", "Kenya"], jula
n_edges = len(g["links"])
hostile = "<b>&amp; \U0001F600 \u0645\u0631\u062d\u0628\u0627 \"quoted\""
org = 'Q"uote <Org> & Sons \U0001F600 \u0645\u0631\u062d\u0628\u0627'
org_ids = [n for n in nodes if nodes[n]["label"] == org]
assert org_ids, "the hostile organisation is not in graph.json"
def has_hostile(s):
    return hostile in s and "\x07" not in s and "\x01" not in s
# JSON keeps the raw sentence (control characters escaped by JSON)
ev = [l for l in g["links"] if l["type"] == "meeting" and l["source"] in ("person:john-abbot", "person:jane-roe")]
assert ev and hostile in ev[0]["sources"][0]["sentence"], ev
# GraphML with networkx: types intact
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
    G = nx.read_graphml(os.path.join(d, "graph.graphml"))
    assert G.number_of_nodes() == len(nodes) and G.number_of_edges() == n_edges
    h = G.nodes["person:zakir-hasanov"]
    assert isinstance(h["mentions"], int) and h["mentions"] == nodes["person:zakir-hasanov"]["mentions"]
    assert isinstance(h["pagerank"], float) and abs(h["pagerank"] - nodes["person:zakir-hasanov"]["pagerank"]) < 1e-6
    assert isinstance(G.nodes["location:baku"]["geocoded"], bool) and G.nodes["location:baku"]["geocoded"]
    assert h["label"] == "Zakir Hasanov"
    assert any(has_hostile(a.get("evidence", "")) for _, _, a in G.edges(data=True)), "hostile GraphML"
    assert G.nodes[org_ids[0]]["label"] == org, "hostile GraphML label"
    # node-link JSON as a multigraph with the same edges
    J = node_link(nx, g)
    assert J.is_multigraph() and J.number_of_edges() == n_edges
# GEXF: our own reader finds the spells of the meetings
ns = {"g": "http://gexf.net/1.3"}
root = ET.parse(os.path.join(d, "graph.gexf")).getroot()
graph = root.find("g:graph", ns)
assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
spells = {}
for e in graph.find("g:edges", ns):
    sp = e.find("g:spells/g:spell", ns)
    if e.get("kind") == "meeting" and sp is not None:
        spells[(e.get("source"), e.get("target"))] = sp.get("start")
assert spells[("person:zakir-hasanov", "person:irakli-chikovani")] == "2024-06-10", spells
# no edge of another direction than the graph's (a mixed graph is one networkx cannot read)
assert all(e.get("type", graph.get("defaultedgetype")) == graph.get("defaultedgetype") for e in graph.find("g:edges", ns))
if nx and int(nx.__version__.split(".")[0]) >= 3:   # (GEXF 1.3 from networkx 3 on)
    X = nx.read_gexf(os.path.join(d, "graph.gexf"))
    assert X.number_of_nodes() == len(nodes), "networkx reads the GEXF"
assert len(root.find("g:graph/g:nodes", ns)) == len(nodes)
vals = [a.get("value") for a in root.iter("{http://gexf.net/1.3}attvalue")]
assert any(has_hostile(v) for v in vals), "hostile GEXF"
assert any(n.get("label") == org for n in root.find("g:graph/g:nodes", ns)), "hostile GEXF label"
# Gephi CSV
with open(os.path.join(d, "nodes.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
assert list(rows[0].keys())[:2] == ["Id", "Label"] and len(rows) == len(nodes)
assert any(r["Label"] == org for r in rows), "hostile CSV label"
with open(os.path.join(d, "edges.csv"), newline="", encoding="utf-8") as f:
    r = csv.DictReader(f)
    assert r.fieldnames[:8] == ["Source", "Target", "Type", "Kind", "Id", "Label", "Weight", "Timeset"], r.fieldnames
    erows = list(r)
assert len(erows) == n_edges
assert all(e["Type"] == "Undirected" for e in erows if e["Kind"] == "meeting")
assert any(e["Timeset"] == "<[2024-06-10, 2024-06-10]>" for e in erows)
assert any(hostile in e["evidence"] for e in erows), "hostile CSV"
# formulas are neutralised
assert all(not v or v[0] not in "=+-@" for e in erows for v in e.values())
# Neo4j
with open(os.path.join(d, "neo4j", "nodes_Person.csv"), newline="", encoding="utf-8") as f:
    r = csv.reader(f)
    head = next(r)
    people = list(r)
assert head[0] == "id:ID" and head[-1] == ":LABEL" and "documents:string[]" in head and "first_seen:date" in head
assert len(people) == sum(1 for n in nodes.values() if n["type"] == "person")
with open(os.path.join(d, "neo4j", "rels_MET.csv"), newline="", encoding="utf-8") as f:
    r = csv.reader(f)
    head = next(r)
    met = list(r)
assert head[:3] == [":START_ID", ":END_ID", ":TYPE"] and "date:date" in head and "sources:string[]" in head
assert len(met) == sum(1 for l in g["links"] if l["type"] == "meeting")
with open(os.path.join(d, "neo4j", "nodes_Organization.csv"), newline="", encoding="utf-8") as f:
    assert any(r[1] == org for r in csv.reader(f)), "hostile Neo4j label"
cy = open(os.path.join(d, "neo4j", "import.cypher")).read()
assert "LOAD CSV WITH HEADERS" in cy and "rels_MET.csv" in cy
print("exports: GraphML, GEXF, JSON, CSV, Neo4j OK%s" % ("" if nx else " (networkx not installed)"))
PY
# PostgreSQL: a throwaway server on a Unix socket, the README's queries
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$pgbin" ] && [ -x "$pgbin/initdb" ]; then
  run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  pg="$tmp/pg"; mkdir "$pg"; [ "$(id -u)" = 0 ] && chown postgres "$pg" "$tmp/out/graph.sql"
  run "$pgbin/initdb" -D "$pg/data" -A trust -U parley >/dev/null
  run "$pgbin/pg_ctl" -D "$pg/data" -o "-k $pg -c listen_addresses=''" -l "$pg/log" -w start >/dev/null
  trap 'run "$pgbin/pg_ctl" -D "$pg/data" -m immediate stop >/dev/null 2>&1; rm -rf "$tmp"' EXIT
  psqlq() { run psql -h "$pg" -U parley -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
  psqlq -f "$tmp/out/graph.sql"
  # who met Zakir Hasanov (the README's first query)
  got=$(psqlq -c "SELECT DISTINCT n.label FROM edges e JOIN nodes n ON n.id = CASE WHEN e.source = 'person:zakir-hasanov' THEN e.target ELSE e.source END WHERE e.type = 'meeting' AND 'person:zakir-hasanov' IN (e.source, e.target) ORDER BY 1")
  want=$'Archil Talakvadze\nGiorgi Kvirikashvili\nIrakli Chikovani\nIrakli Garibashvili\nJuansher Burchuladze\nLevan Izoria'
  [ "$got" = "$want" ] || { echo "FAIL: psql counterparts: $got"; exit 1; }
  # two-hop contacts with a recursive query
  hops=$(psqlq -c "WITH RECURSIVE met(a, b) AS (SELECT source, target FROM edges WHERE type = 'meeting' UNION SELECT target, source FROM edges WHERE type = 'meeting'), reach(id, depth) AS (SELECT 'person:levan-izoria'::text, 0 UNION SELECT met.b, reach.depth + 1 FROM reach JOIN met ON met.a = reach.id WHERE reach.depth < 2) SELECT count(DISTINCT id) FROM reach WHERE id <> 'person:levan-izoria'")
  [ "$hops" = 6 ] || { echo "FAIL: two-hop contacts: $hops"; exit 1; }
  lab=$(psqlq -c "SELECT label FROM nodes WHERE label LIKE 'Q%uote%'")
  [ "$lab" = "$(printf 'Q"uote <Org> & Sons \xf0\x9f\x98\x80 \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7')" ] || { echo "FAIL: hostile SQL label: $lab"; exit 1; }
  sen=$(psqlq -c "SELECT count(*) FROM sources WHERE sentence LIKE '%<b>&amp;%quoted%'")
  [ "$sen" = 1 ] || { echo "FAIL: hostile SQL sentence"; exit 1; }
  d=$(psqlq -c "SELECT date FROM events WHERE type='meeting' AND date IS NOT NULL ORDER BY date LIMIT 1")
  [ "$d" = 2019-06-01 ] || [ -n "$d" ] || { echo "FAIL: dates"; exit 1; }
  echo "exports: PostgreSQL OK"
else
  echo "exports: PostgreSQL not installed; graph.sql not loaded"
fi
# a full disk: error, non-zero exit, nothing half-written
set +e
"$PARLEY" export -q --format graphml "$SRC/samples/articles" -o /dev/full > /dev/null 2>&1; rc=$?
set -e
[ "$rc" -eq 3 ] || { echo "FAIL: writing to /dev/full exited $rc"; exit 1; }
"$PARLEY" export -q --format gexf "$SRC/samples/articles" -o "$tmp/one.gexf"
[ -s "$tmp/one.gexf" ] && ! ls "$tmp" | grep -q '\.tmp\.'
echo "exports: all OK"
