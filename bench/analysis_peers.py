#!/usr/bin/python3
"""The same graph computations as bench/analysis.c, in python-igraph and networkx (Debian's
python3-igraph and python3-networkx), on the same edge list; JSON on standard output.

Usage: /usr/bin/python3 bench/analysis_peers.py EDGES.txt [--networkx] [--nx-sources K]

python-igraph calls the same C library as parley, with the same parameters: PageRank (PRPACK,
damping 0.85), Leiden (the modularity objective written as parley writes it: CPM with vertex
weights = degrees and resolution 1/2m, beta 0.01, until stable, seeded), weak components,
coreness. It has no sampled-source betweenness (its only estimate, paths up to a cut-off, took
659 s with cut-off 2 on this graph in the same C library), so that one is compared with
networkx only. networkx: pagerank, louvain_communities (it has no
Leiden), connected_components, core_number, betweenness_centrality(k=K sampled sources).
"""
import json, sys, time

path = sys.argv[1]
with_nx = "--networkx" in sys.argv
k_nx = int(sys.argv[sys.argv.index("--nx-sources") + 1]) if "--nx-sources" in sys.argv else 256


def load():
    with open(path) as f:
        n, m = map(int, f.readline().split())
        edges = [tuple(map(int, line.split())) for line in f]
    return n, edges


def timed(fn):
    t = time.perf_counter()
    r = fn()
    return time.perf_counter() - t, r


out = {}
t0 = time.perf_counter()
n, edges = load()
read = time.perf_counter() - t0

import igraph
t, g = timed(lambda: igraph.Graph(n=n, edges=edges, directed=False))
ig = {"load": {"seconds": t + read}}
t, pr = timed(lambda: g.pagerank(damping=0.85, implementation="prpack"))
ig["pagerank"] = {"seconds": t, "check": max(pr)}
m2 = 2.0 * g.ecount()


def leiden():
    import random
    random.seed(20240601)
    return g.community_leiden(objective_function="CPM", resolution_parameter=1.0 / m2, beta=0.01, n_iterations=-1,
                              node_weights=g.degree())


t, cl = timed(leiden)
ig["leiden"] = {"seconds": t, "check": len(cl)}
t, cc = timed(lambda: g.connected_components())
ig["components"] = {"seconds": t, "check": len(cc)}
t, core = timed(lambda: g.coreness())
ig["kcore"] = {"seconds": t, "check": max(core)}
out["python-igraph"] = ig

if with_nx:
    import networkx as nx
    t, G = timed(lambda: nx.Graph(edges))
    G.add_nodes_from(range(n))
    nxr = {"load": {"seconds": t + read}}
    t, pr = timed(lambda: nx.pagerank(G, alpha=0.85))
    nxr["pagerank"] = {"seconds": t, "check": max(pr.values())}
    t, lc = timed(lambda: nx.community.louvain_communities(G, seed=20240601))
    nxr["louvain"] = {"seconds": t, "check": len(lc)}
    t, cc = timed(lambda: sum(1 for _ in nx.connected_components(G)))
    nxr["components"] = {"seconds": t, "check": cc}
    t, core = timed(lambda: nx.core_number(G))
    nxr["kcore"] = {"seconds": t, "check": max(core.values())}
    t, bc = timed(lambda: nx.betweenness_centrality(G, k=k_nx, normalized=False, seed=20240601))
    nxr["betweenness_sampled"] = {"seconds": t, "sources": k_nx, "check": max(bc.values())}
    out["networkx"] = nxr

json.dump(out, sys.stdout, indent=1)
print()
