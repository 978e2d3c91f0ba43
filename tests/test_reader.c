#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include "helpers.h"
#include "reader.h"

static int count_doc(parley_document *doc, void *ud)
{
    (*(int *)ud)++;
    parley_document_free(doc);
    return 0;
}

static void write_file(const char *path, const char *s)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(s, f);
    fclose(f);
}

static void test_jsonl_bad_lines(void **state)
{
    (void)state;
    char dir[] = "/tmp/parley-rdXXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof(path), "%s/in.jsonl", dir);
    write_file(path, "{\"id\":\"a\",\"text\":\"One.\"}\n{broken\n\n{\"id\":\"c\",\"text\":\"Three.\",\"date\":\"2020-01-01\"}\n[1]\n");
    int n = 0;
    parley_reader_stats st = {0};
    char errbuf[1024] = {0};
    FILE *err = fmemopen(errbuf, sizeof(errbuf), "w");
    assert_int_equal(parley_reader_read(path, count_doc, &n, &st, err, 0), 0);
    fclose(err);
    assert_int_equal(n, 2);
    assert_int_equal(st.warnings, 2);
    assert_non_null(strstr(errbuf, "in.jsonl:2:"));
    assert_non_null(strstr(errbuf, "in.jsonl:5:"));
    unlink(path);
    rmdir(dir);
}

/* Collects each document's id and text length. */
typedef struct {
    int n;
    char ids[8][32];
    size_t lens[8];
} seen_docs;

static int seen_doc(parley_document *doc, void *ud)
{
    seen_docs *s = ud;
    if (s->n < 8) {
        snprintf(s->ids[s->n], sizeof(s->ids[0]), "%s", parley_document_id(doc));
        s->lens[s->n] = parley_document_raw_len(doc);
    }
    s->n++;
    parley_document_free(doc);
    return 0;
}

/* JSON Lines are read a chunk at a time: lines longer than a chunk, lines across chunk borders,
 * the numbers of bad lines after them and a last line without a newline all come out whole. */
static void test_jsonl_streamed(void **state)
{
    (void)state;
    char dir[] = "/tmp/parley-rdXXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof(path), "%s/big.jsonl", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    size_t sizes[3] = {1500000, 700001, 999999};
    for (int i = 0; i < 3; i++) {
        fprintf(f, "{\"id\":\"d%d\",\"text\":\"", i);
        for (size_t k = 0; k < sizes[i]; k++)
            fputc(k % 50 == 49 ? ' ' : 'a' + (int)(k % 26), f);
        fputs("\"}\n\n", f);
    }
    fputs("{broken\n{\"id\":\"last\",\"text\":\"End.\"}", f);
    fclose(f);
    seen_docs s = {0};
    parley_reader_stats st = {0};
    char errbuf[1024] = {0};
    FILE *err = fmemopen(errbuf, sizeof(errbuf), "w");
    assert_int_equal(parley_reader_read_raw(path, seen_doc, &s, &st, err, 0), 0);
    fclose(err);
    assert_int_equal(s.n, 4);
    for (int i = 0; i < 3; i++) {
        char id[8];
        snprintf(id, sizeof(id), "d%d", i);
        assert_string_equal(s.ids[i], id);
        assert_int_equal(s.lens[i], sizes[i]);
    }
    assert_string_equal(s.ids[3], "last");
    assert_int_equal(st.warnings, 1);
    assert_non_null(strstr(errbuf, "big.jsonl:7:"));
    unlink(path);
    rmdir(dir);
}

static void test_folder_and_missing(void **state)
{
    (void)state;
    char dir[] = "/tmp/parley-rdXXXXXX";
    assert_non_null(mkdtemp(dir));
    char sub[256], p1[300], p2[300];
    snprintf(sub, sizeof(sub), "%s/sub", dir);
    mkdir(sub, 0700);
    snprintf(p1, sizeof(p1), "%s/a.txt", dir);
    snprintf(p2, sizeof(p2), "%s/b.txt", sub);
    write_file(p1, "First.");
    write_file(p2, "Second.");
    int n = 0;
    parley_reader_stats st = {0};
    assert_int_equal(parley_reader_read(dir, count_doc, &n, &st, NULL, 0), 0);
    assert_int_equal(n, 2);
    /* size limit: reported and skipped */
    n = 0;
    assert_int_equal(parley_reader_read(p1, count_doc, &n, &st, NULL, 3), 0);
    assert_int_equal(n, 0);
    assert_int_equal(parley_reader_read("/nonexistent/x.txt", count_doc, &n, &st, NULL, 0), PARLEY_EIO);
    unlink(p1);
    unlink(p2);
    rmdir(sub);
    /* an empty folder is an error */
    assert_int_equal(parley_reader_read(dir, count_doc, &n, &st, NULL, 0), PARLEY_EIO);
    rmdir(dir);
}

/* Documents handed over unprepared: the origin is recorded, nothing is read until
 * parley_document_prepare(), which then gives what parley_document_new() gives. */
typedef struct {
    parley_document *docs[4];
    int n;
} keep;

static int keep_doc(parley_document *doc, void *ud)
{
    keep *k = ud;
    if (k->n == 4) {
        parley_document_free(doc);
        return 0;
    }
    k->docs[k->n++] = doc;
    return 0;
}

static void test_raw_documents(void **state)
{
    (void)state;
    char dir[] = "/tmp/parley-rdXXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof(path), "%s/in.jsonl", dir);
    write_file(path, "{\"id\":\"a\",\"text\":\"By John Smith\\n\\nGeorgian Defense Minister \\u201cX\\u201d Juansher Burchuladze met him.\"}\n"
                     "{\"id\":\"b\",\"text\":\"Bad \\u00e9\\ud83d\\ude00 \u00ff bytes.\"}\n");
    keep k = {{0}, 0};
    parley_reader_stats st = {0};
    assert_int_equal(parley_reader_read_raw(path, keep_doc, &k, &st, NULL, 0), 0);
    assert_int_equal(k.n, 2);
    assert_int_equal(st.documents, 2);
    for (int i = 0; i < 2; i++) {
        parley_document *d = k.docs[i];
        assert_false(parley_document_is_prepared(d));
        assert_null(parley_document_text(d));
        char want[300];
        snprintf(want, sizeof(want), "%s:%d", path, i + 1);
        assert_string_equal(parley_document_origin(d), want);
        assert_int_equal(parley_document_prepare(d), 0);
        assert_true(parley_document_is_prepared(d));
        assert_int_equal(parley_document_prepare(d), 0); /* a second time does nothing */
        parley_document *same;
        parley_document_meta meta = {NULL, NULL, NULL, NULL};
        assert_int_equal(parley_document_new(&same, parley_document_id(d), parley_document_raw(d),
                                             parley_document_raw_len(d), &meta), 0);
        assert_int_equal(parley_document_text_len(d), parley_document_text_len(same));
        assert_memory_equal(parley_document_text(d), parley_document_text(same), parley_document_text_len(d));
        assert_int_equal(parley_document_n_authors(d), parley_document_n_authors(same));
        assert_int_equal(parley_document_invalid_bytes(d), parley_document_invalid_bytes(same));
        parley_document_free(same);
    }
    assert_int_equal(parley_document_n_authors(k.docs[0]), 1);
    assert_string_equal(parley_document_author(k.docs[0], 0), "John Smith");
    parley_document_free(k.docs[0]);
    parley_document_free(k.docs[1]);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl_bad_lines), cmocka_unit_test(test_jsonl_streamed), cmocka_unit_test(test_folder_and_missing),
        cmocka_unit_test(test_raw_documents),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
