/**
 * @file config.h
 * @brief The optional configuration file (`parley.toml`): a small TOML subset of
 * `key = value` lines (strings, integers, booleans, arrays of strings, `#` comments).
 */
#ifndef PARLEY_CLI_CONFIG_H
#define PARLEY_CLI_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/** The settings a configuration file may hold; NULL / -1 where it says nothing. */
typedef struct {
    char *data_dir;
    char **lexicons;
    size_t n_lexicons;
    int geonames;          /**< -1 unset, 0, 1 */
    long long max_doc_bytes; /**< -1 unset */
    char *since, *until;
    int quiet;             /**< -1 unset, 0, 1 */
} parley_config;

/**
 * @brief Read a configuration file. Unknown keys and bad lines are reported as `file:line`.
 * @return 0; ::PARLEY_EIO when it cannot be read; ::PARLEY_EINPUT on a bad line.
 */
int parley_config_load(parley_config *cfg, const char *path, FILE *err);

/** @brief Release a configuration. */
void parley_config_free(parley_config *cfg);

#endif
