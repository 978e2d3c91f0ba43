/**
 * @file json.h
 * @brief The network as networkx node-link JSON (`directed`, `multigraph`, `graph`, `nodes`,
 * `links` with `source`, `target`, `key`), every attribute and the analysis on the nodes;
 * `null` where a value is unknown (never NaN).
 */
#ifndef PARLEY_JSON_EXPORT_H
#define PARLEY_JSON_EXPORT_H

#include <stdio.h>

#include <jansson.h>

#include "../graph/network.h"

/**
 * @brief Write the node-link document of an analysed network to @p f as it is built, one node
 * or link a line, without holding the whole document in memory.
 * @param f an open stream; not closed
 * @param net an analysed network (not modified)
 * @return 0, ::PARLEY_ENOMEM or ::PARLEY_EOUTPUT. O(V + E) time, O(largest node or link) memory.
 */
int parley_json_graph_write(FILE *f, const parley_network *net);

/** @brief A JSON real, or null for NaN and infinities. New reference. */
json_t *parley_json_real(double v);

#endif
