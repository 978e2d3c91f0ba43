/* One JSON Lines record read without a tree; anything unusual is declined (see jsonline.h). */
#include "jsonline.h"
#include "error.h"

#include <string.h>

typedef struct {
    const unsigned char *p, *end;
    parley_buf *out;
    int rc;       /* PARLEY_ENOMEM once memory ran out */
} scan;

enum { DECLINE = -1, MAX_DEPTH = 32 };

static void skip_ws(scan *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
        s->p++;
}

static int hex4(const unsigned char *h, uint32_t *v)
{
    uint32_t x = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char c = h[i];
        x <<= 4;
        if (c >= '0' && c <= '9') x |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') x |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') x |= (uint32_t)(c - 'A' + 10);
        else return DECLINE;
    }
    *v = x;
    return 0;
}

/* A string at s->p (the opening quote), decoded and appended to s->out. */
static int string(scan *s)
{
    s->p++;
    for (;;) {
        /* the plain run, copied at once */
        const unsigned char *r = parley_json_plain_run(s->p, s->end);
        if (r > s->p && parley_buf_put(s->out, (const char *)s->p, (size_t)(r - s->p)) < 0)
            return s->rc = PARLEY_ENOMEM;
        s->p = r;
        if (r >= s->end)
            return DECLINE;
        unsigned char c = *r;
        if (c == '"') {
            s->p++;
            return 0;
        }
        if (c < 0x20)
            return DECLINE;
        if (c >= 0x80) {
            uint32_t cp;
            size_t k = parley_utf8_decode(&cp, r, (size_t)(s->end - r));
            if (cp == 0xFFFD && k == 1) /* invalid UTF-8 */
                return DECLINE;
            if (parley_buf_put(s->out, (const char *)r, k) < 0)
                return s->rc = PARLEY_ENOMEM;
            s->p += k;
            continue;
        }
        /* an escape */
        if (s->end - r < 2)
            return DECLINE;
        char one = 0;
        switch (r[1]) {
        case '"': one = '"'; break;
        case '\\': one = '\\'; break;
        case '/': one = '/'; break;
        case 'b': one = '\b'; break;
        case 'f': one = '\f'; break;
        case 'n': one = '\n'; break;
        case 'r': one = '\r'; break;
        case 't': one = '\t'; break;
        case 'u': break;
        default: return DECLINE;
        }
        if (one) {
            if (parley_buf_putc(s->out, one) < 0)
                return s->rc = PARLEY_ENOMEM;
            s->p += 2;
            continue;
        }
        uint32_t cp, lo;
        if (s->end - r < 6 || hex4(r + 2, &cp) < 0)
            return DECLINE;
        s->p += 6;
        if (cp == 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
            return DECLINE;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            r = s->p;
            if (s->end - r < 6 || r[0] != '\\' || r[1] != 'u' || hex4(r + 2, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
                return DECLINE;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            s->p += 6;
        }
        char enc[4];
        if (parley_buf_put(s->out, enc, parley_utf8_encode(enc, cp)) < 0)
            return s->rc = PARLEY_ENOMEM;
    }
}

static int value(scan *s, int depth);

/* A value whose decoded form is not wanted: it is decoded into the scratch buffer and dropped. */
static int skip_value(scan *s, int depth)
{
    size_t mark = s->out->len;
    int rc = value(s, depth);
    if (s->out->data) {
        s->out->len = mark;
        s->out->data[mark] = '\0';
    }
    return rc;
}

static int literal(scan *s, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(s->end - s->p) < n || memcmp(s->p, word, n) != 0)
        return DECLINE;
    s->p += n;
    return 0;
}

/* Only small integers: Jansson's own errors (too big, real overflow) are left to Jansson. */
static int number(scan *s)
{
    const unsigned char *q = s->p;
    if (q < s->end && *q == '-')
        q++;
    const unsigned char *d = q;
    while (q < s->end && *q >= '0' && *q <= '9')
        q++;
    size_t nd = (size_t)(q - d);
    if (nd == 0 || nd > 18 || (nd > 1 && *d == '0'))
        return DECLINE;
    if (q < s->end && (*q == '.' || *q == 'e' || *q == 'E'))
        return DECLINE;
    s->p = q;
    return 0;
}

static int container(scan *s, int depth, bool object)
{
    if (depth >= MAX_DEPTH)
        return DECLINE;
    s->p++;
    skip_ws(s);
    if (s->p < s->end && *s->p == (object ? '}' : ']')) {
        s->p++;
        return 0;
    }
    for (;;) {
        skip_ws(s);
        if (object) {
            if (s->p >= s->end || *s->p != '"' || skip_value(s, depth + 1) < 0)
                return DECLINE;
            skip_ws(s);
            if (s->p >= s->end || *s->p != ':')
                return DECLINE;
            s->p++;
            skip_ws(s);
        }
        if (skip_value(s, depth + 1) < 0)
            return DECLINE;
        skip_ws(s);
        if (s->p >= s->end)
            return DECLINE;
        if (*s->p == ',') {
            s->p++;
            continue;
        }
        if (*s->p == (object ? '}' : ']')) {
            s->p++;
            return 0;
        }
        return DECLINE;
    }
}

static int value(scan *s, int depth)
{
    if (s->p >= s->end)
        return DECLINE;
    switch (*s->p) {
    case '"': return string(s);
    case '{': return container(s, depth, true);
    case '[': return container(s, depth, false);
    case 't': return literal(s, "true");
    case 'f': return literal(s, "false");
    case 'n': return literal(s, "null");
    default: return number(s);
    }
}

static parley_jsonline_str *field(parley_jsonline *f, const char *k, size_t n)
{
#define KEY(name) \
    if (n == sizeof(#name) - 1 && memcmp(k, #name, n) == 0) \
        return &f->name;
    KEY(id) KEY(text) KEY(date) KEY(source) KEY(title)
#undef KEY
    return NULL;
}

int parley_jsonline_read(parley_jsonline *out, parley_buf *scratch, const char *line, size_t len)
{
    memset(out, 0, sizeof(*out));
    parley_buf_clear(scratch);
    if (parley_buf_put(scratch, "", 0) < 0)
        return PARLEY_ENOMEM;
    scan s = {(const unsigned char *)line, (const unsigned char *)line + len, scratch, 0};
    skip_ws(&s);
    if (s.p >= s.end || *s.p != '{')
        return 0;
    s.p++;
    skip_ws(&s);
    bool empty = s.p < s.end && *s.p == '}';
    if (empty)
        s.p++;
    while (!empty) {
        skip_ws(&s);
        if (s.p >= s.end || *s.p != '"')
            return s.rc;
        size_t koff = scratch->len;
        if (string(&s) < 0)
            return s.rc;
        parley_jsonline_str *f = field(out, scratch->data + koff, scratch->len - koff);
        scratch->len = koff;
        scratch->data[koff] = '\0';
        skip_ws(&s);
        if (s.p >= s.end || *s.p != ':')
            return s.rc;
        s.p++;
        skip_ws(&s);
        if (f && s.p < s.end && *s.p == '"') {
            /* each wanted string ends with a NUL of its own in the scratch buffer */
            size_t voff = scratch->len;
            if (string(&s) < 0)
                return s.rc;
            if (parley_buf_putc(scratch, '\0') < 0)
                return PARLEY_ENOMEM;
            *f = (parley_jsonline_str){true, voff, scratch->len - 1 - voff};
        } else {
            if (f == &out->id)  /* a number as id: Jansson's formatting applies */
                return 0;
            if (skip_value(&s, 1) < 0)
                return s.rc;
            if (f)
                f->present = false;
        }
        skip_ws(&s);
        if (s.p >= s.end)
            return s.rc;
        if (*s.p == ',') {
            s.p++;
            continue;
        }
        if (*s.p != '}')
            return s.rc;
        s.p++;
        break;
    }
    skip_ws(&s);
    return s.p == s.end ? 1 : s.rc;
}
