#define _GNU_SOURCE   /* memmem() */
#include "document.h"
#include "dates.h"
#include "error.h"
#include "util.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct parley_document {
    char *id, *date, *source, *title, *origin;
    bool prepared;
    char **authors;
    size_t n_authors, cap_authors;
    char *raw;
    size_t raw_len;
    char *text;
    size_t text_len;
    uint32_t *map;        /* text offset -> raw offset; text_len + 1 entries */
    size_t invalid;
    int utf16;            /* 0: UTF-8; 1: UTF-16LE; 2: UTF-16BE (with a byte-order mark) */
    const char *block_end; /* the end of the allocation d heads, which holds what was read with it */
};

/* Whether p points into the allocation d heads (compared as addresses: p may be elsewhere). */
static bool in_block(const parley_document *d, const char *p)
{
    uintptr_t a = (uintptr_t)p;
    return p && a >= (uintptr_t)(d + 1) && a < (uintptr_t)d->block_end;
}

const char *parley_document_id(const parley_document *d) { return d->id; }
const char *parley_document_origin(const parley_document *d) { return d->origin; }
bool parley_document_is_prepared(const parley_document *d) { return d->prepared; }
const char *parley_document_date(const parley_document *d) { return d->date; }
const char *parley_document_source(const parley_document *d) { return d->source; }
const char *parley_document_title(const parley_document *d) { return d->title; }
size_t parley_document_n_authors(const parley_document *d) { return d->n_authors; }
const char *parley_document_author(const parley_document *d, size_t i) { return i < d->n_authors ? d->authors[i] : NULL; }
const char *parley_document_text(const parley_document *d) { return d->text; }
size_t parley_document_text_len(const parley_document *d) { return d->text_len; }
const char *parley_document_raw(const parley_document *d) { return d->raw; }
size_t parley_document_raw_len(const parley_document *d) { return d->raw_len; }
size_t parley_document_invalid_bytes(const parley_document *d) { return d->invalid; }
const char *parley_document_encoding(const parley_document *d)
{
    return d->utf16 == 1 ? "utf-16le" : d->utf16 == 2 ? "utf-16be" : "utf-8";
}

size_t parley_document_raw_offset(const parley_document *d, size_t off)
{
    if (off > d->text_len)
        off = d->text_len;
    return d->map[off];
}

void parley_document_free(parley_document *d)
{
    if (!d)
        return;
    /* id and raw live in d's own block; so do the date, source, title and origin read with them,
     * but the text's own header may give them later */
    char *own[] = {d->date, d->source, d->title, d->origin};
    for (size_t k = 0; k < sizeof(own) / sizeof(*own); k++)
        if (!in_block(d, own[k]))
            free(own[k]);
    for (size_t i = 0; i < d->n_authors; i++)
        free(d->authors[i]);
    free(d->authors);
    free(d->text);
    free(d->map);
    free(d);
}

int parley_document_is_iso_date(const char *s)
{
    if (!s || strlen(s) < 10)
        return 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return 0;
        } else if (!isdigit((unsigned char)s[i])) {
            return 0;
        }
    }
    int m = atoi(s + 5), dd = atoi(s + 8);
    return m >= 1 && m <= 12 && dd >= 1 && dd <= 31 && (s[10] == '\0' || !isdigit((unsigned char)s[10]));
}

/* ---- normalisation ---------------------------------------------------------------- */

typedef struct {
    parley_buf out;
    uint32_t *map;
    size_t cap;
} norm_state;

/* Make room for n more bytes of text (and their map entries) and the final NUL. */
static int reserve(norm_state *st, size_t n)
{
    size_t need = st->out.len + n + 1;
    if (need <= st->cap && need <= st->out.cap)
        return 0;
    if (PARLEY_GROW(st->map, st->cap, need) < 0 || PARLEY_GROW(st->out.data, st->out.cap, need) < 0)
        return PARLEY_ENOMEM;
    return 0;
}

static int emit(norm_state *st, const char *s, size_t n, size_t raw_off)
{
    if (reserve(st, n) < 0)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        st->map[st->out.len + i] = (uint32_t)raw_off;
        st->out.data[st->out.len + i] = s[i];
    }
    st->out.len += n;
    st->out.data[st->out.len] = '\0';
    return 0;
}

/* Printable ASCII that normalisation keeps as it is (a backquote becomes an apostrophe). */
static inline bool plain_ascii(unsigned char c) { return c >= 0x20 && c < 0x7F && c != '`'; }

/* Copy the run of plain ASCII bytes at p[i..] in one go; returns where it ends. With markup,
 * '<' and '&' end a run too (a tag or an entity may start there). */
static size_t emit_ascii_run(norm_state *st, const unsigned char *p, size_t i, size_t n, int *rc, bool markup)
{
    size_t j = i;
    /* eight bytes at a time while all are printable ASCII (0x20 to 0x7E) and no backquote; a
     * high bit marks the first byte that is not (later ones may be marked wrongly: they are read
     * one by one below) */
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    for (;;) {
        while (n - j >= 8) {
            uint64_t x;
            memcpy(&x, p + j, 8);
            uint64_t bad = ((x - ones * 0x20) | (x + ones * 0x01) | ((x ^ (ones * '`')) - ones) | x) & high;
            if (markup)
                bad |= (((x ^ (ones * '<')) - ones) | ((x ^ (ones * '&')) - ones)) & high;
            if (bad)
                break;
            j += 8;
        }
        if (j < n && (plain_ascii(p[j]) || p[j] == '\n') && !(markup && (p[j] == '<' || p[j] == '&')))
            j++;   /* one byte (a line break, or one of the eight), then eight at a time again */
        else
            break;
    }
    if (j == i)
        return i;
    if ((*rc = reserve(st, j - i)) < 0)
        return i;
    memcpy(st->out.data + st->out.len, p + i, j - i);
    uint32_t *m = st->map + st->out.len;
    for (size_t k = 0; k < j - i; k++)
        m[k] = (uint32_t)(i + k);
    st->out.len += j - i;
    st->out.data[st->out.len] = '\0';
    return j;
}

/* Emit code point cp (read at raw offset off) as the normalised text has it: typographic quotes
 * and dashes as ASCII ones, spaces of every width as a space, zero-width characters and soft
 * hyphens as nothing, an ellipsis as "...", line separators as a line break, control characters
 * as a space, anything else as its UTF-8. */
static int emit_normalised(norm_state *st, uint32_t cp, size_t off)
{
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2032 || cp == '`' || cp == 0xB4 ||
        cp == 0x2BC)
        return emit(st, "'", 1, off);
    if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0xAB || cp == 0xBB || cp == 0x2033)
        return emit(st, "\"", 1, off);
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212)
        return emit(st, "-", 1, off);
    if (cp == 0xA0 || cp == 0x2007 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A) || cp == '\t' || cp == 0x3000)
        return emit(st, " ", 1, off);
    if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F || cp == 0xFEFF || cp == 0xAD ||
        cp == 0x2060 || (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0x202A && cp <= 0x202E))
        return 0;   /* zero-width characters and soft hyphens vanish */
    if (cp == 0x2026)
        return emit(st, "...", 3, off);
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x85)
        return emit(st, "\n", 1, off);
    if (cp < 0x20 && cp != '\n')
        return emit(st, " ", 1, off);
    char enc[4];
    return emit(st, enc, parley_utf8_encode(enc, cp), off);
}

/* An HTML tag at p[i] ("<p>", "</div>", "<br/>", "<a href=...>"): its length, and in *block
 * whether it breaks a line (a paragraph, a line break, a division, an item, a heading); 0 when
 * it is none. */
static size_t html_tag(const unsigned char *p, size_t i, size_t n, bool *block)
{
    size_t j = i + 1;
    if (j < n && p[j] == '/')
        j++;
    size_t name = j;
    while (j < n && j < name + 12 && isalnum(p[j]))
        j++;
    if (j == name || !isalpha(p[name]) || j >= n)
        return 0;
    size_t nl = j - name;
    size_t e = j;
    while (e < n && e < i + 300 && p[e] != '>' && p[e] != '<' && p[e] != '\n')
        e++;
    if (e >= n || p[e] != '>' || (e > j && p[j] != ' ' && p[j] != '/'))
        return 0;
    static const char *const blocks[] = {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                         "table", "section", "article", "header", "footer", "blockquote", "hr", NULL};
    static const char *const inlines[] = {"a", "b", "i", "u", "em", "strong", "span", "font", "small", "sup", "sub",
                                          "img", "figure", "figcaption", "center", "tbody", "thead", "td", "th", "time",
                                          "abbr", "cite", "mark", "picture", "source", NULL};
    *block = false;
    for (int k = 0; blocks[k] && !*block; k++)
        *block = strlen(blocks[k]) == nl && strncasecmp(blocks[k], (const char *)p + name, nl) == 0;
    bool known = *block;
    for (int k = 0; inlines[k] && !known; k++)
        known = strlen(inlines[k]) == nl && strncasecmp(inlines[k], (const char *)p + name, nl) == 0;
    return known ? e + 1 - i : 0;   /* ("<Org>" is no tag) */
}

/* An HTML entity at p[i] ("&nbsp;", "&amp;", "&#8217;"): its length, and its code point in *cp;
 * 0 when it is none. */
