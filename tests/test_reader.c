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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl_bad_lines), cmocka_unit_test(test_folder_and_missing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
