/**
 * @file reader.h
 * @brief Reading documents from files, folders (recursively, `*.txt`), JSON Lines files
 * (`{"id", "text", "date", "source", "title"}` a line) and standard input (`-`).
 */
#ifndef PARLEY_READER_H
#define PARLEY_READER_H

#include <stddef.h>
#include <stdio.h>

#include "document.h"

/** Called once per document read; it takes ownership of @p doc. A negative return stops. */
typedef int (*parley_reader_fn)(parley_document *doc, void *userdata);

/** What a read found. */
typedef struct {
    size_t documents;   /**< documents passed to the callback */
    size_t files;       /**< files opened */
    size_t warnings;    /**< problems reported and skipped (a bad JSON line, an unreadable file) */
    size_t errors;      /**< inputs that could not be read at all (a missing file, an empty folder) */
} parley_reader_stats;

/**
 * @brief Read every document of one input path.
 * @param path a file, a folder or "-"
 * @param fn the callback
 * @param userdata passed to @p fn
 * @param stats counters, added to (not reset)
 * @param err where problems are reported (`file:line: message`), or NULL
 * @param max_bytes documents larger than this are reported and skipped (0: no limit)
 * @return 0 when the path was read (even with warnings); ::PARLEY_EIO when it could not be;
 *         a negative value returned by @p fn. O(size of the input).
 */
int parley_reader_read(const char *path, parley_reader_fn fn, void *userdata, parley_reader_stats *stats, FILE *err,
                       size_t max_bytes);

/**
 * @brief Read every document of one input path, as parley_reader_read() does, but hand each
 * document over unprepared (parley_document_new_raw()): the callback, or a thread it passes the
 * document to, calls parley_document_prepare(). Each document's origin ("file.jsonl:12" or the
 * path) is set, since invalid UTF-8 is then found, and reported, only by whoever prepares it.
 * @return as parley_reader_read(). O(size of the input).
 */
int parley_reader_read_raw(const char *path, parley_reader_fn fn, void *userdata, parley_reader_stats *stats,
                           FILE *err, size_t max_bytes);

/**
 * @brief Report a prepared document's invalid UTF-8 (replaced bytes) as the reader does: a
 * warning naming its origin on @p err (if not NULL), counted in @p stats. For documents read
 * with parley_reader_read_raw(), once they are prepared. Nothing when there were none. O(1).
 */
void parley_reader_report_invalid(const parley_document *doc, parley_reader_stats *stats, FILE *err);

/**
 * @brief Read JSON Lines from memory (what a `.jsonl` file holds); @p name is used in messages.
 * Malformed lines are reported as `name:line` and skipped. O(len).
 * @return 0, or a negative value returned by @p fn.
 */
int parley_reader_jsonl_buffer(const char *name, const char *data, size_t len, parley_reader_fn fn, void *userdata,
                               parley_reader_stats *stats, FILE *err, size_t max_bytes);

#endif