static size_t html_entity(const unsigned char *p, size_t i, size_t n, uint32_t *cp)
{
    size_t j = i + 1;
    while (j < n && j < i + 10 && (isalnum(p[j]) || p[j] == '#'))
        j++;
    if (j >= n || p[j] != ';' || j == i + 1)
        return 0;
    const char *w = (const char *)p + i + 1;
    size_t wl = j - i - 1;
    *cp = 0;
    if (w[0] == '#') {
        bool hex = wl > 1 && (w[1] == 'x' || w[1] == 'X');
        for (size_t k = hex ? 2 : 1; k < wl && *cp < 0x110000; k++) {
            int v = isdigit((unsigned char)w[k]) ? w[k] - '0'
                    : hex && isxdigit((unsigned char)w[k]) ? tolower((unsigned char)w[k]) - 'a' + 10
                                                            : -1;
            if (v < 0)
                return 0;
            *cp = *cp * (hex ? 16 : 10) + (uint32_t)v;
        }
        if (*cp == 0 || *cp >= 0x110000 || (*cp >= 0xD800 && *cp <= 0xDFFF))
            return 0;
    } else {
        static const struct { const char *name; uint32_t cp; } named[] = {
            {"nbsp", 0xA0}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}, {"lt", '<'}, {"gt", '>'},
            {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"ndash", 0x2013},
            {"mdash", 0x2014}, {"hellip", 0x2026}, {"eacute", 0xE9}, {"uuml", 0xFC}, {"ouml", 0xF6},
            {"auml", 0xE4}, {"ccedil", 0xE7}, {"aacute", 0xE1}, {"iacute", 0xED}, {"oacute", 0xF3}, {NULL, 0}};
        for (int k = 0; named[k].name && !*cp; k++)
            if (strlen(named[k].name) == wl && strncmp(named[k].name, w, wl) == 0)
                *cp = named[k].cp;
        if (!*cp)
            return 0;
    }
    return j + 1 - i;
}

/* Decode and normalise; fills d->text, d->map, d->invalid. */
static int normalise(parley_document *d)
{
    norm_state st = {0};
    const unsigned char *p = (const unsigned char *)d->raw;
    size_t i = 0, n = d->raw_len;
    int rc = reserve(&st, n); /* the usual size: about one byte of text for one of input */
    /* UTF-16 with a byte-order mark is decoded; offsets still point into the original bytes */
    int utf16 = n >= 2 && p[0] == 0xFF && p[1] == 0xFE ? 1 : n >= 2 && p[0] == 0xFE && p[1] == 0xFF ? 2 : 0;
    if (utf16)
        i = 2;
    d->utf16 = utf16;
    /* (tags and entities are read only in a text with a paragraph's, a line break's or a
     * division's tag: "<p>", "</p>", "<br", "<div", or an entity) */
    bool markup = false;
    for (const unsigned char *q = memchr(p, '<', n); !utf16 && q && !markup; q = memchr(q + 1, '<', n - (size_t)(q + 1 - p))) {
        size_t left = n - (size_t)(q - p);
        markup = (left >= 3 && (q[1] == 'p' || q[1] == 'P') && (q[2] == '>' || q[2] == ' ')) ||
                 (left >= 4 && q[1] == '/' && (q[2] == 'p' || q[2] == 'P') && q[3] == '>') ||
                 (left >= 4 && strncasecmp((const char *)q + 1, "br", 2) == 0 && (q[3] == '>' || q[3] == '/' || q[3] == ' ')) ||
                 (left >= 5 && strncasecmp((const char *)q + 1, "div", 3) == 0 && (q[4] == '>' || q[4] == ' '));
    }
    /* (... or with an entity of its own: a page's text stripped of its tags, "Minister&nbsp;X") */
    for (const unsigned char *q = memchr(p, '&', n); !utf16 && q && !markup; q = memchr(q + 1, '&', n - (size_t)(q + 1 - p))) {
        uint32_t ecp;
        markup = html_entity(p, (size_t)(q - p), n, &ecp) > 0;
    }
    while (i < n && rc == 0) {
        uint32_t cp;
        size_t k;
        if (utf16) {
            if (i + 1 >= n) {
                cp = 0xFFFD;
                k = 1;
            } else {
                uint32_t u = utf16 == 1 ? (uint32_t)(p[i] | p[i + 1] << 8) : (uint32_t)(p[i] << 8 | p[i + 1]);
                k = 2;
                cp = u;
                if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
                    uint32_t v = utf16 == 1 ? (uint32_t)(p[i + 2] | p[i + 3] << 8) : (uint32_t)(p[i + 2] << 8 | p[i + 3]);
                    if (v >= 0xDC00 && v <= 0xDFFF) {
                        cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                        k = 4;
                    } else {
                        cp = 0xFFFD;
                    }
                } else if (u >= 0xD800 && u <= 0xDFFF) {
                    cp = 0xFFFD;
                }
            }
            if (cp == 0xFFFD)
                d->invalid++;
            char enc[4];
            if (cp < 0x20 && cp != '\n' && cp != '\t')
                rc = emit(&st, cp == '\r' ? "" : " ", cp == '\r' ? 0 : 1, i);
            else if (cp == '\t')
                rc = emit(&st, " ", 1, i);
            else
                rc = emit(&st, enc, parley_utf8_encode(enc, cp), i);
            i += k;
            continue;
        }
        /* markup left in a text (a scraped page's "<p>", "&nbsp;"): tags become line breaks or
         * nothing, entities their characters */
        if (markup && (p[i] == '<' || p[i] == '&')) {
            bool block = false;
            uint32_t ecp = 0;
            size_t l = p[i] == '<' ? html_tag(p, i, n, &block) : html_entity(p, i, n, &ecp);
            if (l) {
                if (p[i] == '<')
                    rc = block ? emit(&st, "\n", 1, i) : 0;
                else
                    rc = emit_normalised(&st, ecp, i);   /* (as the text's own characters are) */
                i += l;
                continue;
            }
            rc = emit(&st, (const char *)p + i, 1, i);
            i++;
            continue;
        }
        if (plain_ascii(p[i]) || p[i] == '\n') {
            i = emit_ascii_run(&st, p, i, n, &rc, markup);
            continue;
        }
        k = parley_utf8_decode(&cp, p + i, n - i);
        if (cp == 0xFFFD && k == 1) {
            d->invalid++;
            rc = emit(&st, "\xEF\xBF\xBD", 3, i);
        } else if (cp == '\r') {
            /* dropped; a lone CR becomes a newline */
            if (!(i + 1 < n && p[i + 1] == '\n'))
                rc = emit(&st, "\n", 1, i);
        } else {
            rc = emit_normalised(&st, cp, i);
        }
        i += k;
    }
    if (rc == 0)
        rc = emit(&st, "", 0, n);
    if (rc == 0 && PARLEY_GROW(st.map, st.cap, st.out.len + 1) < 0)
        rc = PARLEY_ENOMEM;
    if (rc < 0) {
        parley_buf_free(&st.out);
        free(st.map);
        return rc;
    }
    st.map[st.out.len] = (uint32_t)n;
    d->text_len = st.out.len;
    d->text = parley_buf_detach(&st.out);
    d->map = st.map;
    return 0;
}

/* ---- lines ----------------------------------------------------------------------------- */

static size_t line_end(const char *t, size_t len, size_t s)
{
    const char *nl = s < len ? memchr(t + s, '\n', len - s) : NULL;
    return nl ? (size_t)(nl - t) : s < len ? len : s;
}

static void blank(char *t, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (t[i] != '\n')
            t[i] = ' ';
}

static bool is_blank_line(const char *t, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (!isspace((unsigned char)t[i]))
            return false;
    return true;
}

static int add_author(parley_document *d, const char *s, size_t n)
{
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    if (!n)
        return 0;
    /* a desk is no author: "Our Diplomatic Correspondent", "Staff Reporter", "News Desk" */
    static const char *const desks[] = {"Our", "Staff", "Correspondent", "Correspondents", "Reporter", "Reporters",
                                        "Desk", "Bureau", "Agencies", "Editor", "Editors", "Team", "Writer", NULL};
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !isspace((unsigned char)s[j]))
            j++;
        for (int k = 0; desks[k]; k++)
            if (strlen(desks[k]) == j - i && memcmp(desks[k], s + i, j - i) == 0)
                return 0;
        while (j < n && isspace((unsigned char)s[j]))
            j++;
        i = j;
    }
    for (size_t i = 0; i < d->n_authors; i++)
        if (strlen(d->authors[i]) == n && memcmp(d->authors[i], s, n) == 0)
            return 0;
    if (PARLEY_GROW(d->authors, d->cap_authors, d->n_authors + 1) < 0)
        return PARLEY_ENOMEM;
    if (!(d->authors[d->n_authors] = parley_strndup(s, n)))
        return PARLEY_ENOMEM;
    d->n_authors++;
    return 0;
}

/* Is t[s..] a run of 2-4 capitalised name words? Returns its end, or 0. */
static size_t name_run(const char *t, size_t s, size_t e, int *nwords)
{
    size_t i = s, last = 0;
    int w = 0;
    while (i < e && w < 5) {
        unsigned char c = (unsigned char)t[i];
        /* a lower-case particle between name words: "Thomas de Waal", "Ursula von der Leyen" */
        if (w > 0 && islower(c)) {
            static const char *const particles[] = {"de", "da", "di", "du", "del", "der", "den", "van", "von",
                                                    "la", "le", "dos", "das", "bin", "ibn", "al", NULL};
            size_t k = i;
            while (k < e && islower((unsigned char)t[k]))
                k++;
            bool particle = false;
            for (int p = 0; particles[p] && !particle && k - i <= 3; p++)
                particle = particles[p][0] == t[i] && strlen(particles[p]) == k - i && strncmp(t + i, particles[p], k - i) == 0;
            if (!particle || k >= e || t[k] != ' ' || k + 1 >= e || !isupper((unsigned char)t[k + 1]))
                break;
            i = k + 1;
            continue;
        }
        if (!(isupper(c) || c >= 0xC0))
            break;
        size_t j = i + 1;
        while (j < e && (isalpha((unsigned char)t[j]) || (unsigned char)t[j] >= 0x80 || t[j] == '\'' || t[j] == '-' ||
                         (t[j] == '.' && j == i + 1)))
            j++;
        if (j - i < 2)
            break;
        w++;
        /* an initial glued to the surname counts as a word of its own: "B.Tsolmon" */
        if (j - i > 3 && t[i + 1] == '.' && isupper((unsigned char)t[i + 2]))
            w++;
        last = j;
        if (j < e && t[j] == ' ')
            i = j + 1;
        else
            break;
    }
    *nwords = w;
    return w ? last : 0;
}

