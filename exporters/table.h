/**
 * @file table.h
 * @brief The network as typed columns, shared by every tabular and XML export (GraphML, GEXF,
 * CSV, Neo4j, SQL), so that each attribute is defined once.
 */
#ifndef PARLEY_TABLE_H
#define PARLEY_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "../graph/network.h"

/** Column types. */
typedef enum {
    PARLEY_COL_STRING = 0,
    PARLEY_COL_INT,
    PARLEY_COL_DOUBLE,
    PARLEY_COL_BOOL,
    PARLEY_COL_DATE,    /**< a string: YYYY-MM-DD, or partial (YYYY-MM, YYYY, --MM-DD) */
    PARLEY_COL_LIST     /**< a list of strings */
} parley_col_type;

/** A column. */
typedef struct {
    const char *name;
    parley_col_type type;
} parley_column;

/** A value. Free with parley_value_clear(). */
typedef struct {
    bool null;
    long long i;
    double d;
    bool b;
    const char *s;        /**< strings and dates (owned by the network) */
    const char **items;   /**< lists: the array is owned by the value, the strings by the network */
    size_t n_items;
} parley_value;

/** @brief The node columns (static). @return their number. */
size_t parley_table_node_columns(const parley_column **cols);
/** @brief The edge columns (static). @return their number. */
size_t parley_table_edge_columns(const parley_column **cols);
/** @brief The value of column @p col of node @p i. @return 0 or ::PARLEY_ENOMEM. */
int parley_table_node_value(const parley_network *net, size_t i, size_t col, parley_value *out);
/** @brief The value of column @p col of edge @p i. @return 0 or ::PARLEY_ENOMEM. */
int parley_table_edge_value(const parley_network *net, size_t i, size_t col, parley_value *out);
/** @brief Release a value's list. */
void parley_value_clear(parley_value *v);
/** @brief Is @p s a full date YYYY-MM-DD? */
bool parley_table_full_date(const char *s);

#endif
