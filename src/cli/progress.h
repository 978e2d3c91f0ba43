/**
 * @file progress.h
 * @brief A progress line on standard error (documents, MB/s, time left), shown only when a run
 * lasts more than a second and standard error is a terminal; nothing of it reaches pipes or logs.
 */
#ifndef PARLEY_CLI_PROGRESS_H
#define PARLEY_CLI_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

/** Progress state. */
typedef struct {
    bool enabled;          /**< standard error is a terminal and not --quiet */
    double start, last;    /**< seconds */
    size_t docs, bytes, total_bytes;
    bool shown;
} parley_progress;

/** @brief Start; @p total_bytes may be 0 (unknown). */
void parley_progress_start(parley_progress *p, bool quiet, size_t total_bytes);
/** @brief One more document of @p bytes. Redraws at most five times a second. */
void parley_progress_add(parley_progress *p, size_t bytes);
/** @brief Clear the line. */
void parley_progress_end(parley_progress *p);
/** @brief Bytes of the *.txt and *.jsonl files under the paths (0 for standard input). */
size_t parley_progress_measure(char **paths, size_t n);

#endif
