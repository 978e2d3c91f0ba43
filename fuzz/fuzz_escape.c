/* The XML, CSV and JSON escapers: what is written parses back to the same string (less the
 * characters XML 1.0 forbids, and the quote that neutralises a spreadsheet formula). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "util.h"
#include "xml.h"
#include "csv.h"

/* the input as valid UTF-8 (invalid bytes become U+FFFD), without NUL */
static char *clean(const uint8_t *data, size_t size)
{
    parley_buf b = {0};
    for (size_t i = 0; i < size;) {
        uint32_t cp;
        size_t k = parley_utf8_decode(&cp, data + i, size - i);
        char enc[4];
        if (cp != 0)
            parley_buf_put(&b, enc, parley_utf8_encode(enc, cp));
        i += k;
    }
    return parley_buf_detach(&b);
}

static bool xml_ok(uint32_t cp)
{
    return cp == 9 || cp == 10 || cp == 13 || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
           (cp >= 0x10000 && cp <= 0x10FFFF);
}

static void check_xml(const char *s)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    parley_xml_escape(f, s);
    fclose(f);
    /* unescape */
    parley_buf back = {0}, want = {0};
    for (size_t i = 0; i < len;) {
        if (out[i] == '<' || out[i] == '>' || out[i] == '"' || out[i] == '\'')
            abort();   /* never raw in escaped text */
        if (out[i] == '&') {
            char *semi = strchr(out + i, ';');
            if (!semi)
                abort();
            size_t n = (size_t)(semi - out - i) + 1;
            const char *ent = out + i;
            uint32_t cp = !strncmp(ent, "&amp;", n) ? '&' : !strncmp(ent, "&lt;", n) ? '<' : !strncmp(ent, "&gt;", n) ? '>'
                        : !strncmp(ent, "&quot;", n) ? '"' : !strncmp(ent, "&apos;", n) ? '\'' : 0;
            if (!cp && ent[1] == '#')
                cp = (uint32_t)strtoul(ent + 2, NULL, 10);
            char enc[4];
            parley_buf_put(&back, enc, parley_utf8_encode(enc, cp));
            i += n;
        } else {
            parley_buf_putc(&back, out[i++]);
        }
    }
    size_t sl = strlen(s);
    for (size_t i = 0; i < sl;) {
        uint32_t cp;
        size_t k = parley_utf8_decode(&cp, (const unsigned char *)s + i, sl - i);
        if (xml_ok(cp))
            parley_buf_put(&want, s + i, k);
        i += k;
    }
    if ((back.len != want.len) || (back.len && memcmp(back.data, want.data, back.len) != 0))
        abort();
    parley_buf_free(&back);
    parley_buf_free(&want);
    free(out);
}

static void check_csv(const char *s)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    parley_csv_cell(f, s);
    fclose(f);
    parley_buf back = {0};
    if (len && out[0] == '"') {
        if (len < 2 || out[len - 1] != '"')
            abort();
        for (size_t i = 1; i + 1 < len; i++) {
            if (out[i] == '"') {
                if (out[i + 1] != '"')
                    abort();
                i++;
            }
            parley_buf_putc(&back, out[i]);
        }
    } else {
        if (memchr(out, ',', len) || memchr(out, '"', len) || memchr(out, '\n', len) || memchr(out, '\r', len))
            abort();
        parley_buf_put(&back, out, len);
    }
    const char *b = back.data ? back.data : "";
    bool formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r';
    if (formula ? (b[0] != '\'' || strcmp(b + 1, s) != 0) : strcmp(b, s) != 0)
        abort();
    parley_buf_free(&back);
    free(out);
}

static void check_json(const char *s)
{
    json_t *j = json_string(s);
    if (!j)
        abort();
    char *d = json_dumps(j, JSON_ENCODE_ANY);
    json_t *back = json_loads(d, JSON_DECODE_ANY, NULL);
    if (!back || strcmp(json_string_value(back), s) != 0)
        abort();
    json_decref(back);
    json_decref(j);
    free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = clean(data, size);
    check_xml(s);
    check_csv(s);
    check_json(s);
    free(s);
    return 0;
}
