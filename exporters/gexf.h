/**
 * @file gexf.h
 * @brief GEXF 1.3 for Gephi's timeline: mode="dynamic", timeformat="date", meeting edges with
 * their dates as spells, nodes alive from their first to their last article, `viz` colour by
 * type, size by PageRank, positions from the layout.
 */
#ifndef PARLEY_GEXF_H
#define PARLEY_GEXF_H

#include <stdio.h>

#include "../graph/network.h"

/** @brief Write the network as GEXF 1.3 to @p f. @return 0, ::PARLEY_ENOMEM or ::PARLEY_EOUTPUT. O(V + E). */
int parley_gexf_write(FILE *f, const parley_network *net);

#endif
