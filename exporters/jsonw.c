/* The JSON text writer: Jansson's compact output, straight into a buffer. */
#include "jsonw.h"
#include "../src/error.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>


char *parley_jsonw_room(parley_jsonw *w, size_t n)
{
    if (w->rc < 0 || PARLEY_GROW(w->b.data, w->b.cap, w->b.len + n + 1) < 0) {
        w->rc = PARLEY_ENOMEM;
        return NULL;
    }
    return w->b.data + w->b.len;
}

void parley_jsonw_raw(parley_jsonw *w, const char *s, size_t n)
{
    char *p = parley_jsonw_room(w, n);
    if (p) {
        memcpy(p, s, n);
        w->b.len += n;
    }
}


/* A JSON string; invalid UTF-8 and NUL become U+FFFD, as jstr() does for the tree. */
void parley_jsonw_str(parley_jsonw *w, const char *s, size_t n)
{
    /* at most six bytes out for one byte in (a control character as \u00XX) */
    char *p = parley_jsonw_room(w, 6 * n + 2), *q = p;
    if (!p)
        return;
    *q++ = '"';
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t run = (size_t)(parley_json_plain_run(u + i, u + n) - (u + i));
        if (run) {
            memcpy(q, u + i, run);
            q += run;
            i += run;
            continue;
        }
        unsigned char c = u[i];
        if (c >= 0x80) {
            uint32_t cp;
            size_t k = parley_utf8_decode(&cp, u + i, n - i);
            q += parley_utf8_encode(q, cp);
            i += k;
            continue;
        }
        i++;
        *q++ = '\\';
        switch (c) {
        case '"': *q++ = '"'; break;
        case '\\': *q++ = '\\'; break;
        case '\b': *q++ = 'b'; break;
        case '\f': *q++ = 'f'; break;
        case '\n': *q++ = 'n'; break;
        case '\r': *q++ = 'r'; break;
        case '\t': *q++ = 't'; break;
        case 0: /* NUL is replaced, as in jstr() */
            q[-1] = (char)0xEF; *q++ = (char)0xBF; *q++ = (char)0xBD;
            break;
        default: {
            static const char hex[] = "0123456789ABCDEF";
            *q++ = 'u'; *q++ = '0'; *q++ = '0';
            *q++ = hex[c >> 4]; *q++ = hex[c & 15];
        }
        }
    }
    *q++ = '"';
    w->b.len += (size_t)(q - p);
}

void parley_jsonw_cstr(parley_jsonw *w, const char *s)
{
    if (s)
        parley_jsonw_str(w, s, strlen(s));
    else
        PARLEY_JSONW_LIT(w, "null");
}

void parley_jsonw_str_array(parley_jsonw *w, const char *const *items, size_t n)
{
    PARLEY_JSONW_LIT(w, "[");
    for (size_t k = 0; k < n; k++) {
        if (k)
            PARLEY_JSONW_LIT(w, ",");
        parley_jsonw_cstr(w, items[k]);
    }
    PARLEY_JSONW_LIT(w, "]");
}

void parley_jsonw_int(parley_jsonw *w, long long v)
{
    if (v < 0) {
        PARLEY_JSONW_LIT(w, "-");
        parley_jsonw_uint(w, (size_t)(-(v + 1)) + 1);
    } else {
        parley_jsonw_uint(w, (size_t)v);
    }
}

void parley_jsonw_uint(parley_jsonw *w, size_t v)
{
    char tmp[24], *e = tmp + sizeof(tmp), *p = e;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    parley_jsonw_raw(w, p, (size_t)(e - p));
}

/* A real as Jansson writes it with JSON_REAL_PRECISION(10). */
void parley_jsonw_real(parley_jsonw *w, double v)
{
    if (!isfinite(v)) {
        PARLEY_JSONW_LIT(w, "null");
        return;
    }
    char tmp[64];
    int n = snprintf(tmp, sizeof(tmp), "%.10g", v);
    if (n < 0 || n >= (int)sizeof(tmp) - 3) {
        w->rc = PARLEY_ENOMEM;
        return;
    }
    if (!strchr(tmp, '.') && !strchr(tmp, 'e')) {
        memcpy(tmp + n, ".0", 3);
        n += 2;
    }
    char *e = strchr(tmp, 'e');
    if (e) { /* drop a '+' and leading zeros from the exponent */
        char *d = e + 1, *r = e + 1;
        if (*r == '-')
            d++, r++;
        else if (*r == '+')
            r++;
        while (*r == '0' && r[1])
            r++;
        memmove(d, r, strlen(r) + 1);
        n = (int)strlen(tmp);
    }
    parley_jsonw_raw(w, tmp, (size_t)n);
}

int parley_jsonw_flush(parley_jsonw *w, FILE *f, size_t at_least)
{
    if (w->rc < 0)
        return w->rc;
    if (w->b.len < at_least || w->b.len == 0)
        return 0;
    int rc = fwrite(w->b.data, 1, w->b.len, f) == w->b.len ? 0 : PARLEY_EOUTPUT;
    w->b.len = 0;
    return rc;
}