/* The credits of a wire story, one after another on a line: "Reporting by X; Editing by Y". */
static const char *const wire_credits[] = {"Editing by ", "Additional reporting by ", "Writing by ", "Reporting by ", NULL};

static const char *const credit_words[] = {"journalist", "correspondent", "reporter", "writer", "editor",
                                           "columnist", "contributor", "photographer", NULL};

static bool starts_with_at(const char *t, size_t s, size_t e, const char *p);

/* Does the next non-blank line after the one ending at e open with a dateline ("RAWALPINDI:",
 * "NEW DELHI") or say a date ("Jakarta ● Tue, February 20, 2024")? */
static bool dateline_below(const parley_document *d, size_t e)
{
    const char *t = d->text;
    size_t q = e;
    while (q < d->text_len && (t[q] == '\n' || t[q] == ' ' || t[q] == '\r'))
        q++;
    size_t w = q;
    while (w < d->text_len && (isupper((unsigned char)t[w]) || t[w] == '-'))
        w++;
    if (w - q >= 3 && (w == d->text_len || t[w] == ':' || t[w] == ',' || t[w] == '\n' || t[w] == ' ' || t[w] == '\r') &&
        !(w < d->text_len && t[w] == ' ' && w + 1 < d->text_len && islower((unsigned char)t[w + 1])))
        return true;
    /* (a month's name and a year in the line's first 48 bytes) */
    size_t le = q;
    while (le < d->text_len && t[le] != '\n' && le < q + 48)
        le++;
    bool month = false, year = false;
    for (size_t k = q; k < le; k++) {
        if (isupper((unsigned char)t[k]) && (k == q || t[k - 1] == ' ')) {
            size_t j = k;
            while (j < le && isalpha((unsigned char)t[j]))
                j++;
            month |= parley_date_month_name(t + k, j - k) > 0;
        }
        year |= k + 4 <= le && (t[k] == '1' || t[k] == '2') && isdigit((unsigned char)t[k + 1]) &&
                isdigit((unsigned char)t[k + 2]) && isdigit((unsigned char)t[k + 3]) && (k + 4 == le || !isdigit((unsigned char)t[k + 4]));
    }
    return month && year;
}

/* "By X Y" (alone on a line, or after a header date), "Reporting by X Y", "X Y is AzerNews'
 * staff journalist": record the author and blank the credit; with @p top (a line right under the
 * headline), a name alone over the dateline. Returns 0 or an error. */
static int scan_byline(parley_document *d, size_t s, size_t e, bool top)
{
    char *t = d->text;
    while (s < e && t[s] == ' ')
        s++;
    /* "(Reporting by X; Editing by Y)": a wire story's credits in brackets */
    size_t s0 = s, e0 = e, te = e;
    while (te > s && (t[te - 1] == ' ' || t[te - 1] == '\r'))
        te--;
    if (te - s > 4 && t[s] == '(' && t[te - 1] == ')') {
        s++;
        e = te - 1;
    }
    const char *prefixes[] = {"By ", "BY ", "Reporting by ", "Written by ", "Author: ", "Text by ", "Reporter: ",
                              "Editor: ", "Writer: ", "Edited by ", "Interview by ", "Compiled by ", "Photos by ",
                              "Story by ", "Report by ", "Writing by ", "Additional reporting by ", NULL};
    /* the credits of a wire story follow one another: "Reporting by X; Editing by Y" */
    const char *const *more = wire_credits;
    for (int k = 0; prefixes[k]; k++) {
        if (s >= e || t[s] != prefixes[k][0])
            continue;
        size_t pl = strlen(prefixes[k]);
        if (e - s > pl && strncmp(t + s, prefixes[k], pl) == 0) {
            /* "By political reporter Jake Evans", "By chief foreign correspondent X": a desk's
             * words in lower case, ending in a credit word, before the name */
            if (k == 0) {
                size_t q = s + pl;
                for (int words = 0; words < 4 && q < e && islower((unsigned char)t[q]); words++) {
                    size_t we = q;
                    while (we < e && t[we] != ' ')
                        we++;
                    bool credit = false;
                    for (int c = 0; credit_words[c] && !credit; c++)
                        credit = starts_with_at(t, q, we, credit_words[c]);
                    while (we < e && t[we] == ' ')
                        we++;
                    if (credit) {
                        pl = we - s;
                        break;
                    }
                    q = we;
                }
            }
            int w;
            size_t ne = name_run(t, s + pl, e, &w);
            if (!ne)
                continue;
            /* "By Patrick Wintour Diplomatic editor": the desk's word before a credit word in
             * lower case is no part of the name */
            size_t cw = ne;
            while (cw < e && t[cw] == ' ')
                cw++;
            for (int c = 0; w >= 3 && credit_words[c]; c++)
                if (starts_with_at(t, cw, e, credit_words[c])) {
                    size_t sp = ne;
                    while (sp > s + pl && t[sp - 1] != ' ')
                        sp--;
                    while (sp > s + pl && t[sp - 1] == ' ')
                        sp--;
                    ne = sp;
                    w--;
                    break;
                }
            /* the rest of the line must be empty, a separator, or more credits */
            size_t r = ne, extra[4][2];
            int n_extra = 0;
            for (;;) {
                /* "Reporting by X in Baku; Writing by Y": where the reporter was */
                if (e - r > 5 && strncmp(t + r, " in ", 4) == 0 && isupper((unsigned char)t[r + 4])) {
                    size_t q = r + 4;
                    while (q < e && t[q] != ';' && t[q] != ',' && t[q] != '|' && q < r + 40)
                        q++;
                    if (q < e)
                        r = q;
                }
                while (r < e && (t[r] == ' ' || t[r] == ',' || t[r] == '|' || t[r] == ';'))
                    r++;
                int found = -1;
                for (int q = 0; more[q] && found < 0 && n_extra < 4; q++)
                    if (e - r > strlen(more[q]) && strncmp(t + r, more[q], strlen(more[q])) == 0)
                        found = q;
                /* "Reporting by A and B": a second name of the same credit */
                size_t and_len = e - r > 4 && strncmp(t + r, "and ", 4) == 0 ? 4 : 0;
                if (found < 0 && (!and_len || n_extra >= 4))
                    break;
                size_t nb = r + (found >= 0 ? strlen(more[found]) : and_len);
                int w2;
                size_t ne2 = name_run(t, nb, e, &w2);
                if (!ne2)
                    break;
                if (w2 >= 2) {
                    extra[n_extra][0] = nb;
                    extra[n_extra++][1] = ne2;
                }
                r = ne2;
            }
            if (r < e && e - s > 60)
                continue;
            if (w >= 2) {
                int rc = add_author(d, t + s + pl, ne - s - pl);
                if (rc < 0)
                    return rc;
            }
            for (int x = 0; x < n_extra; x++) {
                int rc = add_author(d, t + extra[x][0], extra[x][1] - extra[x][0]);
                if (rc < 0)
                    return rc;
            }
            blank(t, s0, e0);
            return 0;
        }
    }
    /* a wire story's closing credit: "Associated Press writers A and B in Athens contributed." */
    {
        size_t le = e;
        while (le > s && (t[le - 1] == ' ' || t[le - 1] == '\r'))
            le--;
        static const char *const ends[] = {" contributed.", " contributed to this report.", " contributed reporting.",
                                           " contributed to this story.", NULL};
        size_t ce = 0;
        /* (a quick look first: a period after "d", "t", "g" or "y" ends every form) */
        bool may = le - s > 13 && t[le - 1] == '.' &&
                   (t[le - 2] == 'd' || t[le - 2] == 't' || t[le - 2] == 'g' || t[le - 2] == 'y');
        for (int k = 0; may && ends[k] && !ce; k++) {
            size_t kl = strlen(ends[k]);
            if (le - s > kl && le - s < 200 && memcmp(t + le - kl, ends[k], kl) == 0)
                ce = le - kl;
        }
        /* the names after the last credit word ("writer", "reporters"), else from the line's start */
        size_t from = s;
        for (size_t q = s; ce && q < ce; q++)
            for (int c = 0; credit_words[c]; c++) {
                size_t cl = strlen(credit_words[c]);
                if ((q == s || t[q - 1] == ' ') && starts_with_at(t, q, ce, credit_words[c])) {
                    size_t r = q + cl + (q + cl < ce && t[q + cl] == 's');
                    if (r < ce && t[r] == ' ')
                        from = r + 1;
                }
            }
        int found = 0;
        for (size_t q = from; ce && q < ce;) {
            int w2;
            size_t ne2 = name_run(t, q, ce, &w2);
            if (!ne2 || w2 < 2)
                break;
            int rc = add_author(d, t + q, ne2 - q);
            if (rc < 0)
                return rc;
            found++;
            q = ne2;
            /* ", " or " and " before the next name; " in Athens" ends the names */
            if (q + 2 < ce && t[q] == ',' && t[q + 1] == ' ')
                q += 2;
            else if (q + 5 < ce && strncmp(t + q, " and ", 5) == 0)
                q += 5;
            else
                break;
        }
        if (found) {
            blank(t, s0, e0);
            return 0;
        }
    }
    /* credit line: "Name Name is ... journalist" */
    int w;
    size_t ne = name_run(t, s, e, &w);
    /* a byline of a name alone over the line of its date: "Baqir Sajjad Syed" over "Published
     * August 14, 2024" */
    size_t le2 = e;
    while (le2 > s && (t[le2 - 1] == ' ' || t[le2 - 1] == '\r'))
        le2--;
    /* (not a short headline in title case: "Dar Meets Araghchi") */
    static const char *const headline_words[] = {"Meets", "Meet", "Met", "Holds", "Held", "Talks", "Visit", "Visits", "Calls",
                                                 "Discuss", "Discusses", "Says", "Signs", "Sign", "Agree", "Agrees", "Urges",
                                                 "Vows", "Seeks", "Ties", "Deal", "Pact", "Summit", "Minister", "President",
                                                 "PM", "FM", "Army", "Chief", "News", "Defence", "Defense", "Forces", "Navy",
                                                 NULL};
    bool dated_below = ne && ne == le2 && w >= 2 && w <= 4 && e < d->text_len && t[e] == '\n' &&
                       (starts_with_at(t, e + 1, d->text_len, "Published ") || starts_with_at(t, e + 1, d->text_len, "Updated "));
    /* "Mehtab Haider" over "RAWALPINDI: ...", "Yvette Tanamal (The Jakarta Post)" over "Jakarta ●
     * Tue, February 20, 2024": a name alone under the headline, over the dateline, that the story
     * does not name again */
    if (!dated_below && top && ne && w >= 2 && w <= 3 && e < d->text_len) {
        size_t r = ne;
        if (r + 2 < le2 && t[r] == ' ' && t[r + 1] == '(' && t[le2 - 1] == ')' && le2 - r < 40)
            r = le2;
        size_t sp = ne;   /* the last name word */
        while (sp > s && t[sp - 1] != ' ')
            sp--;
        bool lower = false;   /* (not a desk in capitals: "ARAB NEWS") */
        for (size_t k = s; k < ne && !lower; k++)
            lower = islower((unsigned char)t[k]);
        dated_below = r == le2 && lower && dateline_below(d, e) && ne - sp >= 3 &&
                      !memmem(t + e, d->text_len - e, t + sp, ne - sp);
    }
    /* "Olena Hrazhdan | Kyiv Post", "Jane Doe | Staff Writer": a name, a bar, and the outlet the
     * document is from or a credit word, alone on a short line */
    if (!dated_below && ne && w >= 2 && w <= 4 && le2 - s < 80) {
        size_t r = ne;
        while (r < le2 && t[r] == ' ')
            r++;
        if (r < le2 && t[r] == '|') {
            r++;
            while (r < le2 && t[r] == ' ')
                r++;
            bool credit = d->source && strlen(d->source) == le2 - r && strncasecmp(t + r, d->source, le2 - r) == 0;
            for (size_t q = r; !credit && q < le2 && le2 - r < 40; q++)
                for (int c = 0; credit_words[c] && !credit; c++)
                    credit = (q == r || t[q - 1] == ' ') && strncasecmp(t + q, credit_words[c], strlen(credit_words[c])) == 0;
            dated_below = credit && r < le2;
        }
    }
    bool headline = false;
    for (int k = 0; dated_below && headline_words[k] && !headline; k++) {
        size_t kl = strlen(headline_words[k]);
        for (size_t q = s; q + kl <= ne && !headline; q++)
            headline = (q == s || t[q - 1] == ' ') && strncmp(t + q, headline_words[k], kl) == 0 &&
                       (q + kl == ne || t[q + kl] == ' ');
    }
    if (dated_below && !headline) {
        int rc = add_author(d, t + s, ne - s);
        if (rc < 0)
            return rc;
        blank(t, s0, e0);
        return 0;
    }
    if (ne && w >= 2 && w <= 4 && e - ne > 4 && strncmp(t + ne, " is ", 4) == 0) {
        size_t le = e - s < 200 ? e : s + 200;
        for (int k = 0; credit_words[k]; k++) {
            size_t kl = strlen(credit_words[k]);
            if (le > ne && memmem(t + ne, le - ne, credit_words[k], kl)) {
                int rc = add_author(d, t + s, ne - s);
                if (rc < 0)
                    return rc;
                blank(t, s0, e0);
                return 0;
            }
        }
    }
    return 0;
}

