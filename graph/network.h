/**
 * @file network.h
 * @brief The network: an igraph graph of the corpus (nodes person, country, location,
 * organisation, exercise; edges meeting, agreement, affiliation, participation), the weighted
 * who-met-whom projection, and their analysis.
 *
 * igraph's errors never abort parley: parley_network_build() installs igraph's print-and-ignore
 * handler and every igraph error becomes ::PARLEY_EGRAPH.
 */
#ifndef PARLEY_NETWORK_H
#define PARLEY_NETWORK_H

#include <igraph/igraph.h>
#include <stdbool.h>

#include "corpus.h"

/** Edge types. */
typedef enum {
    PARLEY_EDGE_MEETING = 0,
    PARLEY_EDGE_AGREEMENT,
    PARLEY_EDGE_AFFILIATION,
    PARLEY_EDGE_PARTICIPATION
} parley_edge_type;

/** An edge of the full graph. */
typedef struct {
    int from, to;        /**< node indices (for affiliation: person → country) */
    int type;            /**< a ::parley_edge_type */
    int event;           /**< corpus event index, or -1 (affiliation) */
} parley_edge;

/** Per-node analysis; NAN where a value does not exist (written as null). */
typedef struct {
    double degree, pagerank, betweenness;           /**< on the full graph */
    int core, community;                            /**< on the full graph */
    double m_degree, m_strength, m_betweenness;     /**< on the who-met-whom projection (people) */
    double m_closeness, m_harmonic, m_eigenvector, m_pagerank;
    int m_core, m_community;                        /**< -1 for non-people */
    double x, y;                                    /**< layout position */
} parley_node_metrics;

/** The network and its analysis. */
typedef struct parley_network {
    const parley_corpus *corpus;      /**< not owned; must outlive the network */
    igraph_t graph;                   /**< the full graph, vertex i = corpus node i */
    parley_edge *edges;
    size_t n_edges, cap_edges;
    igraph_t projection;              /**< person–person; vertex k = corpus node person_nodes[k] */
    int *person_nodes;                /**< projection vertex → corpus node */
    int *node_person;                 /**< corpus node → projection vertex, or -1 */
    size_t n_persons;
    igraph_vector_t weights;          /**< projection edge weights = meetings */
    parley_node_metrics *metrics;     /**< one per node */
    char *since, *until;              /**< the time window of the events used, or NULL */
    long sources_full;                /**< all-pairs measures of the full graph: 0 exact, else sampled sources */
    long sources_projection;          /**< the same for the projection (see analysis.h) */
    int threads;                      /**< threads the analysis may use (1 after build; set before analyse) */
} parley_network;


/**
 * @brief Build the network of a corpus, with events restricted to [since, until] (NULL: no bound).
 * Meeting edges: one per pair of participants per meeting (status occurred); agreement edges
 * between the parties; affiliation edges person → country; participation edges country →
 * exercise.
 * @param[out] out the network; free with parley_network_free()
 * @param corpus the corpus; not copied, it must outlive the network
 * @param since, until the window (YYYY, YYYY-MM or YYYY-MM-DD), or NULL; copied
 * @return 0, ::PARLEY_ENOMEM or ::PARLEY_EGRAPH. O(V + E).
 */
int parley_network_build(parley_network **out, const parley_corpus *corpus, const char *since, const char *until);

/**
 * @brief Analyse: degree, strength, betweenness (distances 1/weight), closeness, harmonic,
 * eigenvector, PageRank, k-core and Leiden communities (modularity, seeded) on the projection;
 * degree, PageRank, betweenness, k-core and communities on the full graph; a layout.
 * Betweenness, closeness and harmonic centrality are exact while V·(V+E) stays under
 * ::PARLEY_ANALYSIS_EXACT_MAX_WORK and estimated from ::PARLEY_ANALYSIS_SAMPLE_SOURCES seeded
 * sources above it; sources_full and sources_projection say which (see analysis.h).
 * @return 0, ::PARLEY_ENOMEM or ::PARLEY_EGRAPH. O(V·E) exact, O(k·E·log V) sampled.
 */
int parley_network_analyse(parley_network *net);

/** @brief Free a network. NULL is ignored. */
void parley_network_free(parley_network *net);

/** @brief "meeting", "agreement", "affiliation", "participation". */
const char *parley_edge_type_name(int type);

/** @brief Is this corpus event inside the network's window? */
bool parley_network_event_in(const parley_network *net, size_t event);

#endif
