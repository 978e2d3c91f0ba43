/**
 * @file jsonw.h
 * @brief A JSON text writer into a growing buffer: compact JSON exactly as Jansson dumps it with
 * JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10), without building a tree or
 * allocating per value. Used by the per-document lines and by graph.json.
 *
 * The caller owns the writer's buffer (w.b; parley_buf_free() it). A failed allocation is
 * remembered in w.rc (::PARLEY_ENOMEM) and later writes do nothing.
 */
#ifndef PARLEY_JSONW_H
#define PARLEY_JSONW_H

#include <stddef.h>
#include <stdio.h>

#include "../src/util.h"

/** A writer: start it zeroed, `parley_jsonw w = {0};`. */
typedef struct {
    parley_buf b;   /**< the text so far (owned by the caller) */
    int rc;         /**< 0, or ::PARLEY_ENOMEM once an allocation failed */
} parley_jsonw;

/** @brief Room for @p n more bytes (and a NUL), or NULL when out of memory. O(1) amortised. */
char *parley_jsonw_room(parley_jsonw *w, size_t n);

/** @brief Append @p n bytes as they are. O(n). */
void parley_jsonw_raw(parley_jsonw *w, const char *s, size_t n);

/** @brief Append a string literal as it is (only a literal compiles: sizeof would be wrong for
 * a pointer). */
#define PARLEY_JSONW_LIT(w, s) parley_jsonw_raw((w), "" s, sizeof(s) - 1)

/** @brief Append a JSON string of @p n bytes; invalid UTF-8 and NUL become U+FFFD. O(n). */
void parley_jsonw_str(parley_jsonw *w, const char *s, size_t n);

/** @brief Append a JSON string, or null for NULL. O(length). */
void parley_jsonw_cstr(parley_jsonw *w, const char *s);

/** @brief Append an array of @p n strings (a NULL item as null). O(total length). */
void parley_jsonw_str_array(parley_jsonw *w, const char *const *items, size_t n);

/** @brief Append an unsigned integer. O(1). */
void parley_jsonw_uint(parley_jsonw *w, size_t v);

/** @brief Append a signed integer. O(1). */
void parley_jsonw_int(parley_jsonw *w, long long v);

/** @brief Append a real with ten significant digits as Jansson writes it; null when not finite.
 * O(1). */
void parley_jsonw_real(parley_jsonw *w, double v);

/**
 * @brief Write the text to @p f and empty the buffer, once it holds at least @p at_least bytes
 * (0: always), so that a long output goes out in large pieces with a bounded buffer.
 * @return 0, the writer's earlier ::PARLEY_ENOMEM, or ::PARLEY_EOUTPUT. O(length written).
 */
int parley_jsonw_flush(parley_jsonw *w, FILE *f, size_t at_least);

#endif