static const char *const clutter_end[] = {
    "Follow us on", "Related News", "Related news", "Related Articles", "Related articles", "Source link",
    "What do you think?", "Leave a Reply", "Leave a reply", "A letter from the Editor", "Read more:",
    "Read also:", "Share this", "Share on", "Tags:", "Subscribe to", "Sign up for", "All rights reserved",
    "Copyright ©", "Aggregated by", "Click here", "Also Read", "Recommended", "Our Standards:", NULL};

static const char *const clutter_line[] = {"Rate it", "News Archives", "Print", "Email", "---", "—", "-",
                                           "Advertisement", "ADVERTISEMENT", NULL};

static bool starts_with_at(const char *t, size_t s, size_t e, const char *p)
{
    size_t pl = strlen(p);
    return e - s >= pl && strncmp(t + s, p, pl) == 0;
}

/* Is the line [a, e) a link to another story ("Also Read: ...", "READ ALSO | ...") with the story
 * going on after it: a line of prose (a sentence's period, 100 bytes or more) among the next
 * three lines? */
static bool aside_link_line(const char *t, size_t len, size_t a, size_t e)
{
    static const char *const links[] = {"Also Read", "Also read", "ALSO READ", "Read also", "Read Also", "READ ALSO",
                                        "Read more", "Read More", "READ MORE", "READ:", "Read:", "READ |", "See also",
                                        "SEE ALSO", "Related:", "RELATED:", "WATCH:", "Watch:", NULL};
    bool link = false;
    for (int k = 0; links[k] && !link; k++)
        link = t[a] == links[k][0] && starts_with_at(t, a, e, links[k]);
    if (!link)
        return false;
    size_t q = e + 1;
    for (int n = 0; n < 3 && q < len;) {
        size_t qe = line_end(t, len, q);
        size_t w = q;
        while (w < qe && (t[w] == ' ' || t[w] == '\r'))
            w++;
        if (w < qe) {
            n++;
            bool period = false;
            for (size_t k = w; k + 1 < qe && !period; k++)
                period = t[k] == '.' && t[k + 1] == ' ';
            if (qe - w >= 100 && (period || t[qe - 1] == '.' || t[qe - 1] == '"'))
                return true;
        }
        q = qe + 1;
    }
    return false;
}

/* a line that is a bare site name such as "News.Az" or "AzerNews" */
static bool is_site_line(const char *t, size_t s, size_t e)
{
    while (s < e && t[s] == ' ')
        s++;
    while (e > s && t[e - 1] == ' ')
        e--;
    if (e - s == 0 || e - s > 30)
        return false;
    bool dot = false;
    for (size_t i = s; i < e; i++) {
        if (t[i] == ' ')
            return false;
        if (t[i] == '.')
            dot = true;
    }
    return dot && isalpha((unsigned char)t[e - 1]);
}

static bool date_line(const char *t, size_t s, size_t e, char *out);

/* A line of at most 60 bytes of a place or a credit, a comma and a date ("Helsinki, 3 March 2026",
 * "Daily Monitor, 2 March 2025"): the date in out (11 bytes), or false. O(e - s). */
static bool place_then_date(const char *t, size_t s, size_t e, char *out)
{
    const char *comma = e - s <= 60 ? memchr(t + s, ',', e - s) : NULL;
    if (!comma || comma == t + s || !isupper((unsigned char)t[s]))
        return false;
    size_t k = (size_t)(comma - t) + 1;
    while (k < e && t[k] == ' ')
        k++;
    return e - k >= 8 && e - k <= 40 && date_line(t, k, e, out);
}

/* A line of a date, a comma and a place of one to four capitalised words ("December 26, 2024, St
 * Petersburg", "26 December 2024, Moscow"): the date in out (11 bytes), or false. O(e - s). */
static bool date_then_place(const char *t, size_t s, size_t e, char *out)
{
    /* the place: after the line's last comma */
    size_t c = e;
    while (c > s && t[c - 1] != ',')
        c--;
    if (c <= s + 8 || e - c > 32)
        return false;
    size_t p = c;
    while (p < e && t[p] == ' ')
        p++;
    if (p >= e || !isupper((unsigned char)t[p]))
        return false;
    int words = 0;
    for (size_t k = p; k < e; k++) {
        if (k == p || t[k - 1] == ' ') {
            if (!isupper((unsigned char)t[k]) || ++words > 4)
                return false;
        }
        if (!(isalpha((unsigned char)t[k]) || t[k] == ' ' || t[k] == '.' || t[k] == '-' || (unsigned char)t[k] >= 0x80))
            return false;
    }
    /* (the date ends in its year) */
    return c - 1 - s <= 40 && isdigit((unsigned char)t[c - 2]) && date_line(t, s, c - 1, out);
}

/* A line that is only a date, near the top ("16 March 2024", "Saturday, March 16, 2024",
 * "16.03.2024 10:45"): its date as "YYYY-MM-DD" in out (11 bytes), or false. */
