/**
 * @file csv.h
 * @brief CSV exports: Gephi's spreadsheet pair (nodes.csv, edges.csv) and Neo4j's bulk-import
 * set (nodes_<Label>.csv, rels_<TYPE>.csv, import.cypher). RFC 4180 quoting; text cells that a
 * spreadsheet would run as a formula (first character =, +, -, @) are prefixed with a quote.
 */
#ifndef PARLEY_CSV_H
#define PARLEY_CSV_H

#include <stdio.h>

#include "../graph/network.h"

/** @brief Write one CSV cell (quoted when needed, formulas neutralised). @return 0 or -1. */
int parley_csv_cell(FILE *f, const char *s);

/** @brief Gephi's nodes table. @return 0, ::PARLEY_ENOMEM or ::PARLEY_EOUTPUT. O(V). */
int parley_csv_gephi_nodes(FILE *f, const parley_network *net);
/** @brief Gephi's edges table (Source, Target, Type, Kind, Id, Label, Weight, Timeset, …). O(E). */
int parley_csv_gephi_edges(FILE *f, const parley_network *net);

/**
 * @brief Write the Neo4j import set into folder @p dir (which must exist), each file atomically.
 * @return 0, ::PARLEY_ENOMEM or ::PARLEY_EOUTPUT. O(V + E).
 */
int parley_csv_neo4j(const char *dir, const parley_network *net);

#endif
