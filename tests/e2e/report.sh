#!/usr/bin/env bash
# End-to-end: the report opens in headless Chromium; the DOM has one circle per drawn node and the
# samples' meetings in its tables; the page makes no request.
set -euo pipefail
: "${PARLEY:?}" "${SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PARLEY" build -q "$SRC/samples/articles" -o "$tmp/out"
html="$tmp/out/report.html"
# self-contained: no external scripts, styles, fonts or images, and a policy that forbids requests
! grep -Eiq '(src|href)="(https?:)?//' "$html" || { echo "FAIL: external reference"; exit 1; }
! grep -Eiq '@import|url\(' "$html" || { echo "FAIL: external style"; exit 1; }
grep -q "default-src 'none'" "$html"
grep -q "Zakir Hasanov" "$tmp/out/report.md"
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  echo "report: chromium not installed; the DOM was not checked"
  exit 0
fi
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --no-first-run --disable-sync --user-data-dir="$tmp/profile")
timeout 120 "$chrome" "${flags[@]}" --window-size=1200,1600 --screenshot="$tmp/shot.png" "file://$html" >/dev/null 2>&1 || true
[ -s "$tmp/shot.png" ] || { echo "FAIL: no screenshot"; exit 1; }
# the DOM after the scripts ran; net-log records any request the page makes
timeout 120 "$chrome" "${flags[@]}" --log-net-log="$tmp/net.json" --dump-dom "file://$html" > "$tmp/dom.html" 2>/dev/null
python3 - "$tmp/dom.html" "$tmp/out/graph.json" "$tmp/net.json" <<'PY'
import json, re, sys
from html.parser import HTMLParser
dom = open(sys.argv[1], encoding="utf-8").read()
graph = json.load(open(sys.argv[2]))
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.circles = 0; self.in_meet = False; self.cells = []; self.row = []; self.rows = []
        self.cell = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "circle": self.circles += 1
        if tag == "table" and a.get("id") == "meetings": self.in_meet = True
        if self.in_meet and tag == "tr": self.row = []
        if self.in_meet and tag == "td": self.cell = ""
    def handle_endtag(self, tag):
        if tag == "table": self.in_meet = False
        if self.in_meet and tag == "td": self.row.append(self.cell); self.cell = None
        if self.in_meet and tag == "tr" and self.row: self.rows.append(self.row)
    def handle_data(self, d):
        if self.cell is not None: self.cell += d
p = P(); p.feed(dom)
assert p.circles == len(graph["nodes"]), (p.circles, len(graph["nodes"]))
pairs = {tuple(sorted(r[:2])): int(r[2]) for r in p.rows}
assert pairs[("Irakli Garibashvili", "Zakir Hasanov")] == 2, pairs
assert pairs[("Levan Izoria", "Zakir Hasanov")] == 2, pairs
for who in ("Giorgi Kvirikashvili", "Archil Talakvadze", "Irakli Chikovani", "Juansher Burchuladze"):
    assert pairs[tuple(sorted((who, "Zakir Hasanov")))] == 1, who
assert len(pairs) == 6
# no request left the page: the net log names no http(s) or ws URL
try:
    net = open(sys.argv[3], encoding="utf-8", errors="replace").read()
    urls = set(re.findall(r'(?:https?|wss?)://[^"\\ <>]+', net))
    # the browser's own background traffic (updates, accounts) is not the page's
    browser = re.compile(r'^(?:https?|wss?)://([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com|googleusercontent\.com)(/|;|$)')
    page = {u for u in urls if not browser.match(u)}
    assert not page, page
except FileNotFoundError:
    pass
print("report: %d circles, %d pairs in the table, no request" % (p.circles, len(pairs)))
PY