static bool date_line(const char *t, size_t s, size_t e, char *out)
{
    int day = 0, month = 0, year = 0;
    size_t i = s;
    while (i < e) {
        while (i < e && (t[i] == ' ' || t[i] == ',' || t[i] == '\n'))
            i++;
        size_t j = i;
        while (j < e && t[j] != ' ' && t[j] != ',' && t[j] != '\n')
            j++;
        if (j == i)
            break;
        size_t n = j - i;
        int m;
        if (n == 1 && (t[i] == '|' || t[i] == '-')) {   /* "16 March 2024 | 10:45 GMT" */
            i = j;
            continue;
        }
        /* a weekday's abbreviation before the date: "Tue 12 Mar 2024" */
        if (!day && !month && !year && (n == 3 || (n == 4 && t[i + 3] == '.'))) {
            static const char *const wd[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", NULL};
            bool abbr = false;
            for (int k = 0; wd[k] && !abbr; k++)
                abbr = strncmp(t + i, wd[k], 3) == 0;
            if (abbr) {
                i = j;
                continue;
            }
        }
        /* a stamp's label before the date: "Updated:", "Last Updated :", "Posted:" */
        if (!day && !month && !year &&
            ((n == 1 && t[i] == ':') || (n >= 5 && t[j - 1] == ':' && isupper((unsigned char)t[i])) ||
             (n == 4 && strncmp(t + i, "Last", 4) == 0) || (n == 7 && strncmp(t + i, "Updated", 7) == 0))) {
            i = j;
            continue;
        }
        /* what follows a whole date: "at 10:15 am", "AM", "IST", "14.30 GMT", "2024-03-12T10:15:00Z" */
        if (day && month && year) {
            bool upper = n >= 2 && n <= 4;
            for (size_t k = i; k < j && upper; k++)
                upper = isupper((unsigned char)t[k]) != 0;
            bool clock = isdigit((unsigned char)t[i]) && n >= 4 && n <= 8;
            for (size_t k = i; k < j && clock; k++)
                clock = isdigit((unsigned char)t[k]) || t[k] == ':' || t[k] == '.' || t[k] == 'a' || t[k] == 'p' ||
                        t[k] == 'm' || t[k] == 'A' || t[k] == 'P' || t[k] == 'M';
            if (upper || clock || (n == 2 && (strncmp(t + i, "at", 2) == 0 || strncmp(t + i, "am", 2) == 0 || strncmp(t + i, "pm", 2) == 0)) ||
                (n == 4 && (strncmp(t + i, "a.m.", 4) == 0 || strncmp(t + i, "p.m.", 4) == 0))) {
                i = j;
                continue;
            }
        }
        /* an ISO stamp with its time: "2024-03-12T10:15:00Z" */
        if (!day && !month && !year && n > 10 && t[i + 10] == 'T' && parley_document_is_iso_date(t + i)) {
            year = atoi(t + i);
            month = atoi(t + i + 5);
            day = atoi(t + i + 8);
            i = j;
            continue;
        }
        if (isdigit((unsigned char)t[i])) {
            size_t k = i;
            int v = 0;
            while (k < j && isdigit((unsigned char)t[k]) && v < 10000)
                v = v * 10 + (t[k++] - '0');
            if (k == j && n == 4 && !year)
                year = v;
            else if (k == j && n <= 2 && !day && v >= 1 && v <= 31)
                day = v;
            else if (k < j && n == 10 && (t[i + 2] == '.' || t[i + 2] == '/') && t[i + 5] == t[i + 2] && !day) {
                day = v;                                                       /* 16.03.2024 */
                month = (t[i + 3] - '0') * 10 + (t[i + 4] - '0');
                year = atoi(t + i + 6);
            } else if (k < j && n <= 4 && !day && v >= 1 && v <= 31 &&
                       (strncmp(t + k, "st", 2) == 0 || strncmp(t + k, "nd", 2) == 0 ||
                        strncmp(t + k, "rd", 2) == 0 || strncmp(t + k, "th", 2) == 0))
                day = v;                                                       /* 16th */
            else if (k < j && t[k] == '/' && month && !day && !year && v >= 1 && v <= 31 && j - k == 5 &&
                     isdigit((unsigned char)t[k + 1]) && isdigit((unsigned char)t[k + 4])) {
                day = v;                                                       /* "June 5/2023" (ENA) */
                year = atoi(t + k + 1);
            } else if (k < j && t[k] == ':' && (year || month))
                ;                                                               /* a time */
            else if (k < j && n == 10 && t[i + 4] == '-' && parley_document_is_iso_date(t + i)) {
                year = v;
                month = atoi(t + i + 5);
                day = atoi(t + i + 8);
            } else
                return false;
        } else if ((m = parley_date_month_name(t + i, n)) > 0 && !month) {
            month = m;
        } else if (!(parley_date_weekday_name(t + i, n) >= 0 && !day && !month && !year) &&
                   !(n <= 3 && (strncasecmp(t + i, "GMT", n) == 0 || strncasecmp(t + i, "UTC", n) == 0))) {
            return false;
        }
        i = j;
    }
    if (!(year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31))
        return false;
    snprintf(out, 11, "%04d-%02d-%02d", year, month, day);
    return parley_document_is_iso_date(out);
}

static int parse_header(parley_document *d, size_t *body)
{
    char *t = d->text;
    size_t len = d->text_len, s = 0;
    /* skip leading blank lines */
    while (s < len && (t[s] == '\n' || t[s] == ' '))
        s++;
    size_t first = s;
    /* a bare " date 2020-01-24 ..." first line */
    if (len - s > 15 && strncmp(t + s, "date ", 5) == 0 && parley_document_is_iso_date(t + s + 5)) {
        if (!d->date && !(d->date = parley_strndup(t + s + 5, 10)))
            return PARLEY_ENOMEM;
        size_t e = line_end(t, len, s);
        size_t r = s + 15;
        blank(t, s, r);
        /* the rest of that line is a byline or site clutter */
        while (r < e && t[r] == ' ')
            r++;
        int rc = scan_byline(d, r, e, false);
        if (rc < 0)
            return rc;
        blank(t, r, e);
        *body = e;
        return 0;
    }
    /* a header block of key: value lines ended by a blank line */
    static const char *const keys[] = {"date", "source", "title", "author", "authors", "url", "byline",
                                       "published", "link", NULL};
    size_t p = first;
    bool any = false;
    while (p < len) {
        size_t e = line_end(t, len, p);
        if (is_blank_line(t, p, e)) {
            if (any)
                p = e < len ? e + 1 : e;
            break;
        }
        size_t c = p;
        while (c < e && (isalpha((unsigned char)t[c]) || t[c] == '_'))
            c++;
        if (c == p || c >= e || t[c] != ':')
            break;
        int k;
        for (k = 0; keys[k]; k++)
            if (c - p == strlen(keys[k]) && strncasecmp(t + p, keys[k], c - p) == 0)
                break;
        if (!keys[k])
            break;
        any = true;
        size_t v = c + 1;
        while (v < e && t[v] == ' ')
            v++;
        size_t ve = e;
        while (ve > v && t[ve - 1] == ' ')
            ve--;
        const char *key = keys[k];
        char **slot = NULL;
        if (strcmp(key, "date") == 0 || strcmp(key, "published") == 0) {
            char iso[11];
            /* (the stamp up to a bar before another: "Published: 28 November 2025 14:05 IST |
             * Updated: ...") */
            for (size_t b = v; b + 3 <= ve; b++)
                if (strncmp(t + b, " | ", 3) == 0) {
                    ve = b;
                    break;
                }
            if (ve - v >= 10 && parley_document_is_iso_date(t + v)) {
                ve = v + 10;
            } else if (!d->date && ve - v >= 8 && ve - v <= 40 && date_line(t, v, ve, iso)) {
                /* "date: 14.03.2024", "Date: March 14, 2024" */
                if (!(d->date = parley_strndup(iso, 10)))
                    return PARLEY_ENOMEM;
                ve = v;
            } else {
                ve = v; /* "unknown" and the like: no date */
            }
            slot = &d->date;
        } else if (strcmp(key, "source") == 0 || strcmp(key, "url") == 0 || strcmp(key, "link") == 0) {
            slot = &d->source;
        } else if (strcmp(key, "title") == 0) {
            slot = &d->title;
        } else {
            char *save = NULL, *copy = parley_strndup(t + v, ve - v);
            if (!copy)
                return PARLEY_ENOMEM;
            for (char *a = strtok_r(copy, ",;", &save); a; a = strtok_r(NULL, ",;", &save))
                if (add_author(d, a, strlen(a)) < 0) {
                    free(copy);
                    return PARLEY_ENOMEM;
                }
            free(copy);
        }
        /* a file's own "source:" line names the article better than the file's path, which
         * the reader gives as the source of a plain-text file */
        if (slot == &d->source && *slot && d->origin && strcmp(*slot, d->origin) == 0 && ve > v) {
            if (!in_block(d, *slot))
                free(*slot);
            *slot = NULL;
        }
        if (slot && !*slot && ve > v && !(*slot = parley_strndup(t + v, ve - v)))
            return PARLEY_ENOMEM;
        p = e < len ? e + 1 : e;
    }
    if (any) {
        blank(t, first, p);
        *body = p;
    } else {
        *body = first;
    }
    /* no date yet: a line of the first few that is only a date ("16 March 2024"), blank lines
     * not counted (a release's heading of names and offices comes before its date) */
    for (size_t q = *body, lines = 0; !d->date && q < len && lines < 10;) {
        size_t e = line_end(t, len, q);
        lines += e > q;
        char iso[11];
        if (e - q >= 8 && e - q <= 40 && date_line(t, q, e, iso) && !(d->date = parley_strndup(iso, 10)))
            return PARLEY_ENOMEM;
        /* "Written by X | Armenpress | 22 February 2024": a date between bars */
        for (size_t k = q; !d->date && e - q <= 160 && k < e;) {
            const char *bar = memchr(t + k, '|', e - k);
            size_t ke = bar ? (size_t)(bar - t) : e;
            size_t a = k, z = ke;
            while (a < z && t[a] == ' ')
                a++;
            while (z > a && t[z - 1] == ' ')
                z--;
            if ((bar || k > q) && z - a >= 8 && z - a <= 40 && date_line(t, a, z, iso) && !(d->date = parley_strndup(iso, 10)))
                return PARLEY_ENOMEM;
            /* (the last one wrapped onto the next line: "... | 22\nFebruary 2024") */
            if (!d->date && !bar && k > q && e + 1 < len && z - a < 40) {
                size_t ne = line_end(t, len, e + 1);
                char buf[48];
                if (ne > e + 1 && (z - a) + 1 + (ne - e - 1) < sizeof buf) {
                    size_t bl = 0;
                    memcpy(buf, t + a, z - a);
                    bl = z - a;
                    buf[bl++] = ' ';
                    memcpy(buf + bl, t + e + 1, ne - e - 1);
                    bl += ne - e - 1;
                    if (bl >= 8 && bl <= 40 && date_line(buf, 0, bl, iso) && !(d->date = parley_strndup(iso, 10)))
                        return PARLEY_ENOMEM;
                }
            }
            k = ke + 1;
        }
        /* "Helsinki, 3 March 2026": a place, a comma and a date, alone on a line */
        if (!d->date && place_then_date(t, q, e, iso) && !(d->date = parley_strndup(iso, 10)))
            return PARLEY_ENOMEM;
        /* "December 26, 2024, St Petersburg": a date, then a place after a comma */
        if (!d->date && e - q <= 60 && date_then_place(t, q, e, iso) && !(d->date = parley_strndup(iso, 10)))
            return PARLEY_ENOMEM;
        /* "May 10, 2024, 14:20, The Kremlin, Moscow": a date, then a time of day after a comma
         * (and the place), on a line of its own */
        for (size_t k = q; !d->date && e - q <= 80 && k + 6 < e && k < q + 24; k++) {
            if (t[k] != ',' || t[k + 1] != ' ' || !isdigit((unsigned char)t[k + 2]))
                continue;
            size_t c = k + 2;
            while (c < e && isdigit((unsigned char)t[c]))
                c++;
            if (c + 2 < e && t[c] == ':' && c - (k + 2) <= 2 && isdigit((unsigned char)t[c + 1]) && isdigit((unsigned char)t[c + 2]) &&
                k - q >= 8 && date_line(t, q, k, iso) && !(d->date = parley_strndup(iso, 10)))
                return PARLEY_ENOMEM;
        }
        /* "Posted On: 19 JUN 2024 5:15PM by PIB Delhi", "Posted: 3 March 2026", "Published 26
         * November 2025": a release's stamp, its date up to the credit */
        size_t label = strncasecmp(t + q, "posted", 6) == 0 ? 6 : strncasecmp(t + q, "published", 9) == 0 ? 9 : 0;
        if (!d->date && label && e - q > label + 10 && e - q <= 80) {
            const char *colon = memchr(t + q, ':', 12);
            /* (or no colon: "Posted Mon 17 Jun 2024") */
            size_t k = colon ? (size_t)(colon - t) + 1 : t[q + label] == ' ' ? q + label + 1 : e;
            while (k < e && t[k] == ' ')
                k++;
            size_t ke = k;
            /* (up to the credit, or to a bar before another stamp: "Published: 28 November 2025
             * 14:05 IST | Updated: ...") */
            while (ke < e && !(ke + 4 <= e && strncmp(t + ke, " by ", 4) == 0) && !(ke + 3 <= e && strncmp(t + ke, " | ", 3) == 0))
                ke++;
            if (ke - k >= 8 && ke - k <= 40 && date_line(t, k, ke, iso) && !(d->date = parley_strndup(iso, 10)))
                return PARLEY_ENOMEM;
        }
        q = e < len ? e + 1 : e;
    }
    /* ... else a credit among the last lines: "Published in Dawn, November 19th, 2026",
     * "First published on 19 November 2026", "Source: Ministry of National Defence, 14 January
     * 2025", "Posted Mon 17 Jun 2024" (the date is the line's end) */
    size_t e = len;
    for (int lines = 0; !d->date && e > *body && lines < 4;) {
        size_t q = e;
        while (q > *body && t[q - 1] != '\n')
            q--;
        size_t a = q;
        while (a < e && t[a] == ' ')
            a++;
        if (a < e)
            lines++;   /* blank lines are not counted */
        /* (a closing line of a date alone, or a date and a place: "December 26, 2024, St
         * Petersburg"; or a credit and a date: "Daily Monitor, 2 March 2025") */
        char iso0[11];
        if (e - a >= 8 && e - a <= 60 &&
            ((e - a <= 40 && date_line(t, a, e, iso0)) || date_then_place(t, a, e, iso0) || place_then_date(t, a, e, iso0)) &&
            !(d->date = parley_strndup(iso0, 10)))
            return PARLEY_ENOMEM;
        if (e - a > 10 && e - a < 120 &&
            (strncasecmp(t + a, "published", 9) == 0 || strncasecmp(t + a, "first published", 15) == 0 ||
             strncasecmp(t + a, "source:", 7) == 0 || strncasecmp(t + a, "posted ", 7) == 0)) {
            /* (a credit wrapped onto the line below: "..., 14" over "January 2025") */
            size_t ee = e;
            if (ee < len && t[ee] == '\n') {
                size_t n2 = line_end(t, len, ee + 1);
                if (n2 > ee + 1 && n2 - ee - 1 <= 30 && !is_blank_line(t, ee + 1, n2))
                    ee = n2;
            }
            char iso[11];
            for (size_t k = a + 7; k + 8 <= ee && !d->date; k++)
                if ((t[k - 1] == ' ' || t[k - 1] == '\n') &&
                    ((e - k <= 40 && date_line(t, k, e, iso)) || (ee > e && ee - k <= 40 && date_line(t, k, ee, iso))) &&
                    !(d->date = parley_strndup(iso, 10)))
                    return PARLEY_ENOMEM;
        }
        e = q > *body ? q - 1 : q;
    }
    return 0;
}

/* Join hard-wrapped lines: a single newline inside a paragraph becomes a space when the line
 * before is long and does not end a sentence. */
/* Does the line [ls, last) end in a word that ends nothing ("Editing by", "at the", ",", ";"), so
 * that it goes on on the next line, however short it is? */
static bool line_dangles(const char *t, size_t ls, size_t last)
{
    char c = t[last - 1];
    if (c == ',' || c == ';')
        return true;
    if (!islower((unsigned char)c))
        return false;
    size_t w = last;
    while (w > ls && t[w - 1] != ' ')
        w--;
    static const char *const glue[] = {"by", "of", "and", "the", "to", "in", "for", "with", "a", "an", "at", "on", "from",
                                       NULL};
    for (int k = 0; glue[k]; k++)
        if (strlen(glue[k]) == last - w && strncmp(t + w, glue[k], last - w) == 0)
            return true;
    return false;
}

/* Does the line [ls, last) end in one word in lower case after an article ("They signed an
 * updated"): inside a noun phrase, so that a short capitalised line after it ("Comprehensive
 * Strategic") is its next words, not a label? */
static bool line_in_phrase(const char *t, size_t ls, size_t last)
{
    if (last <= ls || !islower((unsigned char)t[last - 1]))
        return false;
    size_t w = last;
    while (w > ls && t[w - 1] != ' ')
        w--;
    size_t v = w > ls ? w - 1 : ls;
    while (v > ls && t[v - 1] != ' ')
        v--;
    static const char *const articles[] = {"a", "an", "the", NULL};
    for (int k = 0; w > ls + 1 && articles[k]; k++)
        if (strlen(articles[k]) == w - 1 - v && strncmp(t + v, articles[k], w - 1 - v) == 0)
            return true;
    return false;
}

/* The characters of t[a, b) (UTF-8: continuation bytes not counted). */
static size_t chars_in(const char *t, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t q = a; q < b; q++)
        n += ((unsigned char)t[q] & 0xC0) != 0x80;
    return n;
}

