/**
 * @file jsonline.h
 * @brief One JSON Lines record read without building a tree: the fields a document needs.
 *
 * The reader meets millions of lines of the form {"id": ..., "text": ..., "date": ...}; building
 * a Jansson tree for each costs as much as normalising the text. This scanner reads the common
 * case directly and declines everything else (numbers that are not small integers, NUL, invalid
 * UTF-8, lone surrogates, deep nesting, anything malformed), which the caller then gives to
 * Jansson, so that every line gets exactly Jansson's result and error message.
 */
#ifndef PARLEY_JSONLINE_H
#define PARLEY_JSONLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/** A string field of the record: where its decoded bytes are in the scratch buffer. */
typedef struct {
    bool present;  /**< the key was there with a string value (the last one, if repeated) */
    size_t off;    /**< offset of the decoded value in the scratch buffer */
    size_t len;    /**< its length in bytes (no NUL inside) */
} parley_jsonline_str;

/** The fields of a record; strings are decoded into one scratch buffer, NUL-terminated. */
typedef struct {
    parley_jsonline_str id, text, date, source, title;
} parley_jsonline;

/**
 * @brief Read one line that holds one JSON object.
 * @param[out] out the string fields found (others are skipped)
 * @param scratch a buffer the decoded strings are appended to; it is cleared first. The
 *        caller owns it and may reuse it for the next line.
 * @param line the bytes of the line (no NUL needed)
 * @param len how many bytes the line has
 * @return 1 when the line was read, 0 when it is declined (give it to Jansson; nothing is
 *         wrong yet), or ::PARLEY_ENOMEM. O(len).
 */
int parley_jsonline_read(parley_jsonline *out, parley_buf *scratch, const char *line, size_t len);

#endif
