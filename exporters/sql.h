/**
 * @file sql.h
 * @brief PostgreSQL: a schema (nodes, events, event participants, sources, edges; keys and
 * foreign keys, dates as `date`, lists as arrays) and its data, loadable with
 * `psql -f graph.sql` into an empty database.
 */
#ifndef PARLEY_SQL_H
#define PARLEY_SQL_H

#include <stdio.h>

#include "../graph/network.h"

/** @brief Write @p s as a PostgreSQL string literal ('...', quotes doubled), or NULL for NULL;
 * invalid UTF-8 becomes U+FFFD. Writes runs of plain text at once. @return 0, or -1 when
 * writing failed. O(length). */
int parley_sql_literal(FILE *f, const char *s);

/** @brief Write the network as PostgreSQL. @return 0, ::PARLEY_ENOMEM or ::PARLEY_EOUTPUT. O(V + E). */
int parley_sql_write(FILE *f, const parley_network *net);

#endif
