/**
 * @file map.h
 * @brief A hash map from byte strings to 64-bit values, for the indexes that keep parley
 * linear on large corpora. Keys are copied; the map owns them.
 */
#ifndef PARLEY_MAP_H
#define PARLEY_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/** A map. Zero-initialise it (`parley_map m = {0};`), free it with parley_map_free(). */
typedef struct {
    struct parley_map_slot *slots;
    size_t cap, count;
} parley_map;

/** @brief The value of @p key in *out. @return true when present. Amortised O(length). */
bool parley_map_get(const parley_map *m, const char *key, size_t len, int64_t *out);

/** @brief Set @p key to @p value (copying the key). @return 0 or ::PARLEY_ENOMEM. Amortised O(length). */
int parley_map_put(parley_map *m, const char *key, size_t len, int64_t value);

/** @brief Release the map. */
void parley_map_free(parley_map *m);

#endif
