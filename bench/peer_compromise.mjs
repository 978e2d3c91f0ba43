// A peer for entity extraction: compromise (npm), a rule-based English NLP library, on the same
// generated corpus as parley. It finds people, places and organisations but no events, so the
// comparison is throughput and the share of planted participants it finds as people.
// Usage: (cd SOMEDIR && npm install compromise@14) && NODE_PATH=SOMEDIR/node_modules \
//        node bench/peer_compromise.mjs CORPUS.jsonl PLANTED.json
import { createRequire } from "module";
import fs from "fs";
const require = createRequire(import.meta.url);
const nlp = require("compromise");
const [corpus, plantedPath] = process.argv.slice(2);
const lines = fs.readFileSync(corpus, "utf8").split("\n").filter(Boolean);
const planted = JSON.parse(fs.readFileSync(plantedPath, "utf8"));
const people = new Map();
let bytes = 0;
const t0 = process.hrtime.bigint();
for (const line of lines) {
  const d = JSON.parse(line);
  bytes += Buffer.byteLength(d.text, "utf8");
  const doc = nlp(d.text);
  people.set(d.id, new Set(doc.people().out("array").map((s) => s.replace(/[.,]$/, "").trim())));
  doc.places().out("array");
  doc.organizations().out("array");
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
let hit = 0;
for (const p of planted) {
  const found = people.get(p.doc) || new Set();
  const has = (name) => [...found].some((f) => f.endsWith(name) || f === name);
  if (has(p.a) && has(p.b)) hit++;
}
console.log(JSON.stringify({ peer: "compromise", documents: lines.length, mb: bytes / 1e6, seconds: secs,
  mb_per_s: bytes / 1e6 / secs, docs_per_s: lines.length / secs,
  planted_pairs_both_found_as_people: hit / planted.length }));
