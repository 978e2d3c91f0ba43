#include "util.h"
#include "error.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *parley_error_string(int err)
{
    switch (err) {
    case PARLEY_OK: return "success";
    case PARLEY_ENOMEM: return "out of memory";
    case PARLEY_EIO: return "cannot read input";
    case PARLEY_EINPUT: return "malformed input";
    case PARLEY_EUSAGE: return "invalid arguments";
    case PARLEY_EGRAPH: return "graph library error";
    case PARLEY_EOUTPUT: return "cannot write output";
    case PARLEY_ENOTFOUND: return "not found";
    default: return "unknown error";
    }
}

int parley_grow(void **arr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    /* a first allocation of at least 64 bytes: most strings and small arrays never grow again */
    size_t ncap = *cap ? *cap : size < 8 ? 64 / size : 8;
    while (ncap < need)
        ncap *= 2;
    void *p = realloc(*arr, ncap * size);
    if (!p)
        return PARLEY_ENOMEM;
    *arr = p;
    *cap = ncap;
    return 0;
}

int parley_buf_put(parley_buf *b, const char *s, size_t n)
{
    if (PARLEY_GROW(b->data, b->cap, b->len + n + 1) < 0)
        return PARLEY_ENOMEM;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int parley_buf_puts(parley_buf *b, const char *s) { return parley_buf_put(b, s, strlen(s)); }

void parley_buf_clear(parley_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void parley_buf_free(parley_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

char *parley_buf_detach(parley_buf *b)
{
    char *d = b->data;
    if (!d)
        d = parley_strdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

char *parley_strdup(const char *s)
{
    return s ? parley_strndup(s, strlen(s)) : NULL;
}

char *parley_strndup(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

size_t parley_utf8_decode(uint32_t *cp, const unsigned char *s, size_t n)
{
    if (n == 0)
        return 0;
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v, min;
    if ((c & 0xE0) == 0xC0) { len = 2; v = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; v = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; v = c & 0x07; min = 0x10000; }
    else { *cp = 0xFFFD; return 1; }
    if (len > n) { *cp = 0xFFFD; return 1; }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) { *cp = 0xFFFD; return 1; }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) { *cp = 0xFFFD; return 1; }
    *cp = v;
    return len;
}

size_t parley_utf8_encode(char *out, uint32_t cp)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* ASCII base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A);
 * '\0' where the character has no single-letter base. */
static const char latin_base[] =
    "AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTs"   /* C0..DF */
    "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty"   /* E0..FF */
    "AaAaAaCcCcCcCcDd" "DdEeEeEeEeEeGgGg"   /* 100..11F */
    "GgGgHhHhIiIiIiIi" "IiJjJjKkkLlLlLlL"   /* 120..13F */
    "lLlNnNnNnnNnOoOo" "OoOoRrRrRrSsSsSs"   /* 140..15F */
    "SsTtTtTtUuUuUuUu" "UuUuWwYyYZzZzZzs";  /* 160..17F */

static uint32_t fold_cp(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    if (cp >= 0xC0 && cp <= 0x17F) {
        char b = latin_base[cp - 0xC0];
        if (b)
            return (uint32_t)((b >= 'A' && b <= 'Z') ? b + 32 : b);
        return cp == 0xD7 ? 'x' : cp == 0xF7 ? '/' : cp;
    }
    /* Latin Extended-B and Additional letters of names written in Latin script: pinyin's carons
     * (ǎ, ǔ), Romanian's comma below (ș, ț), Vietnamese's horn and stacked marks (ơ, ư, ễ, ộ) */
    if (cp >= 0x1CD && cp <= 0x1DC)
        return (uint32_t)"aaiioouuuuuuuuuu"[cp - 0x1CD];
    if (cp >= 0x218 && cp <= 0x21B)
        return cp < 0x21A ? 's' : 't';
    if (cp == 0x1A0 || cp == 0x1A1)
        return 'o';
    if (cp == 0x1AF || cp == 0x1B0)
        return 'u';
    if (cp >= 0x1EA0 && cp <= 0x1EF9)
        return cp <= 0x1EB7 ? 'a' : cp <= 0x1EC7 ? 'e' : cp <= 0x1ECB ? 'i' : cp <= 0x1EE3 ? 'o' : cp <= 0x1EF1 ? 'u' : 'y';
    if (cp >= 0x410 && cp <= 0x42F)   /* Cyrillic capitals */
        return cp + 0x20;
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x60 || cp == 0xB4 || cp == 0x2BB || cp == 0x2BC)
        return '\'';
    if (cp >= 0x2010 && cp <= 0x2015)
        return '-';
    return cp;
}

int parley_fold(parley_buf *out, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* ASCII is copied without decoding, into room reserved for the rest of the input */
        if (PARLEY_GROW(out->data, out->cap, out->len + (n - i) + 1) < 0)
            return PARLEY_ENOMEM;
        /* locals, not out->data[out->len++]: a char store may alias the buffer's fields, which
         * would reload them for every byte */
        char *o = out->data + out->len, *o0 = o;
        while (i < n && p[i] < 0x80) {
            unsigned char c = p[i++];
            *o++ = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c == '`' ? '\'' : c);
        }
        *o = '\0';
        out->len += (size_t)(o - o0);
        if (i >= n)
            break;
        uint32_t cp;
        size_t k = parley_utf8_decode(&cp, p + i, n - i);
        char tmp[4];
        uint32_t f = fold_cp(cp);
        if (cp == 0xDF || cp == 0xC6 || cp == 0xE6) {
            if (parley_buf_puts(out, cp == 0xDF ? "ss" : "ae") < 0)
                return PARLEY_ENOMEM;
        } else if (parley_buf_put(out, tmp, parley_utf8_encode(tmp, f)) < 0) {
            return PARLEY_ENOMEM;
        }
        i += k;
    }
    return 0;
}

