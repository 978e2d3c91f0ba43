/**
 * @file text.h
 * @brief Tokens and sentences of a normalised text, with byte offsets.
 */
#ifndef PARLEY_TEXT_H
#define PARLEY_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <string.h>

/** Token kinds. */
typedef enum { PARLEY_TOK_WORD = 1, PARLEY_TOK_NUM = 2, PARLEY_TOK_PUNCT = 3 } parley_token_kind;

/** Token flags. */
enum {
    PARLEY_TOK_CAP = 1,        /**< starts with an upper-case letter */
    PARLEY_TOK_ALLCAPS = 2,    /**< two or more letters, all upper case */
    PARLEY_TOK_SPACE = 4,      /**< white space before it */
    PARLEY_TOK_NEWLINE = 8,    /**< a line break before it */
    PARLEY_TOK_ABBREV = 16,    /**< ends with its own period ("Gen.", "J.", "U.S.") */
    PARLEY_TOK_PARA = 32,      /**< a blank line before it */
    PARLEY_TOK_ASCII = 64      /**< every byte is ASCII (its folded form is its lower-case form) */
};

/** A token: bytes [start, end) of the text. */
typedef struct {
    uint32_t start, end;
    uint8_t kind;
    uint8_t flags;
} parley_token;

/** A sentence: tokens [tok_begin, tok_end), bytes [start, end). */
typedef struct {
    uint32_t tok_begin, tok_end;
    uint32_t start, end;
    bool headline;            /**< a title-case line without final punctuation */
    bool item;                /**< an item of a list: opens with "-", "*" or a bullet */
} parley_sentence;

/** The tokens and sentences of one text. The arrays belong to the structure. */
typedef struct {
    const char *text;          /**< the text (not owned) */
    parley_token *tokens;
    size_t n_tokens, cap_tokens;
    parley_sentence *sentences;
    size_t n_sentences, cap_sentences;
} parley_text;

/**
 * @brief Split @p text (of @p len bytes) into tokens and sentences.
 *
 * Sentences end at `.`, `!` and `?` before a capital, a digit or a quote (also with no space
 * in between, as in "News.Az.He"), and at every line break. Abbreviations ("Gen.", "Col.",
 * "Mr.", "Jan.", "U.S.", single initials as in "J. Burchuladze") do not end sentences.
 *
 * @param[out] out the tokens and sentences; release with parley_text_free()
 * @param text the normalised text (borrowed: it must outlive @p out)
 * @param len its length in bytes
 * @return 0 or ::PARLEY_ENOMEM. O(len).
 */
int parley_text_split(parley_text *out, const char *text, size_t len);

/**
 * @brief Decides whether a word (without its period) is an abbreviation, beyond the built-in
 * ones; @p ud is what was given to parley_text_split_with().
 */
typedef bool (*parley_text_abbrev_fn)(const char *word, size_t len, const void *ud);

/**
 * @brief As parley_text_split(), with more abbreviations: a word for which @p abbrev returns
 * true keeps its period and does not end a sentence ("Spc. Isiah Booker"). @p abbrev may be NULL.
 * O(len) calls of @p abbrev at most.
 */
int parley_text_split_with(parley_text *out, const char *text, size_t len, parley_text_abbrev_fn abbrev,
                           const void *ud);

/** @brief Release the arrays of a parley_text. O(1). */
void parley_text_free(parley_text *t);

/** @brief Length of token @p i in bytes. */
static inline size_t parley_text_tok_len(const parley_text *t, size_t i)
{
    return t->tokens[i].end - t->tokens[i].start;
}

/**
 * @brief Does token @p i have exactly the text @p s? O(length).
 *
 * Inline, and the length is compared first: with a literal @p s the compiler knows its length, so
 * most tokens are rejected by one comparison (these calls run for nearly every token).
 */
static inline bool parley_text_tok_is(const parley_text *t, size_t i, const char *s)
{
    size_t n = strlen(s);
    return parley_text_tok_len(t, i) == n && memcmp(t->text + t->tokens[i].start, s, n) == 0;
}

/**
 * @brief Is token @p i a word of at least @p min bytes (and 4) that ends in "ing", a participle or
 * a gerund ("visiting", "returning")? O(1).
 */
static inline bool parley_text_tok_ing(const parley_text *t, size_t i, size_t min)
{
    size_t n = parley_text_tok_len(t, i);
    return n >= min && n >= 4 && memcmp(t->text + t->tokens[i].end - 3, "ing", 3) == 0;
}

/**
 * @brief Is token @p i a possessive: "'s", or the apostrophe after a plural's s ("Belarus'
 * Security Council", "the ministers' talks", a word token of its own)? O(1).
 */
static inline bool parley_text_tok_poss(const parley_text *t, size_t i)
{
    size_t n = parley_text_tok_len(t, i);
    const char *p = t->text + t->tokens[i].start;
    return p[0] == '\'' && ((n == 2 && p[1] == 's') || (n == 1 && t->tokens[i].kind == PARLEY_TOK_WORD));
}

/** @brief Do tokens @p a and @p b read the same bytes? O(length). */
static inline bool parley_text_tok_same(const parley_text *t, size_t a, size_t b)
{
    size_t n = parley_text_tok_len(t, a);
    return parley_text_tok_len(t, b) == n && memcmp(t->text + t->tokens[a].start, t->text + t->tokens[b].start, n) == 0;
}

/**
 * @brief Does token @p i read @p s, ignoring the case of ASCII letters (as strncasecmp() in the
 * C locale)? @p s is lower case. O(length); inline, length first, as parley_text_tok_is().
 */
/* Always inlined: with a literal word the length is a constant and the loop unrolled, which the
 * compiler's size limits would otherwise decide differently from one build of a large caller to
 * the next (measured: 12M more instructions on 2k articles when date_at() called it instead). */
#if defined(__GNUC__)
#define PARLEY_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define PARLEY_ALWAYS_INLINE inline
#endif

static PARLEY_ALWAYS_INLINE bool parley_text_tok_is_ci(const parley_text *t, size_t i, const char *s)
{
    size_t n = strlen(s);
    if (parley_text_tok_len(t, i) != n)
        return false;
    const unsigned char *p = (const unsigned char *)t->text + t->tokens[i].start;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = p[k], w = (unsigned char)s[k];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (w >= 'A' && w <= 'Z' ? w + 32 : w))
            return false;
    }
    return true;
}

/**
 * @brief Does token @p i read one of the lower-case words of the NULL-terminated list @p ws,
 * ignoring the case of ASCII letters? The first letter is compared before the rest.
 * O(list length).
 */
static inline bool parley_text_tok_in_ci(const parley_text *t, size_t i, const char *const *ws)
{
    unsigned char c0 = (unsigned char)t->text[t->tokens[i].start];
    c0 = c0 >= 'A' && c0 <= 'Z' ? (unsigned char)(c0 + 32) : c0;
    for (size_t k = 0; ws[k]; k++)
        if ((unsigned char)ws[k][0] == c0 && parley_text_tok_is_ci(t, i, ws[k]))
            return true;
    return false;
}

#endif
