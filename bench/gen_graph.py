#!/usr/bin/env python3
"""Write a who-met-whom graph of N people and M distinct meetings (pairs) as an edge list.

Usage: gen_graph.py N M OUT.txt [--seed S]

People belong to 200 countries in 10 regions; a meeting joins two people of different
countries, of the same region 70% of the time; a few officials meet far more than others
(Zipf-like activity), as in real news. No self-loops, no repeated pair: a simple graph, so
that parley, python-igraph and networkx all compute on exactly the same input. The first line
is "N M"; then one "a b" pair a line. Seeded and repeatable.
"""
import argparse, random

ap = argparse.ArgumentParser()
ap.add_argument("n", type=int)
ap.add_argument("m", type=int)
ap.add_argument("out")
ap.add_argument("--seed", type=int, default=7)
a = ap.parse_args()
rng = random.Random(a.seed)
countries = 200
country = [rng.randrange(countries) for _ in range(a.n)]
region = [c % 10 for c in range(countries)]
by_region = [[] for _ in range(10)]
for p in range(a.n):
    by_region[region[country[p]]].append(p)
# activity: a heavy tail, as a few ministers meet far more than others
weights = [1.0 / (1 + (i % 5000)) ** 0.8 for i in range(a.n)]
rng.shuffle(weights)
pool = rng.choices(range(a.n), weights=weights, k=4 * a.m)
seen = set()
edges = []
k = 0
while len(edges) < a.m:
    x = pool[k % len(pool)]
    k += 1
    if rng.random() < 0.7:
        y = rng.choice(by_region[region[country[x]]])
    else:
        y = pool[rng.randrange(len(pool))]
    if x == y or country[x] == country[y]:
        continue
    e = (x, y) if x < y else (y, x)
    if e in seen:
        continue
    seen.add(e)
    edges.append(e)
with open(a.out, "w") as f:
    f.write("%d %d\n" % (a.n, len(edges)))
    f.write("".join("%d %d\n" % e for e in edges))