bool parley_is_letter(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    if (cp == 0xD7 || cp == 0xF7)
        return false;
    return (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x52F) ||
           (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x590 && cp <= 0x6FF) ||
           /* IPA and the modifier letters: the okina of "Nukuʻalofa" (folded to an apostrophe) */
           (cp >= 0x250 && cp <= 0x2C1) || (cp >= 0x2C6 && cp <= 0x2D1) || (cp >= 0x2E0 && cp <= 0x2E4) ||
           (cp >= 0x4E00 && cp <= 0x9FFF);
}

bool parley_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp >= 0xC0 && cp <= 0xDE)
        return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F) {
        /* Latin Extended-A alternates capital/small, with a shift at U+0138 and U+0149 */
        if (cp >= 0x139 && cp <= 0x148)
            return cp % 2 == 1;
        if (cp >= 0x178 && cp <= 0x17E)
            return cp == 0x178 || cp % 2 == 1;
        return cp % 2 == 0 && cp != 0x138;
    }
    if (cp >= 0x410 && cp <= 0x42F)
        return true;
    return false;
}

int parley_edit_distance(const char *a, const char *b, int cap)
{
    size_t n = strlen(a), m = strlen(b);
    if ((size_t)abs((int)n - (int)m) > (size_t)cap)
        return cap + 1;
    if (cap <= 1) {
        /* one edit at most: after the common prefix, the rest must match past one substitution,
         * insertion or deletion (linear, where the table below is quadratic) */
        size_t i = 0;
        while (i < n && i < m && a[i] == b[i])
            i++;
        if (i == n && i == m)
            return 0;
        if (cap == 0)
            return 1;
        bool one = n == m ? strcmp(a + i + 1, b + i + 1) == 0
                   : n > m ? strcmp(a + i + 1, b + i) == 0
                           : strcmp(a + i, b + i + 1) == 0;
        return one ? 1 : 2;
    }
    int prev[64], cur[64];
    if (m >= 63)
        return strcmp(a, b) == 0 ? 0 : cap + 1;
    for (size_t j = 0; j <= m; j++)
        prev[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        cur[0] = (int)i;
        int best = cur[0];
        for (size_t j = 1; j <= m; j++) {
            int c = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < c) c = prev[j] + 1;
            if (cur[j - 1] + 1 < c) c = cur[j - 1] + 1;
            cur[j] = c;
            if (c < best) best = c;
        }
        if (best > cap)
            return cap + 1;
        memcpy(prev, cur, (m + 1) * sizeof(int));
    }
    return prev[m] > cap ? cap + 1 : prev[m];
}

char *parley_utf8_clean(const char *s, size_t n)
{
    parley_buf b = {0};
    if (parley_buf_put(&b, "", 0) < 0)
        return NULL;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = parley_utf8_decode(&cp, (const unsigned char *)s + i, n - i);
        char enc[4];
        if (parley_buf_put(&b, enc, parley_utf8_encode(enc, cp == 0 ? 0xFFFD : cp)) < 0) {
            parley_buf_free(&b);
            return NULL;
        }
        i += k;
    }
    return parley_buf_detach(&b);
}

bool parley_text_holds_word(const char *text, const char *w, size_t n)
{
    for (const char *t = text; t && *t; t++)
        if ((t == text || t[-1] == ' ' || t[-1] == '-') && strncasecmp(t, w, n) == 0 && (t[n] == '\0' || t[n] == ' '))
            return true;
    return false;
}
