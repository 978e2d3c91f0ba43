/**
 * @file analysis.h
 * @brief The graph measures parley computes on an igraph graph, with the policy that keeps them
 * affordable at scale: the all-pairs measures (betweenness, closeness, harmonic centrality) are
 * exact on small graphs and estimated from a fixed, seeded sample of source vertices on large
 * ones (Brandes–Pich for betweenness, Eppstein–Wang for closeness and harmonic centrality).
 *
 * The graph layer uses these on the full graph and on the who-met-whom projection; the analysis
 * benchmark (`bench/analysis.c`) calls the same functions on a generated graph. None of them
 * keeps state between calls; the igraph random generator is seeded on every call that samples,
 * so the results are repeatable.
 */
#ifndef PARLEY_ANALYSIS_H
#define PARLEY_ANALYSIS_H

#include <igraph.h>

/** Above this much all-pairs work (vertices × (vertices + edges)), measures are sampled. */
#define PARLEY_ANALYSIS_EXACT_MAX_WORK 1e8

/** How many source vertices the sampled measures use. */
#define PARLEY_ANALYSIS_SAMPLE_SOURCES 256

/** The seed of every sampled measure and of the layout. */
#define PARLEY_ANALYSIS_SEED 20240601

/**
 * @brief How many sources the all-pairs measures of @p g should use under parley's policy.
 * @return 0 (exact: every vertex is a source) when the work fits under
 * ::PARLEY_ANALYSIS_EXACT_MAX_WORK or the graph has no more vertices than the sample, else
 * ::PARLEY_ANALYSIS_SAMPLE_SOURCES. O(1).
 */
igraph_integer_t parley_analysis_sources(const igraph_t *g);

/**
 * @brief Betweenness, closeness and harmonic centrality of every vertex, from one pass of
 * shortest paths per source (Brandes' algorithm: breadth-first without lengths, Dijkstra with a
 * binary heap with them), undirected.
 *
 * Closeness is normalised (reached vertices / sum of distances to them; NaN for a vertex no
 * source reaches), harmonic centrality by the number of sources other than the vertex.
 * With sampled sources: betweenness is the sum over the k sources scaled by n/k, an unbiased
 * estimate (Brandes and Pich, 2007); closeness and harmonic are the means over the sampled
 * sources (Eppstein and Wang, 2004).
 *
 * The sources are cut into 8 fixed chunks, each with its own sums, run on up to @p threads
 * threads and added in chunk order: the result does not depend on the number of threads.
 * The threads run parley's own code on a private copy of the adjacency, never igraph.
 *
 * @param[out] betweenness, closeness, harmonic initialised vectors resized to the vertex
 *        count; any may be NULL
 * @param g the graph (not modified); parallel edges are distinct paths, loops are ignored
 * @param dist positive edge lengths, or NULL for unit lengths (not owned)
 * @param sources 0 (or ≥ n): exact, every vertex a source; k: k vertices drawn with the fixed
 *        seed
 * @param threads how many threads may run (1: this one only)
 * @return 0, ::PARLEY_ENOMEM, ::PARLEY_EUSAGE (a length not positive) or ::PARLEY_EGRAPH.
 * O(k·E) without lengths, O(k·E·log E) with them; memory O(E) plus O(V) a chunk and a thread.
 */
int parley_analysis_paths(igraph_vector_t *betweenness, igraph_vector_t *closeness, igraph_vector_t *harmonic,
                          const igraph_t *g, const igraph_vector_t *dist, igraph_integer_t sources, int threads);

/** @brief parley_analysis_paths() for betweenness alone, on one thread. */
int parley_analysis_betweenness(igraph_vector_t *res, const igraph_t *g, const igraph_vector_t *dist,
                                igraph_integer_t sources);

/** @brief parley_analysis_paths() for closeness and harmonic centrality alone, on one thread. */
int parley_analysis_closeness(igraph_vector_t *closeness, igraph_vector_t *harmonic, const igraph_t *g,
                              const igraph_vector_t *dist, igraph_integer_t sources);

/**
 * @brief Communities: Leiden optimising modularity (vertex weights = strengths, resolution
 * 1/2m, seeded), renumbered by first appearance so that ids are stable.
 * @param[out] membership an initialised vector, resized to the vertex count
 * @param g the graph; multi-edges add their weights
 * @param w edge weights or NULL (not owned)
 * @return 0 or a negative error. About O(E) per pass.
 */
int parley_analysis_communities(igraph_vector_int_t *membership, const igraph_t *g, const igraph_vector_t *w);

/**
 * @brief A repeatable 2-D layout: Fruchterman–Reingold (grid above 1,000 vertices) with fewer
 * iterations as the graph grows: 500 up to 10,000 vertices + edges, at least 30, and without the
 * grid (every pair repels) at most 2·10⁷ / V² (128 for 400 vertices).
 * @param[out] xy an initialised matrix, resized to V × 2
 * @param g the graph (not modified)
 * @return 0 or a negative error. O(iterations · (V + E)) with the grid; at most about 2·10⁷
 * pair steps without it.
 */
int parley_analysis_layout(igraph_matrix_t *xy, const igraph_t *g);

#endif
