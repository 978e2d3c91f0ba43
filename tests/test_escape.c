/* The text escapers of the exports (XML, CSV, SQL) write runs of plain text at once; their
 * output must be exactly that of writing one character at a time, which the oracles below do. */
#include <stdlib.h>
#include <string.h>
#include "helpers.h"
#include "xml.h"
#include "csv.h"
#include "sql.h"
#include "../src/util.h"

static void oracle_xml(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        i += parley_utf8_decode(&cp, p + i, n - i);
        const char *rep = cp == '&' ? "&amp;" : cp == '<' ? "&lt;" : cp == '>' ? "&gt;" : cp == '"' ? "&quot;"
                        : cp == '\'' ? "&apos;" : cp == '\t' ? "&#9;" : cp == '\n' ? "&#10;" : cp == '\r' ? "&#13;" : NULL;
        if (rep) {
            fputs(rep, f);
            continue;
        }
        if ((cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF)) {
            char enc[4];
            fwrite(enc, 1, parley_utf8_encode(enc, cp), f);
        }
    }
}

static void oracle_csv(FILE *f, const char *s)
{
    bool formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r';
    bool quote = formula || strpbrk(s, ",\"\r\n") != NULL;
    if (quote)
        fputc('"', f);
    if (formula)
        fputc('\'', f);
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            fputc('"', f);
        fputc(*p, f);
    }
    if (quote)
        fputc('"', f);
}

static void oracle_sql(FILE *f, const char *s)
{
    fputc('\'', f);
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = parley_utf8_decode(&cp, p + i, n - i);
        char enc[4];
        size_t l = parley_utf8_encode(enc, cp);
        if (cp == '\'')
            fputc('\'', f);
        fwrite(enc, 1, l, f);
        i += k;
    }
    fputc('\'', f);
}

typedef void (*oracle_fn)(FILE *, const char *);
typedef int (*writer_fn)(FILE *, const char *);

static void check(writer_fn w, oracle_fn o, const char *s)
{
    char *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    FILE *fa = open_memstream(&a, &na), *fb = open_memstream(&b, &nb);
    assert_non_null(fa);
    assert_non_null(fb);
    assert_int_equal(w(fa, s), 0);
    o(fb, s);
    fclose(fa);
    fclose(fb);
    if (na != nb || memcmp(a, b, na) != 0)
        fail_msg("escaped differently: \"%s\" gave \"%s\", expected \"%s\"", s, a, b);
    free(a);
    free(b);
}

static const char *const samples[] = {
    "", "plain", "a&b<c>\"d'e\tf\ng\rh", "Çavuşoğlu – “quoted” ‘x’", "emoji 😀 end", "ctl\x01\x02\x1f\x7f",
    "bad \xff byte", "cut \xc3", "overlong \xc0\xaf", "surrogate \xed\xa0\x80 x", "noncharacter \xef\xbf\xbe",
    "=1+2", "+x", "-x", "@x", "\tx", "a,b", "he said \"no\"", "''", "'", "\"", "O'Brien", "x\xe2\x80",
};

static void test_fixed_strings(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
        check(parley_xml_escape, oracle_xml, samples[i]);
        check(parley_csv_cell, oracle_csv, samples[i]);
        check(parley_sql_literal, oracle_sql, samples[i]);
    }
}

static void test_random_strings(void **state)
{
    (void)state;
    /* bytes drawn mostly from the troublesome ones: quotes, markup, controls, UTF-8 lead and
     * continuation bytes */
    static const unsigned char pool[] = "aZ &<>\"'\t\n\r,=+-@\x01\x7f\x80\xbf\xc3\xa9\xe2\x80\x9c\xed\xa0\xf0\x9f\x98\x80\xff";
    unsigned seed = 12345;
    char s[64];
    for (int iter = 0; iter < 20000; iter++) {
        seed = seed * 1103515245u + 12345u;
        size_t len = (seed >> 16) % (sizeof(s) - 1);
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            s[i] = (char)pool[(seed >> 16) % (sizeof(pool) - 1)];
        }
        s[len] = '\0';
        check(parley_xml_escape, oracle_xml, s);
        check(parley_csv_cell, oracle_csv, s);
        check(parley_sql_literal, oracle_sql, s);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixed_strings), cmocka_unit_test(test_random_strings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
