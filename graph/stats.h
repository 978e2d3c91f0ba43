/**
 * @file stats.h
 * @brief Who-met-whom statistics of a network: per pair, per person, per country pair and
 * year, and a timeline of meetings by month.
 *
 * The tables are plain arrays of rows whose strings are borrowed from the network's corpus:
 * a ::parley_stats must be freed before the corpus. exporters/stats_json.h writes them as JSON.
 */
#ifndef PARLEY_STATS_H
#define PARLEY_STATS_H

#include <stdint.h>

#include "network.h"

/** A list of distinct strings in the order they were first seen (borrowed). */
typedef struct {
    const char **items;
    size_t n;
    size_t cap;       /**< (private) */
    uint32_t tag;     /**< (private) the list's number in the duplicate index */
} parley_stats_list;

/** Meetings of two people. */
typedef struct {
    const char *a, *b;              /**< node ids, a before b */
    const char *a_label, *b_label;
    size_t meetings;
    char first[11], last[11];       /**< dates of the first and last dated meeting, or "" */
    parley_stats_list places;       /**< place labels */
    parley_stats_list sources;      /**< document ids */
} parley_stats_pair;

/** Meetings of one person. */
typedef struct {
    const char *id, *label, *country;   /**< country may be NULL */
    size_t meetings;
    parley_stats_list counterparts;     /**< node ids */
    parley_stats_list countries_met;
    parley_stats_list places_visited;
} parley_stats_person;

/** Meetings between officials of two countries in a year. */
typedef struct {
    const char *a, *b;        /**< a sorts before b */
    char year[8];             /**< "2021", or "unknown" */
    size_t meetings;
} parley_stats_country_pair;

/** Meetings in a month. */
typedef struct {
    char month[8];            /**< "2021-03" */
    size_t meetings;
} parley_stats_month;

/** The statistics. Rows are sorted: most meetings first, then by id; months in order. */
typedef struct parley_stats {
    size_t documents, nodes, meetings, undated_meetings;
    const char *first_date, *last_date;   /**< of the articles, or NULL */
    parley_stats_pair *pairs;
    size_t n_pairs;
    parley_stats_person *people;
    size_t n_people;
    parley_stats_country_pair *country_pairs;
    size_t n_country_pairs;
    parley_stats_month *timeline;
    size_t n_timeline;
} parley_stats;

/**
 * @brief Compute the statistics of the occurred meetings of an analysed network (within its
 * time window).
 * @param[out] out new statistics, freed with parley_stats_free() before the network's corpus
 * @param net an analysed network (not modified)
 * @return 0 or ::PARLEY_ENOMEM. O(M·p² + R log R) for M meetings of at most p people and R rows.
 */
int parley_stats_compute(parley_stats **out, const parley_network *net);

/** @brief Free statistics. NULL is ignored. */
void parley_stats_free(parley_stats *s);

#endif