/* Does the line [s, e) open with the clutter that ends a story ("Our Standards:")? */
static bool clutter_starts(const char *t, size_t s, size_t e)
{
    for (int k = 0; clutter_end[k]; k++)
        if (s < e && t[s] == clutter_end[k][0] && starts_with_at(t, s, e, clutter_end[k]))
            return true;
    return false;
}

static void join_wrapped(char *t, size_t s, size_t len)
{
    /* a line is long enough to have been wrapped from 50 bytes on, or from six tenths of the
     * longest line when the text was wrapped narrower than 80 (newspaper columns) */
    size_t longest = 0, under = 0;   /* the longest line, and the longest under 80 */
    size_t top[3] = {0, 0, 0};       /* the three longest under 80 in paragraphs of several
                                      * lines (no headline's): the column's width, a few longer
                                      * lines left unwrapped aside */
    bool prev_blank = true;
    for (size_t q = s; q < len;) {
        size_t e = line_end(t, len, q);
        if (e - q > longest)
            longest = e - q;
        if (e - q < 80 && e - q > under)
            under = e - q;
        bool blank = e == q || is_blank_line(t, q, e);
        /* (a line's characters are no more than its bytes: only a candidate is counted) */
        size_t cn = 80;
        if (e - q < 80 && e - q > top[2] &&
            !(prev_blank && (e >= len || is_blank_line(t, e + 1, line_end(t, len, e + 1)))))
            cn = chars_in(t, q, e);
        prev_blank = blank;
        if (cn < 80 && cn > top[2]) {
            top[2] = cn;
            for (int k = 2; k > 0 && top[k] > top[k - 1]; k--) {
                size_t x = top[k];
                top[k] = top[k - 1];
                top[k - 1] = x;
            }
        }
        q = e + 1;
    }
    /* (no column when the longest lines differ much: short lines of their own, a letterhead's,
     * over a body of a few unwrapped sentences) */
    size_t column = top[2] && top[0] * 4 <= top[2] * 5 && longest < 80 ? top[2] : 0;
    /* (and only with five lines or more that come near it: not a letterhead's three) */
    size_t filled = 0;
    prev_blank = true;
    for (size_t q = s; column && q < len;) {
        size_t e = line_end(t, len, q);
        bool blank = is_blank_line(t, q, e);
        bool alone = prev_blank && (e >= len || is_blank_line(t, e + 1, line_end(t, len, e + 1)));
        prev_blank = blank;
        filled += !alone && chars_in(t, q, e) * 5 >= column * 4;
        q = e + 1;
    }
    if (filled < 5)
        column = 0;
    /* (a few long lines among more that end near the same width under 80 were left unwrapped: a
     * first paragraph kept whole over a body wrapped at 45) */
    /* (lines standing alone between blank lines are no column's: a heading, a closing line) */
    size_t near = 0, long_lines = 0;
    prev_blank = true;
    for (size_t q = s; longest >= 80 && q < len;) {
        size_t e = line_end(t, len, q);
        bool blank = is_blank_line(t, q, e);
        bool alone = prev_blank && (e >= len || is_blank_line(t, e + 1, line_end(t, len, e + 1)));
        prev_blank = blank;
        near += !alone && e - q < 80 && (e - q) * 5 >= under * 4;
        long_lines += e - q >= 80;
        q = e + 1;
    }
    if (near >= 3 && near > long_lines)
        longest = under;
    size_t wrapped = longest >= 80 ? 50 : longest * 6 / 10 > 25 ? longest * 6 / 10 : 25;
    size_t ls = s;
    bool joined = false;   /* the line before was joined to this one */
    /* (in the lines before the first blank one, a letterhead's or a headline's, a line is wrapped
     * only when the next line's first word would not have fitted on it: "Minister for Foreign
     * Affairs" over "Senator the Hon X" stand apart) */
    bool header = true;
    while (ls < len) {
        size_t e = line_end(t, len, ls);
        if (e >= len)
            break;
        size_t next_e = line_end(t, len, e + 1);
        size_t last = e;
        while (last > ls && t[last - 1] == ' ')
            last--;
        bool next_blank = is_blank_line(t, e + 1, next_e);
        /* a shorter line is wrapped too when the next line's first word would not have fitted
         * on it: "later received Romanian" over "Presidential Adviser ..." at 35 columns */
        size_t nw = e + 1;
        while (column && nw < next_e && t[nw] != ' ')
            nw++;
        /* (inside a paragraph whose lines are being joined, or on a line that fills the column
         * itself: not a letterhead's short lines; nor before "Editor: X"; counted in characters) */
        /* (a label has its text after the colon: "Editor: X"; a name that ends a line with its
         * colon, "Pigott:", is the line before's) */
        bool label_next = nw > e + 2 && t[nw - 1] == ':' && isupper((unsigned char)t[e + 1]) && nw + 1 < next_e;
        size_t lc_n = column ? chars_in(t, ls, last) : 0;
        size_t need = column ? lc_n + 1 + chars_in(t, e + 1, nw) : 0;   /* (a column a character wider when joining) */
        /* (... a line in six tenths of the column will do when it ends in a word in lower case:
         * "Abdelatty later received" over "Palestinian Prime Minister X" at 35 columns) */
        bool lower_end = last > ls && islower((unsigned char)t[last - 1]);
        bool forced = longest < 80 && column && !label_next &&
                      ((joined && need + 1 > column) || (need > column && lc_n * 5 >= column * (lower_end ? 3 : 4)));
        /* (no line is joined to the clutter that ends a story: "Reporting by X; Editing by Y"
         * over "Our Standards: ...") */
        if (!next_blank && last > ls &&
            (((last - ls >= wrapped || forced) && !(header && column && need <= column)) || line_dangles(t, ls, last) ||
             line_in_phrase(t, ls, last)) &&
            !clutter_starts(t, e + 1, next_e)) {
            char c = t[last - 1];
            unsigned char nc = (unsigned char)t[e + 1];
            bool terminal = c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'';
            /* (a quote that closes a nickname ends nothing: 'President Joko "Jokowi"' over 'Widodo') */
            if (c == '"' && last - ls >= 2 && isalpha((unsigned char)t[last - 2]))
                terminal = false;
            /* "the Defence Ministers'" over "Meeting": a plural's apostrophe, no closing quote (none
             * opened on the line); so is a word's own ("Dato'" over "Seri Utama") */
            if (c == '\'' && last - ls >= 2 && isalpha((unsigned char)t[last - 2])) {
                bool opened = false;
                for (size_t k = ls; k + 1 < last && !opened; k++)
                    opened = t[k] == '\'' && (k == ls || t[k - 1] == ' ');
                terminal = opened;
            }
            bool month_cut = false;   /* "on Aug." over "19 ..." */
            /* "... with Mr.\nErdogan": a title's abbreviation, a given name's short form ("Md.") or an
             * initial ends no sentence */
            if (c == '.') {
                size_t w = last - 1;
                while (w > ls && isalpha((unsigned char)t[w - 1]))
                    w--;
                static const char *const titles[] = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Maj", "Capt", "Adm",
                                                     "Sen", "Rep", "Gov", "Prof", "Brig", "Sgt", "Cmdr", "Amb", "Hon", "St",
                                                     "Eng", "Engr", "Md", "Mohd", "Muhd", "Ma", NULL};
                size_t wn = last - 1 - w;
                bool abbrev = wn == 1 && isupper((unsigned char)t[w]) && (w == ls || t[w - 1] == ' ');
                /* "Papikyan and U.S.\nAmbassador X": letters with periods (a sentence that ends
                 * there is followed by one that opens with "The", "He", ... below) */
                if (wn == 1 && w >= ls + 2 && t[w - 1] == '.' && isupper((unsigned char)t[w - 2]))
                    abbrev = true;
                /* (after a space, or after another's period and a dash: "Brig.-Gen.") */
                bool opens = w == ls || t[w - 1] == ' ' || (t[w - 1] == '-' && w >= ls + 2 && t[w - 2] == '.');
                for (int k = 0; titles[k] && !abbrev; k++)
                    abbrev = strlen(titles[k]) == wn && strncmp(t + w, titles[k], wn) == 0 && opens;
                /* (... nor before a bracket after a rank: "Maj. Gen." over "(res.) X") */
                if (abbrev && (isupper(nc) || (nc == '(' && wn >= 2)))
                    terminal = false;
                /* ... and a month's ("on Aug.\n19") */
                month_cut = isdigit(nc) && parley_date_month_name(t + w, wn) > 0;
                if (month_cut)
                    terminal = false;
            }
            /* a short line of its own with no final stop is a label, not the paragraph's end:
             * a headline, then "Politics" */
            size_t ne = next_e;
            while (ne > e + 1 && t[ne - 1] == ' ')
                ne--;
            char lc = ne > e + 1 ? t[ne - 1] : '.';
            /* (not after a line filled to the width: "... Secretary of State George" over "Kent at the
             * Government" in a column 35 wide) */
            bool full = forced && (joined || lc_n * 4 >= column * 3);
            bool label = ne - (e + 1) < 25 && !islower(nc) && lc != '.' && lc != '!' && lc != '?' && lc != '"' &&
                         lc != '\'' && lc != ')' && lc != ',' && lc != ';' && !(lc == ':' && ne - (e + 1) > 8) && !full &&
                         !line_in_phrase(t, ls, last);
            /* nor is a line followed by a much longer one that opens with a capital: a text wrapped
             * at this width has no longer line (a headline, then the first paragraph) */
            bool own = isupper(nc) && ne - (e + 1) > (last - ls) + 20;
            bool dangling = line_dangles(t, ls, last);
            /* a next line that opens with a capitalised function word opens a sentence ("... Pakistan
             * Navy Commander" over "The Azerbaijani Defense Minister met ..."): inside one, the
             * word would be in lower case */
            static const char *const openers[] = {"The ", "A ", "An ", "He ", "She ", "They ", "It ", "This ", "These ",
                                                  "During ", "According ", "Following ", NULL};
            /* (a pronoun before a capitalised word is a name: "Chinese Vice Premier" over "He Lifeng
             * in Geneva") */
            static const char *const pronouns[] = {"He ", "She ", "They ", "It ", NULL};
            bool opens = false;
            for (int k = 0; openers[k] && !opens && !terminal; k++) {
                size_t ol = strlen(openers[k]);
                opens = next_e - (e + 1) > ol && strncmp(t + e + 1, openers[k], ol) == 0;
                for (int n = 0; opens && pronouns[n]; n++)
                    if (strcmp(openers[k], pronouns[n]) == 0 && isupper((unsigned char)t[e + 1 + ol]))
                        opens = false;
            }
            /* nor is an item of a list ("- Foreign Minister of Japan X") */
            size_t b = e + 1;
            while (b < next_e && t[b] == ' ')
                b++;
            bool item = b + 1 < next_e && (t[b] == '-' || t[b] == '*' || (unsigned char)t[b] == 0xE2) &&
                        (t[b + 1] == ' ' || (unsigned char)t[b] == 0xE2);
            /* nor does a dateline ("VILNIUS (BNS) -", "ABU DHABI, 25th Nov"): a headline above it */
            size_t u = b;
            while (u < next_e && (isupper((unsigned char)t[u]) || t[u] == ' ' || t[u] == '\'' || t[u] == '.'))
                u++;
            bool dateline = u >= b + 4 && u < next_e &&
                            (t[u] == ',' || t[u] == '(' || t[u] == ':' ||
                             ((t[u] == '-' || (unsigned char)t[u] == 0xE2) && t[u - 1] == ' ')) &&
                            isupper((unsigned char)t[b + 1]) && isupper((unsigned char)t[b + 2]);
            /* nor a line that opens with a time ("13:20 GMT - Meeting with Herzog"): a live blog's
             * entry heading */
            bool stamp = last - ls >= 5 && isdigit((unsigned char)t[ls]) && isdigit((unsigned char)t[ls + 1]) &&
                         t[ls + 2] == ':' && isdigit((unsigned char)t[ls + 3]);
            /* a credit goes on with its name: "Editing by Alex" over "Richardson" */
            bool credit = last - ls > 3 && strncmp(t + ls, "By ", 3) == 0;
            for (int k = 0; wire_credits[k] && !credit; k++)
                credit = memmem(t + ls, last - ls, wire_credits[k], strlen(wire_credits[k])) != NULL;
            /* a date cut after its day: "..., 14" over "January 2025" */
            bool day_cut = isdigit((unsigned char)c) && b < next_e && isupper((unsigned char)t[b]);
            if (day_cut) {
                size_t me = b;
                while (me < next_e && isalpha((unsigned char)t[me]))
                    me++;
                day_cut = parley_date_month_name(t + b, me - b) > 0;
            }
            /* nor a release's stamp after a credit: "By reporter X" over "Posted Mon 17 Jun 2024" */
            static const char *const stamps[] = {"Posted ", "Updated ", "Published ", "First published ", NULL};
            for (int k = 0; stamps[k] && !stamp; k++)
                stamp = next_e - (e + 1) > strlen(stamps[k]) && strncmp(t + e + 1, stamps[k], strlen(stamps[k])) == 0;
            if (((!terminal || islower(nc)) && ((!label && !own && !opens) || (credit && !terminal)) && !item &&
                 !dateline && !stamp) ||
                ((dangling || day_cut || month_cut) && !item))
                t[e] = ' ';
        }
        joined = t[e] == ' ';
        header = header && !is_blank_line(t, ls, e) && !is_blank_line(t, e + 1, line_end(t, len, e + 1));
        ls = e + 1;
    }
}

