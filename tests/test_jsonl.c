/* The per-document JSON line: written straight into a buffer, it must be exactly the text of
 * Jansson's dump of the same document's tree (parley_jsonl_document), and parse back. */
#include "helpers.h"
#include "jsonl.h"
#include "util.h"

#include <dirent.h>
#include <stdio.h>

#ifndef PARLEY_TEST_SAMPLES_DIR
#define PARLEY_TEST_SAMPLES_DIR "samples/articles"
#endif

/* Extract bytes as a document and compare the line with the tree's dump. */
static void check_bytes(const char *bytes, size_t len, const char *date, const char *title)
{
    parley_document *doc;
    parley_document_meta meta = {date, "src\t\"x\"", title, NULL};
    assert_int_equal(parley_document_new(&doc, "id\\1", bytes, len, &meta), 0);
    parley_extraction *ex;
    assert_int_equal(parley_extract_document(&ex, test_lexicon(), doc), 0);

    json_t *tree;
    assert_int_equal(parley_jsonl_document(&tree, ex), 0);
    char *want = json_dumps(tree, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    assert_non_null(want);
    char *line = parley_jsonl_line(ex);
    assert_non_null(line);
    size_t n = strlen(line);
    assert_true(n > 0 && line[n - 1] == '\n');
    line[n - 1] = '\0';
    assert_string_equal(line, want);

    /* and it is valid JSON that Jansson reads back to the same tree */
    json_error_t err;
    json_t *back = json_loads(line, 0, &err);
    assert_non_null(back);
    assert_true(json_equal(back, tree));

    /* parley_jsonl_write writes the same line */
    char *mem = NULL;
    size_t memlen = 0;
    FILE *f = open_memstream(&mem, &memlen);
    assert_non_null(f);
    assert_int_equal(parley_jsonl_write(f, ex), 0);
    fclose(f);
    assert_int_equal(memlen, n);
    assert_memory_equal(mem, line, n - 1);

    /* parley_jsonl_line_to writes the same line into a reused buffer, whatever it held: a small
     * one grows, a large one is kept */
    size_t caps[] = {0, 3, 1 << 16};
    for (size_t k = 0; k < 3; k++) {
        char *buf = caps[k] ? malloc(caps[k]) : NULL;
        size_t cap = caps[k], blen = 12345;
        if (buf)
            memset(buf, 'x', cap);
        assert_int_equal(parley_jsonl_line_to(&buf, &cap, &blen, ex), 0);
        assert_int_equal(blen, n);
        assert_true(cap > blen && buf[blen] == '\0');
        assert_memory_equal(buf, line, n - 1);
        assert_true(buf[n - 1] == '\n');
        if (caps[k] == 1 << 16 && n < caps[k])
            assert_int_equal(cap, caps[k]);
        free(buf);
    }

    free(mem);
    json_decref(back);
    free(line);
    free(want);
    json_decref(tree);
    parley_extraction_free(ex);
    parley_document_free(doc);
}

static void test_samples_same_as_tree(void **state)
{
    (void)state;
    DIR *d = opendir(PARLEY_TEST_SAMPLES_DIR);
    assert_non_null(d);
    struct dirent *e;
    int seen = 0;
    while ((e = readdir(d))) {
        if (!strstr(e->d_name, ".txt"))
            continue;
        char path[1024];
        snprintf(path, sizeof(path), "%s/%s", PARLEY_TEST_SAMPLES_DIR, e->d_name);
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        char *buf = malloc(1 << 20);
        size_t len = fread(buf, 1, 1 << 20, f);
        fclose(f);
        check_bytes(buf, len, NULL, NULL);
        free(buf);
        seen++;
    }
    closedir(d);
    assert_int_equal(seen, 5);
}

/* Quotes, backslashes, every control character, NUL, invalid and surrogate bytes, non-ASCII,
 * a city with coordinates, in names, mentions and evidence sentences. */
static void test_hostile_text_same_as_tree(void **state)
{
    (void)state;
    parley_buf b = {0};
    parley_buf_puts(&b, "Azerbaijani Defense Minister Colonel General Zakir \"Z\" Hasanov met his Georgian "
                        "counterpart Juansher Burchuladze in Tbilisi on May 5, 2021.\n\n");
    for (int c = 0; c < 0x20; c++) {
        char s[80];
        snprintf(s, sizeof(s), "President Ilham Aliyev%c received Türkiye's Foreign Minister Mevlüt ", c);
        parley_buf_put(&b, s, strlen(s) + (c == 0)); /* the NUL itself too */
        parley_buf_puts(&b, "\\Cavusoglu\xff\xed\xa0\x80 in Baku\x7f on June 1.\n");
    }
    parley_buf_puts(&b, "The sides signed a memorandum of understanding in Lima \xe2\x80\x9c" "2021\xe2\x80\x9d.\n");
    check_bytes(b.data, b.len, "2021-05-05", "T\x01\"itle\xc3");
    parley_buf_free(&b);
}

/* A UTF-16 document: mentions are taken from the normalised text, not the raw bytes. */
static void test_utf16_same_as_tree(void **state)
{
    (void)state;
    const char *s = "\xef\xbb\xbf" "Georgian Defense Minister Juansher Burchuladze met Azerbaijani Defense Minister "
                    "Zakir Hasanov in Baku.\n";
    size_t n = strlen(s);
    char *u = malloc(2 * n + 2);
    size_t k = 0;
    u[k++] = (char)0xFF;
    u[k++] = (char)0xFE;
    for (size_t i = 3; i < n; i++) {
        u[k++] = s[i];
        u[k++] = 0;
    }
    check_bytes(u, k, NULL, NULL);
    free(u);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_samples_same_as_tree),
        cmocka_unit_test(test_hostile_text_same_as_tree),
        cmocka_unit_test(test_utf16_same_as_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
