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
 * @brief Betweenness centrality of every vertex (undirected, shortest paths by @p dist).
 * @param[out] res an initialised vector, resized to the vertex count
 * @param g the graph (not modified)
 * @param dist edge lengths, or NULL for unit lengths (not owned)
 * @param sources 0: exact (Brandes); k > 0: paths from k vertices drawn uniformly with a fixed
 *        seed, scaled by n/k, an unbiased estimate of the exact value (Brandes and Pich, 2007)
 * @return 0 or ::PARLEY_EGRAPH / ::PARLEY_ENOMEM. O(V·E) exact, O(k·E) sampled (O(·log V)
 * more with lengths).
 */
int parley_analysis_betweenness(igraph_vector_t *res, const igraph_t *g, const igraph_vector_t *dist,
                                igraph_integer_t sources);

/**
 * @brief Closeness (normalised: reachable vertices / sum of distances to them) and harmonic
 * centrality (normalised by n − 1) of every vertex. NaN closeness for an isolated vertex.
 * @param[out] closeness an initialised vector, resized to the vertex count
 * @param[out] harmonic an initialised vector, resized to the vertex count
 * @param g the graph (not modified)
 * @param dist edge lengths, or NULL for unit lengths (not owned)
 * @param sources 0: exact (every vertex a source; both measures from one pass of shortest
 *        paths); k > 0: the mean over k seeded sample sources (Eppstein and Wang, 2004):
 *        closeness from the mean distance to the reachable sampled sources, harmonic from the
 *        mean of their inverse distances
 * @return 0 or a negative error. O(V·E) exact, O(k·E) sampled (O(·log V) more with lengths),
 * memory O(V) plus a 64 × V block of distances.
 */
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
 * iterations as the graph grows (500 up to 10,000 vertices + edges, at least 30).
 * @param[out] xy an initialised matrix, resized to V × 2
 * @return 0 or a negative error. O(iterations · (V + E)) with the grid.
 */
int parley_analysis_layout(igraph_matrix_t *xy, const igraph_t *g);

#endif
