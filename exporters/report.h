/**
 * @file report.h
 * @brief The report people read: one self-contained HTML file (the network drawn as SVG, the
 * rankings, the who-met-whom table linked to its evidence, a timeline, country pairs by year,
 * the corpus summary; sortable tables that also work with scripts off) and the same tables in
 * Markdown.
 */
#ifndef PARLEY_REPORT_H
#define PARLEY_REPORT_H

#include <jansson.h>
#include <stdio.h>

#include "../graph/network.h"
#include "../graph/stats.h"

/** What the report says about the run itself. */
typedef struct {
    size_t documents, warnings, errors;
} parley_report_info;

/**
 * @brief Write the HTML report. @p stats are the statistics of the same network.
 * At most @p max_labels nodes (by PageRank) are labelled; all are drawn.
 * @return 0, ::PARLEY_ENOMEM or ::PARLEY_EOUTPUT. O(V log V + E).
 */
int parley_report_html(FILE *f, const parley_network *net, const parley_stats *stats, const parley_report_info *info);

/** @brief Write the Markdown report (the same tables). @return 0 or ::PARLEY_EOUTPUT. */
int parley_report_markdown(FILE *f, const parley_network *net, const parley_stats *stats, const parley_report_info *info);

#endif
