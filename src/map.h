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

/**
 * Lists of small integers sharing one pool of nodes: a list is named by its first node (-1 when
 * empty), kept by the caller (in a parley_map, in an array); node r holds item[r] and next[r].
 * Walk a list with `for (int64_t r = head; r >= 0; r = l->next[r])`, newest item first.
 * Zero-initialise it; free it with parley_lists_free().
 */
typedef struct {
    int32_t *item, *next;
    size_t n, cap;
} parley_lists;

/**
 * @brief Put @p item at the front of the list whose first node is *head, and make *head the new
 * node; an item equal to the list's first is not put again. @return 0 or ::PARLEY_ENOMEM.
 * Amortised O(1).
 */
int parley_lists_push(parley_lists *l, int64_t *head, int item);

/**
 * @brief parley_lists_push() onto the list that map @p m names by @p key (a new list when the
 * key is new). @return 0 or ::PARLEY_ENOMEM. Amortised O(length of key).
 */
int parley_lists_add(parley_lists *l, parley_map *m, const char *key, size_t len, int item);

/** @brief The first node of the list that @p m names by @p key, or -1. O(length of key). */
int64_t parley_lists_head(const parley_map *m, const char *key, size_t len);

/** @brief Release the nodes of every list. */
void parley_lists_free(parley_lists *l);

#endif