/* An encyclopedia's footnote marks glued to the word or sign before them ("General,[1] is",
 * "Mohan al-Freiji.[2]", "[citation needed]") are blanked: no sentence reads them. O(e - s). */
static void blank_footnotes(char *t, size_t s, size_t e)
{
    for (char *p = t + s; (size_t)(p - t) + 2 < e && (p = memchr(p, '[', e - (size_t)(p - t)));) {
        size_t i = (size_t)(p - t), k = i + 1;
        if (i == s || t[i - 1] == ' ' || t[i - 1] == '\n') {
            p++;
            continue;
        }
        while (k < e && k < i + 4 && isdigit((unsigned char)t[k]))
            k++;
        bool mark = k > i + 1 && k < e && t[k] == ']';
        if (!mark && e - i >= 17 && strncmp(t + i, "[citation needed]", 17) == 0)
            k = i + 16, mark = true;
        if (mark)
            blank(t, i, k + 1);
        p = t + (mark ? k + 1 : i + 1);
    }
}

/* Blank the web addresses of text [s, e) ("https://t.co/x", "pic.twitter.com/x", "www.x.org/y";
 * not a bare "www.x.org" with no slash): a link glued to a sentence's end is no word of it.
 * O(e - s). */
static void blank_links(char *t, size_t s, size_t e)
{
    /* (the slashes, found with memchr(): a slash's word is a link when it opens with "https://",
     * "http://", "pic.twitter.com/" or "www.") */
    static const char *const opens[] = {"https://", "http://", "pic.twitter.com/", "www.", NULL};
    for (char *p = t + s; (size_t)(p - t) < e && (p = memchr(p, '/', e - (size_t)(p - t)));) {
        size_t w = (size_t)(p - t);
        while (w > s && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '(' && (size_t)(p - t) - w < 48)
            w--;
        bool link = false;
        for (int k = 0; opens[k] && !link; k++)
            link = e - w > strlen(opens[k]) && strncmp(t + w, opens[k], strlen(opens[k])) == 0;
        size_t j = (size_t)(p - t) + 1;
        if (link) {
            j = w;
            while (j < e && t[j] != ' ' && t[j] != '\n' && t[j] != '\r' && t[j] != ')')
                t[j++] = ' ';
        }
        p = t + j;
    }
}

