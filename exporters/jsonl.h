/**
 * @file jsonl.h
 * @brief The per-document JSON object of `parley extract` (the contract of DESIGN.md).
 */
#ifndef PARLEY_JSONL_H
#define PARLEY_JSONL_H

#include <jansson.h>
#include <stdio.h>

#include "../src/extraction.h"

/**
 * @brief Build the JSON object of one document: doc, date, source, title, authors, entities
 * (with mentions as byte offsets into the original bytes) and events (with evidence).
 * @param[out] out a new reference; the caller owns it (json_decref)
 * @param ex the extraction of one document (not modified)
 * @return 0 or ::PARLEY_ENOMEM. O(size of the extraction).
 */
int parley_jsonl_document(json_t **out, const parley_extraction *ex);

/**
 * @brief The document as one line of JSON, newline included; the caller frees it.
 * @return the line, or NULL when out of memory. O(size of the extraction).
 */
char *parley_jsonl_line(const parley_extraction *ex);

/**
 * @brief The document as one line of JSON, newline included, written over the start of a
 * buffer the caller keeps and reuses: no allocation once the buffer is large enough.
 * @param[in,out] buf the caller's buffer (or NULL), grown with realloc as needed; it stays the
 *        caller's to free, also when this fails
 * @param[in,out] cap its size in bytes (0 with NULL)
 * @param[out] len the line's length (0 when this fails); (*buf)[*len] is '\0'
 * @param ex the extraction of one document (not modified)
 * @return 0 or ::PARLEY_ENOMEM. O(size of the extraction).
 */
int parley_jsonl_line_to(char **buf, size_t *cap, size_t *len, const parley_extraction *ex);

/**
 * @brief Write one document as one line of JSON to @p f.
 * @return 0, ::PARLEY_ENOMEM or ::PARLEY_EOUTPUT.
 */
int parley_jsonl_write(FILE *f, const parley_extraction *ex);

#endif
