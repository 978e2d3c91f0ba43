/**
 * @file stats_json.h
 * @brief The who-met-whom statistics (graph/stats.h) as JSON: stats.json, written one row at a
 * time, or a Jansson tree.
 */
#ifndef PARLEY_STATS_JSON_H
#define PARLEY_STATS_JSON_H

#include <jansson.h>
#include <stdio.h>

#include "../graph/stats.h"

/** Counts of the run that stats.json reports in its summary. */
typedef struct {
    size_t warnings, input_errors;
} parley_stats_run;

/**
 * @brief Write the statistics as one JSON object, indented by one space (the text Jansson
 * writes with JSON_INDENT(1) | JSON_PRESERVE_ORDER), and a newline:
 * `summary` {documents, nodes, meetings, undated_meetings, first_date, last_date[, warnings,
 * input_errors]}, `pairs` [{a, b, a_label, b_label, meetings, first, last, places, sources}],
 * `people` [{id, label, country, meetings, counterparts, countries_met, places_visited,
 * distinct_counterparts}], `country_pairs` [{a, b, year, meetings}], `timeline` [{month, meetings}].
 * @param f where to write
 * @param s the statistics (not modified)
 * @param run the run's counts for the summary, or NULL to leave them out
 * @return 0, ::PARLEY_ENOMEM or ::PARLEY_EOUTPUT. O(size of the output); memory O(one row).
 */
int parley_stats_write(FILE *f, const parley_stats *s, const parley_stats_run *run);

/**
 * @brief The same object as parley_stats_write() writes, as a Jansson tree (without the run's
 * counts).
 * @param[out] out a new reference owned by the caller
 * @param s the statistics (not modified)
 * @return 0 or ::PARLEY_ENOMEM. O(size of the statistics).
 */
int parley_stats_to_json(json_t **out, const parley_stats *s);

/**
 * @brief Compute the statistics of @p net and return them as a Jansson tree
 * (parley_stats_compute() and parley_stats_to_json() in one).
 * @return 0 or ::PARLEY_ENOMEM. O(E log E).
 */
int parley_stats_build(json_t **out, const parley_network *net);

#endif
