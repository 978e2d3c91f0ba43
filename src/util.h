/**
 * @file util.h
 * @brief Small internal helpers: a growable byte buffer, array growth, UTF-8 folding.
 */
#ifndef PARLEY_UTIL_H
#define PARLEY_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <string.h>

/** A growable, NUL-terminated byte buffer. The buffer owns @c data. */
typedef struct {
    char *data;   /**< the bytes, always NUL-terminated when non-NULL */
    size_t len;   /**< bytes used, not counting the NUL */
    size_t cap;   /**< bytes allocated */
} parley_buf;

/** @brief Append @p n bytes. Amortised O(n). @return 0 or ::PARLEY_ENOMEM. */
int parley_buf_put(parley_buf *b, const char *s, size_t n);
/** @brief Append a NUL-terminated string. Amortised O(n). @return 0 or ::PARLEY_ENOMEM. */
int parley_buf_puts(parley_buf *b, const char *s);
/** @brief Append one byte. Amortised O(1); inline when there is room. @return 0 or ::PARLEY_ENOMEM. */
static inline int parley_buf_putc(parley_buf *b, char c)
{
    if (b->len + 2 > b->cap)
        return parley_buf_put(b, &c, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return 0;
}
/** @brief Empty the buffer, keeping its memory. O(1). */
void parley_buf_clear(parley_buf *b);
/** @brief Release the buffer's memory. O(1). */
void parley_buf_free(parley_buf *b);
/** @brief Give the bytes to the caller (who frees them) and reset the buffer. O(1). */
char *parley_buf_detach(parley_buf *b);

/**
 * @brief Make room for at least @p need elements of @p size bytes in @p *arr.
 * @return 0 or ::PARLEY_ENOMEM (the array is left as it was). Amortised O(1).
 */
int parley_grow(void **arr, size_t *cap, size_t need, size_t size);

/** Grow a typed array: PARLEY_GROW(ptr, cap, need); no call when there is room already. */
#define PARLEY_GROW(arr, cap, need) \
    ((need) <= (cap) ? 0 : parley_grow((void **)&(arr), &(cap), (need), sizeof(*(arr))))

/**
 * @brief The end of the run of bytes from @p p that JSON writes as they are: printable ASCII
 * (0x20 to 0x7F) other than '"' and '\\'. Reads eight bytes at a time. O(length of the run).
 */
static inline const unsigned char *parley_json_plain_run(const unsigned char *p, const unsigned char *end)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    while (end - p >= 8) {
        uint64_t x;
        memcpy(&x, p, 8);
        /* a high bit marks a byte that is not plain; the first such byte is never missed
         * (only bytes after it can borrow), which is all this loop needs */
        uint64_t bad = ((x - ones * 0x20) | ((x ^ (ones * '"')) - ones) | ((x ^ (ones * '\\')) - ones) | x) & high;
        if (bad)
            break;
        p += 8;
    }
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
        p++;
    return p;
}

/** One bit per lower-case ASCII letter, for sets of initials: PARLEY_LETTER_BIT('j') | ... */
#define PARLEY_LETTER_BIT(c) (UINT32_C(1) << ((c) - 'a'))

/** @brief Is @p c an ASCII letter (any case) whose bit is in @p letters? O(1). */
static inline bool parley_letter_in(unsigned char c, uint32_t letters)
{
    unsigned l = (unsigned)((c | 0x20) - 'a');
    return l < 26u && (letters >> l & 1);
}

/** @brief strdup that returns NULL on NULL. The caller frees. O(n). */
char *parley_strdup(const char *s);
/** @brief Copy @p n bytes into a new NUL-terminated string. The caller frees. O(n). */
char *parley_strndup(const char *s, size_t n);

/**
 * @brief Decode one UTF-8 code point at @p s (at most @p n bytes).
 * @param[out] cp the code point, or U+FFFD when the sequence is invalid
 * @param s the bytes
 * @param n how many bytes may be read
 * @return the number of bytes consumed (1 for an invalid byte); 0 when n is 0. O(1).
 */
size_t parley_utf8_decode(uint32_t *cp, const unsigned char *s, size_t n);

/** @brief Encode @p cp as UTF-8 into @p out (4 bytes at most). @return bytes written. O(1). */
size_t parley_utf8_encode(char *out, uint32_t cp);

/**
 * @brief Append a folded copy of @p s to @p out: lower case, Latin accents removed
 * ("Błaszczak" → "blaszczak"), other bytes kept. O(n).
 * @return 0 or ::PARLEY_ENOMEM.
 */
int parley_fold(parley_buf *out, const char *s, size_t n);

/** @brief Is @p cp a letter as far as name detection goes (ASCII letters, Latin, Cyrillic, …)? */
bool parley_is_letter(uint32_t cp);
/** @brief Is @p cp an upper-case letter (ASCII, Latin-1, Latin Extended-A, Cyrillic)? */
bool parley_is_upper(uint32_t cp);

/** @brief A copy of @p n bytes as valid UTF-8: invalid bytes and NUL become U+FFFD. The caller
 * frees. O(n). @return the copy, or NULL when out of memory. */
char *parley_utf8_clean(const char *s, size_t n);

/** @brief Levenshtein distance of two byte strings, capped at @p cap + 1. O(n·m). */
int parley_edit_distance(const char *a, const char *b, int cap);

/** @brief Does @p text (a title: "Defense Minister") hold the word @p w of @p n bytes, case aside,
 * after a space, a hyphen or the start and before a space or the end? NULL text holds nothing.
 * O(length of text). */
bool parley_text_holds_word(const char *text, const char *w, size_t n);

#endif
