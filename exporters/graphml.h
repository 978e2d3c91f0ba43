/**
 * @file graphml.h
 * @brief GraphML: stable node ids (the slugs), edge ids, typed keys declared once per attribute
 * and domain, `label` and `weight` as Gephi expects, lists as `;`-separated strings.
 * Valid against the GraphML 1.0 schema.
 */
#ifndef PARLEY_GRAPHML_H
#define PARLEY_GRAPHML_H

#include <stdio.h>

#include "../graph/network.h"

/** @brief Write the network as GraphML to @p f. @return 0, ::PARLEY_ENOMEM or ::PARLEY_EOUTPUT. O(V + E). */
int parley_graphml_write(FILE *f, const parley_network *net);

#endif
