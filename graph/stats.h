/**
 * @file stats.h
 * @brief Who-met-whom statistics of a network: per pair, per person, per country pair and
 * year, and a timeline of meetings by month.
 */
#ifndef PARLEY_STATS_H
#define PARLEY_STATS_H

#include <jansson.h>

#include "network.h"

/**
 * @brief Build the statistics as a JSON object:
 * `pairs` [{a, b, a_label, b_label, meetings, first, last, places, sources}],
 * `people` [{id, label, country, meetings, counterparts, countries_met, places_visited}],
 * `country_pairs` [{a, b, year, meetings}], `timeline` [{month, meetings}] and `summary`.
 * Rows are sorted (most meetings first, then by id) so that output is stable.
 * @param[out] out a new reference owned by the caller
 * @param net an analysed network (not modified)
 * @return 0 or ::PARLEY_ENOMEM. O(E log E).
 */
int parley_stats_build(json_t **out, const parley_network *net);

#endif