static int scan_body(parley_document *d, size_t body)
{
    char *t = d->text;
    size_t len = d->text_len;
    blank_links(t, body, len);
    blank_footnotes(t, body, len);
    join_wrapped(t, body, len);
    size_t s = body;
    int nonblank = 0;
    bool prose = false;   /* a line of the story's prose seen */
    while (s < len) {
        size_t e = line_end(t, len, s);
        if (!is_blank_line(t, s, e)) {
            size_t a = s;
            while (a < e && t[a] == ' ')
                a++;
            /* "Also Read: Army chief meets Saudi defence minister" between two paragraphs of the
             * story: a link's line, not the story's end */
            if (nonblank > 0 && a < e && aside_link_line(t, len, a, e)) {
                blank(t, s, e);
                s = e + 1;
                continue;
            }
            /* (a share bar under the headline, before any of the story's prose: "Share on
             * Facebook" is a line of clutter there, not the story's end) */
            bool top_bar = false;
            for (int k = 0; !prose && clutter_end[k] && !top_bar; k++)
                top_bar = a < e && t[a] == clutter_end[k][0] && starts_with_at(t, a, e, clutter_end[k]) &&
                          (strncmp(clutter_end[k], "Share", 5) == 0 || strncmp(clutter_end[k], "Follow", 6) == 0);
            if (top_bar) {
                blank(t, s, e);
                s = e + 1;
                continue;
            }
            for (int k = 0; clutter_end[k]; k++)
                if (nonblank > 0 && a < e && t[a] == clutter_end[k][0] && starts_with_at(t, a, e, clutter_end[k])) {
                    /* a credit line may still follow the clutter */
                    for (size_t q = s; q < len;) {
                        size_t qe = line_end(t, len, q);
                        int rc = scan_byline(d, q, qe, false);
                        if (rc < 0)
                            return rc;
                        q = qe + 1;
                    }
                    blank(t, s, len);
                    return 0;
                }
            bool cl = is_site_line(t, a, e);
            for (int k = 0; !cl && clutter_line[k]; k++) {
                size_t ee = e;
                while (ee > a && t[ee - 1] == ' ')
                    ee--;
                if (ee - a == strlen(clutter_line[k]) && strncmp(t + a, clutter_line[k], ee - a) == 0)
                    cl = true;
            }
            if (cl) {
                blank(t, s, e);
            } else {
                int rc = scan_byline(d, s, e, nonblank >= 1 && nonblank <= 2);
                if (rc < 0)
                    return rc;
                nonblank++;
                /* (prose: a line of more than twelve words, what is left of it once a credit is
                 * blanked) */
                size_t words = 0;
                for (size_t q = a; q < e && !prose; q++)
                    prose = t[q] != ' ' && (q == a || t[q - 1] == ' ') && ++words > 12;
            }
        }
        s = e + 1;
    }
    return 0;
}

/* Copy n bytes of s to *at as a string and move *at past it. */
static char *put_str(char **at, const char *s, size_t n)
{
    char *d = *at;
    memcpy(d, s, n);
    d[n] = '\0';
    *at += n + 1;
    return d;
}

int parley_document_new_raw(parley_document **out, const char *id, const char *bytes, size_t len,
                            const parley_document_meta *meta)
{
    /* the document and what is read with it are one allocation: documents are read on one thread
     * and freed on another, and every block freed into another thread's heap takes its lock */
    if (!id)
        id = "";
    if (!bytes)
        len = 0;
    const char *date = meta && meta->date && parley_document_is_iso_date(meta->date) ? meta->date : NULL;
    const char *source = meta ? meta->source : NULL, *title = meta ? meta->title : NULL;
    const char *origin = meta ? meta->origin : NULL;
    size_t n_id = strlen(id), n_source = source ? strlen(source) : 0, n_title = title ? strlen(title) : 0;
    size_t n_origin = origin ? strlen(origin) : 0;
    size_t size = sizeof(parley_document) + n_id + 1 + len + 1 + (date ? 11 : 0) + (source ? n_source + 1 : 0) +
                  (title ? n_title + 1 : 0) + (origin ? n_origin + 1 : 0);
    if (size < len)
        return PARLEY_ENOMEM;   /* overflow */
    parley_document *d = calloc(1, size);
    if (!d)
        return PARLEY_ENOMEM;
    char *at = (char *)(d + 1);
    d->id = put_str(&at, id, n_id);
    d->raw = put_str(&at, bytes ? bytes : "", len);
    d->raw_len = len;
    if (date)
        d->date = put_str(&at, date, 10);
    if (source)
        d->source = put_str(&at, source, n_source);
    if (title)
        d->title = put_str(&at, title, n_title);
    if (origin)
        d->origin = put_str(&at, origin, n_origin);
    d->block_end = at;
    *out = d;
    return 0;
}

int parley_document_prepare(parley_document *d)
{
    if (d->prepared)
        return 0;
    int rc;
    size_t body = 0;
    if ((rc = normalise(d)) < 0 || (rc = parse_header(d, &body)) < 0 || (rc = scan_body(d, body)) < 0)
        return rc;
    d->prepared = true;
    return 0;
}

int parley_document_new(parley_document **out, const char *id, const char *bytes, size_t len,
                        const parley_document_meta *meta)
{
    parley_document *d;
    int rc = parley_document_new_raw(&d, id, bytes, len, meta);
    if (rc < 0)
        return rc;
    if ((rc = parley_document_prepare(d)) < 0) {
        parley_document_free(d);
        return rc;
    }
    *out = d;
    return 0;
}
