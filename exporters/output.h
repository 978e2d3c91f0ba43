/**
 * @file output.h
 * @brief Writing outputs atomically: to a temporary file beside the target, renamed into
 * place only when everything was written; a failure leaves the old file untouched.
 */
#ifndef PARLEY_OUTPUT_H
#define PARLEY_OUTPUT_H

#include <jansson.h>
#include <stdio.h>

/** An output being written. */
typedef struct {
    char *path;     /**< the target */
    char *tmp;      /**< the temporary file */
    FILE *f;        /**< write here */
} parley_output;

/** @brief Open a temporary file for @p path. @return 0 or ::PARLEY_EOUTPUT (errno is kept). */
int parley_output_open(parley_output *out, const char *path);

/** @brief Flush, close and rename into place; on any error remove the temporary file.
 * @return 0 or ::PARLEY_EOUTPUT. */
int parley_output_commit(parley_output *out);

/** @brief Abandon: close and remove the temporary file. */
void parley_output_abort(parley_output *out);

/** @brief Write a JSON document (indented, stable key order) atomically to @p path.
 * @return 0 or ::PARLEY_EOUTPUT. */
int parley_output_json(const char *path, const json_t *j);

#endif
